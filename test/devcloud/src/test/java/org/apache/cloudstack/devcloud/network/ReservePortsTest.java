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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.FirewallRule.Purpose;
import com.cloud.network.rules.FirewallRule.TrafficType;
import com.cloud.utils.net.NetUtils;

/**
 * RulesManager.reservePorts, as the WireGuard plugin reserves its UDP port, against the rules CloudStack keeps on a
 * public IP (port forwarding, load balancing, VPN, firewall), on MariaDB: CloudStack's outcomes and error texts, and
 * nothing left behind by a refused reservation.
 */
class ReservePortsTest {
    @TempDir
    static Path tmp;

    static NetworkTestBed bed;
    static DevCloudRulesManager rules;
    static FirewallRulesDaoImpl dao;

    @BeforeAll
    static void setUp() {
        bed = new NetworkTestBed(tmp.resolve("run"));
        rules = bed.bean(DevCloudRulesManager.class);
        dao = bed.bean(FirewallRulesDaoImpl.class);
    }

    @AfterAll
    static void tearDown() {
        if (bed != null) {
            bed.close();
        }
    }

    @AfterEach
    void removeRules() {
        for (IPAddressVO ip : List.of(bed.sourceNatIp, bed.otherIp)) {
            for (FirewallRuleVO rule : dao.listByIp(ip.getId())) {
                if (rule.getRelated() != null) {
                    dao.removeRule(rule.getId());
                }
            }
            for (FirewallRuleVO rule : dao.listByIp(ip.getId())) {
                dao.removeRule(rule.getId());
            }
        }
    }

