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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The calls the CloudStack UI makes before and right after login (protocol reference §3.1): any
 * failure of the "fatal" ones logs the user out, so each must answer in the shape the UI reads.
 */
class UiBootstrapTest {

    static TestCloud cloud;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
    }

    @Test
    void beforeLoginThemesIdpsAndOauthAnswerWithoutASession() {
        ApiClient anonymous = new ApiClient(cloud.apiUrl, cloud.alice);
        assertEquals("{\"listguithemesresponse\":{}}", anonymous.get("command=listGuiThemes&response=json").body);
        assertEquals("{\"listidpsresponse\":{}}", anonymous.get("command=listIdps&response=json").body);
        assertEquals("{\"listoauthproviderresponse\":{}}", anonymous.get("command=listOauthProvider&response=json").body);
        // everything else needs credentials
        assertEquals(401, anonymous.get("command=listCapabilities&response=json").status);
    }

    @Test
    void afterLoginTheFatalCallsSucceedInTheShapeTheUiReads() {
        ApiClient ui = cloud.client(cloud.alice);
        JsonObject login = ui.login().inner();
        String userId = login.get("userid").getAsString();

        ApiClient.Reply apis = ui.session("listApis");
        assertEquals(200, apis.status, apis.body);
        assertTrue(apis.inner().getAsJsonArray("api").size() > 10);

        ApiClient.Reply users = ui.session("listUsers", "id", userId);
        assertEquals(200, users.status, users.body);
        JsonObject user = users.inner().getAsJsonArray("user").get(0).getAsJsonObject();
        assertEquals("User", user.get("roletype").getAsString());
        assertEquals("User", user.get("rolename").getAsString());
        assertEquals("First " + cloud.alice.username, user.get("firstname").getAsString());
        assertEquals("Last", user.get("lastname").getAsString());
        assertEquals(cloud.alice.username, user.get("account").getAsString());
        assertEquals(cloud.d1.getUuid(), user.get("domainid").getAsString());
        assertEquals(0, user.get("accounttype").getAsInt());
        assertEquals("enabled", user.get("state").getAsString());

        JsonObject capability = ui.session("listCapabilities").inner().getAsJsonObject("capability");
        assertEquals(20, capability.get("defaultuipagesize").getAsInt());
        assertFalse(capability.get("securitygroupsenabled").getAsBoolean());
        assertTrue(capability.has("customhypervisordisplayname"));

        ApiClient.Reply ldap = ui.session("listLdapConfigurations");
        assertEquals(200, ldap.status);
        assertEquals("{\"ldapconfigurationresponse\":{}}", ldap.body);

        ApiClient.Reply cloudian = ui.session("cloudianIsEnabled");
        assertEquals("{\"cloudianisenabledresponse\":{\"cloudianisenabled\":{\"enabled\":false}}}", cloudian.body);
    }

    @Test
    void rootAdminRoleFieldsAndOtherAccountSideLists() {
        ApiClient admin = cloud.client(cloud.admin);
        JsonObject user = admin.signed("listUsers", "id", cloud.admin.user.getUuid()).inner().getAsJsonArray("user").get(0).getAsJsonObject();
        assertEquals("Admin", user.get("roletype").getAsString());
        assertEquals("Root Admin", user.get("rolename").getAsString());
        JsonObject domains = admin.signed("listDomains", "listall", "true").inner();
        assertTrue(domains.get("count").getAsInt() >= 3);
        assertTrue(domains.getAsJsonArray("domain").toString().contains(cloud.d2.getUuid()));
        JsonObject accounts = admin.signed("listAccounts", "listall", "true").inner();
        assertTrue(accounts.getAsJsonArray("account").toString().contains(cloud.carol.account.getUuid()));
        assertFalse(accounts.getAsJsonArray("account").toString().contains("\"name\":\"system\""), "the system account is never listed");

        // a user sees only itself and its own domain
        ApiClient alice = cloud.client(cloud.alice);
        JsonObject own = alice.signed("listAccounts", "listall", "true").inner();
        assertEquals(1, own.get("count").getAsInt());
        assertEquals(cloud.alice.account.getUuid(), own.getAsJsonArray("account").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(cloud.alice.username, own.getAsJsonArray("account").get(0).getAsJsonObject().getAsJsonArray("user").get(0).getAsJsonObject()
            .get("username").getAsString());
        JsonObject ownDomain = alice.signed("listDomains").inner();
        assertEquals(1, ownDomain.get("count").getAsInt());
        assertEquals("ROOT/" + cloud.d1.getName(), ownDomain.getAsJsonArray("domain").get(0).getAsJsonObject().get("path").getAsString());
        JsonObject ownUsers = alice.signed("listUsers", "listall", "true").inner();
        assertEquals(1, ownUsers.get("count").getAsInt());
        assertEquals("ROOT/" + cloud.d1.getName(), ownUsers.getAsJsonArray("user").get(0).getAsJsonObject().get("domainpath").getAsString());
        assertEquals("ROOT/" + cloud.d1.getName(), own.getAsJsonArray("account").get(0).getAsJsonObject().get("domainpath").getAsString());
        JsonObject rootAdmin = admin.signed("listUsers", "id", cloud.admin.user.getUuid()).inner().getAsJsonArray("user").get(0).getAsJsonObject();
        assertEquals("ROOT", rootAdmin.get("domainpath").getAsString(), "the root domain's path is ROOT, not /");
        ApiClient.Reply foreign = alice.signed("listDomains", "id", cloud.d2.getUuid());
        assertEquals(531, foreign.status);
    }

    @Test
    void uiIsServedOrExplainedUnderClient() {
        ApiClient c = new ApiClient(cloud.apiUrl, cloud.alice);
        ApiClient.Reply page = c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(cloud.apiUrl.replace("/client/api", "/client/"))).GET());
        assertEquals(404, page.status);
        assertTrue(page.body.contains("The UI is not built"), page.body);
    }
}
