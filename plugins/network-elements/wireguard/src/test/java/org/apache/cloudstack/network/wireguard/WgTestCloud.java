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


import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;

import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

import com.cloud.agent.AgentManager;
import com.cloud.dc.DataCenter;
import com.cloud.domain.Domain;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.dao.WgUserDaoImpl;
import com.cloud.network.dao.WgVpnDaoImpl;
import com.cloud.network.router.VirtualNetworkApplianceManager;
import com.cloud.network.router.VirtualRouter;
import com.cloud.network.rules.FirewallManager;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.RulesManager;
import com.cloud.network.vpc.Vpc;
import com.cloud.user.Account;
import com.cloud.user.User;
import com.cloud.utils.crypt.EncryptionSecretKeyChecker;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.net.Ip;
import com.cloud.vm.Nic;
import com.cloud.vm.VirtualMachine;

/**
 * A small cloud for the manager's tests: the real MariaDB with CloudStack's core tables and the
 * WireGuard schema, the real DAOs, the plugin's own Spring context, and test doubles for the CloudStack
 * services around it (accounts with CloudStack's access rules, networks, routers that record what they
 * are sent, the firewall). Seeded: domains ROOT, /d1/, /d1/sub/, /d2/; accounts admin (root admin),
 * dadmin (domain admin of /d1/), alice (user in /d1/sub/), bob (user in /d2/). Alice's n1 has two public
 * IPs on one router (a1, a2), her VPC vpc1 two (v1, v2) and one tier, her VPC vpc2 no tier at all.
 */
final class WgTestCloud {
    static final String SECRET = "wireguard-plugin-test-secret";
    static final String UPGRADE_SCRIPT = "META-INF/db/schema-42300to42400.sql";

    final EmbeddedMariaDb db;
    final FakeAccountManager accounts = new FakeAccountManager();
    final NetworkModel networkModel = mock(NetworkModel.class);
    final FakeRulesManager rulesManager;
    final FirewallManager firewallManager = mock(FirewallManager.class);
    final VirtualNetworkApplianceManager routerManager = mock(VirtualNetworkApplianceManager.class);
    final RecordingNetworkHelper routers = new RecordingNetworkHelper();
    final AgentManager agentManager = mock(AgentManager.class);
    final EntityManager entityManager = mock(EntityManager.class);
    final WgVpnDaoImpl vpnDao = new WgVpnDaoImpl();
    final WgUserDaoImpl userDao = new WgUserDaoImpl();
    final GenericApplicationContext context;
    final WgVpnManagerImpl manager;

    Account admin;
    Account domainAdmin;
    Account alice;
    Account bob;
    Domain root;
    Domain d1;
    Domain d1sub;
    Domain d2;
    long zoneId;
    Network n1;
    Network n2;
    Network nb;
    Network nx;
    Network tier;
    Vpc vpc;
    Vpc bareVpc;
    IpAddress a1;
    IpAddress a2;
    IpAddress a3;
    IpAddress b1;
    IpAddress free;
    IpAddress x1;
    IpAddress v1;
    IpAddress v2;
    IpAddress bare1;
    VirtualRouter r1;
    VirtualRouter r2;
    VirtualRouter rv;

    private static WgTestCloud instance;

    static synchronized WgTestCloud get() {
        if (instance == null) {
            instance = new WgTestCloud();
        }
        return instance;
    }

