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

package org.apache.cloudstack.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.cloudstack.framework.config.impl.ConfigDepotImpl;
import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.utils.crypt.EncryptionSecretKeyChecker;
import com.cloud.utils.exception.CloudRuntimeException;

/** ConfigKeys on CloudStack's configuration table. */
class ConfigDepotTest {
    static final ConfigKey<Integer> Mtu = new ConfigKey<>("Network", Integer.class, "wireguard.test.mtu", "1420",
            "Tunnel MTU", true, ConfigKey.Scope.Account);
    static final ConfigKey<Boolean> Enabled = new ConfigKey<>(ConfigKey.CATEGORY_NETWORK, Boolean.class, "wireguard.test.enabled", "false",
            "Whether the feature is on", false);
    static final ConfigKey<String> Dns = new ConfigKey<>(String.class, "wireguard.test.dns", "Network", "203.0.113.53",
            "DNS for clients", true, ConfigKey.Scope.Global, null);
    static final ConfigKey<Long> Multiplied = new ConfigKey<>(Long.class, "wireguard.test.timeout", ConfigKey.CATEGORY_ADVANCED, "3",
            "Timeout in seconds", true, ConfigKey.Scope.Global, 1000L);
    static final ConfigKey<String> Token = new ConfigKey<>("Secure", String.class, "wireguard.test.token", "s3cr3t-default",
            "A secret setting", true);

    static EmbeddedMariaDb db;
    ConfigDepotImpl depot;

    static class Component implements Configurable {
        private final ConfigKey<?>[] keys;
        private final String name;

        Component(String name, ConfigKey<?>... keys) {
            this.name = name;
            this.keys = keys;
        }

        @Override
        public String getConfigComponentName() {
            return name;
        }

