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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpgradeScriptTest {
    static EmbeddedMariaDb db;

    @BeforeAll
    static void schema() {
        db = WgSchemaFixture.start();
    }

    private static Set<String> query(String sql, String... args) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    @Test
    void scriptIsAnUpgradeFrom42300To42400() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WgSchemaFixture.UPGRADE_SCRIPT)) {
            assertNotNull(in, "the script is packaged at CloudStack's upgrade path");
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sql.contains("Schema upgrade from 4.23.0.0 to 4.24.0.0"));
            assertTrue(sql.contains("CREATE TABLE IF NOT EXISTS `cloud`.`wireguard_vpn`"));
            assertTrue(sql.contains("CREATE TABLE IF NOT EXISTS `cloud`.`wireguard_vpn_user`"));
        }
    }

    @Test
    void runningTheScriptsAgainChangesNothing() throws SQLException {
        Set<String> before = query("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns WHERE table_schema = 'cloud'");
        db.runScript(EmbeddedMariaDb.coreSchema());
        db.runScript(WgSchemaFixture.UPGRADE_SCRIPT);
        assertEquals(before, query("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns WHERE table_schema = 'cloud'"));
    }

    @Test
    void foreignKeysPointAtCloudStacksTables() throws SQLException {
        assertEquals(Set.of("account", "domain", "firewall_rules", "networks", "user_ip_address", "vpc"),
                query("SELECT referenced_table_name FROM information_schema.referential_constraints WHERE constraint_schema = 'cloud' AND table_name = 'wireguard_vpn'"));
        assertEquals(Set.of("account", "domain", "wireguard_vpn"),
                query("SELECT referenced_table_name FROM information_schema.referential_constraints WHERE constraint_schema = 'cloud' AND table_name = 'wireguard_vpn_user'"));
    }

    @Test
    void uniqueKeysCoverOnlyLiveRows() throws SQLException {
        assertEquals(Set.of("uc_wireguard_vpn__addr_port_live", "uc_wireguard_vpn__network_port_live", "uc_wireguard_vpn__vpc_port_live",
                "uc_wireguard_vpn_user__vpn_ip4_live", "uc_wireguard_vpn_user__vpn_ip6_live",
                "uc_wireguard_vpn_user__vpn_public_key_live"),
                query("SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = 'cloud' AND column_name = 'live' AND non_unique = 0"));
        assertEquals(Set.of("STORED GENERATED"),
                query("SELECT extra FROM information_schema.columns WHERE table_schema = 'cloud' AND column_name = 'live' AND table_name LIKE 'wireguard%'"));
    }
}