    private WgTestCloud() {
        db = EmbeddedMariaDb.withTransactionLegacy();
        rulesManager = new FakeRulesManager(db);
        db.runScript(EmbeddedMariaDb.coreSchema());
        db.runScript(UPGRADE_SCRIPT);
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
        try {
            seed();
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to seed the test cloud: " + e.getMessage(), e);
        }
        stubServices();
        GenericApplicationContext parent = new GenericApplicationContext();
        parent.getBeanFactory().registerSingleton("accountManager", accounts);
        parent.getBeanFactory().registerSingleton("networkModel", networkModel);
        parent.getBeanFactory().registerSingleton("rulesManager", rulesManager);
        parent.getBeanFactory().registerSingleton("firewallManager", firewallManager);
        parent.getBeanFactory().registerSingleton("virtualNetworkApplianceManager", routerManager);
        parent.getBeanFactory().registerSingleton("networkHelper", routers);
        parent.getBeanFactory().registerSingleton("agentManager", agentManager);
        parent.getBeanFactory().registerSingleton("entityManager", entityManager);
        parent.getBeanFactory().registerSingleton("wgVpnDao", vpnDao);
        parent.getBeanFactory().registerSingleton("wgUserDao", userDao);
        parent.refresh();
        context = new GenericApplicationContext(parent);
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(new ClassPathResource("META-INF/cloudstack/wireguard/spring-wireguard-context.xml"));
        context.refresh();
        manager = context.getBean(WgVpnManagerImpl.class);
    }

    /** Between tests: empty WireGuard tables, routers answering, nothing recorded. */
    void reset() {
        db.truncate("wireguard_vpn_user", "wireguard_vpn", "firewall_rules");
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
        routers.sent.clear();
        routers.failWith = null;
        rulesManager.calls.clear();
        rulesManager.conflictPorts.clear();
        org.mockito.Mockito.reset(firewallManager, agentManager);
        stubFirewall();
    }

    // ------------------------------------------------------------------ seed rows (for the foreign keys) and their objects

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Domain domain(Connection c, Long parent, String name, String path) throws SQLException {
        long id = insert(c, "INSERT INTO domain (uuid, parent, name, owner, path) VALUES (UUID(), " + parent + ", '" + name + "', 2, '" + path + "')");
        Domain domain = mock(Domain.class);
        when(domain.getId()).thenReturn(id);
        when(domain.getUuid()).thenReturn("domain-" + name);
        when(domain.getName()).thenReturn(name);
        when(domain.getPath()).thenReturn(path);
        accounts.add(domain);
        return domain;
    }

    private Account account(Connection c, String name, Account.Type type, Domain domain) throws SQLException {
        long id = insert(c, "INSERT INTO account (uuid, account_name, type, domain_id, created) VALUES (UUID(), '" + name + "', " + type.ordinal() + ", "
                + domain.getId() + ", NOW())");
        Account account = mock(Account.class);
        when(account.getId()).thenReturn(id);
        when(account.getAccountId()).thenReturn(id);
        when(account.getUuid()).thenReturn("account-" + name);
        when(account.getAccountName()).thenReturn(name);
        when(account.getName()).thenReturn(name);
        when(account.getType()).thenReturn(type);
        long domainId = domain.getId();
        when(account.getDomainId()).thenReturn(domainId);
        accounts.add(account);
        return account;
    }

    private Network network(Connection c, String name, Account owner, String cidr, String gateway, String ip6Cidr, Long vpcId) throws SQLException {
        long id = insert(c, "INSERT INTO networks (uuid, name, traffic_type, broadcast_domain_type, cidr, gateway, network_offering_id, data_center_id, guru_name, "
                + "state, related, domain_id, account_id, guest_type, vpc_id, created) VALUES (UUID(), '" + name + "', 'Guest', 'Vlan', '" + cidr + "', '" + gateway
                + "', 2, " + zoneId + ", 'ExternalGuestNetworkGuru', 'Implemented', 1, " + owner.getDomainId() + ", " + owner.getId() + ", 'Isolated', " + vpcId + ", NOW())");
        Network network = mock(Network.class);
        when(network.getId()).thenReturn(id);
        when(network.getUuid()).thenReturn("network-" + name);
        when(network.getName()).thenReturn(name);
        when(network.getGuestType()).thenReturn(Network.GuestType.Isolated);
        when(network.getCidr()).thenReturn(cidr);
        when(network.getGateway()).thenReturn(gateway);
        when(network.getIp6Cidr()).thenReturn(ip6Cidr);
        when(network.getVpcId()).thenReturn(vpcId);
        long ownerId = owner.getId();
        long ownerDomainId = owner.getDomainId();
        when(network.getAccountId()).thenReturn(ownerId);
        when(network.getDomainId()).thenReturn(ownerDomainId);
        when(networkModel.getNetwork(id)).thenReturn(network);
        return network;
    }

