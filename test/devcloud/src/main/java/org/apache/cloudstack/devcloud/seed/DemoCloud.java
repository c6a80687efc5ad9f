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
package org.apache.cloudstack.devcloud.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.cloudstack.devcloud.DevCloudOptions;
import org.apache.cloudstack.devcloud.network.DevCloudRouterManager;
import org.apache.cloudstack.devcloud.network.DevCloudRulesManager;
import org.apache.cloudstack.devcloud.network.DomainRouterDaoImpl;
import org.apache.cloudstack.devcloud.network.DomainRouterVO;
import org.apache.cloudstack.devcloud.network.FirewallRuleVO;
import org.apache.cloudstack.devcloud.network.FirewallRulesDaoImpl;
import org.apache.cloudstack.devcloud.network.GuestVmDaoImpl;
import org.apache.cloudstack.devcloud.network.IPAddressDaoImpl;
import org.apache.cloudstack.devcloud.network.IPAddressVO;
import org.apache.cloudstack.devcloud.network.NetworkDaoImpl;
import org.apache.cloudstack.devcloud.network.NetworkVO;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnDaoImpl;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnVO;
import org.apache.cloudstack.devcloud.network.VMInstanceVO;
import org.apache.cloudstack.devcloud.network.VlanDaoImpl;
import org.apache.cloudstack.devcloud.network.VlanVO;
import org.apache.cloudstack.devcloud.vr.GuestVm;
import org.apache.cloudstack.devcloud.vr.PublicSegment;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.network.Network;
import com.cloud.network.Networks.TrafficType;
import com.cloud.network.rules.FirewallRule;
import com.cloud.utils.crypt.DBEncryptionUtil;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallback;
import com.cloud.utils.db.TransactionLegacy;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * The demo cloud: on a fresh database the ROOT domain, the system and admin accounts, two tenants (tenant1, tenant2;
 * role User) with a user, password and API key pair each, zone devcloud-zone (Advanced) with the public range of
 * the public segment, and per tenant an isolated network with a source-NAT IP, a virtual router and a guest VM.
 * tenant1's IP also carries an L2TP remote-access VPN with its UDP 500/1701/4500 rules, as CloudStack creates them,
 * so tests can check that WireGuard leaves it alone. On a database that has all this, nothing is added (restart with
 * the same data dir). Then it boots the cloud on the host: guest VMs, routers (through the VM state machine), file
 * servers. Passwords are kept only hashed in the DB, so the seed keeps them for the state file in a 0600 file.
 */
public class DemoCloud {
    private static final Logger LOGGER = LogManager.getLogger(DemoCloud.class);
    public static final String ZONE = "devcloud-zone";
    public static final String[] TENANTS = {"tenant1", "tenant2"};
    /** CloudStack's default role ids: 1 Root Admin, 4 User. */
    private static final long ROLE_ADMIN = 1;
    private static final long ROLE_USER = 4;

    @Inject
    private DevCloudOptions options;
    @Inject
    private VrHostManager host;
    @Inject
    private NetworkDaoImpl networkDao;
    @Inject
    private IPAddressDaoImpl ipAddressDao;
    @Inject
    private VlanDaoImpl vlanDao;
    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private GuestVmDaoImpl guestVmDao;
    @Inject
    private DevCloudRouterManager routerManager;
    @Inject
    private DevCloudRulesManager rulesManager;
    @Inject
    private RemoteAccessVpnDaoImpl remoteAccessVpnDao;
    @Inject
    private FirewallRulesDaoImpl rulesDao;

    private final SecureRandom random = new SecureRandom();

    public DevCloudState seedAndBoot() {
        Map<String, String> passwords = loadPasswords();
        if (count("SELECT COUNT(*) FROM `domain`") == 0) {
            passwords = seed();
            savePasswords(passwords);
        }
        return boot(passwords);
    }

