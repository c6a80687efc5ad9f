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

import static org.apache.cloudstack.devcloud.HostTestSupport.sha256Of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cloudstack.devcloud.HostTestSupport;
import org.apache.cloudstack.devcloud.vr.GuestVm;
import org.apache.cloudstack.devcloud.vr.Netns;
import org.apache.cloudstack.devcloud.vr.PublicSegment;
import org.apache.cloudstack.devcloud.vr.RouterNamespace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.FirewallRule.Purpose;
import com.cloud.utils.fsm.StateListener;
import com.cloud.utils.fsm.StateMachine2;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;

/**
 * A router of devcloud's network side on the host (root): started and recreated through CloudStack's VM state machine,
 * so that a listener registered on it (as the WireGuard plugin registers one) sees the transitions, with the IP's
 * ingress firewall rules already on the router when it reaches Running; the rules in the mangle FIREWALL_<ip> chain
 * and the L2TP VPN's chains as CloudStack's VR has them, doing what they say to real packets.
 */
class RouterLifecycleTest {
    @TempDir
    static Path tmp;

    static NetworkTestBed bed;
    static DevCloudRouterManager routers;
    static DomainRouterDaoImpl routerDao;
    static DomainRouterVO router;
    static GuestVm vm;
    static final Recorder RECORDER = new Recorder();
    static final String MARK = "127.77.0.1/32";

    /** What a plugin's listener sees of this test's router: transitions, and the router's mangle table when it reaches Running. */
    static final class Recorder implements StateListener<State, Event, VirtualMachine> {
        volatile long routerId = -1;
        final List<String> transitions = Collections.synchronizedList(new ArrayList<>());
        volatile String mangleWhenRunning;

        @Override
        public boolean preStateTransitionEvent(State oldState, Event event, State newState, VirtualMachine vo, boolean status, Object opaque) {
            return true;
        }

        @Override
        public boolean postStateTransitionEvent(StateMachine2.Transition<State, Event> t, VirtualMachine vo, boolean status, Object opaque) {
            if (vo == null || vo.getId() != routerId || vo.getType() != VirtualMachine.Type.DomainRouter) {
                return true;
            }
            transitions.add(t.getCurrentState() + "->" + t.getToState() + (status ? "" : " (failed)"));
            if (t.getToState() == State.Running && status) {
                mangleWhenRunning = mangle(bed.host.getRouter(vo.getId()).getNetns());
            }
            return true;
        }
    }

    @BeforeAll
    static void startRouter() throws Exception {
        HostTestSupport.assumeRootWithNamespaces();
        bed = new NetworkTestBed(tmp.resolve("run"));
        routers = bed.bean(DevCloudRouterManager.class);
        routerDao = bed.bean(DomainRouterDaoImpl.class);
        VirtualMachine.State.getStateMachine().registerListener(RECORDER);
        bed.host.start();

        // an L2TP VPN on the source-NAT IP (its rules reserved and opened), and WireGuard's port opened the same way
        DevCloudRulesManager rules = bed.bean(DevCloudRulesManager.class);
        rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, NetUtils.VPN_PORT, NetUtils.VPN_L2TP_PORT, NetUtils.VPN_NATT_PORT);
        RemoteAccessVpnVO l2tp = bed.bean(RemoteAccessVpnDaoImpl.class).persist(new RemoteAccessVpnVO(bed.accountId, bed.domainId, bed.network.getId(),
            bed.sourceNatIp.getId(), "10.1.2.1", "10.1.2.2-10.1.2.8", "psk-" + bed.run));
        l2tp.setState(RemoteAccessVpnVO.State.Running);
        bed.bean(RemoteAccessVpnDaoImpl.class).update(l2tp.getId(), l2tp);
        rules.reservePorts(bed.sourceNatIp, NetUtils.UDP_PROTO, Purpose.Vpn, true, null, 51820);

