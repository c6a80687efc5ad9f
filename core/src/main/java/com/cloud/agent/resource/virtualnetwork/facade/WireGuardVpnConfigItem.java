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
package com.cloud.agent.resource.virtualnetwork.facade;

import java.util.ArrayList;
import java.util.List;

import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.resource.virtualnetwork.ConfigItem;
import com.cloud.agent.resource.virtualnetwork.model.ConfigBase;
import com.cloud.agent.resource.virtualnetwork.model.WireGuardVpn;
import com.cloud.agent.resource.virtualnetwork.model.WireGuardVpnPeer;

/**
 * Turns a {@link WireGuardVpnCfgCommand} into the {@code wireguard_vpn.json} databag and the
 * {@code update_config.py} call that applies it.
 */
public class WireGuardVpnConfigItem extends AbstractConfigItemFacade {

    /** Databag file name, as VRScripts names CloudStack's own (CloudStack writes it with a uuid suffix). */
    public static final String WIREGUARD_VPN_CONFIG = "wireguard_vpn.json";

    @Override
    public List<ConfigItem> generateConfig(final NetworkElementCommand cmd) {
        final WireGuardVpnCfgCommand command = (WireGuardVpnCfgCommand)cmd;
        final List<WireGuardVpnPeer> peers = new ArrayList<>();
        for (WireGuardVpnCfgCommand.Peer peer : command.getPeers()) {
            peers.add(new WireGuardVpnPeer(peer.getPublicKey(), peer.getPresharedKey(), peer.getIp4Address(), peer.getIp6Address(), peer.isEnabled(),
                    peer.isFullTunnel()));
        }
        final WireGuardVpn vpn = new WireGuardVpn(command.getVpnUuid(), command.isCreate(), command.getPublicIp(), command.getPublicInterface(),
                command.getPublicIp6(), command.getGuestInterfaces(), command.getLocalCidrs(), command.getListenPort(), command.getMtu(),
                command.getPrivateKey(), command.getIp4Address(), command.getIp6Address(), peers);
        return generateConfigItems(vpn);
    }

    @Override
    protected List<ConfigItem> generateConfigItems(final ConfigBase configuration) {
        destinationFile = WIREGUARD_VPN_CONFIG;
        return super.generateConfigItems(configuration);
    }
}
