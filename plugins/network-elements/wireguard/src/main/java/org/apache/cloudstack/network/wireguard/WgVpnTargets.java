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

import java.util.List;

import javax.inject.Inject;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgVpn;
import com.cloud.network.vpc.Vpc;
import com.cloud.utils.db.EntityManager;

/**
 * Finds what a VPN serves: the isolated network of its public IP, or the VPC with its tiers as they are
 * now (tiers come and go, so they are read each time, never stored with the VPN).
 */
public class WgVpnTargets {

    @Inject
    private NetworkModel networkModel;
    @Inject
    private EntityManager entityManager;

    /**
     * The network or VPC a public IP serves, if the virtual router serves it.
     *
     * @throws InvalidParameterValueException when the IP serves nothing the virtual router runs
     */
    public WgVpnTarget ofIp(IpAddress ip) {
        String address = ip.getAddress() == null ? "" : ip.getAddress().addr();
        if (ip.getVpcId() != null) {
            Vpc vpc = entityManager.findById(Vpc.class, ip.getVpcId());
            if (vpc == null) {
                throw new InvalidParameterValueException("Public IP " + address + " belongs to a VPC that no longer exists");
            }
            return WgVpnTarget.ofVpc(vpc, tiersOf(vpc.getId()));
        }
        Long networkId = ip.getAssociatedWithNetworkId();
        Network network = networkId == null ? null : networkModel.getNetwork(networkId);
        if (network == null) {
            throw new InvalidParameterValueException("Public IP " + address + " is not associated with a guest network");
        }
        if (network.getGuestType() != Network.GuestType.Isolated
                || !networkModel.isProviderSupportServiceInNetwork(network.getId(), Network.Service.SourceNat, Network.Provider.VirtualRouter)) {
            throw new InvalidParameterValueException("Public IP " + address + " is on network " + network.getUuid()
                    + ", which is not an isolated network whose source NAT the virtual router provides");
        }
        return WgVpnTarget.ofNetwork(network);
    }

    /** What an existing VPN serves. */
    public WgVpnTarget of(WgVpn vpn) {
        if (vpn.getVpcId() != null) {
            return WgVpnTarget.ofVpc(entityManager.findById(Vpc.class, vpn.getVpcId()), tiersOf(vpn.getVpcId()));
        }
        return WgVpnTarget.ofNetwork(networkModel.getNetwork(vpn.getNetworkId()));
    }

    /** The VPC's tiers; empty when it has none. */
    public List<? extends Network> tiersOf(long vpcId) {
        List<? extends Network> tiers = networkModel.listNetworksByVpc(vpcId);
        return tiers == null ? List.of() : tiers;
    }
}