        router = bed.addRouterAndVm();
        RECORDER.routerId = router.getId();
        VMInstanceVO vmRow = bed.bean(GuestVmDaoImpl.class).findInNetwork(bed.network);
        vm = bed.host.createGuestVm(vmRow.getId(), vmRow.getPrivateIpAddress());
        routers.start(routerDao.findById(router.getId()));
        bed.host.startFileServer(vmRow.getId());
    }

    @AfterAll
    static void removeEverything() {
        RECORDER.routerId = -1;
        if (bed != null) {
            bed.host.shutdown();
            bed.close();
        }
    }

    static String mangle(String netns) {
        return Netns.check(netns, "iptables-save", "-t", "mangle").getStdout();
    }

    private static RouterNamespace ns() {
        return bed.host.getRouter(router.getId());
    }

    private static String fwChain() {
        return RouterNamespace.firewallChain(bed.sourceNatIp.getAddressString());
    }

    /** The FIREWALL_<ip> rules in order, as iptables-save prints them. */
    private static List<String> firewallChainRules(String mangle) {
        List<String> lines = new ArrayList<>();
        for (String line : mangle.split("\n")) {
            if (line.startsWith("-A " + fwChain() + " ")) {
                lines.add(line.substring(("-A " + fwChain() + " ").length()));
            }
        }
        return lines;
    }

    @Test
    void startedRouterIsRunningAndListenersSawStartingThenRunningWithTheRulesAlreadyApplied() {
        assertEquals(State.Running, routerDao.findById(router.getId()).getState());
        assertTrue(RECORDER.transitions.contains("Starting->Running"), RECORDER.transitions.toString());
        assertTrue(RECORDER.mangleWhenRunning.contains("--dport 51820 -j ACCEPT"), RECORDER.mangleWhenRunning);
    }

    @Test
    void recreatedRouterGoesThroughTheStateMachineAndComesBackFromNothing() throws Exception {
        String oldNetns = ns().getNetns();
        // a mark inside the namespace (the kernel reuses a freed namespace's inode number, so that proves nothing)
        Netns.ip(oldNetns, "addr", "add", MARK, "dev", "lo");
        Path leftover = ns().getRootDir().resolve("etc/wireguard/leftover.conf");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "state of the old router");
        Netns.check(oldNetns, "iptables", "-t", "mangle", "-N", "LEFTOVER_" + bed.run);
        RECORDER.transitions.clear();
        RECORDER.mangleWhenRunning = null;

        routers.recreate(router.getId());

        assertEquals(List.of("Running->Stopping", "Stopping->Stopped", "Stopped->Starting", "Starting->Running"), RECORDER.transitions);
        DomainRouterVO after = routerDao.findById(router.getId());
        assertEquals(State.Running, after.getState());
        assertEquals(VMInstanceVO.HOST_ID, after.getHostId());
        assertFalse(Netns.check(ns().getNetns(), "ip", "-o", "addr", "show", "dev", "lo").getStdout().contains(MARK), "a new network namespace");
        assertFalse(Files.exists(leftover), "the router's folders start empty");
        String mangle = mangle(ns().getNetns());
        assertFalse(mangle.contains("LEFTOVER_" + bed.run), mangle);
        assertTrue(RECORDER.mangleWhenRunning.contains("--dport 51820 -j ACCEPT"), "rules re-applied before Running: " + RECORDER.mangleWhenRunning);
        assertEquals(vm.getFileSha256(), sha256Of(ns().getNetns(), vm.getFileUrl()));
    }

    @Test
    void everyIngressRuleOfTheIpIsInTheFirewallChainAheadOfItsDrop() {
        List<String> chain = firewallChainRules(mangle(ns().getNetns()));
        assertEquals("-m state --state RELATED,ESTABLISHED -j ACCEPT", chain.get(0));
        assertEquals("-j DROP", chain.get(chain.size() - 1));
        for (int port : new int[] {500, 1701, 4500, 51820}) {
            assertTrue(chain.contains("-p udp -m udp --dport " + port + " -j ACCEPT"), port + " in " + chain);
        }
        assertEquals(6, chain.size(), chain.toString());
    }

    @Test
    void revokedRuleLeavesTheRouterAndTheOthersStay() throws Exception {
        FirewallRulesDaoImpl dao = bed.bean(FirewallRulesDaoImpl.class);
        FirewallRuleVO extra = bed.bean(DevCloudFirewallManager.class).persistChecked(new FirewallRuleVO(bed.sourceNatIp.getId(), 8080, 8090, "tcp",
            bed.network.getId(), bed.accountId, bed.domainId, Purpose.Firewall, List.of("198.51.100.0/24"), null, null, null,
            FirewallRule.TrafficType.Ingress));
        bed.bean(DevCloudFirewallManager.class).applyIngressFirewallRules(bed.sourceNatIp.getId(), null);
        assertEquals(FirewallRule.State.Active, dao.findById(extra.getId()).getState());
        assertTrue(firewallChainRules(mangle(ns().getNetns())).contains("-s 198.51.100.0/24 -p tcp -m tcp --dport 8080:8090 -j ACCEPT"));

        bed.bean(DevCloudFirewallManager.class).revokeIngressFirewallRule(extra.getId(), true);
        bed.bean(DevCloudFirewallManager.class).applyIngressFirewallRules(bed.sourceNatIp.getId(), null);
        List<String> chain = firewallChainRules(mangle(ns().getNetns()));
        assertFalse(chain.toString().contains("8080"), chain.toString());
        assertEquals(6, chain.size(), chain.toString());
    }

    @Test
    void l2tpVpnHasItsChainsAsOnACloudStackRouter() {
        String ip = bed.sourceNatIp.getAddressString();
        String mangle = mangle(ns().getNetns());
        int vpnJump = mangle.indexOf("-A PREROUTING -d " + ip + "/32 -j VPN_" + ip);
        int fwJump = mangle.indexOf("-A PREROUTING -d " + ip + "/32 -j " + fwChain());
        assertTrue(vpnJump >= 0 && fwJump > vpnJump, mangle);
        assertTrue(mangle.contains("-A VPN_" + ip + " -p esp -j ACCEPT"), mangle);
        assertTrue(mangle.contains("-A VPN_" + ip + " -j RETURN"), mangle);
        String filter = Netns.check(ns().getNetns(), "iptables-save", "-t", "filter").getStdout();
        for (int port : new int[] {500, 4500, 1701}) {
            assertTrue(filter.contains("-A INPUT -d " + ip + "/32 -i eth2 -p udp -m udp --dport " + port + " -j ACCEPT"), filter);
        }
    }

    @Test
    void firewallChainAcceptsOpenedPortsAndDropsTheRest() throws Exception {
        String client = bed.host.getNames().namespacePrefix() + "fwc";
        Netns.add(client);
        try {
            bed.host.getPublicSegment().attach(client, "eth0", bed.host.getNames().getPrefix() + "-fwc");
            Netns.ip(client, "addr", "add", PublicSegment.FREE_RANGE_START + "/24", "dev", "eth0");
            Netns.ip(client, "link", "set", "eth0", "up");
            long acceptBefore = counter("-p udp -m udp --dport 51820 -j ACCEPT");
            long dropBefore = counter("-j DROP");
            sendUdp(client, 51820, 3);
            sendUdp(client, 51821, 2);
            assertEquals(acceptBefore + 3, counter("-p udp -m udp --dport 51820 -j ACCEPT"));
            assertEquals(dropBefore + 2, counter("-j DROP"));
        } finally {
            Netns.delete(client);
        }
    }

    private static void sendUdp(String netns, int port, int count) {
        HostTestSupport.python(netns, "import socket\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\nfor i in range(" + count + "):\n s.sendto(b'x',('"
            + bed.sourceNatIp.getAddressString() + "'," + port + "))\nprint('sent')");
        // the packets cross a veth and a bridge: give them a moment before the counters are read
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long counter(String ruleSuffix) {
        String saved = Netns.check(ns().getNetns(), "iptables-save", "-c", "-t", "mangle").getStdout();
        Pattern p = Pattern.compile("^\\[(\\d+):\\d+\\] -A " + Pattern.quote(fwChain()) + " " + Pattern.quote(ruleSuffix) + "$", Pattern.MULTILINE);
        Matcher m = p.matcher(saved);
        assertTrue(m.find(), ruleSuffix + " in " + saved);
        return Long.parseLong(m.group(1));
    }
}
