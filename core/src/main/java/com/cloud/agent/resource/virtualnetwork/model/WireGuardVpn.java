// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package com.cloud.agent.resource.virtualnetwork.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code wireguard_vpn.json} databag: one VPN's whole desired state (DESIGN §3.1). Serialised by
 * CloudStack's config-item Gson with LOWER_CASE_WITH_UNDERSCORES, so each field name below is the bag's
 * key in camel case. That Gson omits null fields: a null {@code public_ip6}/{@code ip6_address} or
 * peer address is absent from the bag rather than {@code null}.
 */
public class WireGuardVpn extends ConfigBase {

    /** The databag type; {@code merge.py} dispatches on it. */
    public static final String WIREGUARD_VPN = "wireguardvpn";

    private String vpnUuid;
    private boolean create;
    private String publicIp;
    private String publicInterface;
    private String publicIp6;
    private List<String> guestInterfaces = new ArrayList<>();
    private List<String> localCidrs = new ArrayList<>();
    private int listenPort;
    private int mtu;
    private String privateKey;
    private String ip4Address;
    private String ip6Address;
    private List<WireGuardVpnPeer> peers = new ArrayList<>();

    public WireGuardVpn() {
        super(WIREGUARD_VPN);
        // The bag holds the server's private key: update_config.py must not keep its usual gzipped
        // copy under /var/cache/cloud/processed.
        deleteFromProcessedCache = true;
    }

    public WireGuardVpn(String vpnUuid, boolean create, String publicIp, String publicInterface, String publicIp6, List<String> guestInterfaces,
            List<String> localCidrs, int listenPort, int mtu, String privateKey, String ip4Address, String ip6Address, List<WireGuardVpnPeer> peers) {
        this();
        this.vpnUuid = vpnUuid;
        this.create = create;
        this.publicIp = publicIp;
        this.publicInterface = publicInterface;
        this.publicIp6 = publicIp6;
        this.guestInterfaces = guestInterfaces == null ? new ArrayList<>() : new ArrayList<>(guestInterfaces);
        this.localCidrs = localCidrs == null ? new ArrayList<>() : new ArrayList<>(localCidrs);
        this.listenPort = listenPort;
        this.mtu = mtu;
        this.privateKey = privateKey;
        this.ip4Address = ip4Address;
        this.ip6Address = ip6Address;
        this.peers = peers == null ? new ArrayList<>() : new ArrayList<>(peers);
    }

    public String getVpnUuid() {
        return vpnUuid;
    }

    public boolean isCreate() {
        return create;
    }

    public String getPublicIp() {
        return publicIp;
    }

    public String getPublicInterface() {
        return publicInterface;
    }

    public String getPublicIp6() {
        return publicIp6;
    }

    public List<String> getGuestInterfaces() {
        return guestInterfaces;
    }

    public List<String> getLocalCidrs() {
        return localCidrs;
    }

    public int getListenPort() {
        return listenPort;
    }

    public int getMtu() {
        return mtu;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public String getIp4Address() {
        return ip4Address;
    }

    public String getIp6Address() {
        return ip6Address;
    }

    public List<WireGuardVpnPeer> getPeers() {
        return peers;
    }
}