    private IpAddress ip(Connection c, String address, Account owner, Network network, Long vpcId, IpAddress.State state) throws SQLException {
        long id = insert(c, "INSERT INTO user_ip_address (uuid, account_id, domain_id, public_ip_address, data_center_id, vlan_db_id, state, mac_address, "
                + "source_network_id, network_id, physical_network_id, vpc_id, allocated, created) VALUES (UUID(), " + (owner == null ? "NULL" : owner.getId()) + ", "
                + (owner == null ? "NULL" : owner.getDomainId()) + ", '" + address + "', " + zoneId + ", 1, '" + state + "', 1, " + n1.getId() + ", "
                + (network == null ? "NULL" : network.getId()) + ", 1, " + vpcId + ", NOW(), NOW())");
        Long ownerId = owner == null ? null : owner.getId();
        long ownerDomainId = owner == null ? -1L : owner.getDomainId();
        Long networkId = network == null ? null : network.getId();
        IpAddress ip = mock(IpAddress.class);
        when(ip.getId()).thenReturn(id);
        when(ip.getUuid()).thenReturn("ip-" + address);
        when(ip.getName()).thenReturn(address);
        when(ip.getAddress()).thenReturn(new Ip(address));
        when(ip.getState()).thenReturn(state);
        when(ip.getAllocatedToAccountId()).thenReturn(ownerId);
        when(ip.getAccountId()).thenReturn(ownerId == null ? -1L : ownerId);
        when(ip.getDomainId()).thenReturn(ownerDomainId);
        when(ip.getAssociatedWithNetworkId()).thenReturn(networkId);
        when(ip.getVpcId()).thenReturn(vpcId);
        when(networkModel.getIp(id)).thenReturn(ip);
        return ip;
    }

    private VirtualRouter router(long id, String name, Network guest, int guestDevice, Long vpcId) {
        VirtualRouter router = mock(VirtualRouter.class);
        when(router.getId()).thenReturn(id);
        when(router.getInstanceName()).thenReturn(name);
        when(router.getState()).thenReturn(VirtualMachine.State.Running);
        when(router.getType()).thenReturn(VirtualMachine.Type.DomainRouter);
        when(router.getPrivateIpAddress()).thenReturn("169.254.1." + (id % 250));
        when(router.getDataCenterId()).thenReturn(zoneId);
        when(router.getHostId()).thenReturn(1L);
        when(router.getVpcId()).thenReturn(vpcId);
        when(routerManager.getRoutersForNetwork(guest.getId())).thenReturn(List.of(router));
        Nic nic = mock(Nic.class);
        when(nic.getDeviceId()).thenReturn(guestDevice);
        when(networkModel.getNicInNetwork(id, guest.getId())).thenReturn(nic);
        String gateway = guest.getGateway();
        when(networkModel.getIpInNetwork(id, guest.getId())).thenReturn(gateway);
        when(entityManager.findById(VirtualRouter.class, id)).thenReturn(router);
        return router;
    }

