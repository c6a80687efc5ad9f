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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The API-key path over HTTP: signatures as CloudStack checks them, expiry, and the exact 401 reply.
 */
class SignedRequestTest {

    static TestCloud cloud;
    static ApiClient alice;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        alice = cloud.client(cloud.alice);
    }

    private static final String UNVERIFIED = "{\"listcapabilitiesresponse\":{\"uuidList\":[],\"errorcode\":401,\"errortext\":"
        + "\"unable to verify user credentials and/or request signature\"}}";

    @Test
    void signedGetIsAnswered() {
        ApiClient.Reply r = alice.signed("listCapabilities");
        assertEquals(200, r.status, r.body);
        // Jetty, CloudStack's container too, writes "application/json; charset=UTF-8" as application/json;charset=utf-8
        assertEquals("application/json;charset=utf-8", r.header("Content-Type").replace(" ", "").toLowerCase());
        assertEquals("4.22.0.0", r.inner().getAsJsonObject("capability").get("cloudstackversion").getAsString());
    }

    @Test
    void signedPostFormIsAnswered() {
        ApiClient.Reply r = alice.signedPost("listCapabilities");
        assertEquals(200, r.status, r.body);
    }

    @Test
    void wrongSignatureGets401WithTheExactBody() {
        Map<String, String> p = alice.sign("listCapabilities", ApiClient.params());
        p.put("signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        ApiClient.Reply r = alice.get(ApiClient.encode(p));
        assertEquals(401, r.status);
        assertEquals(UNVERIFIED, r.body);
        assertEquals("unable to verify user credentials and/or request signature", r.header("X-Description"));
    }

    @Test
    void alteredParameterAfterSigningFails() {
        Map<String, String> p = alice.sign("listCapabilities", ApiClient.params("keyword", "a"));
        p.put("keyword", "b");
        assertEquals(401, alice.get(ApiClient.encode(p)).status);
    }

    @Test
    void pastExpiryIsRejectedAndEveryDateFormIsAccepted() {
        String past = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1).format(ApiClient.EXPIRES);
        assertEquals(401, alice.get(ApiClient.encode(alice.sign("listCapabilities", ApiClient.params("expires", past)))).status);
        ZonedDateTime future = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(5).withNano(0);
        for (String expires : new String[] {future.format(ApiClient.EXPIRES), future.toInstant().toString(), future.toOffsetDateTime().toString(),
            future.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxx"))}) {
            ApiClient.Reply r = alice.get(ApiClient.encode(alice.sign("listCapabilities", ApiClient.params("expires", expires))));
            assertEquals(200, r.status, expires + ": " + r.body);
        }
    }

    @Test
    void version3WithoutExpiresIsRejected() {
        Map<String, String> p = ApiClient.params("apiKey", cloud.alice.apiKey, "command", "listCapabilities", "response", "json", "signatureVersion", "3");
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), cloud.alice.secretKey));
        assertEquals(401, alice.get(ApiClient.encode(p)).status);
    }

    @Test
    void withoutVersion3ThereIsNoTimeCheck() {
        Map<String, String> p = ApiClient.params("apiKey", cloud.alice.apiKey, "command", "listCapabilities", "response", "json");
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), cloud.alice.secretKey));
        assertEquals(200, alice.get(ApiClient.encode(p)).status);
    }

    @Test
    void tildeSignedTheWayCsSignsItIsAccepted() {
        // cs leaves ~ unencoded when signing; Java's URLEncoder gives %7E
        Map<String, String> p = ApiClient.params("apiKey", cloud.alice.apiKey, "command", "listUsers", "response", "json", "keyword", "x~y");
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, true), cloud.alice.secretKey));
        ApiClient.Reply r = alice.get(ApiClient.encode(p));
        assertEquals(200, r.status, r.body);
    }

    @Test
    void unknownKeyOrUnknownCommandGets401() {
        Map<String, String> p = ApiClient.params("apiKey", "no-such-key", "command", "listCapabilities", "response", "json");
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), "whatever"));
        assertEquals(401, alice.get(ApiClient.encode(p)).status);

        ApiClient.Reply r = alice.signed("listNothingAtAll");
        assertEquals(401, r.status);
        assertEquals("{\"errorresponse\":{\"uuidList\":[],\"errorcode\":401,\"errortext\":\"unable to verify user credentials and/or request signature\"}}", r.body);
    }

    @Test
    void missingSignatureGets401() {
        ApiClient.Reply r = alice.get("command=listCapabilities&response=json&apiKey=" + URLEncoder.encode(cloud.alice.apiKey, StandardCharsets.UTF_8));
        assertEquals(401, r.status);
        assertEquals(UNVERIFIED, r.body);
    }

    @Test
    void parameterNamesAreCaseInsensitiveButTheCommandIsNot() {
        ApiClient.Reply r = alice.signed("listUsers", "ID", cloud.alice.user.getUuid());
        assertEquals(200, r.status, r.body);
        JsonObject inner = r.inner();
        assertEquals(1, inner.get("count").getAsInt());
        assertEquals(cloud.alice.username, inner.getAsJsonArray("user").get(0).getAsJsonObject().get("username").getAsString());
        assertEquals(401, alice.signed("listusers").status);
    }

    @Test
    void xmlIsTheDefault() {
        ApiClient.Reply r = alice.signed("listCapabilities", "response", "xml");
        assertEquals(200, r.status);
        assertEquals("text/xml;charset=utf-8", r.header("Content-Type").replace(" ", "").toLowerCase());
        assertTrue(r.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><listcapabilitiesresponse cloud-stack-version="), r.body);
    }
}
