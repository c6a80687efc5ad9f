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
package com.cloud.network;

import java.util.List;
import java.util.Map;

import com.cloud.network.Network.Capability;
import com.cloud.network.Network.Provider;
import com.cloud.network.Network.Service;
import com.cloud.vm.Nic;

/**
 * The NetworkModel presents a read-only view into the Network data (the members a network plugin calls).
 */
public interface NetworkModel {

    PublicIpAddress getPublicIpAddress(long ipAddressId);

    List<? extends Network> listNetworksUsedByVm(long vmId, boolean isSystem);

    Nic getNicInNetwork(long vmId, long networkId);

    Map<Capability, String> getNetworkServiceCapabilities(long networkId, Service service);

    boolean isProviderSupportServiceInNetwork(long networkId, Service service, Provider provider);

    boolean areServicesSupportedInNetwork(long networkId, Service... services);

    boolean isProviderForNetwork(Provider provider, long networkId);

    boolean checkIpForService(IpAddress ip, Service service, Long networkId);

    List<? extends Network> listNetworksByVpc(long vpcId);

    Network getNetwork(long networkId);

    IpAddress getIp(long sourceIpAddressId);

    String getIpInNetwork(long vmId, long networkId);

    List<? extends IpAddress> listPublicIpsAssignedToGuestNtwk(long associatedNetworkId, Boolean sourceNat);
}
