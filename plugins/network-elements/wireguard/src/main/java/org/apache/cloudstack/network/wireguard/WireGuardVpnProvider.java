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

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import com.cloud.deploy.DeployDestination;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.Network.Capability;
import com.cloud.network.Network.Provider;
import com.cloud.network.Network.Service;
import com.cloud.network.NetworkModel;
import com.cloud.network.PhysicalNetworkServiceProvider;
import com.cloud.network.element.NetworkElement;
import com.cloud.offering.NetworkOffering;
import com.cloud.utils.component.AdapterBase;
import com.cloud.vm.NicProfile;
import com.cloud.vm.ReservationContext;
import com.cloud.vm.VirtualMachineProfile;

/**
 * The WireGuard VPN as a network element. It rides on the virtual router CloudStack already runs for
 * isolated networks and VPCs (next to the L2TP/IPsec VPN, on the same or another public IP), so it
 * has no appliance of its own to implement, prepare or shut down: VPNs are pushed to routers by the
 * manager when they change and when a router starts. What the element does is decline networks the
 * virtual router does not serve and drop VPNs whose network or public IP goes away.
 */
public class WireGuardVpnProvider extends AdapterBase implements NetworkElement {

    public static final Provider WIREGUARD_VPN = new Provider("WireGuardVpn", false);

    private static final Map<Service, Map<Capability, String>> CAPABILITIES = initCapabilities();

    @Inject
    private NetworkModel networkModel;
    @Inject
    private WgVpnManager wgVpnManager;

    private static Map<Service, Map<Capability, String>> initCapabilities() {
        Map<Capability, String> vpn = new HashMap<>();
        vpn.put(Capability.SupportedVpnProtocols, "wireguard");
        vpn.put(Capability.VpnTypes, "removeaccessvpn");
        Map<Service, Map<Capability, String>> capabilities = new HashMap<>();
        capabilities.put(Service.Vpn, Collections.unmodifiableMap(vpn));
        return Collections.unmodifiableMap(capabilities);
    }

    @Override
    public Map<Service, Map<Capability, String>> getCapabilities() {
        return CAPABILITIES;
    }

    @Override
    public Provider getProvider() {
        return WIREGUARD_VPN;
    }

    /**
     * True for the networks this element works on: isolated networks whose source NAT the virtual
     * router provides, and VPC tiers served by the VPC virtual router.
     */
    public boolean canHandle(Network network) {
        if (network == null || network.getGuestType() != Network.GuestType.Isolated) {
            return false;
        }
        Provider router = network.getVpcId() != null ? Provider.VPCVirtualRouter : Provider.VirtualRouter;
        return networkModel.isProviderSupportServiceInNetwork(network.getId(), Service.SourceNat, router);
    }

    // Nothing to set up when a network is implemented: the virtual router is; VPNs reach it when it
    // starts. Declining other networks keeps the orchestrator from expecting anything of us there.
    @Override
    public boolean implement(Network network, NetworkOffering offering, DeployDestination dest, ReservationContext context) {
        return canHandle(network);
    }

    // Guest VMs need nothing from the VPN: peers reach them through the router.
    @Override
    public boolean prepare(Network network, NicProfile nic, VirtualMachineProfile vm, DeployDestination dest, ReservationContext context) {
        return true;
    }

    @Override
    public boolean release(Network network, NicProfile nic, VirtualMachineProfile vm, ReservationContext context) {
        return true;
    }

    /**
     * A released public IP takes its WireGuard VPNs with it (NetworkElement has this method from 4.21
     * on, hence no @Override).
     */
    public boolean releaseIp(IpAddress ipAddress) {
        if (ipAddress != null) {
            wgVpnManager.removeVpnsOnIp(ipAddress.getId());
        }
        return true;
    }

    // A shut down network's routers are stopped or destroyed; the VPNs stay in the database and are
    // pushed again when a router of the network starts.
    @Override
    public boolean shutdown(Network network, ReservationContext context, boolean cleanup) {
        return true;
    }

    @Override
    public boolean destroy(Network network, ReservationContext context) {
        if (network != null) {
            wgVpnManager.removeVpnsOfNetwork(network.getId());
        }
        return true;
    }

    // No instances of its own on a physical network: always ready, nothing to shut down.
    @Override
    public boolean isReady(PhysicalNetworkServiceProvider provider) {
        return true;
    }

    @Override
    public boolean shutdownProviderInstances(PhysicalNetworkServiceProvider provider, ReservationContext context) {
        return true;
    }

    @Override
    public boolean canEnableIndividualServices() {
        return false;
    }

    @Override
    public boolean verifyServicesCombination(Set<Service> services) {
        return true;
    }
}
