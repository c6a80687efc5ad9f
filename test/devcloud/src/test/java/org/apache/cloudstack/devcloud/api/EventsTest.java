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
package org.apache.cloudstack.devcloud.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * @ActionEvent methods leave CloudStack's events (through ActionEventUtils), listEvents shows them
 * to whom may see them.
 */
class EventsTest {

    static TestCloud cloud;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
    }

    private static List<JsonObject> events(ApiClient client, String... kv) {
        ApiClient.Reply r = client.signed("listEvents", kv);
        assertEquals(200, r.status, r.body);
        List<JsonObject> list = new ArrayList<>();
        if (r.inner().has("event")) {
            for (JsonElement e : r.inner().getAsJsonArray("event")) {
                list.add(e.getAsJsonObject());
            }
        }
        return list;
    }

    @Test
    void actionEventsAreRecordedWithCallerTypeLevelAndDescription() {
        ApiClient bob = cloud.client(cloud.bob);
        assertEquals(200, bob.signed("testEvent", "name", "peer1").status);
        List<JsonObject> deletes = events(bob, "type", "WG.USER.DELETE");
        assertTrue(deletes.size() >= 2, deletes.toString());
        JsonObject completed = deletes.stream().filter(e -> "Completed".equals(e.get("state").getAsString())).findFirst().orElseThrow();
        assertEquals("INFO", completed.get("level").getAsString());
        assertEquals("Successfully completed deleting WireGuard user", completed.get("description").getAsString());
        assertEquals(cloud.bob.username, completed.get("account").getAsString());
        assertEquals(cloud.bob.username, completed.get("username").getAsString());
        assertEquals(cloud.d1.getUuid(), completed.get("domainid").getAsString());
        assertTrue(completed.get("created").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}"));
        JsonObject started = deletes.stream().filter(e -> "Started".equals(e.get("state").getAsString())).findFirst().orElseThrow();
        assertEquals("Starting job for deleting WireGuard user", started.get("description").getAsString());
        JsonObject created = events(bob, "type", "WG.USER.CREATE").get(0);
        assertEquals("Created", created.get("state").getAsString());
        assertEquals("Successfully created entity for creating WireGuard user", created.get("description").getAsString());
    }

    @Test
    void failedCallsLeaveAnErrorEvent() {
        ApiClient carol = cloud.client(cloud.carol);
        ApiClient.Reply r = carol.signed("testEvent", "name", "peer2", "fail", "true");
        assertEquals(530, r.status);
        List<JsonObject> errors = events(carol, "type", "WG.USER.DELETE", "level", "ERROR");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Error while deleting WireGuard user", errors.get(0).get("description").getAsString());
    }

    @Test
    void asyncCommandsLeaveAScheduledEvent() {
        ApiClient alice = cloud.client(cloud.alice);
        String jobId = alice.signed("testJob", "tag", "evented").inner().get("jobid").getAsString();
        alice.waitForJob(jobId);
        List<JsonObject> scheduled = events(alice, "type", "TEST.ASYNC");
        assertTrue(scheduled.stream().anyMatch(e -> "Scheduled".equals(e.get("state").getAsString())
            && "running test job evented".equals(e.get("description").getAsString())), scheduled.toString());
    }

    @Test
    void tenantsSeeTheirOwnEventsAdminsTheirScope() {
        ApiClient bob = cloud.client(cloud.bob);
        assertEquals(200, bob.signed("testEvent", "name", "peer3").status);
        for (JsonObject e : events(cloud.client(cloud.carol), "listall", "true")) {
            assertEquals(cloud.carol.username, e.get("account").getAsString());
        }
        assertTrue(events(cloud.client(cloud.domainAdmin), "listall", "true", "type", "WG.USER.DELETE").stream()
            .anyMatch(e -> cloud.bob.username.equals(e.get("account").getAsString())));
        assertFalse(events(cloud.client(cloud.domainAdmin), "listall", "true").stream()
            .anyMatch(e -> cloud.carol.username.equals(e.get("account").getAsString())));
        assertTrue(events(cloud.client(cloud.admin), "listall", "true", "type", "WG.USER.DELETE").stream()
            .anyMatch(e -> cloud.bob.username.equals(e.get("account").getAsString())));
    }
}