    private Map<String, String> seed() {
        Map<String, String> passwords = new LinkedHashMap<>();
        Transaction.execute((TransactionCallback<Object>)status -> {
            exec("INSERT INTO `domain` (`id`, `uuid`, `parent`, `name`, `owner`, `path`, `level`, `state`, `created`) VALUES (1, ?, NULL, 'ROOT', 2, '/', 0,"
                + " 'Active', UTC_TIMESTAMP())", UUID.randomUUID().toString());
            exec("INSERT INTO `account` (`id`, `uuid`, `account_name`, `type`, `role_id`, `domain_id`, `state`, `created`, `default`) VALUES"
                + " (1, ?, 'system', 1, 1, 1, 'enabled', UTC_TIMESTAMP(), 1)", UUID.randomUUID().toString());
            exec("INSERT INTO `user` (`id`, `uuid`, `username`, `password`, `account_id`, `firstname`, `lastname`, `state`, `created`, `is_default`)"
                + " VALUES (1, ?, 'system', '', 1, 'system', 'cloud', 'enabled', UTC_TIMESTAMP(), 1)", UUID.randomUUID().toString());
            passwords.put("admin", createAccount(2, "admin", 1, ROLE_ADMIN));
            long id = 3;
            for (String tenant : TENANTS) {
                passwords.put(tenant, createAccount(id++, tenant, 0, ROLE_USER));
            }
            exec("INSERT INTO `data_center` (`id`, `uuid`, `name`, `description`, `dns1`, `internal_dns1`, `guest_network_cidr`, `networktype`,"
                + " `allocation_state`, `created`) VALUES (1, ?, ?, 'devcloud', '203.0.113.1', '203.0.113.1', '10.1.0.0/16', 'Advanced', 'Enabled',"
                + " UTC_TIMESTAMP())", UUID.randomUUID().toString(), ZONE);

            NetworkVO pub = new NetworkVO("public", 1, 1, 1, PublicSegment.CIDR, PublicSegment.HOST_ADDRESS, 1, 1);
            pub = networkDao.persist(withTraffic(pub));
            VlanVO vlan = vlanDao.persist(new VlanVO("untagged", PublicSegment.HOST_ADDRESS, PublicSegment.NETMASK,
                PublicSegment.IP_RANGE_START + "-" + PublicSegment.IP_RANGE_END, 1, pub.getId(), 1));
            long start = NetUtils.ip2Long(PublicSegment.IP_RANGE_START);
            long end = NetUtils.ip2Long(PublicSegment.IP_RANGE_END);
            for (long a = start; a <= end; a++) {
                ipAddressDao.persist(new IPAddressVO(NetUtils.long2Ip(a), 1, vlan.getId(), pub.getId(), 1, 0x10000000L + a - start));
            }
            int n = 1;
            for (String tenant : TENANTS) {
                long accountId = accountId(tenant);
                String cidr = "10.1." + n + ".0/24";
                String gateway = "10.1." + n + ".1";
                NetworkVO network = new NetworkVO(tenant + "-network", 1, 1, accountId, cidr, gateway, 1, 1);
                network.setDns1(gateway);
                network.setBroadcastUri("vlan://" + (100 + n));
                network = networkDao.persist(network);
                IPAddressVO ip = ipAddressDao.listFree(1).get(0);
                ip.allocate(accountId, 1, network.getId(), true);
                ipAddressDao.update(ip.getId(), ip);
                DomainRouterVO router = new DomainRouterVO("r-new-VM", 1, accountId, 1);
                router.setPrivateIpAddress("169.254.0.1");
                routerDao.persist(router, network.getId(), ip.getAddressString(), PublicSegment.NETMASK);
                VMInstanceVO vm = new VMInstanceVO(tenant + "-vm", VirtualMachine.Type.User, 1, accountId, 1);
                vm.setPrivateIpAddress("10.1." + n + ".10");
                vm = guestVmDao.persist(vm);
                vm.setInstanceName("i-" + accountId + "-" + vm.getId() + "-VM");
                guestVmDao.update(vm.getId(), vm);
                if (n == 1) {
                    addL2tpVpn(ip, network);
                }
                n++;
            }
            return null;
        });
        LOGGER.info("Seeded the demo cloud: ROOT domain, admin, {}, zone {}", String.join(", ", TENANTS), ZONE);
        return passwords;
    }

