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

/**
 * One peer in the {@code wireguard_vpn.json} databag (DESIGN §3.1).
 */
public class WireGuardVpnPeer {
    private String publicKey;
    private String presharedKey;
    private String ip4Address;
    private String ip6Address;
    private boolean enabled;
    private boolean fullTunnel;

    public WireGuardVpnPeer() {
        // for (de)serialisation
    }

    public WireGuardVpnPeer(String publicKey, String presharedKey, String ip4Address, String ip6Address, boolean enabled, boolean fullTunnel) {
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