    private void seed() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String t : new String[] {"wireguard_vpn_user", "wireguard_vpn", "user_ip_address", "networks", "vpc", "data_center", "account", "domain"}) {
                s.execute("TRUNCATE TABLE `" + t + "`");
            }
            root = domain(c, null, "ROOT", "/");
            d1 = domain(c, root.getId(), "d1", "/d1/");
            d1sub = domain(c, d1.getId(), "sub", "/d1/sub/");
            d2 = domain(c, root.getId(), "d2", "/d2/");
            admin = account(c, "admin", Account.Type.ADMIN, root);
            domainAdmin = account(c, "dadmin", Account.Type.DOMAIN_ADMIN, d1);
            alice = account(c, "alice", Account.Type.NORMAL, d1sub);
            bob = account(c, "bob", Account.Type.NORMAL, d2);
            zoneId = insert(c, "INSERT INTO data_center (uuid, name, dns1, internal_dns1, networktype) VALUES (UUID(), 'zone1', '203.0.113.53', '203.0.113.53', 'Advanced')");
            n1 = network(c, "n1", alice, "10.1.1.0/24", "10.1.1.1", null, null);
            n2 = network(c, "n2", alice, "10.1.2.0/24", "10.1.2.1", "2001:db8:1::/64", null);
            nb = network(c, "nb", bob, "10.1.3.0/24", "10.1.3.1", null, null);
            nx = network(c, "nx", alice, "10.1.4.0/24", "10.1.4.1", null, null);
            long vpcId = insert(c, "INSERT INTO vpc (uuid, name, cidr, vpc_offering_id, zone_id, state, domain_id, account_id, created) VALUES (UUID(), 'vpc1', '10.2.0.0/16', 1, "
                    + zoneId + ", 'Enabled', " + alice.getDomainId() + ", " + alice.getId() + ", NOW())");
            vpc = mock(Vpc.class);
            when(vpc.getId()).thenReturn(vpcId);
            when(vpc.getUuid()).thenReturn("vpc-vpc1");
            when(vpc.getName()).thenReturn("vpc1");
            when(vpc.getCidr()).thenReturn("10.2.0.0/16");
            tier = network(c, "tier1", alice, "10.2.1.0/24", "10.2.1.1", null, vpcId);
            long bareVpcId = insert(c, "INSERT INTO vpc (uuid, name, cidr, vpc_offering_id, zone_id, state, domain_id, account_id, created) VALUES (UUID(), 'vpc2', "
                    + "'10.3.0.0/16', 1, " + zoneId + ", 'Enabled', " + alice.getDomainId() + ", " + alice.getId() + ", NOW())");
            bareVpc = mock(Vpc.class);
            when(bareVpc.getId()).thenReturn(bareVpcId);
            when(bareVpc.getUuid()).thenReturn("vpc-vpc2");
            when(bareVpc.getName()).thenReturn("vpc2");
            when(bareVpc.getCidr()).thenReturn("10.3.0.0/16");
            a1 = ip(c, "203.0.113.10", alice, n1, null, IpAddress.State.Allocated);
            a2 = ip(c, "203.0.113.11", alice, n1, null, IpAddress.State.Allocated);
            a3 = ip(c, "203.0.113.12", alice, n2, null, IpAddress.State.Allocated);
            b1 = ip(c, "203.0.113.20", bob, nb, null, IpAddress.State.Allocated);
            free = ip(c, "203.0.113.30", null, null, null, IpAddress.State.Free);
            x1 = ip(c, "203.0.113.31", alice, nx, null, IpAddress.State.Allocated);
            v1 = ip(c, "203.0.113.40", alice, null, vpcId, IpAddress.State.Allocated);
            v2 = ip(c, "203.0.113.41", alice, null, vpcId, IpAddress.State.Allocated);
            bare1 = ip(c, "203.0.113.50", alice, null, bareVpcId, IpAddress.State.Allocated);
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private void stubServices() {
        for (Network network : List.of(n1, n2, nb, tier)) {
            Network.Provider provider = network.getVpcId() == null ? Network.Provider.VirtualRouter : Network.Provider.VPCVirtualRouter;
            when(networkModel.isProviderSupportServiceInNetwork(network.getId(), Network.Service.SourceNat, provider)).thenReturn(true);
        }
        when(networkModel.listNetworksByVpc(vpc.getId())).thenAnswer(inv -> List.of(tier));
        when(entityManager.findById(Vpc.class, vpc.getId())).thenReturn(vpc);
        when(networkModel.listNetworksByVpc(bareVpc.getId())).thenAnswer(inv -> List.of());
        when(entityManager.findById(Vpc.class, bareVpc.getId())).thenReturn(bareVpc);
        for (Domain domain : List.of(root, d1, d1sub, d2)) {
            when(entityManager.findById(Domain.class, domain.getId())).thenReturn(domain);
        }
        DataCenter zone = mock(DataCenter.class);
        when(zone.getNetworkType()).thenReturn(DataCenter.NetworkType.Advanced);
        when(entityManager.findById(eq(DataCenter.class), anyLong())).thenReturn(zone);
        r1 = router(1001L, "r-1001-VM", n1, 0, null);
        r2 = router(1002L, "r-1002-VM", n2, 0, null);
        rv = router(1003L, "r-1003-VM", tier, 2, vpc.getId());
        when(networkModel.listNetworksUsedByVm(1001L, true)).thenAnswer(inv -> List.of(n1));
        stubFirewall();
    }

    private void stubFirewall() {
        when(firewallManager.getFirewallRule(anyLong())).thenAnswer(inv -> rulesManager.rule(inv.getArgument(0)));
    }

    // ------------------------------------------------------------------ helpers

    /** Runs an API call as the account, as the dispatcher registers the caller's context. */
    <T> T as(Account account, Callable<T> call) throws Exception {
        long accountId = account.getId();
        User user = mock(User.class);
        when(user.getId()).thenReturn(accountId + 10_000);
        when(user.getAccountId()).thenReturn(accountId);
        CallContext.register(user, account);
        try {
            return call.call();
        } finally {
            CallContext.unregister();
        }
    }

    /** Sets a command parameter field as CloudStack's dispatcher does. */
    static <T> T with(T cmd, String field, Object value) {
        for (Class<?> c = cmd.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(cmd, value);
                return cmd;
            } catch (NoSuchFieldException e) {
                // the field is declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + cmd.getClass());
    }

    long count(String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "` WHERE removed IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Stands in for CloudStack's RulesManager: reserves ports as it does (a Vpn-purpose firewall_rules
     * row), or refuses those the test says are taken.
     */
    static final class FakeRulesManager implements RulesManager {
        final List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
        final Set<Integer> conflictPorts = Collections.synchronizedSet(new HashSet<>());
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, FirewallRule> rules = Collections.synchronizedMap(new HashMap<>());
        private final EmbeddedMariaDb db;

        FakeRulesManager(EmbeddedMariaDb db) {
            this.db = db;
        }

        @Override
        public FirewallRule[] reservePorts(IpAddress ip, String protocol, FirewallRule.Purpose purpose, boolean openFirewall, Account caller, int... ports)
                throws NetworkRuleConflictException {
            for (int port : ports) {
                calls.add(port);
                if (conflictPorts.contains(port)) {
                    throw new NetworkRuleConflictException("The range specified, " + port + "-" + port + ", conflicts with rule 12 which has " + port + "-" + port);
                }
            }
            long id;
            try (Connection c = db.connect()) {
                id = insert(c, "INSERT INTO firewall_rules (uuid, ip_address_id, start_port, end_port, state, protocol, purpose, account_id, domain_id, network_id, xid, "
                        + "created) VALUES (UUID(), " + ip.getId() + ", " + ports[0] + ", " + ports[0] + ", 'Add', '" + protocol + "', '" + purpose + "', " + ip.getAccountId()
                        + ", " + ip.getDomainId() + ", " + ip.getAssociatedWithNetworkId() + ", UUID(), NOW())");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            ids.set(id);
            FirewallRule rule = mock(FirewallRule.class);
            when(rule.getId()).thenReturn(id);
            when(rule.getPurpose()).thenReturn(purpose);
            rules.put(id, rule);
            return new FirewallRule[] {rule};
        }

        FirewallRule rule(long id) {
            return rules.get(id);
        }

        long lastRuleId() {
            return ids.get();
        }
    }

}
