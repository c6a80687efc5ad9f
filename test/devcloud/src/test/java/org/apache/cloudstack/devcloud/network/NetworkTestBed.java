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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.apache.cloudstack.devcloud.HostTestSupport;
import org.apache.cloudstack.devcloud.vr.DevCloudNames;
import org.apache.cloudstack.devcloud.vr.PublicSegment;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.cloudstack.devcloud.vr.VrImage;
import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import com.cloud.dc.DataCenter;
import com.cloud.network.Networks.TrafficType;
import com.cloud.utils.crypt.EncryptionSecretKeyChecker;
import com.cloud.vm.VirtualMachine;

/**
 * The network side of devcloud on the test JVM's MariaDB, without the API: the network DAOs, NetworkModel, firewall,
 * rules and router managers, and a VrHostManager with a prefix of its own (its host side is only touched by tests that
 * build routers, as root). Each bed adds a zone, an account and an isolated network with names unique to the run, so
 * beds and the other test classes sharing the database never see each other's rows.
 */
final class NetworkTestBed {
    /** The secret the api side's tests use too: one JVM, one encryptor. */
    private static final String SECRET = "devcloud-api-test-secret-0123456789";
    private static boolean schemaReady;

    final String run = HostTestSupport.uniquePrefix();
    final GenericApplicationContext context;
    final VrHostManager host;
    final long accountId;
    final long domainId = 1;
    final DataCenterVO zone;
    final NetworkVO publicNetwork;
    final NetworkVO network;
    final IPAddressVO sourceNatIp;
    final IPAddressVO otherIp;

    NetworkTestBed(Path runDir) {
        EmbeddedMariaDb db = prepareDatabase();
        host = new VrHostManager(new DevCloudNames(run), VrImage.fromRepo(HostTestSupport.repo()), runDir, 1);
        context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.getBeanFactory().registerSingleton("vrHostManager", host);
        for (Class<?> bean : new Class<?>[] {NetworkDaoImpl.class, IPAddressDaoImpl.class, VlanDaoImpl.class, FirewallRulesCidrsDaoImpl.class,
            FirewallRulesDaoImpl.class, DomainRouterDaoImpl.class, GuestVmDaoImpl.class, DataCenterDaoImpl.class, RemoteAccessVpnDaoImpl.class,
            DevCloudNetworkModel.class, DevCloudFirewallManager.class, DevCloudRulesManager.class, DevCloudRouterManager.class}) {
            context.registerBean(bean);
        }
        context.refresh();

        accountId = insertAccount(db, "acct-" + run);
        zone = bean(DataCenterDaoImpl.class).persist(new DataCenterVO("zone-" + run, "test zone", PublicSegment.HOST_ADDRESS, PublicSegment.HOST_ADDRESS,
            "10.1.0.0/16", DataCenter.NetworkType.Advanced));
        NetworkVO pub = new NetworkVO("public-" + run, zone.getId(), domainId, 1, PublicSegment.CIDR, PublicSegment.HOST_ADDRESS, 1, 1);
        pub = bean(NetworkDaoImpl.class).persist(pub);
        markPublic(db, pub.getId());
        publicNetwork = pub;
        VlanVO vlan = bean(VlanDaoImpl.class).persist(new VlanVO("untagged", PublicSegment.HOST_ADDRESS, PublicSegment.NETMASK,
            "203.0.113.10-203.0.113.11", zone.getId(), pub.getId(), 1));
        network = bean(NetworkDaoImpl.class).persist(new NetworkVO("net-" + run, zone.getId(), domainId, accountId, "10.1.9.0/24", "10.1.9.1", 1, 1));
        sourceNatIp = allocate(new IPAddressVO("203.0.113.10", zone.getId(), vlan.getId(), pub.getId(), 1, 0x20000000L), true);
        otherIp = allocate(new IPAddressVO("203.0.113.11", zone.getId(), vlan.getId(), pub.getId(), 1, 0x20000001L), false);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private IPAddressVO allocate(IPAddressVO ip, boolean sourceNat) {
        IPAddressDaoImpl dao = bean(IPAddressDaoImpl.class);
        IPAddressVO saved = dao.persist(ip);
        saved.allocate(accountId, domainId, network.getId(), sourceNat);
        dao.update(saved.getId(), saved);
        return dao.findById(saved.getId());
    }

    /** A router for the bed's network (Stopped, as CloudStack creates one) and a guest VM behind it. */
    DomainRouterVO addRouterAndVm() {
        DomainRouterVO router = new DomainRouterVO("r-new-VM", zone.getId(), accountId, domainId);
        router.setPrivateIpAddress("169.254.0.1");
        router = bean(DomainRouterDaoImpl.class).persist(router, network.getId(), sourceNatIp.getAddressString(), PublicSegment.NETMASK);
        VMInstanceVO vm = new VMInstanceVO("vm-" + run, VirtualMachine.Type.User, zone.getId(), accountId, domainId);
        vm.setPrivateIpAddress("10.1.9.10");
        vm = bean(GuestVmDaoImpl.class).persist(vm);
        vm.setInstanceName("i-" + accountId + "-" + vm.getId() + "-VM");
        bean(GuestVmDaoImpl.class).update(vm.getId(), vm);
        return router;
    }

    void close() {
        context.close();
    }

    static synchronized EmbeddedMariaDb prepareDatabase() {
        EmbeddedMariaDb db = EmbeddedMariaDb.withTransactionLegacy();
        if (!schemaReady) {
            db.runScript("db/cloudstack-core.sql");
            EncryptionSecretKeyChecker.initEncryptor(SECRET);
            try (Connection c = db.connect()) {
                exec(c, "INSERT IGNORE INTO `domain` (`id`, `uuid`, `parent`, `name`, `owner`, `path`, `level`, `state`, `created`) VALUES (1, ?, NULL,"
                    + " 'ROOT', 2, '/', 0, 'Active', UTC_TIMESTAMP())", UUID.randomUUID().toString());
                exec(c, "INSERT IGNORE INTO `account` (`id`, `uuid`, `account_name`, `type`, `role_id`, `domain_id`, `state`, `created`, `default`)"
                    + " VALUES (1, ?, 'system', 1, 1, 1, 'enabled', UTC_TIMESTAMP(), 1)", UUID.randomUUID().toString());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            schemaReady = true;
        }
        return db;
    }

    private static long insertAccount(EmbeddedMariaDb db, String name) {
        try (Connection c = db.connect()) {
            exec(c, "INSERT INTO `account` (`uuid`, `account_name`, `type`, `role_id`, `domain_id`, `state`, `created`) VALUES (?, ?, 0, 4, 1, 'enabled',"
                + " UTC_TIMESTAMP())", UUID.randomUUID().toString(), name);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT `id` FROM `account` WHERE `account_name` = '" + name + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void markPublic(EmbeddedMariaDb db, long networkId) {
        try (Connection c = db.connect()) {
            exec(c, "UPDATE `networks` SET `traffic_type` = ?, `guest_type` = NULL WHERE `id` = ?", TrafficType.Public.name(), networkId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
