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

import static org.apache.cloudstack.network.wireguard.WgTestCloud.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.cloudstack.api.command.user.vpn.CreateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.CreateWgVpnCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgUsersCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgVpnsCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgVpnCmd;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.impl.ConfigDepotImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusCommand;
import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.user.Account;
import com.google.gson.Gson;

class WgVpnManagerImplTest {

    private static WgTestCloud cloud;
    private static ConfigDepotImpl depot;
    private static final LogCapture LOG = new LogCapture();
    private static final Set<String> SECRETS = Collections.synchronizedSet(new HashSet<>());

    @BeforeAll
    static void startCloud() {
        cloud = WgTestCloud.get();
        depot = new ConfigDepotImpl();
        depot.setConfigurables(List.of(cloud.manager));
        depot.populateConfigurations();
        LOG.start();
    }

    @AfterAll
    static void noKeyWasEverLogged() {
        LOG.stop();
        ConfigKey.init(null);
        assertFalse(SECRETS.isEmpty());
        assertTrue(LOG.size() > 0, "the capture saw no log event at all");
        for (String secret : SECRETS) {
            assertFalse(LOG.text().contains(secret), "a private or preshared key reached the log");
        }
    }

    @BeforeEach
    void clean() {
        cloud.reset();
    }

    @AfterEach
    void defaults() {
        depot.set(WgVpnManagerImpl.MaxUsers, 250);
        depot.set(WgVpnManagerImpl.ClientKeyRetention, true);
    }

    // ------------------------------------------------------------------ helpers

    private static CreateWgVpnCmd vpnCmd(IpAddress ip) {
        return with(new CreateWgVpnCmd(), "publicIpId", ip.getId());
    }

    private static WgVpn createVpn(Account who, CreateWgVpnCmd cmd) throws Exception {
        return cloud.as(who, () -> {
            WgVpn vpn = cloud.manager.createWgVpn(cmd);
            return cloud.manager.startWgVpn(vpn.getId(), cmd.isOpenFirewall());
        });
    }

    private static WgVpn aliceVpn() throws Exception {
        return remember(createVpn(cloud.alice, vpnCmd(cloud.a1)));
    }

    private static CreateWgUserCmd userCmd(WgVpn vpn) {
        return with(new CreateWgUserCmd(), "vpnId", vpn.getId());
    }

    private static WgUser createUser(Account who, CreateWgUserCmd cmd) throws Exception {
        return cloud.as(who, () -> {
            WgUser user = cloud.manager.createWgUser(cmd);
            remember(user);
            return cloud.manager.applyWgUser(user.getId());
        });
    }

    private static WgVpn remember(WgVpn vpn) {
        SECRETS.add(cloud.vpnDao.findById(vpn.getId()).getPrivateKey());
        return vpn;
    }

    private static WgUser remember(WgUser user) {
        WgUserVO vo = cloud.userDao.findById(user.getId());
        if (vo.getPrivateKey() != null) {
            SECRETS.add(vo.getPrivateKey());
        }
        if (vo.getPresharedKey() != null) {
            SECRETS.add(vo.getPresharedKey());
        }
        return user;
    }