    private FirewallRuleVO existing(Purpose purpose, String protocol, int start, int end) {
        FirewallRuleVO rule = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), start, end, protocol, bed.network.getId(), bed.accountId, bed.domainId,
            purpose, purpose == Purpose.Firewall ? List.of("0.0.0.0/0") : null, null, null, null, purpose == Purpose.Firewall ? TrafficType.Ingress : null));
        rule.setState(FirewallRule.State.Active);
        dao.update(rule.getId(), rule);
        return rule;
    }

    private List<String> rulesOnIp() {
        return dao.listByIp(bed.sourceNatIp.getId()).stream()
            .map(r -> r.getPurpose() + "/" + r.getProtocol() + "/" + r.getSourcePortStart() + "-" + r.getSourcePortEnd() + "/" + r.getState())
            .sorted().collect(Collectors.toList());
    }

    private void assertRefused(String expected, int port) {
        List<String> before = rulesOnIp();
        NetworkRuleConflictException e = assertThrows(NetworkRuleConflictException.class,
            () -> rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, port));
        assertEquals(expected, e.getMessage());
        assertEquals(before, rulesOnIp(), "a refused reservation leaves the IP's rules as they were");
    }

    @Test
    void reservationCreatesTheVpnRuleAndAnOpenFirewallRuleForAllCidrsRelatedToIt() throws Exception {
        FirewallRule[] reserved = rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820);

        assertEquals(1, reserved.length);
        FirewallRuleVO vpn = dao.findById(reserved[0].getId());
        assertEquals(Purpose.Vpn, vpn.getPurpose());
        assertEquals("udp", vpn.getProtocol());
        assertEquals(51820, vpn.getSourcePortStart());
        assertEquals(51820, vpn.getSourcePortEnd());
        assertEquals(bed.network.getId(), vpn.getNetworkId());
        assertEquals(bed.accountId, vpn.getAccountId());
        List<FirewallRuleVO> related = dao.listByRelated(vpn.getId());
        assertEquals(1, related.size());
        FirewallRuleVO open = related.get(0);
        assertEquals(Purpose.Firewall, open.getPurpose());
        assertEquals(TrafficType.Ingress, open.getTrafficType());
        assertEquals(List.of("0.0.0.0/0"), open.getSourceCidrList());
        assertEquals(FirewallRule.State.Add, open.getState(), "applied (Active) only once pushed to the router");
    }

    @Test
    void withoutOpenFirewallOnlyThePortIsReserved() throws Exception {
        FirewallRule[] reserved = rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, false, null, 51820);
        assertTrue(dao.listByRelated(reserved[0].getId()).isEmpty());
        assertEquals(1, dao.listByIp(bed.sourceNatIp.getId()).size());
    }

    @Test
    void udpPortTakenByAnL2tpVpnRuleIsRefusedWithCloudStacksText() throws Exception {
        FirewallRule[] l2tp = rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, NetUtils.VPN_PORT, NetUtils.VPN_L2TP_PORT,
            NetUtils.VPN_NATT_PORT);
        assertRefused("The range specified, 500-500, conflicts with rule " + l2tp[0].getId() + " which has 500-500", 500);
        assertRefused("The range specified, 4500-4500, conflicts with rule " + l2tp[2].getId() + " which has 4500-4500", 4500);
    }

    @Test
    void udpPortInsideAPortForwardingRangeOfTheSameProtocolIsRefused() {
        FirewallRuleVO pf = existing(Purpose.PortForwarding, "udp", 51000, 52000);
        assertRefused("The range specified, 51820-51820, conflicts with rule " + pf.getId() + " which has 51000-52000", 51820);
    }

    @Test
    void udpPortNextToATcpPortForwardingRuleIsAllowed() throws Exception {
        existing(Purpose.PortForwarding, "tcp", 51820, 51820);
        assertEquals(1, rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820).length);
    }

    @Test
    void udpPortOfAUdpLoadBalancerIsRefusedAndOfATcpOneAllowed() throws Exception {
        FirewallRuleVO lb = existing(Purpose.LoadBalancing, "udp", 51820, 51820);
        assertRefused("The range specified, 51820-51820, conflicts with rule " + lb.getId() + " which has 51820-51820", 51820);
        dao.removeRule(lb.getId());
        existing(Purpose.LoadBalancing, "tcp", 51820, 51820);
        assertEquals(1, rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820).length);
    }

    @Test
    void anotherVpnRuleOnThePortConflictsEvenWithAnotherProtocol() {
        // CloudStack allows PF next to VPN and VPN next to PF/LB across protocols, never two VPN rules on one port
        FirewallRuleVO other = existing(Purpose.Vpn, "tcp", 51820, 51820);
        assertRefused("The range specified, 51820-51820, conflicts with rule " + other.getId() + " which has 51820-51820", 51820);
    }

    @Test
    void anExistingFirewallRuleForThePortIsReusedNotDuplicated() throws Exception {
        FirewallRuleVO userRule = existing(Purpose.Firewall, "udp", 51820, 51820);
        FirewallRule[] reserved = rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820);

        assertTrue(dao.listByRelated(reserved[0].getId()).isEmpty(), "no second firewall rule for the same port");
        assertEquals(2, dao.listByIp(bed.sourceNatIp.getId()).size());
        assertEquals(FirewallRule.State.Active, dao.findById(userRule.getId()).getState());
    }

    @Test
    void aPortForwardingRuleOfTheSameProtocolAfterTheVpnIsRefusedTooButOfAnotherProtocolAllowed() throws Exception {
        FirewallRule[] vpn = rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, false, null, 51820);
        FirewallRuleVO udpPf = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), 51820, 51820, "udp", bed.network.getId(), bed.accountId, bed.domainId,
            Purpose.PortForwarding, null, null, null, null, null));
        NetworkRuleConflictException e = assertThrows(NetworkRuleConflictException.class, () -> bed.bean(DevCloudFirewallManager.class).detectRulesConflict(udpPf));
        assertEquals("The range specified, 51820-51820, conflicts with rule " + vpn[0].getId() + " which has 51820-51820", e.getMessage());
        FirewallRuleVO tcpPf = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), 51820, 51820, "tcp", bed.network.getId(), bed.accountId, bed.domainId,
            Purpose.PortForwarding, null, null, null, null, null));
        dao.removeRule(udpPf.getId());
        bed.bean(DevCloudFirewallManager.class).detectRulesConflict(tcpPf);
    }

    @Test
    void duplicateIcmpFirewallRuleIsAnInvalidParameter() {
        FirewallRuleVO icmp = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), null, null, "icmp", bed.network.getId(), bed.accountId, bed.domainId,
            Purpose.Firewall, List.of("0.0.0.0/0"), -1, -1, null, TrafficType.Ingress));
        FirewallRuleVO again = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), null, null, "icmp", bed.network.getId(), bed.accountId, bed.domainId,
            Purpose.Firewall, List.of("0.0.0.0/0"), -1, -1, null, TrafficType.Ingress));
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> bed.bean(DevCloudFirewallManager.class).detectRulesConflict(again));
        assertEquals("New rule conflicts with existing rule id=" + icmp.getId(), e.getMessage());
    }

    @Test
    void aRuleOnTheIpForAnotherNetworkConflicts() {
        FirewallRuleVO foreign = dao.persist(new FirewallRuleVO(bed.sourceNatIp.getId(), 80, 80, "tcp", bed.publicNetwork.getId(), bed.accountId,
            bed.domainId, Purpose.PortForwarding, null, null, null, null, null));
        assertRefused("New rule is for a different network than what's specified in rule " + foreign.getXid(), 51820);
    }

    @Test
    void anInvalidPortIsRefusedBeforeAnythingIsWritten() {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 0));
        assertEquals("publicPort is an invalid value: 0", e.getMessage());
        assertTrue(dao.listByIp(bed.sourceNatIp.getId()).isEmpty());
    }

    @Test
    void reservationsOnAnotherIpOfTheNetworkDoNotConflict() throws Exception {
        rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820);
        assertEquals(1, rules.reservePorts(bed.otherIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820).length);
    }
}
