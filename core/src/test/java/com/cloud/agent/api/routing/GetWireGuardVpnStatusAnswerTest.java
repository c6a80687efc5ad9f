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
package com.cloud.agent.api.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GetWireGuardVpnStatusAnswerTest {

    private static final String STATUS = "{\"vpns\":[{\"vpn_uuid\":\"0b7c6f3e-1d2a-4c5b-9e8f-7a6b5c4d3e2f\",\"interface\":\"wg0\","
            + "\"public_key\":\"Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM=\",\"listen_port\":51820,\"peers\":["
            + "{\"public_key\":\"+4KczBjPU2hFkgyee2awR4c1PohTCv6tBOz1VlsyiE0=\",\"endpoint\":\"203.0.113.99:40000\",\"latest_handshake\":1700000000,"
            + "\"rx_bytes\":1234,\"tx_bytes\":5678,\"allowed_ips\":[\"10.8.0.2/32\"]},"
            + "{\"public_key\":\"hxQo2ifnxRvduIcs/aql9PFyFmotWAi+r+sItcpjfS0=\",\"endpoint\":null,\"latest_handshake\":0,\"rx_bytes\":0,\"tx_bytes\":0,"
            + "\"allowed_ips\":[]}]}]}";

    @Test
    void parsesThePeersOfEachVpn() {
        GetWireGuardVpnStatusAnswer answer = new GetWireGuardVpnStatusAnswer(new GetWireGuardVpnStatusCommand(null), true, null, STATUS);

        List<GetWireGuardVpnStatusAnswer.VpnStatus> vpns = answer.getVpns();

        assertEquals(1, vpns.size());
        assertEquals("wg0", vpns.get(0).getInterface());
        assertEquals(51820, vpns.get(0).getListenPort());
        GetWireGuardVpnStatusAnswer.PeerStatus connected = vpns.get(0).getPeers().get(0);
        assertEquals("203.0.113.99:40000", connected.getEndpoint());
        assertEquals(1700000000L, connected.getLatestHandshake());
        assertEquals(1234L, connected.getRxBytes());
        assertEquals(5678L, connected.getTxBytes());
        assertEquals(List.of("10.8.0.2/32"), connected.getAllowedIps());
        GetWireGuardVpnStatusAnswer.PeerStatus idle = vpns.get(0).getPeers().get(1);
        assertNull(idle.getEndpoint());
        assertEquals(0L, idle.getLatestHandshake());
    }

    @Test
    void unreadableOrMissingStatusGivesNoVpns() {
        GetWireGuardVpnStatusCommand cmd = new GetWireGuardVpnStatusCommand(List.of());
        assertTrue(new GetWireGuardVpnStatusAnswer(cmd, false, "router unreachable", null).getVpns().isEmpty());
        assertTrue(new GetWireGuardVpnStatusAnswer(cmd, true, null, "not json {").getVpns().isEmpty());
    }
}
