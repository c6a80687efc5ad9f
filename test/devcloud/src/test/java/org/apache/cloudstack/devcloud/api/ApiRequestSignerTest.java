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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The reference's test vectors A, B and C (cloudstack-api-protocol.md §2.1).
 */
class ApiRequestSignerTest {

    private static final String API_KEY = "DEVCLOUD-TEST-APIKEY-0001";
    private static final String SECRET = "devcloud-test-secret-0001";

    private static Map<String, String> params(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("apiKey", API_KEY);
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    @Test
    void vectorASortsNamesCaseSensitivelyAndEncodesSpaceAsPercent20() {
        Map<String, String> p = params("command", "listPublicIpAddresses", "response", "json", "listall", "true", "keyword", "web server*",
            "signatureVersion", "3", "expires", "2030-01-01T00:00:00+0000");
        String unsigned = ApiRequestSigner.unsignedRequest(p, false);
        assertEquals("apiKey=DEVCLOUD-TEST-APIKEY-0001&command=listPublicIpAddresses&expires=2030-01-01T00%3A00%3A00%2B0000&keyword=web%20server*"
            + "&listall=true&response=json&signatureVersion=3", unsigned);
        assertEquals("HQEeQ+INbgqWs0dZalEn/94dAmE=", ApiRequestSigner.sign(unsigned, SECRET));
        assertTrue(ApiRequestSigner.verify(p, SECRET, "HQEeQ+INbgqWs0dZalEn/94dAmE="));
    }

    @Test
    void vectorBSignsTheMinimalRequest() {
        Map<String, String> p = params("command", "listZones", "response", "json");
        assertEquals("XkUXZZOyHiuC+NR7P29imSzp5nI=", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), SECRET));
    }

    @Test
    void vectorCEncodesPlusAndUtf8InMapParameters() {
        Map<String, String> p = params("command", "createTags", "response", "json", "resourcetype", "UserVm",
            "resourceids", "9f1c2e34-0000-4000-8000-000000000001", "tags[0].key", "owner", "tags[0].value", "a+b é");
        assertEquals("H56LTZmH0IGgW6sqHr7g3/6JdCM=", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), SECRET));
    }

    @Test
    void signatureParameterIsLeftOutWhateverItsCase() {
        Map<String, String> p = params("command", "listZones", "response", "json", "Signature", "ignored");
        assertEquals("XkUXZZOyHiuC+NR7P29imSzp5nI=", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), SECRET));
    }

    @Test
    void tildeIsAcceptedEncodedAndUnencoded() {
        Map<String, String> p = params("command", "listZones", "response", "json", "keyword", "a~b");
        String javaRule = ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), SECRET);
        String clientRule = ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, true), SECRET);
        assertFalse(javaRule.equals(clientRule));
        assertTrue(ApiRequestSigner.verify(p, SECRET, javaRule));
        assertTrue(ApiRequestSigner.verify(p, SECRET, clientRule));
        assertFalse(ApiRequestSigner.verify(p, "another-secret", clientRule));
    }

    @Test
    void wrongSecretOrAlteredValueFails() {
        Map<String, String> p = params("command", "listZones", "response", "json");
        assertFalse(ApiRequestSigner.verify(p, "devcloud-test-secret-0002", "XkUXZZOyHiuC+NR7P29imSzp5nI="));
        p.put("command", "listZonez");
        assertFalse(ApiRequestSigner.verify(p, SECRET, "XkUXZZOyHiuC+NR7P29imSzp5nI="));
    }

    @Test
    void expiresAcceptsEveryFormTheClientsSend() {
        Instant expected = Instant.parse("2030-01-01T00:00:00Z");
        assertEquals(expected, ApiRequestSigner.parseExpires("2030-01-01T00:00:00Z").toInstant());
        assertEquals(expected, ApiRequestSigner.parseExpires("2030-01-01T00:00:00+00:00").toInstant());
        assertEquals(expected, ApiRequestSigner.parseExpires("2030-01-01T00:00:00+0000").toInstant());
        assertEquals(Instant.parse("2030-01-01T01:00:00Z"), ApiRequestSigner.parseExpires("2030-01-01T02:00:00+0100").toInstant());
        // java.util.Date keeps milliseconds only
        assertEquals(Instant.parse("2030-01-01T00:00:00.123Z"), ApiRequestSigner.parseExpires("2030-01-01T00:00:00.123456Z").toInstant());
        assertNotNull(ApiRequestSigner.parseExpires("2030-01-01T00:00:00.123456+0000"));
        assertNull(ApiRequestSigner.parseExpires("tomorrow"));
        assertNull(ApiRequestSigner.parseExpires("2030-01-01 00:00:00"));
    }
}