    private static String rawColumn(String table, long id, String column) throws Exception {
        try (Connection c = cloud.db.connect(); PreparedStatement ps = c.prepareStatement("SELECT `" + column + "` FROM `" + table + "` WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String peerKey(int seed) {
        WgKeys keys = new WgKeys();
        return keys.publicKeyOf(Base64.getEncoder().encodeToString(new byte[] {(byte)seed, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}));
    }

    // ------------------------------------------------------------------ module

    @Test
    void theModuleWiresTheElementAndOffersNineCommandsAndSevenSettings() {
        WireGuardVpnProvider element = (WireGuardVpnProvider)cloud.context.getBean("WireGuardVpn");
        List<String> settings = new ArrayList<>();
        for (ConfigKey<?> key : cloud.manager.getConfigKeys()) {
            settings.add(key.key());
        }

        assertEquals("WireGuardVpn", element.getName());
        assertEquals(9, cloud.manager.getCommands().size());
        assertEquals(List.of("wireguard.vpn.enabled", "wireguard.vpn.default.port", "wireguard.vpn.default.ip4.range", "wireguard.vpn.max.users",
            "wireguard.vpn.client.key.retention", "wireguard.vpn.mtu", "wireguard.vpn.keepalive"), settings);
    }

    // ------------------------------------------------------------------ VPN life

    @Test
    void createdVpnIsPushedWithItsWholeStateAndRuns() throws Exception {
        WgVpn vpn = aliceVpn();

        assertEquals(WgVpn.State.Running, vpn.getState());
        assertEquals(51820, vpn.getPort());
        assertEquals("10.8.0.0/24", vpn.getIp4Range());
        assertEquals("10.8.0.1", vpn.getIp4Address());
        assertEquals("10.1.1.1", vpn.getDns());
        assertEquals(List.of(51820), cloud.rulesManager.calls);
        WireGuardVpnCfgCommand cmd = cloud.routers.last();
        assertEquals(vpn.getUuid(), cmd.getVpnUuid());
        assertEquals("203.0.113.10", cmd.getPublicIp());
        assertEquals("eth2", cmd.getPublicInterface());
        assertEquals(List.of("eth0"), cmd.getGuestInterfaces());
        assertEquals("10.8.0.1/24", cmd.getIp4Address());
        WgVpnVO vo = cloud.vpnDao.findById(vpn.getId());
        assertEquals(vo.getPrivateKey(), cmd.getPrivateKey());
        assertEquals(new WgKeys().publicKeyOf(vo.getPrivateKey()), vpn.getPublicKey());
        assertNotEquals(vo.getPrivateKey(), rawColumn("wireguard_vpn", vpn.getId(), "private_key"), "the private key is stored encrypted");
        verify(cloud.firewallManager).applyIngressFirewallRules(cloud.a1.getId(), cloud.alice);
    }

    static Stream<Arguments> badVpnRequests() {
        return Stream.of(
            Arguments.of("unknown IP", (Consumer<CreateWgVpnCmd>)c -> with(c, "publicIpId", 999_999L), "Unable to find the public IP address"),
            Arguments.of("IP on a network the VR does not serve", (Consumer<CreateWgVpnCmd>)c -> with(c, "publicIpId", cloud.x1.getId()),
                "which is not an isolated network whose source NAT the virtual router provides"),
            Arguments.of("port 0", (Consumer<CreateWgVpnCmd>)c -> with(c, "port", 0), "Invalid port 0: a UDP port is 1 to 65535"),
            Arguments.of("port 65536", (Consumer<CreateWgVpnCmd>)c -> with(c, "port", 65536), "Invalid port 65536: a UDP port is 1 to 65535"),
            Arguments.of("range with host bits", (Consumer<CreateWgVpnCmd>)c -> with(c, "ip4Range", "10.8.0.1/24"), "Invalid ip4range '10.8.0.1/24'"),
            Arguments.of("range not a CIDR", (Consumer<CreateWgVpnCmd>)c -> with(c, "ip4Range", "10.8.0.0/24; rm -rf /"), "Invalid ip4range"),
            Arguments.of("range too small", (Consumer<CreateWgVpnCmd>)c -> with(c, "ip4Range", "10.8.0.0/30"), "at least 4 host addresses"),
            Arguments.of("range over the guest network", (Consumer<CreateWgVpnCmd>)c -> with(c, "ip4Range", "10.1.0.0/16"), "overlaps 10.1.1.0/24 of network network-n1"),
            Arguments.of("range over the VPC", (Consumer<CreateWgVpnCmd>)c -> with(with(c, "publicIpId", cloud.v1.getId()), "ip4Range", "10.2.1.0/24"),
                "overlaps 10.2.0.0/16 of VPC vpc-vpc1"),
            Arguments.of("IPv6 on a network without IPv6", (Consumer<CreateWgVpnCmd>)c -> with(with(c, "ip6Enable", true), "ip6Range", "2001:db8:8::/64"),
                "ip6enable needs IPv6 on network network-n1, which has none"),
            Arguments.of("IPv6 without a range", (Consumer<CreateWgVpnCmd>)c -> with(with(c, "publicIpId", cloud.a3.getId()), "ip6Enable", true),
                "ip6enable needs ip6range"),
            Arguments.of("IPv6 range too large", (Consumer<CreateWgVpnCmd>)c -> with(with(with(c, "publicIpId", cloud.a3.getId()), "ip6Enable", true), "ip6Range",
                "2001:db8:8::/56"), "/64 to /120"),
            Arguments.of("no address family", (Consumer<CreateWgVpnCmd>)c -> with(c, "ip4Enable", false), "needs ip4enable or ip6enable"),
            Arguments.of("MTU too small", (Consumer<CreateWgVpnCmd>)c -> with(c, "mtu", 100), "Invalid mtu 100"),
            Arguments.of("negative keepalive", (Consumer<CreateWgVpnCmd>)c -> with(c, "keepalive", -1), "Invalid keepalive -1"),
            Arguments.of("DNS with a line break", (Consumer<CreateWgVpnCmd>)c -> with(c, "dns", "10.1.1.1\nPostUp = touch /tmp/x"), "is not an IPv4 or IPv6 address"),
            Arguments.of("port reserved by another rule", (Consumer<CreateWgVpnCmd>)c -> {
                cloud.rulesManager.conflictPorts.add(51900);
                with(c, "port", 51900);
            }, "UDP port 51900 on public IP 203.0.113.10 is already in use: The range specified, 51900-51900, conflicts with rule 12"),
            Arguments.of("port of the L2TP/IPsec VPN", (Consumer<CreateWgVpnCmd>)c -> with(c, "port", 4500),
                "UDP port 4500 is reserved for the virtual router's L2TP/IPsec remote access VPN"),
            Arguments.of("another owner named", (Consumer<CreateWgVpnCmd>)c -> with(with(c, "accountName", "bob"), "domainId", cloud.d2.getId()),
                "does not belong to the account given by account/domainid/projectid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVpnRequests")
    void badVpnRequestsAreRefusedWithNothingStoredOrSent(String what, Consumer<CreateWgVpnCmd> change, String message) throws Exception {
        CreateWgVpnCmd cmd = vpnCmd(cloud.a1);
        change.accept(cmd);
        Account caller = "another owner named".equals(what) ? cloud.admin : cloud.alice;

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class, () -> cloud.as(caller, () -> cloud.manager.createWgVpn(cmd)));

        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(0, cloud.count("wireguard_vpn"));
        assertTrue(cloud.routers.sent.isEmpty());
    }

    @Test
    void anIpNotAllocatedToAnAccountIsRefused() throws Exception {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.admin, () -> cloud.manager.createWgVpn(vpnCmd(cloud.free))));

        assertEquals("Public IP 203.0.113.30 is not allocated to an account", e.getMessage());
        assertEquals(0, cloud.count("wireguard_vpn"));
    }

    @Test
    void anotherTenantsIpIsRefusedAsAPermissionError() throws Exception {
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.createWgVpn(vpnCmd(cloud.a1))));

