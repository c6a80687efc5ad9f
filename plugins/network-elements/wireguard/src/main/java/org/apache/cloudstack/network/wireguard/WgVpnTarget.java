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

import java.util.ArrayList;
import java.util.List;

import com.cloud.network.Network;
import com.cloud.network.vpc.Vpc;

/**
 * What a VPN serves: one isolated guest network, or a VPC with its tiers.
 */
public final class WgVpnTarget {
    private final Network network;
    private final Vpc vpc;
    private final List<Network> tiers;

    private WgVpnTarget(Network network, Vpc vpc, List<? extends Network> tiers) {
        this.network = network;
        this.vpc = vpc;
        this.tiers = tiers == null ? new ArrayList<>() : new ArrayList<>(tiers);
    }

    public static WgVpnTarget ofNetwork(Network network) {
        return new WgVpnTarget(network, null, null);
    }

    public static WgVpnTarget ofVpc(Vpc vpc, List<? extends Network> tiers) {
        return new WgVpnTarget(null, vpc, tiers);
    }

    public boolean isVpc() {
        return vpc != null;
    }

    public Network getNetwork() {
        return network;
    }

    public Vpc getVpc() {
        return vpc;
    }

    /** The guest networks peers reach: the network itself, or every VPC tier. */
    public List<Network> getGuestNetworks() {
        if (network != null) {
            return List.of(network);
        }
        return tiers;
    }

    /** True if a guest network has IPv6. */
    public boolean hasIp6() {
        for (Network guest : getGuestNetworks()) {
            if (guest.getIp6Cidr() != null) {
                return true;
            }
        }
        return false;
    }

    /** The IPv4 CIDRs peers reach (and the ranges a tunnel range must not overlap). */
    public List<String> getIp4Cidrs() {
        List<String> cidrs = new ArrayList<>();
        if (vpc != null && vpc.getCidr() != null) {
            cidrs.add(vpc.getCidr());
        }
        for (Network guest : getGuestNetworks()) {
            if (guest.getCidr() != null && !cidrs.contains(guest.getCidr())) {
                cidrs.add(guest.getCidr());
            }
            if (guest.getNetworkCidr() != null && !cidrs.contains(guest.getNetworkCidr())) {
                cidrs.add(guest.getNetworkCidr());
            }
        }
        return cidrs;
    }

    public List<String> getIp6Cidrs() {
        List<String> cidrs = new ArrayList<>();
        for (Network guest : getGuestNetworks()) {
            if (guest.getIp6Cidr() != null && !cidrs.contains(guest.getIp6Cidr())) {
                cidrs.add(guest.getIp6Cidr());
            }
        }
        return cidrs;
    }

    /** The router's guest address, the default DNS for clients: the (first tier's) gateway. */
    public String getDefaultDns() {
        for (Network guest : getGuestNetworks()) {
            if (guest.getGateway() != null) {
                return guest.getGateway();
            }
        }
        return null;
    }

    public String describe() {
        return vpc != null ? "VPC " + vpc.getUuid() : "network " + network.getUuid();
    }
}
