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
package com.cloud.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackNoReturn;
import com.cloud.utils.db.TransactionStatus;

class ActionEventUtilsTest {
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedMariaDb.withTransactionLegacy();
        // CloudStack's own account and event tables, as devcloud creates them
        db.runScript(EmbeddedMariaDb.coreSchema());
        db.runSql("INSERT IGNORE INTO domain (id, uuid, name, owner, path) VALUES (3, 'event-test-domain', 'events', 1, '/events/')");
        db.runSql("INSERT IGNORE INTO account (id, uuid, account_name, type, domain_id) VALUES (7, 'event-test-account', 'events', 0, 3)");
    }

    @BeforeEach
    void emptyEventTable() {
        db.truncate("event");
    }

    @Test
    void completedEventIsRecordedWithTheAccountsDomain() throws SQLException {
        Long id = ActionEventUtils.onActionEvent(2L, 7L, null, "WG.USER.DELETE", "Deleted WireGuard user alice", 42L, "WgUser");

        assertNotNull(id);
        try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement(
                "SELECT type, state, level, domain_id, resource_id, resource_type, description FROM event WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("WG.USER.DELETE", rs.getString(1));
                assertEquals("Completed", rs.getString(2));
                assertEquals("INFO", rs.getString(3));
                assertEquals(3L, rs.getLong(4));
                assertEquals(42L, rs.getLong(5));
                assertEquals("WgUser", rs.getString(6));
                assertEquals("Deleted WireGuard user alice", rs.getString(7));
            }
        }
    }

    @Test
    void errorEventSurvivesTheRollbackOfTheFailedWork() throws SQLException {
        try {
            Transaction.execute(new TransactionCallbackNoReturn() {
                @Override
                public void doInTransactionWithoutResult(TransactionStatus status) {
                    db.runSql("SELECT 1");
                    ActionEventUtils.onCompletedActionEvent(2L, 7L, "ERROR", "WG.VPN.CREATE", "Failed to create a WireGuard VPN", 5L, "WgVpn", 0L);
                    throw new IllegalStateException("the VR did not answer");
                }
            });
        } catch (IllegalStateException expected) {
            // the work failed and was rolled back
        }

        assertEquals(1, count("SELECT COUNT(*) FROM event WHERE type = 'WG.VPN.CREATE' AND level = 'ERROR'"));
    }

    @Test
    void eventWithoutTypeIsNotRecorded() throws SQLException {
        assertNull(ActionEventUtils.onActionEvent(2L, 7L, 3L, "", "nothing", null, null));
        assertEquals(0, count("SELECT COUNT(*) FROM event"));
    }

    private static int count(String sql) throws SQLException {
        try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
