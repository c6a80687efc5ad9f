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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The UI's and cmk's session path: login (POST only), the JSESSIONID and sessionkey cookies, the
 * sessionkey parameter on every call, logout.
 */
class SessionLoginTest {

    static TestCloud cloud;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
    }

    @Test
    void loginByGetIsRefusedWith405PlainText() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.get("command=login&username=" + cloud.alice.username + "&password=x&response=json");
        assertEquals(405, r.status);
        assertEquals("Please use HTTP POST to authenticate using this API", r.body);
    }

    @Test
    void loginReturnsTheFlatLoginResponseAndBothCookies() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.login();
        assertEquals(200, r.status, r.body);
        assertEquals("loginresponse", r.topKey());
        JsonObject login = r.inner();
        assertEquals(cloud.alice.username, login.get("username").getAsString());
        assertEquals(cloud.alice.user.getUuid(), login.get("userid").getAsString());
        assertEquals(cloud.d1.getUuid(), login.get("domainid").getAsString());
        assertEquals(1800, login.get("timeout").getAsInt());
        assertEquals(cloud.alice.username, login.get("account").getAsString());
        assertEquals("First " + cloud.alice.username, login.get("firstname").getAsString());
        assertEquals("Last", login.get("lastname").getAsString());
        assertEquals("0", login.get("type").getAsString());
        assertEquals("UTC", login.get("timezone").getAsString());
        assertEquals("0.0", login.get("timezoneoffset").getAsString());
        assertEquals("false", login.get("registered").getAsString());
        assertEquals("false", login.get("is2faenabled").getAsString());
        assertEquals("true", login.get("is2faverified").getAsString());
        assertEquals("CloudStack", login.get("issuerfor2fa").getAsString());
        String key = login.get("sessionkey").getAsString();
        assertEquals(27, key.length());
        assertTrue(key.matches("[A-Za-z0-9_-]+"), key);

        List<String> setCookies = r.headers("Set-Cookie");
        assertTrue(setCookies.contains("sessionkey=" + key + ";HttpOnly;SameSite=Lax"), setCookies.toString());
        String jsession = setCookies.stream().filter(s -> s.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertNotNull(jsession, setCookies.toString());
        assertTrue(jsession.contains("HttpOnly"), jsession);
        assertTrue(jsession.contains("Path=/client"), jsession);
    }

    @Test
    void sessionCallsNeedTheKeyAsParameterAndCookie() {
        ApiClient c = cloud.client(cloud.alice);
        assertEquals(200, c.login().status);
        ApiClient.Reply ok = c.session("listUsers", "id", cloud.alice.user.getUuid());
        assertEquals(200, ok.status, ok.body);
        assertEquals(cloud.alice.username, ok.inner().getAsJsonArray("user").get(0).getAsJsonObject().get("username").getAsString());

        ApiClient.Reply wrong = c.session("listUsers", "sessionkey", "not-the-key");
        assertEquals(401, wrong.status);
        assertEquals("{\"listusersresponse\":{\"uuidList\":[],\"errorcode\":401,\"errortext\":\"unable to verify user credentials\"}}", wrong.body);
        // a failed check ends the session, as CloudStack's servlet does
        assertEquals(401, c.session("listUsers").status);
    }

    @Test
    void sessionWithoutTheKeyParameterIsRefused() {
        ApiClient c = cloud.client(cloud.alice);
        assertEquals(200, c.login().status);
        ApiClient.Reply r = c.get("command=listUsers&response=json");
        assertEquals(401, r.status);
        assertEquals("unable to verify user credentials", r.header("X-Description"));
    }

    @Test
    void sessionKeyCookieMustMatch() {
        ApiClient c = cloud.client(cloud.alice);
        assertEquals(200, c.login().status);
        c.cookies().getCookieStore().getCookies().stream().filter(k -> k.getName().equals("sessionkey")).findFirst()
            .ifPresent(k -> k.setValue("forged"));
        assertEquals(401, c.session("listUsers").status);
    }

    @Test
    void noCommandInASessionIs400() {
        ApiClient c = cloud.client(cloud.alice);
        assertEquals(200, c.login().status);
        ApiClient.Reply r = c.get("response=json&sessionkey=" + c.sessionKey());
        assertEquals(400, r.status);
        assertEquals("{\"errorresponse\":{\"uuidList\":[],\"errorcode\":400,\"errortext\":\"no command specified\"}}", r.body);
    }

    @Test
    void failedLoginIs531WithCloudStacksText() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.post("command=login&username=" + cloud.alice.username + "&password=wrong&domain=" + cloud.d1.getPath() + "&response=json");
        assertEquals(531, r.status);
        assertEquals("{\"loginresponse\":{\"uuidList\":[],\"errorcode\":531,\"errortext\":\"Failed to authenticate user " + cloud.alice.username + " in domain "
            + cloud.d1.getId() + "; please provide valid credentials\"}}", r.body);
        // the right password in the wrong domain fails too
        ApiClient.Reply other = c.post("command=login&username=" + cloud.alice.username + "&password=" + cloud.alice.password + "&domain=/&response=json");
        assertEquals(531, other.status);
    }

    @Test
    void domainIdWinsOverThePathAndAcceptsTheUuid() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.post("command=login&username=" + cloud.alice.username + "&password=" + cloud.alice.password + "&domain=/nowhere/&domainId="
            + cloud.d1.getUuid() + "&response=json");
        assertEquals(200, r.status, r.body);
        ApiClient.Reply unknown = c.post("command=login&username=" + cloud.alice.username + "&password=" + cloud.alice.password + "&domain=/nowhere&response=json");
        assertEquals(531, unknown.status);
        assertEquals("Unable to find the domain from the path /nowhere/", unknown.inner().get("errortext").getAsString());
    }

    @Test
    void logoutEndsTheSessionAndExpiresTheCookies() {
        ApiClient c = cloud.client(cloud.alice);
        assertEquals(200, c.login().status);
        ApiClient.Reply r = c.session("logout");
        assertEquals(200, r.status);
        assertEquals("{\"logoutresponse\":{\"description\":\"success\"}}", r.body);
        List<String> setCookies = r.headers("Set-Cookie");
        assertTrue(setCookies.stream().anyMatch(s -> s.startsWith("sessionkey=") && s.contains("Max-Age=0")), setCookies.toString());
        assertTrue(setCookies.stream().anyMatch(s -> s.startsWith("JSESSIONID=") && s.contains("Max-Age=0")), setCookies.toString());
        ApiClient.Reply after = c.get("command=listUsers&response=json&sessionkey=" + c.sessionKey());
        assertEquals(401, after.status);
    }

    @Test
    void logoutWithoutASessionIs431() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.get("command=logout&response=json");
        assertEquals(431, r.status);
        assertEquals("{\"logoutresponse\":{\"uuidList\":[],\"errorcode\":431,\"errortext\":\"Session not found for the logout process.\"}}", r.body);
    }

    @Test
    void disabledUserCannotLogIn() {
        ApiClient c = cloud.client(cloud.alice);
        ApiClient.Reply r = c.post("command=login&username=nobody-at-all&password=x&domain=" + cloud.d1.getPath() + "&response=json");
        assertEquals(531, r.status);
        assertFalse(r.body.contains("password"), "the reply must not echo the password");
    }

    @Test
    void cmkReadsTheKeyFromTheCookieAndRetriesAfter401() {
        // cmk takes the key only from the sessionkey Set-Cookie and sends it as a parameter
        ApiClient c = cloud.client(cloud.admin);
        ApiClient.Reply login = c.login();
        String fromCookie = c.cookies().getCookieStore().get(URI.create(cloud.apiUrl)).stream().filter(k -> k.getName().equals("sessionkey"))
            .map(HttpCookie::getValue).findFirst().orElse(null);
        assertEquals(login.inner().get("sessionkey").getAsString(), fromCookie);
        ApiClient.Reply r = c.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl + "?command=listApis&response=json&sessionkey=" + fromCookie)).GET());
        assertEquals(200, r.status);
    }
}
