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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.cloud.utils.crypt.DBEncryptionUtil;
import com.cloud.utils.crypt.EncryptionSecretKeyChecker;
import com.cloud.utils.exception.CloudRuntimeException;

/** Encryption at rest of @Encrypt columns, read back with plain JDBC. */
class EncryptedColumnTest extends DbTestBase {
    private static final String PLAIN = "aGVsbG8gd29ybGQgdGhpcyBpcyBhIGtleSEhISEhISE=";

    @AfterEach
    void restoreSecret() {
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
    }

    private static String raw(long id) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT secret FROM shim_item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static void writeRaw(long id, String value) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE shim_item SET secret = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static long persistWithSecret(String name, String secret) {
        ItemVO vo = new ItemVO(name, ItemVO.State.Active, 1L);
        vo.setSecret(secret);
        return dao.persist(vo).getId();
    }

    @Test
    void storedValueIsNotThePlaintextAndDecryptsBack() throws SQLException {
        long id = persistWithSecret("k", PLAIN);
        String stored = raw(id);
        assertFalse(stored.contains(PLAIN));
        assertFalse(stored.contains("aGVsbG8"));
        assertEquals(PLAIN, dao.findById(id).getSecret());
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() throws SQLException {
        long a = persistWithSecret("a", PLAIN);
        long b = persistWithSecret("b", PLAIN);
        assertNotEquals(raw(a), raw(b), "a fresh nonce per value");
        assertNotEquals(DBEncryptionUtil.encrypt(PLAIN), DBEncryptionUtil.encrypt(PLAIN));
    }

    @Test
    void tamperedCiphertextIsDetected() throws SQLException {
        long id = persistWithSecret("t", PLAIN);
        String stored = raw(id);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length / 2] ^= 0x01;
        writeRaw(id, "v1:" + Base64.getEncoder().encodeToString(bytes));
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> dao.findById(id));
        assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
        assertFalse(e.getMessage().contains(stored));
    }

    @Test
    void plaintextPlantedInTheColumnIsRejected() throws SQLException {
        long id = persistWithSecret("p", PLAIN);
        writeRaw(id, PLAIN);
        assertThrows(CloudRuntimeException.class, () -> dao.findById(id));
    }

    @Test
    void anotherSecretCannotDecrypt() {
        long id = persistWithSecret("w", PLAIN);
        EncryptionSecretKeyChecker.initEncryptor("some-other-secret");
        assertThrows(CloudRuntimeException.class, () -> dao.findById(id));
    }

    @Test
    void withoutASecretEncryptedColumnsFailLoudlyAndNothingIsStored() {
        EncryptionSecretKeyChecker.resetEncryptor();
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> persistWithSecret("none", PLAIN));
        assertTrue(e.getMessage().contains("CLOUD_SECRET_KEY"), e.getMessage());
        assertEquals(0, dao.countAll());
    }

    @Test
    void nullAndEmptyNeedNoSecret() {
        EncryptionSecretKeyChecker.resetEncryptor();
        long id = persistWithSecret("empty", null);
        assertEquals(null, dao.findById(id).getSecret());
        assertEquals("", DBEncryptionUtil.encrypt(""));
    }
}
