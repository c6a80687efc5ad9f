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
package org.apache.cloudstack.network.wireguard;

import javax.inject.Inject;

import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnVO;

/**
 * What goes into a user's client configuration: its addresses, the server's key and endpoint, and the
 * routes. A split-tunnel user routes the guest network (every VPC tier, read now, so tiers added since
 * the VPN was created are in) and the tunnel ranges; a full-tunnel user routes everything.
 */
public class WgClientConfigBuilder {

    @Inject
    private NetworkModel networkModel;
    @Inject
    private WgVpnTargets targets;

    /**
     * @param privateKey the client's private key, or null for the placeholder line (own-key users, or a
     *                   generated key no longer retained)
     */
    public WgClientConfig build(WgVpnVO vpn, WgUserVO user, String privateKey) {
        WgClientConfig config = new WgClientConfig().setPrivateKey(privateKey).setPublicKey(user.getPublicKey()).setDns(vpn.getDns())
                .setMtu(vpn.getMtu()).setServerPublicKey(vpn.getPublicKey()).setPresharedKey(user.getPresharedKey()).setKeepalive(vpn.getKeepalive());
        if (vpn.isIp4Enabled() && user.getIp4Address() != null) {
            config.addAddress(user.getIp4Address() + "/32");
        }
        if (vpn.isIp6Enabled() && user.getIp6Address() != null) {
            config.addAddress(user.getIp6Address() + "/128");
        }
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        config.setEndpoint(ip.getAddress().addr(), vpn.getPort());
        if (user.isSplitTunnel()) {
            for (Network guest : targets.of(vpn).getGuestNetworks()) {
                if (vpn.isIp4Enabled() && guest.getCidr() != null) {
                    config.addAllowedIp(guest.getCidr());
                }
                if (vpn.isIp6Enabled() && guest.getIp6Cidr() != null) {
                    config.addAllowedIp(guest.getIp6Cidr());
                }
            }
            if (vpn.isIp4Enabled()) {
                config.addAllowedIp(vpn.getIp4Range());
            }
            if (vpn.isIp6Enabled()) {
                config.addAllowedIp(vpn.getIp6Range());
            }
        } else {
            if (vpn.isIp4Enabled()) {
                config.addAllowedIp("0.0.0.0/0");
            }
            if (vpn.isIp6Enabled()) {
                config.addAllowedIp("::/0");
            }
        }
        return config;
    }
}
