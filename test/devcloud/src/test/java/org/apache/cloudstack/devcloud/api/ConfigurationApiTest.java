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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Global settings over HTTP: the ConfigDepot fills the configuration table with every Configurable bean's keys at
 * start, listConfigurations shows them as CloudStack does, updateConfiguration changes a dynamic key without a
 * restart, and refuses what CloudStack refuses with its texts.
 */
class ConfigurationApiTest {

    static TestCloud cloud;
    static ApiClient admin;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        admin = cloud.client(cloud.admin);
    }

    @BeforeEach
    void defaults() {
        // the database may outlive a run: every test starts from the declared defaults
        assertEquals(200, admin.signed("updateConfiguration", "name", TestSettings.Dynamic.key(), "value", "5").status);
        assertEquals(200, admin.signed("updateConfiguration", "name", TestSettings.Flag.key(), "value", "false").status);
    }

    private static JsonObject listedOne(String name) {
        ApiClient.Reply r = admin.signed("listConfigurations", "name", name);
        assertEquals(200, r.status, r.body);
        JsonObject inner = r.inner();
        for (JsonElement e : inner.getAsJsonArray("configuration")) {
            if (name.equals(e.getAsJsonObject().get("name").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(name + " is not listed: " + r.body);
    }

    private static List<String> names(ApiClient.Reply r) {
        List<String> names = new ArrayList<>();
        JsonObject inner = r.inner();
        if (inner.has("configuration")) {
            for (JsonElement e : inner.getAsJsonArray("configuration")) {
                names.add(e.getAsJsonObject().get("name").getAsString());
            }
        }
        return names;
    }

    @Test
    void configurableKeysHaveTheirRowsWithCloudStacksFields() {
        JsonObject cfg = listedOne("devcloud.test.dynamic");
        assertEquals("5", cfg.get("value").getAsString());
        assertEquals("5", cfg.get("defaultvalue").getAsString());
        assertEquals(TestSettings.CATEGORY, cfg.get("category").getAsString());
        assertEquals("A dynamic number: a change is read at the next value()", cfg.get("description").getAsString());
        assertTrue(cfg.get("isdynamic").getAsBoolean());
        assertEquals("global", cfg.get("scope").getAsString());
        assertEquals("DevCloudTestSettings", cfg.get("component").getAsString());
        assertEquals("Number", cfg.get("type").getAsString());
        assertFalse(listedOne("devcloud.test.flag").get("isdynamic").getAsBoolean());
        assertEquals("Boolean", listedOne("devcloud.test.flag").get("type").getAsString());
    }

    @Test
    void updateConfigurationChangesADynamicKeyWithoutARestart() {
        assertEquals(5, TestSettings.Dynamic.value());
        ApiClient.Reply r = admin.signed("updateConfiguration", "name", "devcloud.test.dynamic", "value", " 42 ");
        assertEquals(200, r.status, r.body);
        assertEquals("updateconfigurationresponse", r.topKey());
        JsonObject cfg = r.inner().getAsJsonObject("configuration");
        assertEquals("42", cfg.get("value").getAsString(), "the value is trimmed, as CloudStack does");
        assertEquals("5", cfg.get("defaultvalue").getAsString());
        assertEquals(42, TestSettings.Dynamic.value(), "the ConfigKey reads the table: no restart needed");
        assertEquals("42", listedOne("devcloud.test.dynamic").get("value").getAsString());
    }

    @Test
    void updateWithoutAValueChangesNothing() {
        ApiClient.Reply r = admin.signed("updateConfiguration", "name", "devcloud.test.dynamic");
        assertEquals(200, r.status, r.body);
        assertEquals("5", r.inner().getAsJsonObject("configuration").get("value").getAsString());
    }

    @Test
    void unknownNameIsRefusedWithCloudStacksText() {
        ApiClient.Reply r = admin.signed("updateConfiguration", "name", "devcloud.test.nosuch", "value", "1");
        assertEquals(431, r.status, r.body);
        assertEquals("Config parameter with name devcloud.test.nosuch doesn't exist", r.inner().get("errortext").getAsString());
    }

    @Test
    void aValueNotOfTheKeysTypeIsRefusedAndTheOldOneStays() {
        ApiClient.Reply number = admin.signed("updateConfiguration", "name", "devcloud.test.dynamic", "value", "many");
        assertEquals(431, number.status, number.body);
        assertEquals("There was error in trying to parse value: many. Please enter a valid integer value for parameter devcloud.test.dynamic",
            number.inner().get("errortext").getAsString());
        ApiClient.Reply bool = admin.signed("updateConfiguration", "name", "devcloud.test.flag", "value", "yes");
        assertEquals(431, bool.status, bool.body);
        assertEquals("Please enter either 'true' or 'false'.", bool.inner().get("errortext").getAsString());
        assertEquals(5, TestSettings.Dynamic.value());
    }

    @Test
    void tenantsGetCloudStacksRefusalForBothCommands() {
        ApiClient alice = cloud.client(cloud.alice);
        ApiClient.Reply update = alice.signed("updateConfiguration", "name", "devcloud.test.dynamic", "value", "7");
        assertEquals(432, update.status, update.body);
        assertEquals("The API [updateConfiguration] does not exist or is not available for the account " + cloud.alice.account + ".",
            update.inner().get("errortext").getAsString());
        assertEquals(432, alice.signed("listConfigurations").status);
        assertEquals(432, cloud.client(cloud.domainAdmin).signed("updateConfiguration", "name", "devcloud.test.dynamic", "value", "7").status);
        assertEquals(5, TestSettings.Dynamic.value(), "nothing changed");
    }

    @Test
    void listFiltersByCategoryAndKeywordPagesAndNeverShowsHiddenOrClearSecrets() {
        ApiClient.Reply byCategory = admin.signed("listConfigurations", "category", TestSettings.CATEGORY);
        assertEquals(List.of("devcloud.test.dynamic", "devcloud.test.flag"), names(byCategory), "sorted by name");
        assertEquals(2, byCategory.inner().get("count").getAsInt());

        List<String> byKeyword = names(admin.signed("listConfigurations", "keyword", "read once"));
        assertEquals(List.of("devcloud.test.flag"), byKeyword, "the keyword matches descriptions too");

        ApiClient.Reply page2 = admin.signed("listConfigurations", "category", TestSettings.CATEGORY, "page", "2", "pagesize", "1");
        assertEquals(List.of("devcloud.test.flag"), names(page2));
        assertEquals(2, page2.inner().get("count").getAsInt(), "count is the total, not the page");

        assertTrue(names(admin.signed("listConfigurations", "name", "devcloud.test")).containsAll(List.of("devcloud.test.dynamic", "devcloud.test.token")));
        assertFalse(names(admin.signed("listConfigurations", "name", "devcloud.test")).contains("devcloud.test.internal"), "Hidden is never listed");
        JsonObject token = listedOne("devcloud.test.token");
        assertNotEquals("s3cr3t-token", token.get("value").getAsString(), "a Secure value leaves the server encrypted");
        assertEquals("s3cr3t-token", TestSettings.Token.value());
    }
}