        @Override
        public ConfigKey<?>[] getConfigKeys() {
            return keys;
        }
    }

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedMariaDb.withTransactionLegacy();
        db.runScript(EmbeddedMariaDb.coreSchema());
    }

    @AfterAll
    static void noDepot() {
        ConfigKey.init(null);
    }

    @BeforeEach
    void freshTable() {
        db.runSql("DELETE FROM `configuration` WHERE name LIKE 'wireguard.test.%'");
        EncryptionSecretKeyChecker.initEncryptor("config-test-secret");
        depot = new ConfigDepotImpl();
        depot.setConfigurables(List.of(new Component("WireGuardTest", Mtu, Enabled, Dns, Multiplied, Token)));
    }

    private static String column(String name, String column) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT `" + column + "` FROM `configuration` WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setValue(String name, String value) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE `configuration` SET value = ? WHERE name = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void defaultAppliesWhenTheTableHasNoRow() {
        assertEquals(1420, Mtu.value());
        assertEquals("203.0.113.53", Dns.value());
    }

    @Test
    void populateInsertsMissingRowsWithDefaultsAndMetadata() throws SQLException {
        depot.populateConfigurations();
        assertEquals("1420", column("wireguard.test.mtu", "value"));
        assertEquals("1420", column("wireguard.test.mtu", "default_value"));
        assertEquals("Network", column("wireguard.test.mtu", "category"));
        assertEquals("WireGuardTest", column("wireguard.test.mtu", "component"));
        assertEquals("DEFAULT", column("wireguard.test.mtu", "instance"));
        assertEquals("1", column("wireguard.test.mtu", "is_dynamic"));
        assertEquals(String.valueOf(ConfigKey.Scope.Account.getBitValue()), column("wireguard.test.mtu", "scope"));
        assertEquals("Tunnel MTU", column("wireguard.test.mtu", "description"));
        assertTrue(depot.isNewConfig(Mtu));
        assertSame(Mtu, depot.get("wireguard.test.mtu"));
        assertTrue(depot.getConfigListByScope("Account").contains(Mtu));
    }

    @Test
    void valueComesFromTheTable() throws SQLException {
        depot.populateConfigurations();
        setValue("wireguard.test.dns", "203.0.113.1,203.0.113.2");
        assertEquals("203.0.113.1,203.0.113.2", Dns.value());
    }

    @Test
    void dynamicKeySeesAChangeWithoutRestart() throws SQLException {
        depot.populateConfigurations();
        assertEquals(1420, Mtu.value());
        setValue("wireguard.test.mtu", "1380");
        assertEquals(1380, Mtu.value());
        depot.set(Mtu, 1400);
        assertEquals(1400, Mtu.value());
    }

    @Test
    void staticKeyKeepsItsFirstValue() throws SQLException {
        ConfigKey<Boolean> fresh = new ConfigKey<>(ConfigKey.CATEGORY_NETWORK, Boolean.class, "wireguard.test.enabled", "false", "Whether the feature is on", false);
        depot.populateConfigurations();
        setValue("wireguard.test.enabled", "true");
        assertTrue(fresh.value());
        setValue("wireguard.test.enabled", "false");
        assertTrue(fresh.value(), "a non-dynamic key needs a restart to change");
    }

    @Test
    void populateKeepsTheAdministratorsValue() throws SQLException {
        depot.populateConfigurations();
        setValue("wireguard.test.dns", "203.0.113.9");
        ConfigDepotImpl restarted = new ConfigDepotImpl();
        restarted.setConfigurables(List.of(new Component("WireGuardTest", Mtu, Enabled, Dns, Multiplied, Token)));
        restarted.populateConfigurations();
        assertEquals("203.0.113.9", Dns.value());
        assertFalse(restarted.isNewConfig(Dns));
    }

    @Test
    void multiplierScalesTheValue() {
        depot.populateConfigurations();
        assertEquals(3000L, Multiplied.value());
    }

    @Test
    void scopedValueFallsBackToTheGlobalOne() {
        depot.populateConfigurations();
        assertEquals(1420, Mtu.valueIn(42L));
        depot.setScopedStorages(List.of(new ScopedConfigStorage() {
            @Override
            public ConfigKey.Scope getScope() {
                return ConfigKey.Scope.Account;
            }

            @Override
            public String getConfigValue(long id, String key) {
                return id == 42L && key.equals("wireguard.test.mtu") ? "1280" : null;
            }
        }));
        assertEquals(1280, Mtu.valueIn(42L));
        assertEquals(1420, Mtu.valueIn(43L));
        assertEquals(1420, Mtu.valueIn(null));
    }

    @Test
    void secureSettingsAreEncryptedInTheTable() throws SQLException {
        depot.populateConfigurations();
        String stored = column("wireguard.test.token", "value");
        assertNotEquals("s3cr3t-default", stored);
        assertTrue(stored.startsWith("v1:"));
        assertEquals("s3cr3t-default", Token.value());
    }

    @Test
    void aKeyClaimedByTwoComponentsIsRefused() {
        depot.populateConfigurations();
        assertThrows(CloudRuntimeException.class, () -> depot.populateConfiguration(new Component("Other", Dns)));
    }

    @Test
    void badValueInTheTableFailsWithTheSettingsName() throws SQLException {
        depot.populateConfigurations();
        setValue("wireguard.test.mtu", "big");
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, Mtu::value);
        assertTrue(e.getMessage().contains("wireguard.test.mtu"), e.getMessage());
    }

    @Test
    void keyMetadataIsAsDeclared() {
        assertEquals("Network", Mtu.category());
        assertEquals(Integer.class, Mtu.type());
        assertEquals("wireguard.test.mtu", Mtu.key());
        assertEquals("1420", Mtu.defaultValue());
        assertEquals("Tunnel MTU", Mtu.description());
        assertTrue(Mtu.isDynamic());
        assertFalse(Enabled.isDynamic());
        assertEquals(List.of(ConfigKey.Scope.Account), Mtu.getScopes());
        assertNull(Mtu.multiplier());
    }
}
