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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Parameter parsing, required and invalid parameters, UUID translation, error bodies and codes,
 * paging rules: the dispatcher's answers byte for byte where CloudStack's texts are fixed.
 */
class DispatcherParametersTest {

    static TestCloud cloud;
    static ApiClient admin;
    static ApiClient alice;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        admin = cloud.client(cloud.admin);
        alice = cloud.client(cloud.alice);
    }

    private static JsonObject thing(ApiClient.Reply r) {
        assertEquals(200, r.status, r.body);
        return r.inner().getAsJsonObject("testthing");
    }

    @Test
    void everyParameterTypeIsParsed() {
        JsonObject t = thing(admin.signed("testEcho", "name", "abc", "flag", "true", "number", "42", "big", "9000000000", "small", "7", "ratio", "1.5",
            "precise", "2.25", "day", "2024-05-01", "words", "a,b,c", "details[0].key", "k1", "details[0].value", "v1", "details[1].key", "k2",
            "details[1].value", "v2"));
        assertEquals("abc", t.get("name").getAsString());
        assertTrue(t.get("flag").getAsBoolean());
        assertEquals(42, t.get("number").getAsInt());
        assertEquals(9000000000L, t.get("big").getAsLong());
        assertEquals(7, t.get("small").getAsInt());
        assertEquals(1.5, t.get("ratio").getAsDouble());
        assertEquals(2.25, t.get("precise").getAsDouble());
        assertTrue(t.get("day").getAsString().startsWith("2024-05-01T00:00:00"), t.toString());
        assertEquals("[\"a\",\"b\",\"c\"]", t.get("words").toString());
        assertEquals("v1", t.getAsJsonObject("details").get("k1").getAsString());
        assertEquals("v2", t.getAsJsonObject("details").get("k2").getAsString());
    }

    @Test
    void uuidsBecomeInternalIdsThroughTheEntityReference() {
        JsonObject t = thing(admin.signed("testEcho", "name", "x", "domainid", cloud.d1.getUuid(), "domainids", cloud.d1.getUuid() + "," + cloud.d2.getUuid(),
            "legacydomainid", String.valueOf(cloud.d2.getId())));
        assertEquals(cloud.d1.getId(), t.get("domaininternalid").getAsLong());
        assertEquals("[" + cloud.d1.getId() + "," + cloud.d2.getId() + "]", t.get("domaininternalids").toString());
        // parameters without a "since" (pre-3.x) still take plain numbers
        assertEquals(cloud.d2.getId(), t.get("legacydomaininternalid").getAsLong());
    }

    @Test
    void unknownUuidIs431WithCloudStacksText() {
        String uuid = "00000000-0000-4000-8000-000000000000";
        ApiClient.Reply r = admin.signed("testEcho", "name", "x", "domainid", uuid);
        assertEquals(431, r.status);
        assertEquals("{\"testechoresponse\":{\"uuidList\":[],\"errorcode\":431,\"cserrorcode\":9999,\"errortext\":\"Unable to execute API command testecho due to"
            + " invalid value. Invalid parameter domainid value=" + uuid + " due to incorrect long value format, or entity does not exist or due to incorrect"
            + " parameter annotation for the field in api cmd class.\"}}", r.body);
        assertEquals(r.inner().get("errortext").getAsString(), r.header("X-Description"));
    }

    @Test
    void aNonUuidForANewParameterLeavesItUnset() {
        // CloudStack: a parameter with "since" must be a UUID; other text is ignored, not an error
        JsonObject t = thing(admin.signed("testEcho", "name", "x", "domainid", "12"));
        assertNull(t.get("domaininternalid"));
    }

    @Test
    void missingRequiredParameterIs431() {
        ApiClient.Reply r = admin.signed("testEcho");
        assertEquals(431, r.status);
        assertEquals("{\"testechoresponse\":{\"uuidList\":[],\"errorcode\":431,\"cserrorcode\":9999,\"errortext\":"
            + "\"Unable to execute API command testecho due to missing parameter name\"}}", r.body);
    }

    @Test
    void invalidNumbersAndDatesAre431() {
        ApiClient.Reply r = admin.signed("testEcho", "name", "x", "number", "forty");
        assertEquals(431, r.status);
        assertEquals("Unable to execute API command testecho due to invalid value forty for parameter number", r.inner().get("errortext").getAsString());
        ApiClient.Reply d = admin.signed("testEcho", "name", "x", "day", "2024-13-45");
        assertEquals(431, d.status);
        assertEquals("Unable to parse date 2024-13-45 for command testecho, please pass dates in the format mentioned in the api documentation",
            d.inner().get("errortext").getAsString());
    }

    @Test
    void tooLongStringIs431() {
        ApiClient.Reply r = admin.signed("testEcho", "name", "elevenchars");
        assertEquals(431, r.status);
        assertEquals("Unable to execute API command testecho due to invalid value. Value greater than max allowed length 10 for param: name",
            r.inner().get("errortext").getAsString());
    }

    @Test
    void malformedMapParameterIs430() {
        ApiClient.Reply r = admin.signed("testEcho", "name", "x", "details[0]key", "k");
        assertEquals(430, r.status);
        assertTrue(r.inner().get("errortext").getAsString().startsWith("Unable to decode parameter details[0]key; if specifying an object array"), r.body);
    }

    @Test
    void unknownParametersAreIgnored() {
        assertEquals("x", thing(admin.signed("testEcho", "name", "x", "nosuchparameter", "1")).get("name").getAsString());
    }

    @Test
    void parametersReservedForARoleAreIgnoredForOthers() {
        assertEquals("given", thing(admin.signed("testEcho", "name", "x", "adminonly", "given")).get("secret").getAsString());
        JsonObject asUser = thing(alice.signed("testEcho", "name", "x", "adminonly", "given"));
        // the user's value is dropped and the root-admin-only response field is not shown to a user
        assertFalse(asUser.has("secret"), asUser.toString());
    }

    @Test
    void unknownCommandInASessionIs432ErrorResponse() {
        ApiClient c = cloud.client(cloud.admin);
        assertEquals(200, c.login().status);
        ApiClient.Reply r = c.session("listNothingAtAll");
        assertEquals(432, r.status);
        assertEquals("{\"errorresponse\":{\"uuidList\":[],\"errorcode\":432,\"cserrorcode\":9999,\"errortext\":\"Unknown API command: listNothingAtAll\"}}", r.body);
    }

    @Test
    void rootAdminOnlyCommandIsUnavailableToOthers() {
        assertEquals(200, admin.signed("testAdminOnly").status);
        ApiClient.Reply r = alice.signed("testAdminOnly");
        assertEquals(432, r.status);
        assertEquals("errorresponse", r.topKey());
        assertEquals("The API [testAdminOnly] does not exist or is not available for the account " + cloud.alice.account + ".",
            r.inner().get("errortext").getAsString());
        assertEquals(432, cloud.client(cloud.domainAdmin).signed("testAdminOnly").status);
    }

    // ---- paging (BaseListCmd) ----

    @Test
    void countIsTheTotalAndPagesSlice() {
        JsonObject all = admin.signed("testList", "total", "7").inner();
        assertEquals(7, all.get("count").getAsInt());
        assertEquals(7, all.getAsJsonArray("testthing").size());
        JsonObject page = admin.signed("testList", "total", "7", "page", "2", "pagesize", "3").inner();
        assertEquals(7, page.get("count").getAsInt());
        assertEquals(3, page.getAsJsonArray("testthing").size());
        assertEquals("thing-4", page.getAsJsonArray("testthing").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("{\"testlistresponse\":{}}", admin.signed("testList", "total", "0").body);
        assertEquals(7, admin.signed("testList", "total", "7", "pagesize", "-1").inner().getAsJsonArray("testthing").size());
    }

    @Test
    void pageSizeWithoutPageIs431() {
        ApiClient.Reply r = admin.signed("testList", "total", "7", "pagesize", "3");
        assertEquals(431, r.status);
        assertEquals("{\"testlistresponse\":{\"uuidList\":[],\"errorcode\":431,\"cserrorcode\":9999,\"errortext\":\"\\\"page\\\" parameter is required when"
            + " \\\"pagesize\\\" is specified\"}}", r.body);
    }

    @Test
    void pageWithoutPageSizeIs431() {
        ApiClient.Reply r = admin.signed("testList", "total", "7", "page", "2");
        assertEquals(431, r.status);
        assertEquals("\"pagesize\" parameter is required when \"page\" is specified", r.inner().get("errortext").getAsString());
    }

    @Test
    void pageSizeAboveTheDefaultMaximumIs431() {
        ApiClient.Reply r = admin.signed("testList", "total", "7", "page", "1", "pagesize", "501");
        assertEquals(431, r.status);
        assertEquals("Page size can't exceed max allowed page size value: 500", r.inner().get("errortext").getAsString());
        assertEquals(200, admin.signed("testList", "total", "7", "page", "1", "pagesize", "500").status);
    }

    @Test
    void unlimitedPageSizeForbidsPage() {
        ApiClient.Reply r = admin.signed("testList", "total", "7", "page", "1", "pagesize", "-1");
        assertEquals(431, r.status);
        assertEquals("Can't specify page parameter when pagesize is -1 (Unlimited)", r.inner().get("errortext").getAsString());
    }
}
