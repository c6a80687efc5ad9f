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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.vpc.Vpc;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.net.Ip;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class WgVpnTargetsTest {

    @Mock
    private NetworkModel networkModel;
    @Mock
    private EntityManager entityManager;
    @InjectMocks
    private WgVpnTargets targets;

    private static String messageOf(Runnable check) {
        return assertThrows(InvalidParameterValueException.class, check::run).getMessage();
    }

    private Network isolated(long id, boolean routerSourceNat) {
        Network network = mock(Network.class);
        when(network.getId()).thenReturn(id);
        when(network.getUuid()).thenReturn("net-" + id);
        when(network.getGuestType()).thenReturn(Network.GuestType.Isolated);
        when(network.getCidr()).thenReturn("10.1.1.0/24");
        when(networkModel.getNetwork(id)).thenReturn(network);
        when(networkModel.isProviderSupportServiceInNetwork(id, Network.Service.SourceNat, Network.Provider.VirtualRouter)).thenReturn(routerSourceNat);
        return network;
    }

    private static IpAddress ipOn(Long networkId, Long vpcId) {
        IpAddress ip = mock(IpAddress.class);
        when(ip.getAddress()).thenReturn(new Ip("203.0.113.10"));
        when(ip.getAssociatedWithNetworkId()).thenReturn(networkId);
        when(ip.getVpcId()).thenReturn(vpcId);
        return ip;
    }

    @Test
    void aPublicIpOnAVirtualRouterIsolatedNetworkIsServed() {
        Network network = isolated(5, true);

        WgVpnTarget target = targets.ofIp(ipOn(5L, null));

        assertEquals(network, target.getNetwork());
    }

    @Test
    void declinesNetworksTheVirtualRouterDoesNotServe() {
        isolated(5, false);
        Network shared = isolated(6, true);
        when(shared.getGuestType()).thenReturn(Network.GuestType.Shared);

        assertTrue(messageOf(() -> targets.ofIp(ipOn(5L, null))).contains("not an isolated network whose source NAT the virtual router provides"));
        assertTrue(messageOf(() -> targets.ofIp(ipOn(6L, null))).contains("not an isolated network"));
        assertTrue(messageOf(() -> targets.ofIp(ipOn(null, null))).contains("is not associated with a guest network"));
    }

    @Test
    void aVpcPublicIpServesAllTiers() {
        Vpc vpc = mock(Vpc.class);
        when(vpc.getId()).thenReturn(9L);
        when(entityManager.findById(Vpc.class, 9L)).thenReturn(vpc);
        Network tier = isolated(7, false);
        when(networkModel.listNetworksByVpc(9L)).thenAnswer(inv -> List.of(tier));

        WgVpnTarget target = targets.ofIp(ipOn(null, 9L));

        assertTrue(target.isVpc());
        assertEquals(List.of(tier), target.getGuestNetworks());
    }

    @Test
    void aVpcWithoutTiersHasNoGuestNetworks() {
        Vpc vpc = mock(Vpc.class);
        when(vpc.getId()).thenReturn(9L);
        when(entityManager.findById(Vpc.class, 9L)).thenReturn(vpc);
        when(networkModel.listNetworksByVpc(9L)).thenReturn(null);

        WgVpnTarget target = targets.ofIp(ipOn(null, 9L));

        assertTrue(target.isVpc());
        assertTrue(target.getGuestNetworks().isEmpty());
    }
}
