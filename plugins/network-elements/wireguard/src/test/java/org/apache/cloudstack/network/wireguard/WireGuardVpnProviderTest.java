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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class WireGuardVpnProviderTest {

    @Mock
    private NetworkModel networkModel;
    @Mock
    private WgVpnManager manager;
    @InjectMocks
    private WireGuardVpnProvider provider;

    private long nextId = 4L;

    private Network network(Network.GuestType type, Long vpcId, Network.Provider sourceNatProvider) {
        long id = nextId++;
        Network network = mock(Network.class);
        when(network.getId()).thenReturn(id);
        when(network.getGuestType()).thenReturn(type);
        when(network.getVpcId()).thenReturn(vpcId);
        when(networkModel.isProviderSupportServiceInNetwork(id, Network.Service.SourceNat, sourceNatProvider)).thenReturn(true);
        return network;
    }

    @Test
    void isTheWireGuardVpnProviderWithStaticVpnCapabilities() {
        assertEquals("WireGuardVpn", provider.getProvider().getName());
        assertEquals("wireguard", provider.getCapabilities().get(Network.Service.Vpn).get(Network.Capability.SupportedVpnProtocols));
        assertEquals(provider.getCapabilities(), new WireGuardVpnProvider().getCapabilities());
    }

    @Test
    void handlesIsolatedAndVpcNetworksOfTheVirtualRouterOnly() {
        assertTrue(provider.canHandle(network(Network.GuestType.Isolated, null, Network.Provider.VirtualRouter)));
        assertTrue(provider.canHandle(network(Network.GuestType.Isolated, 3L, Network.Provider.VPCVirtualRouter)));
        assertFalse(provider.canHandle(network(Network.GuestType.Isolated, null, Network.Provider.Nsx)));
        assertFalse(provider.canHandle(network(Network.GuestType.Shared, null, Network.Provider.VirtualRouter)));
        assertFalse(provider.canHandle(network(Network.GuestType.L2, null, Network.Provider.VirtualRouter)));
        assertFalse(provider.canHandle(null));
    }

    @Test
    void aDestroyedNetworkOrReleasedIpTakesItsVpnsAlong() throws Exception {
        Network network = network(Network.GuestType.Isolated, null, Network.Provider.VirtualRouter);
        IpAddress ip = mock(IpAddress.class);
        when(ip.getId()).thenReturn(30L);

        assertTrue(provider.destroy(network, null));
        assertTrue(provider.releaseIp(ip));

        verify(manager).removeVpnsOfNetwork(4L);
        verify(manager).removeVpnsOnIp(30L);
    }

    @Test
    void shutdownKeepsTheVpnsForTheNextRouterStart() throws Exception {
        assertTrue(provider.shutdown(network(Network.GuestType.Isolated, null, Network.Provider.VirtualRouter), null, true));
        verify(manager, org.mockito.Mockito.never()).removeVpnsOfNetwork(4L);
    }
}