    private static NetworkVO withTraffic(NetworkVO pub) {
        try {
            java.lang.reflect.Field f = NetworkVO.class.getDeclaredField("trafficType");
            f.setAccessible(true);
            f.set(pub, TrafficType.Public);
            java.lang.reflect.Field g = NetworkVO.class.getDeclaredField("guruName");
            g.setAccessible(true);
            g.set(pub, "PublicNetworkGuru");
            java.lang.reflect.Field t = NetworkVO.class.getDeclaredField("guestType");
            t.setAccessible(true);
            t.set(pub, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return pub;
    }

    /**
     * CloudStack's RemoteAccessVpnManagerImpl: the VPN row, UDP 500, 1701, 4500 reserved with open firewall rules
     * (create), then the rules and the VPN made Active/Running (start). The router gets its iptables side when it boots.
     */
    private void addL2tpVpn(IPAddressVO ip, NetworkVO network) {
        FirewallRule[] vpnRules;
        try {
            vpnRules = rulesManager.reservePorts(ip, NetUtils.UDP_PROTO, FirewallRule.Purpose.Vpn, true, null, NetUtils.VPN_PORT, NetUtils.VPN_L2TP_PORT,
                NetUtils.VPN_NATT_PORT);
        } catch (NetworkRuleConflictException e) {
            throw new CloudRuntimeException("Unable to reserve the L2TP ports: " + e.getMessage(), e);
        }
        RemoteAccessVpnVO vpn = new RemoteAccessVpnVO(network.getAccountId(), network.getDomainId(), network.getId(), ip.getId(), "10.1.2.1",
            "10.1.2.2-10.1.2.8", token(18));
        vpn = remoteAccessVpnDao.persist(vpn);
        for (FirewallRuleVO rule : rulesDao.listByIp(ip.getId())) {
            rule.setState(FirewallRule.State.Active);
            rulesDao.update(rule.getId(), rule);
        }
        vpn.setState(RemoteAccessVpnVO.State.Running);
        remoteAccessVpnDao.update(vpn.getId(), vpn);
        LOGGER.info("L2TP/IPsec VPN {} on {} with {} reserved ports", vpn.getUuid(), ip.getAddressString(), vpnRules.length);
    }

    private String createAccount(long id, String name, int type, long roleId) {
        String password = token(12);
        exec("INSERT INTO `account` (`id`, `uuid`, `account_name`, `type`, `role_id`, `domain_id`, `state`, `created`) VALUES (?, ?, ?, ?, ?, 1, 'enabled',"
            + " UTC_TIMESTAMP())", id, UUID.randomUUID().toString(), name, type, roleId);
        exec("INSERT INTO `user` (`id`, `uuid`, `username`, `password`, `account_id`, `firstname`, `lastname`, `state`, `api_key`, `secret_key`,"
            + " `created`, `source`) VALUES (?, ?, ?, ?, ?, ?, 'devcloud', 'enabled', ?, ?, UTC_TIMESTAMP(), 'UNKNOWN')", id, UUID.randomUUID().toString(),
            name, sha256Salted(password), id, name, token(64), DBEncryptionUtil.encrypt(token(64)));
        return password;
    }

    /** CloudStack's SHA256SALT password encoding: base64(salt) ":" base64(sha256(salt || password)). */
    static String sha256Salted(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            byte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Builds the cloud on the host from the DB: guest VMs, then routers (Starting -> Running), then file servers. */
    private DevCloudState boot(Map<String, String> passwords) {
        DevCloudState state = new DevCloudState(options.getApiUrl(), options.getUiUrl());
        String domainUuid = queryString("SELECT `uuid` FROM `domain` WHERE `id` = 1");
        List<Object[]> users = query("SELECT a.`account_name`, a.`type`, u.`username`, u.`api_key`, u.`secret_key` FROM `account` a JOIN `user` u"
            + " ON u.`account_id` = a.`id` WHERE a.`id` > 1 AND a.`removed` IS NULL ORDER BY a.`id`", 5);
        for (Object[] u : users) {
            String name = (String)u[0];
            state.addAccount(name, ((Number)u[1]).intValue() == 1 ? "Admin" : "User", "ROOT", domainUuid, (String)u[2], passwords.get(name), (String)u[3],
                DBEncryptionUtil.decrypt((String)u[4]));
        }
        for (DomainRouterVO router : routerManager.listRouters()) {
            NetworkVO network = networkDao.findById(router.getNetworkId());
            VMInstanceVO vm = guestVmDao.findInNetwork(network);
            GuestVm guest = host.createGuestVm(vm.getId(), vm.getPrivateIpAddress());
            routerManager.start(router);
            host.startFileServer(vm.getId());
            IPAddressVO ip = ipAddressDao.listByAssociatedNetwork(network.getId(), true).get(0);
            String account = queryString("SELECT `account_name` FROM `account` WHERE `id` = " + network.getAccountId());
            state.addNetwork(network.getUuid(), network.getName(), account, network.getCidr(), network.getGateway(),
                host.getRouter(router.getId()).getNetns(), guest.getNetns(), guest.getIp(), ip.getUuid(), ip.getAddressString(), guest.getFileUrl(),
                guest.getFileSize(), guest.getFileSha256());
        }
        PublicSegment pub = host.getPublicSegment();
        state.setPublic(PublicSegment.CIDR, pub.getBridge(), pub.getNetns(), pub.getFreeRange());
        return state;
    }

    public long accountId(String name) {
        return Long.parseLong(queryString("SELECT `id` FROM `account` WHERE `account_name` = '" + name.replace("'", "") + "'"));
    }

    private Path passwordFile() {
        return options.getDataDir().resolve("seed-passwords.json");
    }

    private Map<String, String> loadPasswords() {
        try {
            if (Files.isRegularFile(passwordFile())) {
                Map<String, String> m = new Gson().fromJson(Files.readString(passwordFile()), new TypeToken<Map<String, String>>() { }.getType());
                return m == null ? new LinkedHashMap<>() : m;
            }
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void savePasswords(Map<String, String> passwords) {
        try {
            Path f = passwordFile();
            Files.createDirectories(f.getParent());
            Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, new Gson().toJson(passwords));
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exec(String sql, Object... params) {
        try (TransactionLegacy txn = TransactionLegacy.open("devcloud-seed"); PreparedStatement ps = txn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CloudRuntimeException("Seed failed: " + e.getMessage() + " in " + sql, e);
        }
    }

    private static long count(String sql) {
        return Long.parseLong(queryString(sql));
    }

    private static String queryString(String sql) {
        List<Object[]> rows = query(sql, 1);
        return rows.isEmpty() || rows.get(0)[0] == null ? null : rows.get(0)[0].toString();
    }

    private static List<Object[]> query(String sql, int columns) {
        List<Object[]> rows = new ArrayList<>();
        try (TransactionLegacy txn = TransactionLegacy.open("devcloud-seed"); Statement s = txn.getConnection().createStatement();
            ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new CloudRuntimeException("Query failed: " + e.getMessage(), e);
        }
        return rows;
    }

    static boolean isGuest(Network n) {
        return n.getTrafficType() == TrafficType.Guest;
    }
}
