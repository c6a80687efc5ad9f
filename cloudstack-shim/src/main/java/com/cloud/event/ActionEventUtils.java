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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;

import org.apache.cloudstack.context.CallContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.db.TransactionLegacy;

/**
 * Shim of CloudStack's ActionEventUtils (server module): the static entry points plugins call to record
 * action events. Events are written to CloudStack's {@code event} table on their own connection, so an
 * event survives the rollback of the work it describes (a failed operation still leaves its ERROR event).
 */
public class ActionEventUtils {
    private static final Logger LOGGER = LogManager.getLogger(ActionEventUtils.class);

    private static final String LEVEL_INFO = "INFO";

    private enum State {
        Created, Scheduled, Started, Completed
    }

    private static final String INSERT = "INSERT INTO event (uuid, type, state, description, user_id, account_id, domain_id, resource_id, resource_type, created,"
            + " level, start_id, display) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static Long onActionEvent(Long userId, Long accountId, Long domainId, String type, String description, Long resourceId, String resourceType) {
        return persistActionEvent(userId, accountId, domainId, LEVEL_INFO, State.Completed, true, type, description, resourceId, resourceType, 0L);
    }

    /*
     * Save event after scheduling an async job
     */
    public static Long onScheduledActionEvent(Long userId, Long accountId, String type, String description, Long resourceId, String resourceType,
            boolean eventDisplayEnabled, long startEventId) {
        return persistActionEvent(userId, accountId, null, LEVEL_INFO, State.Scheduled, eventDisplayEnabled, type, description, resourceId, resourceType,
                startEventId);
    }

    public static void startNestedActionEvent(String eventType, String eventDescription, Long resourceId, String resourceType) {
        CallContext.setActionEventInfo(eventType, eventDescription);
        onStartedActionEventFromContext(eventType, eventDescription, resourceId, resourceType, true);
    }

    public static void onStartedActionEventFromContext(String eventType, String eventDescription, Long resourceId, String resourceType,
            boolean eventDisplayEnabled) {
        CallContext ctx = CallContext.current();
        long userId = ctx.getCallingUserId();
        long accountId = ctx.getCallingAccountId();
        long startEventId = ctx.getStartEventId();
        if (!eventType.equals("")) {
            Long eventId = onStartedActionEvent(userId, accountId, eventType, eventDescription, resourceId, resourceType, eventDisplayEnabled, startEventId);
            if (startEventId == 0 && eventId != null) {
                ctx.setStartEventId(eventId);
            }
        }
    }

    /*
     * Save event after starting execution of an async job
     */
    public static Long onStartedActionEvent(Long userId, Long accountId, String type, String description, Long resourceId, String resourceType,
            boolean eventDisplayEnabled, long startEventId) {
        return persistActionEvent(userId, accountId, null, LEVEL_INFO, State.Started, eventDisplayEnabled, type, description, resourceId, resourceType,
                startEventId);
    }

    public static Long onCompletedActionEvent(Long userId, Long accountId, String level, String type, String description, Long resourceId, String resourceType,
            long startEventId) {
        return onCompletedActionEvent(userId, accountId, level, type, true, description, resourceId, resourceType, startEventId);
    }

    public static Long onCompletedActionEvent(Long userId, Long accountId, String level, String type, boolean eventDisplayEnabled, String description,
            Long resourceId, String resourceType, long startEventId) {
        return persistActionEvent(userId, accountId, null, level, State.Completed, eventDisplayEnabled, type, description, resourceId, resourceType,
                startEventId);
    }

    public static Long onCreatedActionEvent(Long userId, Long accountId, String level, String type, boolean eventDisplayEnabled, String description,
            Long resourceId, String resourceType) {
        return persistActionEvent(userId, accountId, null, level, State.Created, eventDisplayEnabled, type, description, resourceId, resourceType, 0L);
    }

    private static Long persistActionEvent(Long userId, Long accountId, Long domainId, String level, State state, boolean eventDisplayEnabled, String type,
            String description, Long resourceId, String resourceType, long startEventId) {
        if (type == null || type.isEmpty() || userId == null || accountId == null) {
            return null;
        }
        try (Connection conn = TransactionLegacy.getStandaloneConnectionWithException()) {
            conn.setAutoCommit(true);
            long domain = domainId != null ? domainId : domainOf(conn, accountId);
            try (PreparedStatement ps = conn.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, type);
                ps.setString(3, state.name());
                ps.setString(4, truncate(description == null ? "" : description, 1024));
                ps.setLong(5, userId);
                ps.setLong(6, accountId);
                ps.setLong(7, domain);
                if (resourceId == null || resourceId <= 0) {
                    ps.setNull(8, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(8, resourceId);
                }
                ps.setString(9, resourceType == null || resourceType.isEmpty() ? null : truncate(resourceType, 32));
                ps.setTimestamp(10, new Timestamp(System.currentTimeMillis()));
                ps.setString(11, level == null ? LEVEL_INFO : level);
                ps.setLong(12, startEventId);
                ps.setBoolean(13, eventDisplayEnabled);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : null;
                }
            }
        } catch (SQLException e) {
            // CloudStack logs and carries on: an event that cannot be written never fails the operation it describes
            LOGGER.warn("Unable to save the {} event {}: {}", state, type, e.getMessage());
            return null;
        }
    }

    private static long domainOf(Connection conn, long accountId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT domain_id FROM account WHERE id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 1L;
            }
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
