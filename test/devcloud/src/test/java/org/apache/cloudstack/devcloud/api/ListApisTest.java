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

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * listApis read the way cmk's sync and the UI read it: cmk type-asserts every field and panics on a
 * missing one, the UI hides features whose APIs are absent.
 */
class ListApisTest {

    static TestCloud cloud;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
    }

    private static Map<String, JsonObject> apis(ApiClient client) {
        ApiClient.Reply r = client.signed("listApis", "listall", "true");
        assertEquals(200, r.status, r.body);
        JsonObject inner = r.inner();
        JsonArray api = inner.getAsJsonArray("api");
        assertEquals(inner.get("count").getAsInt(), api.size());
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonElement e : api) {
            JsonObject a = e.getAsJsonObject();
            byName.put(a.get("name").getAsString(), a);
        }
        return byName;
    }

    /** What cmk's config.LoadCache asserts with Go type assertions. */
    private static void assertCmkReadable(JsonObject a) {
        String name = a.get("name").getAsJsonPrimitive().getAsString();
        assertTrue(a.get("name").getAsJsonPrimitive().isString(), name);
        assertTrue(a.get("isasync").getAsJsonPrimitive().isBoolean(), name);
        assertTrue(a.get("description").getAsJsonPrimitive().isString(), name);
        assertTrue(a.get("params").isJsonArray(), name);
        assertTrue(a.get("response").isJsonArray(), name);
        for (JsonElement p : a.getAsJsonArray("params")) {
            JsonObject param = p.getAsJsonObject();
            assertTrue(param.get("name").getAsJsonPrimitive().isString(), name + " " + param);
            assertTrue(param.get("type").getAsJsonPrimitive().isString(), name + " " + param);
            assertTrue(param.get("required").getAsJsonPrimitive().isBoolean(), name + " " + param);
            assertTrue(param.get("description").getAsJsonPrimitive().isString(), name + " " + param);
            assertTrue(param.get("length").getAsJsonPrimitive().isNumber(), name + " " + param);
            assertTrue(Set.of("boolean", "date", "float", "double", "integer", "short", "list", "long", "object", "map", "string", "uuid")
                .contains(param.get("type").getAsString()), param.toString());
        }
        for (JsonElement f : a.getAsJsonArray("response")) {
            JsonObject field = f.getAsJsonObject();
            assertTrue(field.get("name").getAsJsonPrimitive().isString(), name + " " + field);
            assertTrue(field.get("type").getAsJsonPrimitive().isString(), name + " " + field);
            assertTrue(field.get("description").getAsJsonPrimitive().isString(), name + " " + field);
        }
    }

    @Test
    void everyApiHasTheFieldsCmkAndTheUiNeed() {
        Map<String, JsonObject> all = apis(cloud.client(cloud.admin));
        assertFalse(all.isEmpty());
        all.values().forEach(ListApisTest::assertCmkReadable);
        for (String api : new String[] {"login", "logout", "listApis", "listUsers", "listCapabilities", "listLdapConfigurations", "cloudianIsEnabled",
            "listIdps", "listGuiThemes", "listOauthProvider", "listAccounts", "listDomains", "queryAsyncJobResult", "listAsyncJobs", "listEvents"}) {
            assertTrue(all.containsKey(api), api);
        }
    }

    @Test
    void shapeFollowsTheAnnotations() {
        Map<String, JsonObject> all = apis(cloud.client(cloud.admin));
        JsonObject echo = all.get("testEcho");
        assertEquals("echoes its parameters", echo.get("description").getAsString());
        assertEquals("4.22.0", echo.get("since").getAsString());
        assertFalse(echo.get("isasync").getAsBoolean());
        JsonObject name = param(echo, "name");
        assertEquals("string", name.get("type").getAsString());
        assertEquals(10, name.get("length").getAsInt());
        assertTrue(name.get("required").getAsBoolean());
        assertFalse(name.has("related"));
        JsonObject domainid = param(echo, "domainid");
        assertEquals("uuid", domainid.get("type").getAsString());
        assertEquals("4.22.0", domainid.get("since").getAsString());
        // a UUID parameter relates to the list APIs answering that entity
        assertEquals("listDomains", domainid.get("related").getAsString());
        assertEquals("list", param(echo, "words").get("type").getAsString());
        assertEquals("map", param(echo, "details").get("type").getAsString());

        assertTrue(all.get("testJob").get("isasync").getAsBoolean());
        assertTrue(all.get("testCreate").get("isasync").getAsBoolean());
        // BaseCmd's own parameters (response) and BaseAsyncCmd's are not listed; BaseListCmd's are
        assertFalse(hasParam(all.get("testJob"), "response"));
        assertFalse(hasParam(all.get("testJob"), "starteventid"));
        assertTrue(hasParam(all.get("testList"), "page"));
        assertTrue(hasParam(all.get("testList"), "pagesize"));
        assertTrue(hasParam(all.get("testList"), "keyword"));

        JsonObject users = all.get("listUsers");
        JsonObject roletype = field(users, "roletype");
        assertEquals("string", roletype.get("type").getAsString());
        assertEquals("date", field(users, "created").get("type").getAsString());
        JsonObject accountUsers = field(all.get("listAccounts"), "user");
        assertEquals("list", accountUsers.get("type").getAsString());
        assertTrue(accountUsers.getAsJsonArray("response").size() > 5, "nested response fields");
        // testEcho, testJob, testCreate and testList answer the same response class
        assertTrue(all.get("testEcho").get("related").getAsString().contains("testList"));
    }

    private static JsonObject param(JsonObject api, String name) {
        for (JsonElement p : api.getAsJsonArray("params")) {
            if (name.equals(p.getAsJsonObject().get("name").getAsString())) {
                return p.getAsJsonObject();
            }
        }
        throw new AssertionError("no parameter " + name + " in " + api.get("name"));
    }

    private static boolean hasParam(JsonObject api, String name) {
        for (JsonElement p : api.getAsJsonArray("params")) {
            if (name.equals(p.getAsJsonObject().get("name").getAsString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject field(JsonObject api, String name) {
        for (JsonElement p : api.getAsJsonArray("response")) {
            if (name.equals(p.getAsJsonObject().get("name").getAsString())) {
                return p.getAsJsonObject();
            }
        }
        throw new AssertionError("no response field " + name + " in " + api.get("name"));
    }

    @Test
    void eachRoleSeesOnlyWhatItMayCall() {
        Map<String, JsonObject> admin = apis(cloud.client(cloud.admin));
        Map<String, JsonObject> user = apis(cloud.client(cloud.alice));
        Map<String, JsonObject> domainAdmin = apis(cloud.client(cloud.domainAdmin));
        assertTrue(admin.containsKey("testAdminOnly"));
        assertFalse(user.containsKey("testAdminOnly"));
        assertFalse(domainAdmin.containsKey("testAdminOnly"));
        assertTrue(user.containsKey("testEcho"));
        // parameters reserved for a role are left out for the others
        assertTrue(hasParam(admin.get("testEcho"), "adminonly"));
        assertFalse(hasParam(user.get("testEcho"), "adminonly"));
    }

    @Test
    void oneApiByName() {
        ApiClient.Reply r = cloud.client(cloud.alice).signed("listApis", "name", "testEcho");
        assertEquals(1, r.inner().get("count").getAsInt());
        assertEquals("testEcho", r.inner().getAsJsonArray("api").get(0).getAsJsonObject().get("name").getAsString());
        ApiClient.Reply missing = cloud.client(cloud.alice).signed("listApis", "name", "testAdminOnly");
        assertEquals(530, missing.status);
        // a ServerApiException keeps its own text, even for a user
        assertEquals("Api Discovery plugin was unable to find an api by that name or process any apis", missing.inner().get("errortext").getAsString());
    }
}
