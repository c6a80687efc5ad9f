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

package com.cloud.utils.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.cloud.utils.crypt.EncryptionSecretKeyChecker;
import com.cloud.utils.exception.CloudRuntimeException;

/** TransactionLegacy and the encryption secret configured from db.properties keys, as CloudStack reads them. */
class DataSourceConfigTest extends DbTestBase {

    @AfterEach
    void restore() {
        TransactionLegacy.initDataSource(db.dbProperties());
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
    }

    private static Properties hostPortKeys() {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        Properties props = new Properties();
        props.setProperty("db.cloud.host", uri.getHost());
        props.setProperty("db.cloud.port", String.valueOf(uri.getPort()));
        props.setProperty("db.cloud.name", uri.getPath().substring(1));
        props.setProperty("db.cloud.username", db.username());
        props.setProperty("db.cloud.password", db.password());
        props.setProperty("db.cloud.maxActive", "5");
        return props;
    }

    @Test
    void urlIsBuiltFromHostPortAndName() {
        Properties props = new Properties();
        props.setProperty("db.cloud.host", "db.example");
        props.setProperty("db.cloud.port", "3307");
        props.setProperty("db.cloud.name", "cloud");
        props.setProperty("db.cloud.url.params", "serverTimezone=UTC");
        String url = TransactionLegacy.connectionUri(props);
        assertTrue(url.startsWith("jdbc:mysql://db.example:3307/cloud?autoReconnect=true&serverTimezone=UTC"), url);
        props.setProperty("db.cloud.uri", "jdbc:mariadb://other:1/cloud");
        assertEquals("jdbc:mariadb://other:1/cloud", TransactionLegacy.connectionUri(props), "a full URI wins");
    }

    @Test
    void cloudStacksDbPropertiesKeysReachTheDatabase() throws Exception {
        // CloudStack's db.properties says jdbc:mysql (the default driver); the MariaDB driver serves it
        TransactionLegacy.initDataSource(hostPortKeys());
        dao.persist(new ItemVO("via-host-port", ItemVO.State.Active, 1L));
        assertEquals("via-host-port", dao.findByName("via-host-port").getName());
        try (Connection c = TransactionLegacy.getStandaloneConnectionWithException();
             PreparedStatement ps = c.prepareStatement("SELECT @@transaction_isolation");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("READ-COMMITTED", rs.getString(1), "CloudStack's default isolation");
        }
    }

    @Test
    void dbEncryptSecretFromDbPropertiesKeysTheColumns() {
        Properties props = db.dbProperties();
        props.setProperty("db.cloud.encrypt.secret", "a-db-specific-secret");
        TransactionLegacy.initDataSource(props);
        ItemVO vo = new ItemVO("db-secret", ItemVO.State.Active, 1L);
        vo.setSecret("hush");
        long id = dao.persist(vo).getId();
        // the management server secret alone cannot read it
        TransactionLegacy.initDataSource(db.dbProperties());
        assertThrows(CloudRuntimeException.class, () -> dao.findById(id));
    }

    @Test
    void encryptionTypeEnvNeedsCloudSecretKey() {
        EncryptionSecretKeyChecker.resetEncryptor();
        Properties props = new Properties();
        props.setProperty(DbProperties.dbEncryptionType, "env");
        if (System.getenv("CLOUD_SECRET_KEY") == null) {
            CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> new EncryptionSecretKeyChecker().check(props, DbProperties.dbEncryptionType));
            assertTrue(e.getMessage().contains("CLOUD_SECRET_KEY"), e.getMessage());
            assertFalse(EncryptionSecretKeyChecker.useEncryption());
        }
    }

    @Test
    void encryptionTypeNoneLeavesEncryptionOffAndUnknownTypesFail() throws IOException {
        EncryptionSecretKeyChecker.resetEncryptor();
        Properties props = new Properties();
        props.setProperty(DbProperties.dbEncryptionType, "none");
        new EncryptionSecretKeyChecker().check(props, DbProperties.dbEncryptionType);
        assertFalse(EncryptionSecretKeyChecker.useEncryption());
        props.setProperty(DbProperties.dbEncryptionType, "web");
        assertThrows(CloudRuntimeException.class, () -> new EncryptionSecretKeyChecker().check(props, DbProperties.dbEncryptionType));
    }
}
