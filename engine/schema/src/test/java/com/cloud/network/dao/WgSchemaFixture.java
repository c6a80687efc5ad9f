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

package com.cloud.network.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.cloudstack.testing.db.EmbeddedMariaDb;

import com.cloud.utils.crypt.EncryptionSecretKeyChecker;

/**
 * The JVM's MariaDB with CloudStack's core tables and the WireGuard upgrade script applied, plus
 * the rows the WireGuard tables point to: two accounts, a zone, an isolated network, a VPC and
 * three public IPs (TEST-NET-3).
 */
final class WgSchemaFixture {
    static final String UPGRADE_SCRIPT = "META-INF/db/schema-42300to42400.sql";
    static final String SECRET = "engine-schema-test-secret";

    static EmbeddedMariaDb db;
    static long domainId;
    static long accountId;
    static long otherAccountId;
    static long networkId;
    static long vpcId;
    static long vpcTierId;
    static long ip1;
    static long ip2;
    static long ip3;

    private WgSchemaFixture() {
    }

    static synchronized EmbeddedMariaDb start() {
        if (db != null) {
            return db;
        }
        db = EmbeddedMariaDb.withTransactionLegacy();
        db.runScript(EmbeddedMariaDb.coreSchema());
        db.runScript(UPGRADE_SCRIPT);
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String t : new String[] {"wireguard_vpn_user", "wireguard_vpn", "user_ip_address", "vlan", "networks", "vpc", "data_center", "account", "domain"}) {
                s.execute("TRUNCATE TABLE `" + t + "`");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            domainId = insert(c, "INSERT INTO domain (uuid, parent, name, owner, path) VALUES (UUID(), NULL, 'ROOT', 2, '/')");
            accountId = insert(c, "INSERT INTO account (uuid, account_name, type, domain_id, created) VALUES (UUID(), 'alice', 0, " + domainId + ", NOW())");
            otherAccountId = insert(c, "INSERT INTO account (uuid, account_name, type, domain_id, created) VALUES (UUID(), 'bob', 0, " + domainId + ", NOW())");
            long zone = insert(c, "INSERT INTO data_center (uuid, name, dns1, internal_dns1, networktype) VALUES (UUID(), 'zone1', '203.0.113.53', '203.0.113.53', 'Advanced')");
            long publicNetwork = insert(c, "INSERT INTO networks (uuid, name, traffic_type, broadcast_domain_type, network_offering_id, data_center_id, guru_name, state, related, domain_id, account_id, created) "
                    + "VALUES (UUID(), 'public', 'Public', 'Vlan', 1, " + zone + ", 'PublicNetworkGuru', 'Setup', 1, " + domainId + ", " + accountId + ", NOW())");
            networkId = insert(c, "INSERT INTO networks (uuid, name, traffic_type, broadcast_domain_type, cidr, gateway, network_offering_id, data_center_id, guru_name, state, related, domain_id, account_id, guest_type, created) "
                    + "VALUES (UUID(), 'guest', 'Guest', 'Vlan', '10.1.1.0/24', '10.1.1.1', 2, " + zone + ", 'ExternalGuestNetworkGuru', 'Implemented', 1, " + domainId + ", " + accountId + ", 'Isolated', NOW())");
            vpcId = insert(c, "INSERT INTO vpc (uuid, name, cidr, vpc_offering_id, zone_id, state, domain_id, account_id, created) VALUES (UUID(), 'vpc1', '10.2.0.0/16', 1, " + zone + ", 'Enabled', " + domainId + ", " + accountId + ", NOW())");
            vpcTierId = insert(c, "INSERT INTO networks (uuid, name, traffic_type, broadcast_domain_type, cidr, network_offering_id, data_center_id, guru_name, state, related, domain_id, account_id, vpc_id, guest_type, created) "
                    + "VALUES (UUID(), 'tier1', 'Guest', 'Vlan', '10.2.1.0/24', 3, " + zone + ", 'VpcGuru', 'Implemented', 1, " + domainId + ", " + accountId + ", " + vpcId + ", 'Isolated', NOW())");
            long vlan = insert(c, "INSERT INTO vlan (uuid, vlan_id, vlan_gateway, vlan_netmask, description, vlan_type, data_center_id, network_id, physical_network_id) "
                    + "VALUES (UUID(), 'untagged', '203.0.113.1', '255.255.255.0', '203.0.113.10-203.0.113.99', 'VirtualNetwork', " + zone + ", " + publicNetwork + ", 1)");
            ip1 = publicIp(c, "203.0.113.10", zone, vlan, publicNetwork, networkId, null);
            ip2 = publicIp(c, "203.0.113.11", zone, vlan, publicNetwork, networkId, null);
            ip3 = publicIp(c, "203.0.113.12", zone, vlan, publicNetwork, null, vpcId);
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to seed the core tables: " + e.getMessage(), e);
        }
        return db;
    }

    private static long publicIp(Connection c, String address, long zone, long vlan, long sourceNetwork, Long network, Long vpc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_ip_address (uuid, account_id, domain_id, public_ip_address, data_center_id, vlan_db_id, state, mac_address, "
                + "source_network_id, network_id, physical_network_id, vpc_id, allocated, created) VALUES (UUID(), ?, ?, ?, ?, ?, 'Allocated', 1, ?, ?, 1, ?, NOW(), NOW())",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, accountId);
            ps.setLong(2, domainId);
            ps.setString(3, address);
            ps.setLong(4, zone);
            ps.setLong(5, vlan);
            ps.setLong(6, sourceNetwork);
            ps.setObject(7, network);
            ps.setObject(8, vpc);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void emptyWireGuardTables() {
        db.truncate("wireguard_vpn_user", "wireguard_vpn");
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
    }

    static String raw(String table, long id, String column) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT `" + column + "` FROM `" + table + "` WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A syntactically valid WireGuard key (44-character base64 of 32 bytes) derived from a seed. */
    static String key(int seed) {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte)(seed * 31 + i);
        }
        return java.util.Base64.getEncoder().encodeToString(raw);
    }
}
