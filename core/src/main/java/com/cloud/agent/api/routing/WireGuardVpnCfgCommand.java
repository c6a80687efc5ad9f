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
package com.cloud.agent.api.routing;

import java.util.ArrayList;
import java.util.List;

import com.cloud.agent.api.LogLevel;
import com.cloud.agent.api.LogLevel.Log4jLevel;

/**
 * The whole desired state of one WireGuard VPN on a virtual router: server key, port, tunnel
 * addresses and every peer that should be configured. The router applies it idempotently and removes
 * any peer absent from it, so one push converges a router whatever it held before (a restarted or
 * recreated router included). {@code create = false} removes the VPN from the router.
 *
 * Keys are kept out of the agent's request log with {@link LogLevel} Off, as CloudStack does for
 * passwords.
 */
public class WireGuardVpnCfgCommand extends NetworkElementCommand {

    /**
     * One WireGuard peer (a VPN user) as the router configures it.
     */
    public static class Peer {
        private String publicKey;
        @LogLevel(Log4jLevel.Off)
        private String presharedKey;
        private String ip4Address;
        private String ip6Address;
        private boolean enabled;
        private boolean fullTunnel;

        protected Peer() {
            // for (de)serialisation
        }

        public Peer(String publicKey, String presharedKey, String ip4Address, String ip6Address, boolean enabled, boolean fullTunnel) {
            this.publicKey = publicKey;
            this.presharedKey = presharedKey;
            this.ip4Address = ip4Address;
            this.ip6Address = ip6Address;
            this.enabled = enabled;
            this.fullTunnel = fullTunnel;
        }

        public String getPublicKey() {
            return publicKey;
        }

        public String getPresharedKey() {
            return presharedKey;
        }

        public String getIp4Address() {
            return ip4Address;
        }

        public String getIp6Address() {
            return ip6Address;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public boolean isFullTunnel() {
            return fullTunnel;
        }
    }

    private String vpnUuid;
    private boolean create;
    private String publicIp;
    private String publicInterface;
    private String publicIp6;
    private List<String> guestInterfaces = new ArrayList<>();
    private List<String> localCidrs = new ArrayList<>();
    private int listenPort;
    private int mtu;
    @LogLevel(Log4jLevel.Off)
    private String privateKey;
    private String ip4Address;
    private String ip6Address;
    private List<Peer> peers = new ArrayList<>();

    protected WireGuardVpnCfgCommand() {
        // for (de)serialisation
    }

    public WireGuardVpnCfgCommand(String vpnUuid, boolean create) {
        this.vpnUuid = vpnUuid;
        this.create = create;
    }

    /**
     * The router must apply one VPN's pushes in the order they were made.
     */
    @Override
    public boolean executeInSequence() {
        return true;
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

    public void setPublicIp(String publicIp) {
        this.publicIp = publicIp;
    }

    public String getPublicInterface() {
        return publicInterface;
    }

    public void setPublicInterface(String publicInterface) {
        this.publicInterface = publicInterface;
    }

    public String getPublicIp6() {
        return publicIp6;
    }

    public void setPublicIp6(String publicIp6) {
        this.publicIp6 = publicIp6;
    }

    public List<String> getGuestInterfaces() {
        return guestInterfaces;
    }

    public void setGuestInterfaces(List<String> guestInterfaces) {
        this.guestInterfaces = guestInterfaces == null ? new ArrayList<>() : new ArrayList<>(guestInterfaces);
    }

    public List<String> getLocalCidrs() {
        return localCidrs;
    }

    public void setLocalCidrs(List<String> localCidrs) {
        this.localCidrs = localCidrs == null ? new ArrayList<>() : new ArrayList<>(localCidrs);
    }

    public int getListenPort() {
        return listenPort;
    }

    public void setListenPort(int listenPort) {
        this.listenPort = listenPort;
    }

    public int getMtu() {
        return mtu;
    }

    public void setMtu(int mtu) {
        this.mtu = mtu;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getIp4Address() {
        return ip4Address;
    }

    public void setIp4Address(String ip4Address) {
        this.ip4Address = ip4Address;
    }

    public String getIp6Address() {
        return ip6Address;
    }

    public void setIp6Address(String ip6Address) {
        this.ip6Address = ip6Address;
    }

    public List<Peer> getPeers() {
        return peers;
    }

    public void setPeers(List<Peer> peers) {
        this.peers = peers == null ? new ArrayList<>() : new ArrayList<>(peers);
    }
}