        assertEquals(0, cloud.count("wireguard_vpn"));
        assertTrue(cloud.rulesManager.calls.isEmpty());
    }

    @Test
    void aPortAlreadyUsedOnTheIpAndARangeOverlappingAnotherVpnOfTheRouterAreRefused() throws Exception {
        WgVpn first = aliceVpn();
        int pushes = cloud.routers.sent.size();

        InvalidParameterValueException samePort = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgVpn(with(vpnCmd(cloud.a1), "ip4Range", "10.9.0.0/24"))));
        InvalidParameterValueException overlap = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgVpn(vpnCmd(cloud.a2))));

        assertEquals("UDP port 51820 on public IP 203.0.113.10 is already used by WireGuard VPN " + first.getUuid(), samePort.getMessage());
        assertTrue(overlap.getMessage().contains("overlaps 10.8.0.0/24 of WireGuard VPN " + first.getUuid() + " on the same router"), overlap.getMessage());
        assertEquals(1, cloud.count("wireguard_vpn"));
        assertEquals(pushes, cloud.routers.sent.size());
    }

    @Test
    void aPortUsedByAVpnOnAnotherPublicIpOfTheSameRouterIsRefusedBeforeAnythingIsReserved() throws Exception {
        WgVpn first = aliceVpn();
        int pushes = cloud.routers.sent.size();

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgVpn(with(vpnCmd(cloud.a2), "ip4Range", "10.9.0.0/24"))));

        assertEquals("UDP port 51820 is already used by WireGuard VPN " + first.getUuid() + " on public IP 203.0.113.10, which the same virtual router serves: "
            + "WireGuard listens on its port on every address of the router, so each VPN of a network or VPC needs a port of its own", e.getMessage());
        assertEquals(1, cloud.count("wireguard_vpn"));
        assertEquals(List.of(51820), cloud.rulesManager.calls, "nothing reserved for the refused VPN");
        assertEquals(pushes, cloud.routers.sent.size());
    }

    @Test
    void aPortUsedInTheVpcIsRefusedOnTheVpcsOtherPublicIps() throws Exception {
        WgVpn first = remember(createVpn(cloud.alice, vpnCmd(cloud.v1)));

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgVpn(with(vpnCmd(cloud.v2), "ip4Range", "10.9.0.0/24"))));

        assertTrue(e.getMessage().startsWith("UDP port 51820 is already used by WireGuard VPN " + first.getUuid() + " on public IP 203.0.113.40, "), e.getMessage());
        assertEquals(1, cloud.count("wireguard_vpn"));
    }

    @Test
    void anotherPortOnTheSameRouterAndTheSamePortOnAnotherRouterAreAccepted() throws Exception {
        aliceVpn();

        WgVpn otherPort = remember(createVpn(cloud.alice, with(with(vpnCmd(cloud.a2), "ip4Range", "10.9.0.0/24"), "port", 51821)));
        WgVpn otherRouter = remember(createVpn(cloud.alice, vpnCmd(cloud.a3)));

        assertEquals(WgVpn.State.Running, otherPort.getState());
        assertEquals(WgVpn.State.Running, otherRouter.getState());
        assertEquals(51820, otherRouter.getPort());
        assertEquals(3, cloud.count("wireguard_vpn"));
    }

    @Test
    void aVpnOnAVpcWithoutATierOnItsRouterIsRefused() throws Exception {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgVpn(vpnCmd(cloud.bare1))));

        assertEquals("VPC vpc-vpc2 has no tier on its virtual router yet: a WireGuard VPN reaches the VPC's router, and gives its peers the VPC's "
            + "networks, through the tiers. Create the VPN once a tier of the VPC is in use (an instance runs in it)", e.getMessage());
        assertEquals(0, cloud.count("wireguard_vpn"));
        assertTrue(cloud.routers.sent.isEmpty());
    }

    @Test
    void theEventsOfAnOperationNameItsVpnAndUserByUuidAndAddress() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser user = createUser(cloud.alice, with(userCmd(vpn), "name", "laptop"));

        String vpnEvent = cloud.as(cloud.alice, () -> {
            cloud.manager.updateWgVpn(with(new UpdateWgVpnCmd(), "id", vpn.getId()));
            return CallContext.current().getEventDetails();
        });
        String renameEvent = cloud.as(cloud.alice, () -> {
            cloud.manager.updateWgUser(with(with(new UpdateWgUserCmd(), "id", user.getId()), "name", "phone"));
            return CallContext.current().getEventDetails();
        });
        String userEvent = cloud.as(cloud.alice, () -> {
            cloud.manager.deleteWgUser(user.getId());
            return CallContext.current().getEventDetails();
        });
        String refusedEvent = cloud.as(cloud.alice, () -> {
            assertThrows(InvalidParameterValueException.class, () -> cloud.manager.createWgVpn(with(vpnCmd(cloud.a2), "port", 0)));
            return CallContext.current().getEventDetails();
        });

        assertEquals("WireGuard VPN " + vpn.getUuid() + " on public IP 203.0.113.10:51820", vpnEvent);
        assertEquals("User phone (" + user.getUuid() + ") of WireGuard VPN " + vpn.getUuid(), renameEvent);
        assertEquals("User phone (" + user.getUuid() + ") of WireGuard VPN " + vpn.getUuid(), userEvent);
        assertEquals("WireGuard VPN on public IP 203.0.113.11", refusedEvent);
    }

    @Test
    void aVpcVpnServesEveryTierWithoutAFirewallRule() throws Exception {
        WgVpn vpn = remember(createVpn(cloud.alice, vpnCmd(cloud.v1)));

        assertNull(vpn.getNetworkId());
        assertEquals(cloud.vpc.getId(), vpn.getVpcId());
        assertEquals("10.2.1.1", vpn.getDns());
        assertTrue(cloud.rulesManager.calls.isEmpty());
        WireGuardVpnCfgCommand cmd = cloud.routers.last();
        assertEquals("eth1", cmd.getPublicInterface());
        assertEquals(List.of("eth2"), cmd.getGuestInterfaces());
        assertEquals(List.of("10.2.1.0/24"), cmd.getLocalCidrs());
    }

    @Test
    void deletingTheVpnRemovesItFromTheRouterAndRevokesOnlyItsOwnRule() throws Exception {
        WgVpn vpn = aliceVpn();
        long ruleId = cloud.rulesManager.lastRuleId();
        createUser(cloud.alice, userCmd(vpn));

        cloud.as(cloud.alice, () -> cloud.manager.deleteWgVpn(vpn.getId()));

        assertFalse(cloud.routers.last().isCreate());
        verify(cloud.firewallManager).revokeRelatedFirewallRule(ruleId, false);
        verify(cloud.firewallManager).removeRule(cloud.rulesManager.rule(ruleId));
        verify(cloud.firewallManager, never()).revokeFirewallRulesForIp(anyLong(), anyLong(), any());
        assertEquals(0, cloud.count("wireguard_vpn"));
        assertEquals(0, cloud.count("wireguard_vpn_user"));
    }

    @Test
    void aRouterFailingTheDeleteLeavesTheVpnInError() throws Exception {
        WgVpn vpn = aliceVpn();
        cloud.routers.failWith = "wireguard_vpn.py: interface busy";

        ResourceUnavailableException e = assertThrows(ResourceUnavailableException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.deleteWgVpn(vpn.getId())));

        assertTrue(e.getMessage().contains("r-1001-VM: wireguard_vpn.py: interface busy"), e.getMessage());
        assertEquals(WgVpn.State.Error, cloud.vpnDao.findById(vpn.getId()).getState());
        verify(cloud.firewallManager, never()).removeRule(any());
    }

    @Test
    void aStartingRouterGetsTheVpnsOfItsNetworks() throws Exception {
        WgVpn vpn = aliceVpn();
        createUser(cloud.alice, userCmd(vpn));
        cloud.routers.sent.clear();

        cloud.manager.reapplyForRouter(cloud.r1.getId());

        assertEquals(1, cloud.routers.sent.size());
        assertEquals(vpn.getUuid(), cloud.routers.last().getVpnUuid());
        assertEquals(1, cloud.routers.last().getPeers().size());
    }

    private static java.nio.file.Path routerScripts() {
        for (java.nio.file.Path dir = java.nio.file.Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            java.nio.file.Path bin = dir.resolve("systemvm/debian/opt/cloud/bin");
            if (java.nio.file.Files.isRegularFile(bin.resolve("cs/CsWireguardConfig.py"))) {
                return bin;
            }
        }
        return null;
    }

    /** Runs the router's own databag validation (systemvm cs/CsWireguardConfig.validate_bag) on a bag. */
    private static RealTools.Result validateOnRouterSide(java.nio.file.Path bin, String bag) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wgbag-",
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        java.nio.file.Path file = dir.resolve("wireguard_vpn.json");
        try {
            java.nio.file.Files.writeString(file, bag);
            String code = "import sys\nsys.path.insert(0, sys.argv[1])\nfrom cs.CsWireguardConfig import parse_json, validate_bag\n"
                + "validate_bag(parse_json(open(sys.argv[2], encoding='utf-8').read()))\n";
            return RealTools.run(List.of("/usr/bin/python3", "-S", "-c", code, bin.toString(), file.toString()), null);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    private static String bagOf(WireGuardVpnCfgCommand cmd) {
        return ((com.cloud.agent.resource.virtualnetwork.FileConfigItem)new com.cloud.agent.resource.virtualnetwork.facade.WireGuardVpnConfigItem()
            .generateConfig(cmd).get(0)).getFileContents();
    }

    @Test
    void theRoutersOwnValidationAcceptsTheBagsTheManagerSends() throws Exception {
        java.nio.file.Path bin = routerScripts();
        org.junit.jupiter.api.Assumptions.assumeTrue(bin != null && java.nio.file.Files.isExecutable(java.nio.file.Paths.get("/usr/bin/python3")),
            "needs the systemvm scripts of this checkout and /usr/bin/python3");
        WgVpn vpn = remember(createVpn(cloud.alice, with(with(with(vpnCmd(cloud.a3), "ip6Enable", true), "ip6Range", "2001:db8:800::/64"), "mtu", 1380)));
        createUser(cloud.alice, userCmd(vpn));
        createUser(cloud.alice, with(with(userCmd(vpn), "publicKey", peerKey(11)), "splitTunnel", false));
        createUser(cloud.alice, with(userCmd(vpn), "usePresharedKey", false));
        WireGuardVpnCfgCommand applied = cloud.routers.last();
        cloud.as(cloud.alice, () -> cloud.manager.deleteWgVpn(vpn.getId()));
        WireGuardVpnCfgCommand removed = cloud.routers.last();

        RealTools.Result create = validateOnRouterSide(bin, bagOf(applied));
        RealTools.Result remove = validateOnRouterSide(bin, bagOf(removed));

        assertEquals(3, applied.getPeers().size());
        assertEquals("2001:db8:800::1/64", applied.getIp6Address());
        assertEquals(0, create.exitCode, create.stderr);
        assertEquals(0, remove.exitCode, remove.stderr);
    }

    // ------------------------------------------------------------------ users

    @Test
    void aNewUserIsAddedThenActiveWithTheNextFreeAddress() throws Exception {
        WgVpn vpn = aliceVpn();

        WgUser first = createUser(cloud.alice, userCmd(vpn));
        WgUser second = createUser(cloud.alice, with(userCmd(vpn), "name", "laptop"));

        assertEquals(WgUser.State.Active, first.getState());
        assertEquals("10.8.0.2", first.getIp4Address());
        assertEquals("user-1", first.getName());
        assertEquals("10.8.0.3", second.getIp4Address());
        assertEquals("laptop", second.getName());
        List<WireGuardVpnCfgCommand.Peer> peers = cloud.routers.last().getPeers();
        assertEquals(2, peers.size());
        assertNotNull(peers.get(0).getPresharedKey());
    }

    @Test
    void addressesOfDeletedUsersAreHandedOutAgain() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser first = createUser(cloud.alice, userCmd(vpn));
        createUser(cloud.alice, userCmd(vpn));

        cloud.as(cloud.alice, () -> cloud.manager.deleteWgUser(first.getId()));
        WgUser third = createUser(cloud.alice, userCmd(vpn));

        assertEquals("10.8.0.2", third.getIp4Address());
    }

    static Stream<Arguments> badUserRequests() {
        return Stream.of(
            Arguments.of("short key", (Consumer<CreateWgUserCmd>)c -> with(c, "publicKey", "abc"), "Invalid publickey: a WireGuard key is 44 characters"),
            Arguments.of("all-zero key", (Consumer<CreateWgUserCmd>)c -> with(c, "publicKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), "low-order"),
            Arguments.of("low-order key", (Consumer<CreateWgUserCmd>)c -> with(c, "publicKey", "4Ot6fDtBuK4WVuP68Z/EatoJjeucMrH9hmIFFl9JuAA="), "low-order"),
            Arguments.of("name with a newline", (Consumer<CreateWgUserCmd>)c -> with(c, "name", "a\n[Peer]"), "Invalid name: it contains a control character"),
            Arguments.of("name too long", (Consumer<CreateWgUserCmd>)c -> with(c, "name", "n".repeat(65)), "Invalid name: it must be 1 to 64 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUserRequests")
    void badUserRequestsAreRefusedWithNothingStoredOrSent(String what, Consumer<CreateWgUserCmd> change, String message) throws Exception {
        WgVpn vpn = aliceVpn();
        int pushes = cloud.routers.sent.size();
        CreateWgUserCmd cmd = userCmd(vpn);
        change.accept(cmd);

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class, () -> cloud.as(cloud.alice, () -> cloud.manager.createWgUser(cmd)));

        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(0, cloud.count("wireguard_vpn_user"));
        assertEquals(pushes, cloud.routers.sent.size());
    }

    @Test
    void theServersOwnKeyAndAKeyAlreadyInTheVpnAreRefused() throws Exception {
        WgVpn vpn = aliceVpn();
        String key = peerKey(7);
        createUser(cloud.alice, with(userCmd(vpn), "publicKey", key));

        InvalidParameterValueException server = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgUser(with(userCmd(vpn), "publicKey", vpn.getPublicKey()))));
        InvalidParameterValueException duplicate = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgUser(with(userCmd(vpn), "publicKey", key))));

        assertEquals("Invalid publickey: it is the VPN server's own key", server.getMessage());
        assertEquals("Invalid publickey: another user of WireGuard VPN " + vpn.getUuid() + " already has this key", duplicate.getMessage());
        assertEquals(1, cloud.count("wireguard_vpn_user"));
    }

    @Test
    void theUserLimitComesFromTheSetting() throws Exception {
        WgVpn vpn = aliceVpn();
        depot.set(WgVpnManagerImpl.MaxUsers, 2);
        createUser(cloud.alice, userCmd(vpn));
        createUser(cloud.alice, userCmd(vpn));

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgUser(userCmd(vpn))));

        assertEquals("WireGuard VPN " + vpn.getUuid() + " has reached its limit of 2 users (setting wireguard.vpn.max.users)", e.getMessage());
        assertEquals(2, cloud.count("wireguard_vpn_user"));
    }

    @Test
    void anExhaustedRangeIsReported() throws Exception {
        WgVpn vpn = remember(createVpn(cloud.alice, with(vpnCmd(cloud.a1), "ip4Range", "10.8.0.0/29")));
        for (int i = 0; i < 5; i++) {
            cloud.as(cloud.alice, () -> cloud.manager.createWgUser(userCmd(vpn)));
        }

        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.createWgUser(userCmd(vpn))));

        assertEquals("The IPv4 range 10.8.0.0/29 of WireGuard VPN " + vpn.getUuid() + " has no free address left", e.getMessage());
        assertEquals(5, cloud.count("wireguard_vpn_user"));
    }

    @Test
    void hundredConcurrentUsersGetHundredDistinctAddresses() throws Exception {
        WgVpn vpn = aliceVpn();
        int n = 100;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WgUser>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cloud.as(cloud.alice, () -> cloud.manager.createWgUser(userCmd(vpn)));
                }));
            }
            start.countDown();
            Set<String> addresses = new HashSet<>();
            for (Future<WgUser> result : results) {
                addresses.add(result.get(120, TimeUnit.SECONDS).getIp4Address());
            }
            assertEquals(n, addresses.size());
            assertFalse(addresses.contains("10.8.0.1"), "the server's address is never handed out");
            WgCidr range = WgCidr.parse("10.8.0.0/24");
            for (String address : addresses) {
                assertTrue(range.indexOf(address) >= 2 && range.indexOf(address) <= n + 1, address);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, cloud.count("wireguard_vpn_user"));
    }

    @Test
    void aRouterFailureKeepsTheUserInAddAndTheNextPushConverges() throws Exception {
        WgVpn vpn = aliceVpn();
        cloud.routers.failWith = "wireguard_vpn.py: invalid bag: bad peer";
        WgUser user = cloud.as(cloud.alice, () -> cloud.manager.createWgUser(userCmd(vpn)));
        remember(user);

        ResourceUnavailableException e = assertThrows(ResourceUnavailableException.class,
            () -> cloud.as(cloud.alice, () -> cloud.manager.applyWgUser(user.getId())));

        assertTrue(e.getMessage().endsWith("Failed to apply WireGuard VPN " + vpn.getUuid() + " on router r-1001-VM: wireguard_vpn.py: invalid bag: bad peer"),
            e.getMessage());
        assertEquals(WgUser.State.Add, cloud.userDao.findById(user.getId()).getState());
        assertEquals(WgVpn.State.Error, cloud.vpnDao.findById(vpn.getId()).getState());

        cloud.routers.failWith = null;
        cloud.as(cloud.alice, () -> cloud.manager.updateWgVpn(with(new UpdateWgVpnCmd(), "id", vpn.getId())));

        assertEquals(WgVpn.State.Running, cloud.vpnDao.findById(vpn.getId()).getState());
        assertEquals(WgUser.State.Active, cloud.userDao.findById(user.getId()).getState());
        assertEquals(user.getPublicKey(), cloud.routers.last().getPeers().get(0).getPublicKey());
    }

    @Test
    void disabledAndDeletedUsersAreAbsentFromThePush() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser keep = createUser(cloud.alice, userCmd(vpn));
        WgUser disable = createUser(cloud.alice, userCmd(vpn));
        WgUser delete = createUser(cloud.alice, userCmd(vpn));

        cloud.as(cloud.alice, () -> cloud.manager.updateWgUser(with(with(new UpdateWgUserCmd(), "id", disable.getId()), "enabled", false)));
        cloud.as(cloud.alice, () -> cloud.manager.deleteWgUser(delete.getId()));

        List<String> pushed = new ArrayList<>();
        for (WireGuardVpnCfgCommand.Peer peer : cloud.routers.last().getPeers()) {
            pushed.add(peer.getPublicKey());
        }
        assertEquals(List.of(keep.getPublicKey()), pushed);
        assertNotNull(cloud.userDao.findById(disable.getId()));
        assertNull(cloud.userDao.findById(delete.getId()));
    }

    @Test
    void fullTunnelUsersArePushedAsSuch() throws Exception {
        WgVpn vpn = aliceVpn();
        createUser(cloud.alice, with(userCmd(vpn), "splitTunnel", false));

        assertTrue(cloud.routers.last().getPeers().get(0).isFullTunnel());
    }

    // ------------------------------------------------------------------ configurations and keys

    @Test
    void theConfigCarriesTheGeneratedKeyAndDecodesFromItsQrCode() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser user = createUser(cloud.alice, userCmd(vpn));
        WgUserVO vo = cloud.userDao.findById(user.getId());

        WgUserResponse response = cloud.as(cloud.alice, () -> cloud.manager.createWgUserConfigResponse(user.getId()));

        String expected = "[Interface]\n"
                + "PrivateKey = " + vo.getPrivateKey() + "\n"
                + "Address = 10.8.0.2/32\n"
                + "DNS = 10.1.1.1\n"
                + "MTU = 1420\n"
                + "\n"
                + "[Peer]\n"
                + "PublicKey = " + vpn.getPublicKey() + "\n"
                + "PresharedKey = " + vo.getPresharedKey() + "\n"
                + "Endpoint = 203.0.113.10:51820\n"
                + "AllowedIPs = 10.1.1.0/24, 10.8.0.0/24\n"
                + "PersistentKeepalive = 25\n";
        assertEquals(expected, response.getConfig());
        assertEquals(expected, WgQrEncoderTest.decode(response.getQrCode()));
        assertEquals(new WgKeys().publicKeyOf(vo.getPrivateKey()), user.getPublicKey());
        assertNotEquals(vo.getPrivateKey(), rawColumn("wireguard_vpn_user", user.getId(), "private_key"));
        assertNotEquals(vo.getPresharedKey(), rawColumn("wireguard_vpn_user", user.getId(), "preshared_key"));
    }

    @Test
    void ownKeyUsersGetAPlaceholderAndTheServerNeverHoldsTheirKey() throws Exception {
        WgVpn vpn = aliceVpn();
        String key = peerKey(9);
        WgUser user = createUser(cloud.alice, with(with(userCmd(vpn), "publicKey", key), "usePresharedKey", false));

        WgUserResponse response = cloud.as(cloud.alice, () -> cloud.manager.createWgUserConfigResponse(user.getId()));

        assertTrue(user.isOwnKey());
        assertNull(cloud.userDao.findById(user.getId()).getPrivateKey());
        assertTrue(response.getConfig().startsWith("[Interface]\n# PrivateKey = <put the private key of " + key + " here>\nAddress = 10.8.0.2/32\n"));
        assertFalse(response.getConfig().contains("PresharedKey"));
    }

    @Test
    void fullTunnelConfigsRouteEverything() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser user = createUser(cloud.alice, with(userCmd(vpn), "splitTunnel", false));

        String config = cloud.as(cloud.alice, () -> cloud.manager.createWgUserConfigResponse(user.getId())).getConfig();

        assertTrue(config.contains("\nAllowedIPs = 0.0.0.0/0\n"), config);
    }

    @Test
    void withoutKeyRetentionTheGeneratedKeyIsShownOnceThenDropped() throws Exception {
        depot.set(WgVpnManagerImpl.ClientKeyRetention, false);
        WgVpn vpn = aliceVpn();
        WgUser user = createUser(cloud.alice, userCmd(vpn));

        String first = cloud.as(cloud.alice, () -> cloud.manager.createWgUserConfigResponse(user.getId())).getConfig();
        String second = cloud.as(cloud.alice, () -> cloud.manager.createWgUserConfigResponse(user.getId())).getConfig();

        assertTrue(first.contains("\nPrivateKey = "));
        assertTrue(second.contains("# PrivateKey = <put the private key of " + user.getPublicKey() + " here>"));
        assertNull(rawColumn("wireguard_vpn_user", user.getId(), "private_key"));
    }

    @Test
    void listResponsesCarryNoPrivateOrPresharedKey() throws Exception {
        WgVpn vpn = aliceVpn();
        createUser(cloud.alice, userCmd(vpn));

        ListResponse<WgVpnResponse> vpns = cloud.as(cloud.alice, () -> cloud.manager.listWgVpns(new ListWgVpnsCmd()));
        ListResponse<WgUserResponse> users = cloud.as(cloud.alice, () -> cloud.manager.listWgUsers(new ListWgUsersCmd()));

        String json = new Gson().toJson(vpns) + new Gson().toJson(users);
        assertEquals(1, vpns.getCount());
        assertEquals(1, users.getCount());
        for (String secret : SECRETS) {
            assertFalse(json.contains(secret), "a key leaked into a list response");
        }
        assertNull(users.getResponses().get(0).getConfig());
        assertNull(users.getResponses().get(0).getQrCode());
    }

    @Test
    void listedUsersShowWhatTheRouterReports() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser connected = createUser(cloud.alice, userCmd(vpn));
        WgUser idle = createUser(cloud.alice, userCmd(vpn));
        String status = "{\"vpns\":[{\"vpn_uuid\":\"" + vpn.getUuid() + "\",\"interface\":\"wg0\",\"peers\":["
                + "{\"public_key\":\"" + connected.getPublicKey() + "\",\"endpoint\":\"203.0.113.99:40000\",\"latest_handshake\":1700000000,\"rx_bytes\":1234,\"tx_bytes\":5678},"
                + "{\"public_key\":\"" + idle.getPublicKey() + "\",\"endpoint\":null,\"latest_handshake\":0,\"rx_bytes\":0,\"tx_bytes\":0}]}]}";
        when(cloud.agentManager.send(eq(1L), any(Commands.class), anyInt())).thenAnswer(inv -> {
            Commands cmds = inv.getArgument(1);
            return new Answer[] {new GetWireGuardVpnStatusAnswer((GetWireGuardVpnStatusCommand)cmds.toCommands()[0], true, null, status)};
        });

        List<WgUserResponse> users = cloud.as(cloud.alice, () -> cloud.manager.listWgUsers(with(new ListWgUsersCmd(), "vpnId", vpn.getId()))).getResponses();

        WgUserResponse first = users.get(0);
        assertEquals(connected.getUuid(), first.getId());
        assertEquals(1700000000000L, first.getLastHandshake().getTime());
        assertEquals(1234L, first.getRxBytes());
        assertEquals(5678L, first.getTxBytes());
        assertEquals("203.0.113.99:40000", first.getEndpoint());
        assertNull(users.get(1).getLastHandshake());
        assertNull(users.get(1).getEndpoint());
    }

    @Test
    void anUnreachableRouterLeavesOutTheLiveFields() throws Exception {
        WgVpn vpn = aliceVpn();
        createUser(cloud.alice, userCmd(vpn));
        when(cloud.agentManager.send(anyLong(), any(Commands.class), anyInt())).thenThrow(new com.cloud.exception.AgentUnavailableException("host down", 1L));

        WgUserResponse user = cloud.as(cloud.alice, () -> cloud.manager.listWgUsers(new ListWgUsersCmd())).getResponses().get(0);

        assertNull(user.getLastHandshake());
        assertNull(user.getRxBytes());
    }

    // ------------------------------------------------------------------ access control

    @Test
    void ownerDomainAdminAndRootMayActOnAVpnAnotherTenantMayNot() throws Exception {
        WgVpn vpn = aliceVpn();
        WgUser user = createUser(cloud.alice, userCmd(vpn));

        for (Account allowed : List.of(cloud.alice, cloud.domainAdmin, cloud.admin)) {
            assertNotNull(cloud.as(allowed, () -> cloud.manager.createWgUserConfigResponse(user.getId())).getConfig(), allowed.getAccountName());
        }
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.createWgUserConfigResponse(user.getId())));
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.createWgUser(userCmd(vpn))));
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.updateWgVpn(with(new UpdateWgVpnCmd(), "id", vpn.getId()))));
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.deleteWgUser(user.getId())));
        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.bob, () -> cloud.manager.deleteWgVpn(vpn.getId())));
        assertEquals(1, cloud.count("wireguard_vpn_user"));
        assertEquals(1, cloud.count("wireguard_vpn"));
    }

    @Test
    void aDomainAdminHasNoAccessOutsideItsSubtree() throws Exception {
        WgVpn bobs = remember(createVpn(cloud.bob, vpnCmd(cloud.b1)));

        assertThrows(PermissionDeniedException.class, () -> cloud.as(cloud.domainAdmin, () -> cloud.manager.createWgUser(userCmd(bobs))));
    }

    private static int listed(Account who, boolean listAll) throws Exception {
        ListWgVpnsCmd cmd = with(new ListWgVpnsCmd(), "listAll", listAll);
        return cloud.as(who, () -> cloud.manager.listWgVpns(cmd)).getCount();
    }

    @Test
    void listsShowWhatTheCallerMaySeeAndListallWidensOnlyForAdmins() throws Exception {
        WgVpn alices = aliceVpn();
        remember(createVpn(cloud.bob, vpnCmd(cloud.b1)));

        assertEquals(1, listed(cloud.alice, false));
        assertEquals(1, listed(cloud.alice, true));
        assertEquals(1, listed(cloud.bob, true));
        assertEquals(0, cloud.as(cloud.bob, () -> cloud.manager.listWgVpns(with(new ListWgVpnsCmd(), "id", alices.getId()))).getResponses().size());
        assertEquals(0, listed(cloud.domainAdmin, false));
        assertEquals(1, listed(cloud.domainAdmin, true));
        assertEquals(0, listed(cloud.admin, false));
        assertEquals(2, listed(cloud.admin, true));
        ListResponse<WgVpnResponse> seen = cloud.as(cloud.domainAdmin, () -> cloud.manager.listWgVpns(with(new ListWgVpnsCmd(), "listAll", true)));
        assertEquals(alices.getUuid(), seen.getResponses().get(0).getId());
        assertEquals("alice", seen.getResponses().get(0).getAccountName());
        assertEquals("ROOT/d1/sub", seen.getResponses().get(0).getDomainPath());
    }

    @Test
    void hiddenVpnsAreListedOnlyWhenAskedFor() throws Exception {
        remember(createVpn(cloud.alice, with(vpnCmd(cloud.a1), "display", false)));

        assertEquals(0, cloud.as(cloud.alice, () -> cloud.manager.listWgVpns(new ListWgVpnsCmd())).getResponses().size());
        assertEquals(1, cloud.as(cloud.alice, () -> cloud.manager.listWgVpns(with(new ListWgVpnsCmd(), "display", false))).getResponses().size());
    }

    @Test
    void anotherTenantListsNoneOfTheUsers() throws Exception {
        WgVpn vpn = aliceVpn();
        createUser(cloud.alice, userCmd(vpn));

        assertEquals(0, cloud.as(cloud.bob, () -> cloud.manager.listWgUsers(with(new ListWgUsersCmd(), "listAll", true))).getResponses().size());
        assertEquals(1, cloud.as(cloud.domainAdmin, () -> cloud.manager.listWgUsers(with(new ListWgUsersCmd(), "listAll", true))).getResponses().size());
    }
}
