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
package org.apache.cloudstack.devcloud.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.Network.Capability;
import com.cloud.network.Network.Provider;
import com.cloud.network.Network.Service;
import com.cloud.network.NetworkModel;
import com.cloud.network.PublicIpAddress;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.Nic;
import com.cloud.vm.VirtualMachine;

/**
 * The subset of CloudStack's NetworkModel devcloud needs. Every devcloud network is an isolated network whose
 * offering gives these services, all provided by the VirtualRouter: SourceNat, Gateway, Firewall, PortForwarding,
 * Lb, Vpn, Dns, Dhcp (a plugin provider such as WireGuard's is asked through its own element).
 */
public class DevCloudNetworkModel implements NetworkModel {
    public static final List<Service> ISOLATED_SERVICES = List.of(Service.SourceNat, Service.Gateway, Service.Firewall, Service.PortForwarding, Service.Lb,
        Service.Vpn, Service.Dns, Service.Dhcp);

    @Inject
    private NetworkDaoImpl networkDao;
    @Inject
    private IPAddressDaoImpl ipAddressDao;
    @Inject
    private VlanDaoImpl vlanDao;
    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private GuestVmDaoImpl guestVmDao;

    public List<Service> getServices(long networkId) {
        return networkDao.findById(networkId) == null ? Collections.emptyList() : ISOLATED_SERVICES;
    }

    @Override
    public PublicIpAddress getPublicIpAddress(long ipAddressId) {
        IPAddressVO ip = ipAddressDao.findById(ipAddressId);
        if (ip == null) {
            return null;
        }
        return new PublicIp(ip, vlanDao.findById(ip.getVlanId()));
    }

    @Override
    public List<? extends Network> listNetworksUsedByVm(long vmId, boolean isSystem) {
        List<Network> networks = new ArrayList<>();
        DomainRouterVO router = routerDao.findById(vmId);
        if (router != null && router.getNetworkId() != null) {
            networks.add(networkDao.findById(router.getNetworkId()));
        }
        VMInstanceVO vm = guestVmDao.findById(vmId);
        if (!isSystem && vm != null && vm.getType() == VirtualMachine.Type.User) {
            NetworkVO n = guestVmDao.networkOf(vm);
            if (n != null) {
                networks.add(n);
            }
        }
        return networks;
    }

    @Override
    public Nic getNicInNetwork(long vmId, long networkId) {
        NetworkVO network = networkDao.findById(networkId);
        String ip = getIpInNetwork(vmId, networkId);
        return network == null || ip == null ? null : new GuestNic(vmId, network, ip);
    }

    @Override
    public Map<Capability, String> getNetworkServiceCapabilities(long networkId, Service service) {
        Map<Capability, String> caps = new HashMap<>();
        if (!getServices(networkId).contains(service)) {
            return caps;
        }
        if (service == Service.Firewall) {
            caps.put(Capability.SupportedProtocols, "tcp,udp,icmp");
            caps.put(Capability.SupportedTrafficDirection, "ingress,egress");
            caps.put(Capability.SupportedEgressProtocols, "tcp,udp,icmp,all");
            caps.put(Capability.MultipleIps, "true");
        } else if (service == Service.Vpn) {
            caps.put(Capability.SupportedVpnProtocols, "pptp,l2tp,ipsec");
            caps.put(Capability.VpnTypes, "removeaccessvpn");
        } else if (service == Service.SourceNat) {
            caps.put(Capability.SupportedSourceNatTypes, "peraccount");
            caps.put(Capability.RedundantRouter, "false");
        } else if (service == Service.Lb) {
            caps.put(Capability.SupportedProtocols, "tcp,udp");
            caps.put(Capability.SupportedLBAlgorithms, "roundrobin,leastconn,source");
        }
        return caps;
    }

    @Override
    public boolean isProviderSupportServiceInNetwork(long networkId, Service service, Provider provider) {
        return provider != null && Provider.VirtualRouter.getName().equals(provider.getName()) && getServices(networkId).contains(service);
    }

    @Override
    public boolean areServicesSupportedInNetwork(long networkId, Service... services) {
        return getServices(networkId).containsAll(Arrays.asList(services));
    }

    @Override
    public boolean isProviderForNetwork(Provider provider, long networkId) {
        return provider != null && Provider.VirtualRouter.getName().equals(provider.getName()) && networkDao.findById(networkId) != null;
    }

    @Override
    public boolean checkIpForService(IpAddress ip, Service service, Long networkId) {
        long id = networkId != null ? networkId : ip.getAssociatedWithNetworkId() == null ? -1 : ip.getAssociatedWithNetworkId();
        return getServices(id).contains(service);
    }

    @Override
    public List<? extends Network> listNetworksByVpc(long vpcId) {
        return networkDao.listByVpc(vpcId);
    }

    @Override
    public Network getNetwork(long networkId) {
        return networkDao.findById(networkId);
    }

    @Override
    public IpAddress getIp(long sourceIpAddressId) {
        return ipAddressDao.findById(sourceIpAddressId);
    }

    /** A router's address in its guest network is the gateway; a guest VM's is its own. */
    @Override
    public String getIpInNetwork(long vmId, long networkId) {
        NetworkVO network = networkDao.findById(networkId);
        if (network == null) {
            return null;
        }
        DomainRouterVO router = routerDao.findById(vmId);
        if (router != null) {
            return router.getNetworkId() != null && router.getNetworkId() == networkId ? network.getGateway() : null;
        }
        VMInstanceVO vm = guestVmDao.findById(vmId);
        if (vm != null && vm.getPrivateIpAddress() != null && NetUtils.isIpWithInCidrRange(vm.getPrivateIpAddress(), network.getCidr())) {
            return vm.getPrivateIpAddress();
        }
        return null;
    }

    @Override
    public List<? extends IpAddress> listPublicIpsAssignedToGuestNtwk(long associatedNetworkId, Boolean sourceNat) {
        return ipAddressDao.listByAssociatedNetwork(associatedNetworkId, sourceNat);
    }
}
