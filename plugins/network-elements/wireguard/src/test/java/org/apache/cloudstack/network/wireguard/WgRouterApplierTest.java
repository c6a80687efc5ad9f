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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusCommand;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.dc.DataCenter;
import com.cloud.exception.OperationTimedoutException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.router.NetworkHelper;
import com.cloud.network.router.VirtualNetworkApplianceManager;
import com.cloud.network.router.VirtualRouter;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.net.Ip;
import com.cloud.vm.Nic;
import com.cloud.vm.VirtualMachine;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class WgRouterApplierTest {

    private static final long NETWORK_ID = 10L;
    private static final long VPC_ID = 20L;
    private static final long IP_ID = 30L;
    private static final String SERVER_KEY = "SDoEhh1gWoILCrzPAtaD3d99KdZFtODOOp0Q/gdUTVg=";
    private static final String SERVER_PUB = "RgNVAcbNOD4tHCxdJ6GDlnl02K5bY2qzeJ0tbDhpLlE=";
    private static final String PEER1 = "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM=";
    private static final String PEER2 = "+4KczBjPU2hFkgyee2awR4c1PohTCv6tBOz1VlsyiE0=";
    private static final String PSK = "hxQo2ifnxRvduIcs/aql9PFyFmotWAi+r+sItcpjfS0=";

    @Mock
    private VirtualNetworkApplianceManager routerManager;
    @Mock
    private NetworkHelper networkHelper;
    @Mock
    private NetworkModel networkModel;
    @Mock
    private AgentManager agentManager;
    @Mock
    private EntityManager entityManager;
    @InjectMocks
    private WgRouterApplier applier;

    private final List<WireGuardVpnCfgCommand> sent = new ArrayList<>();
    private final List<String> sentTo = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        IpAddress ip = mock(IpAddress.class);
        when(ip.getAddress()).thenReturn(new Ip("203.0.113.10"));
        when(networkModel.getIp(IP_ID)).thenReturn(ip);
        DataCenter zone = mock(DataCenter.class);
        when(zone.getNetworkType()).thenReturn(DataCenter.NetworkType.Advanced);
        when(entityManager.findById(eq(DataCenter.class), anyLong())).thenReturn(zone);
        when(networkHelper.sendCommandsToRouter(any(VirtualRouter.class), any(Commands.class))).thenAnswer(inv -> {
            VirtualRouter router = inv.getArgument(0);
            Commands cmds = inv.getArgument(1);
            WireGuardVpnCfgCommand cmd = (WireGuardVpnCfgCommand)cmds.toCommands()[0];
            sent.add(cmd);
            sentTo.add(router.getInstanceName());
            cmds.setAnswers(new Answer[] {new Answer(cmd, true, null)});
            return true;
        });
    }

    private static VirtualRouter router(long id, String name, VirtualMachine.State state) {
        VirtualRouter router = mock(VirtualRouter.class);
        when(router.getId()).thenReturn(id);
        when(router.getInstanceName()).thenReturn(name);
        when(router.getState()).thenReturn(state);
        when(router.getPrivateIpAddress()).thenReturn("169.254.0." + id);
        when(router.getDataCenterId()).thenReturn(1L);
        when(router.getHostId()).thenReturn(100L + id);
        return router;
    }

    private Nic nic(long routerId, long networkId, int deviceId) {
        Nic nic = mock(Nic.class);
        when(nic.getDeviceId()).thenReturn(deviceId);
        when(networkModel.getNicInNetwork(routerId, networkId)).thenReturn(nic);
        return nic;
    }

    private static Network network(long id, String cidr, String ip6Cidr) {
        Network network = mock(Network.class);
        when(network.getId()).thenReturn(id);
        when(network.getCidr()).thenReturn(cidr);
        when(network.getIp6Cidr()).thenReturn(ip6Cidr);
        return network;
    }

    private static WgVpnVO isolatedVpn() {
        WgVpnVO vpn = new WgVpnVO(2L, 1L, NETWORK_ID, null, IP_ID, 51820, SERVER_PUB, SERVER_KEY);
        vpn.setIp4Enabled(true);
        vpn.setIp4Range("10.8.0.0/24");
        vpn.setIp4Address("10.8.0.1");
        vpn.setMtu(1420);
        return vpn;
    }

    private static WgUserVO user(String key, String psk, String ip4, boolean split) {
        WgUserVO user = new WgUserVO(1L, 2L, 1L, "u", key, false);
        user.setPresharedKey(psk);
        user.setIp4Address(ip4);
        user.setSplitTunnel(split);
        user.setEnabled(true);
        return user;
    }

    @Test
    void isolatedRouterGetsTheWholeStateOnEth2WithTheGuestNicFromItsDeviceId() throws Exception {
        VirtualRouter router = router(1, "r-1-VM", VirtualMachine.State.Running);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(router));
        Network network = network(NETWORK_ID, "10.1.1.0/24", null);
        when(networkModel.getNetwork(NETWORK_ID)).thenReturn(network);
        nic(1, NETWORK_ID, 0);
        when(networkModel.getIpInNetwork(1L, NETWORK_ID)).thenReturn("10.1.1.1");

        applier.apply(isolatedVpn(), List.of(user(PEER1, PSK, "10.8.0.2", true), user(PEER2, null, "10.8.0.3", false)));

        assertEquals(1, sent.size());
        WireGuardVpnCfgCommand cmd = sent.get(0);
        assertTrue(cmd.isCreate());
        assertEquals("203.0.113.10", cmd.getPublicIp());
        assertEquals("eth2", cmd.getPublicInterface());
        assertEquals(List.of("eth0"), cmd.getGuestInterfaces());
        assertEquals(List.of("10.1.1.0/24"), cmd.getLocalCidrs());
        assertEquals(51820, cmd.getListenPort());
        assertEquals(1420, cmd.getMtu());
        assertEquals(SERVER_KEY, cmd.getPrivateKey());
        assertEquals("10.8.0.1/24", cmd.getIp4Address());
        assertNull(cmd.getIp6Address());
        assertEquals(2, cmd.getPeers().size());
        assertEquals(PEER1, cmd.getPeers().get(0).getPublicKey());
        assertEquals(PSK, cmd.getPeers().get(0).getPresharedKey());
        assertFalse(cmd.getPeers().get(0).isFullTunnel());
        assertTrue(cmd.getPeers().get(1).isFullTunnel());
        assertEquals("169.254.0.1", cmd.getAccessDetail(NetworkElementCommand.ROUTER_IP));
        assertEquals("r-1-VM", cmd.getAccessDetail(NetworkElementCommand.ROUTER_NAME));
        assertEquals("10.1.1.1", cmd.getAccessDetail(NetworkElementCommand.ROUTER_GUEST_IP));
        assertEquals("Advanced", cmd.getAccessDetail(NetworkElementCommand.ZONE_NETWORK_TYPE));
    }

    @Test
    void vpcRouterGetsEth1AndOneGuestInterfacePerTier() throws Exception {
        WgVpnVO vpn = new WgVpnVO(2L, 1L, null, VPC_ID, IP_ID, 51820, SERVER_PUB, SERVER_KEY);
        vpn.setIp4Enabled(true);
        vpn.setIp4Range("10.8.0.0/24");
        vpn.setIp4Address("10.8.0.1");
        Network tier1 = network(11, "10.0.1.0/24", null);
        Network tier2 = network(12, "10.0.2.0/24", null);
        when(networkModel.listNetworksByVpc(VPC_ID)).thenAnswer(inv -> List.of(tier1, tier2));
        VirtualRouter router = router(3, "r-3-VM", VirtualMachine.State.Running);
        when(routerManager.getRoutersForNetwork(11L)).thenReturn(List.of(router));
        when(routerManager.getRoutersForNetwork(12L)).thenReturn(List.of(router));
        nic(3, 11, 2);
        nic(3, 12, 3);

        applier.apply(vpn, List.of());

        assertEquals(1, sent.size(), "the VPC router is pushed once, not once per tier");
        assertEquals("eth1", sent.get(0).getPublicInterface());
        assertEquals(List.of("eth2", "eth3"), sent.get(0).getGuestInterfaces());
        assertEquals(List.of("10.0.1.0/24", "10.0.2.0/24"), sent.get(0).getLocalCidrs());
    }

    @Test
    void bothRoutersOfARedundantPairGetTheSameKeyAndPeersAndStoppedRoutersAreSkipped() throws Exception {
        VirtualRouter primary = router(1, "r-1-VM", VirtualMachine.State.Running);
        VirtualRouter backup = router(2, "r-2-VM", VirtualMachine.State.Running);
        VirtualRouter stopped = router(4, "r-4-VM", VirtualMachine.State.Stopped);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(primary, backup, stopped));
        Network network = network(NETWORK_ID, "10.1.1.0/24", null);
        when(networkModel.getNetwork(NETWORK_ID)).thenReturn(network);

        applier.apply(isolatedVpn(), List.of(user(PEER1, PSK, "10.8.0.2", true)));

        assertEquals(List.of("r-1-VM", "r-2-VM"), sentTo);
        assertEquals(sent.get(0).getPrivateKey(), sent.get(1).getPrivateKey());
        assertEquals(sent.get(0).getPeers().get(0).getPublicKey(), sent.get(1).getPeers().get(0).getPublicKey());
    }

    @Test
    void noRouterMeansNothingToDo() throws Exception {
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of());

        applier.apply(isolatedVpn(), List.of());

        verify(networkHelper, never()).sendCommandsToRouter(any(), any());
    }

    @Test
    void aFailingRouterIsNamedWithItsReason() throws Exception {
        VirtualRouter router = router(1, "r-1-VM", VirtualMachine.State.Running);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(router));
        when(networkHelper.sendCommandsToRouter(any(VirtualRouter.class), any(Commands.class))).thenAnswer(inv -> {
            Commands cmds = inv.getArgument(1);
            cmds.setAnswers(new Answer[] {new Answer(cmds.toCommands()[0], false, "invalid bag: peer key is not 44 characters")});
            return false;
        });

        ResourceUnavailableException e = assertThrows(ResourceUnavailableException.class, () -> applier.apply(isolatedVpn(), List.of()));

        assertTrue(e.getMessage().contains("r-1-VM: invalid bag: peer key is not 44 characters"), e.getMessage());
        assertFalse(e.getMessage().contains(SERVER_KEY));
    }

    @Test
    void removalSendsCreateFalseWithoutKeys() throws Exception {
        VirtualRouter router = router(1, "r-1-VM", VirtualMachine.State.Running);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(router));

        applier.remove(isolatedVpn());

        assertFalse(sent.get(0).isCreate());
        assertNull(sent.get(0).getPrivateKey());
        assertTrue(sent.get(0).getPeers().isEmpty());
    }

    @Test
    void statusIsAskedOfTheRunningPrimaryAndMatchedByVpn() throws Exception {
        VirtualRouter backup = router(1, "r-1-VM", VirtualMachine.State.Running);
        VirtualRouter primary = router(2, "r-2-VM", VirtualMachine.State.Running);
        when(primary.getRedundantState()).thenReturn(VirtualRouter.RedundantState.PRIMARY);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(backup, primary));
        WgVpnVO vpn = isolatedVpn();
        String json = "{\"vpns\":[{\"vpn_uuid\":\"" + vpn.getUuid() + "\",\"peers\":[{\"public_key\":\"" + PEER1
                + "\",\"endpoint\":\"203.0.113.99:4000\",\"latest_handshake\":1700000000,\"rx_bytes\":5,\"tx_bytes\":6}]},"
                + "{\"vpn_uuid\":\"other\",\"peers\":[{\"public_key\":\"" + PEER2 + "\"}]}]}";
        ArgumentCaptor<Commands> captor = ArgumentCaptor.forClass(Commands.class);
        when(agentManager.send(eq(102L), captor.capture(), anyInt())).thenAnswer(inv -> {
            Commands cmds = inv.getArgument(1);
            GetWireGuardVpnStatusCommand cmd = (GetWireGuardVpnStatusCommand)cmds.toCommands()[0];
            return new Answer[] {new GetWireGuardVpnStatusAnswer(cmd, true, null, json)};
        });

        Map<String, GetWireGuardVpnStatusAnswer.PeerStatus> status = applier.queryStatus(vpn);

        assertEquals(1, status.size());
        assertEquals("203.0.113.99:4000", status.get(PEER1).getEndpoint());
        verify(agentManager, times(1)).send(eq(102L), any(Commands.class), eq(WgRouterApplier.STATUS_TIMEOUT_SECONDS));
    }

    @Test
    void anUnreachableRouterGivesNoLiveState() throws Exception {
        VirtualRouter router = router(1, "r-1-VM", VirtualMachine.State.Running);
        when(routerManager.getRoutersForNetwork(NETWORK_ID)).thenReturn(List.of(router));
        when(agentManager.send(anyLong(), any(Commands.class), anyInt())).thenThrow(new OperationTimedoutException(null, 101L, 1L, 5, false));

        assertTrue(applier.queryStatus(isolatedVpn()).isEmpty());
    }
}
