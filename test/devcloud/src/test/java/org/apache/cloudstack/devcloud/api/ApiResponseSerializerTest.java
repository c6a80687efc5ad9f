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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;
import org.apache.cloudstack.devcloud.api.response.CreateCmdResponse;
import org.apache.cloudstack.devcloud.api.response.ExceptionResponse;
import org.apache.cloudstack.devcloud.api.response.LogoutCmdResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * Envelopes byte for byte, as CloudStack's ApiResponseSerializer writes them.
 */
class ApiResponseSerializerTest {

    private static TimeZone saved;

    @BeforeAll
    static void utc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restore() {
        TimeZone.setDefault(saved);
    }

    static class ZoneLike extends BaseResponse {
        @SerializedName("id")
        @Param(description = "id")
        private String id;

        @SerializedName("name")
        @Param(description = "name")
        private String name;

        @SerializedName("created")
        @Param(description = "created")
        private Date created;

        @SerializedName("tags")
        @Param(description = "tags")
        private List<String> tags;

        ZoneLike(String id, String name) {
            this.id = id;
            this.name = name;
            setObjectName("zone");
        }
    }

    private static ListResponse<ZoneLike> list(int count, ZoneLike... items) {
        ListResponse<ZoneLike> r = new ListResponse<>();
        List<ZoneLike> l = new ArrayList<>(List.of(items));
        r.setResponses(l, count);
        r.setResponseName("listzonesresponse");
        return r;
    }

    @Test
    void listEnvelopeCarriesTheTotalCountAndItemsUnderTheObjectName() {
        String json = ApiResponseSerializer.toSerializedString(list(7, new ZoneLike("z1", "one"), new ZoneLike("z2", "two")), "json");
        assertEquals("{\"listzonesresponse\":{\"count\":7,\"zone\":[{\"id\":\"z1\",\"name\":\"one\"},{\"id\":\"z2\",\"name\":\"two\"}]}}", json);
    }

    @Test
    void emptyListIsAnEmptyObjectWithoutCount() {
        assertEquals("{\"listzonesresponse\":{}}", ApiResponseSerializer.toSerializedString(list(0), "json"));
    }

    @Test
    void pageBeyondTheEndKeepsTheCountOnly() {
        assertEquals("{\"listzonesresponse\":{\"count\":3}}", ApiResponseSerializer.toSerializedString(list(3), "json"));
    }

    @Test
    void singleObjectIsNestedUnderItsObjectNameWithDatesInCloudStackFormatAndNullsOmitted() {
        ZoneLike z = new ZoneLike("z1", null);
        z.created = new Date(1714564800000L);
        z.tags = List.of("a<b", "é");
        z.setResponseName("createzoneresponse");
        assertEquals("{\"createzoneresponse\":{\"zone\":{\"id\":\"z1\",\"created\":\"2024-05-01T12:00:00+0000\",\"tags\":[\"a<b\",\"é\"]}}}",
            ApiResponseSerializer.toSerializedString(z, "json"));
    }

    @Test
    void successAndLogoutAreFlat() {
        SuccessResponse s = new SuccessResponse("deletewguserresponse");
        assertEquals("{\"deletewguserresponse\":{\"success\":true}}", ApiResponseSerializer.toSerializedString(s, "json"));
        s.setDisplayText("done");
        assertEquals("{\"deletewguserresponse\":{\"success\":true,\"displaytext\":\"done\"}}", ApiResponseSerializer.toSerializedString(s, "json"));
        LogoutCmdResponse logout = new LogoutCmdResponse();
        logout.setDescription("success");
        logout.setResponseName("logoutresponse");
        assertEquals("{\"logoutresponse\":{\"description\":\"success\"}}", ApiResponseSerializer.toSerializedString(logout, "json"));
    }

    @Test
    void errorBodyHasUuidListCodesAndText() {
        ExceptionResponse e = new ExceptionResponse("createwgvpnresponse", 431, "bad \"range\"");
        e.setCSErrorCode(4350);
        assertEquals("{\"createwgvpnresponse\":{\"uuidList\":[],\"errorcode\":431,\"cserrorcode\":4350,\"errortext\":\"bad \\\"range\\\"\"}}",
            ApiResponseSerializer.toSerializedString(e, "json"));
    }

    @Test
    void asyncSubmissionsAreFlat() {
        AsyncJobResponse job = new AsyncJobResponse();
        job.setJobId("j-1");
        job.setResponseName("deletewgvpnresponse");
        assertEquals("{\"deletewgvpnresponse\":{\"jobid\":\"j-1\"}}", ApiResponseSerializer.toSerializedString(job, "json"));
        CreateCmdResponse create = new CreateCmdResponse();
        create.setId("e-1");
        create.setJobId("j-2");
        create.setResponseName("createwgvpnresponse");
        assertEquals("{\"createwgvpnresponse\":{\"id\":\"e-1\",\"jobid\":\"j-2\"}}", ApiResponseSerializer.toSerializedString(create, "json"));
    }

    @Test
    void jobResultIsKeyedByTheResultObjectName() {
        AsyncJobResponse job = new AsyncJobResponse();
        job.setJobId("j-1");
        job.setJobStatus(1);
        job.setJobResultCode(0);
        job.setJobResultType("object");
        ZoneLike z = new ZoneLike("z1", "one");
        job.setJobResult(z);
        job.setResponseName("queryasyncjobresultresponse");
        assertEquals("{\"queryasyncjobresultresponse\":{\"jobresultcode\":0,\"jobresulttype\":\"object\",\"jobresult\":{\"zone\":{\"id\":\"z1\",\"name\":\"one\"}},"
            + "\"jobid\":\"j-1\",\"jobstatus\":1}}", ApiResponseSerializer.toSerializedString(job, "json"));

        job.setJobResult(new ExceptionResponse("x", 530, "boom"));
        job.setJobStatus(2);
        job.setJobResultCode(530);
        assertEquals("{\"queryasyncjobresultresponse\":{\"jobresultcode\":530,\"jobresulttype\":\"object\",\"jobresult\":{\"errorcode\":530,\"errortext\":\"boom\"},"
            + "\"jobid\":\"j-1\",\"jobstatus\":2}}", ApiResponseSerializer.toSerializedString(job, "json"));

        SuccessResponse s = new SuccessResponse();
        s.setDisplayText("gone");
        job.setJobResult(s);
        assertEquals("{\"success\":true,\"details\":\"gone\"}",
            com.google.gson.JsonParser.parseString(ApiResponseSerializer.toSerializedString(job, "json")).getAsJsonObject()
                .getAsJsonObject("queryasyncjobresultresponse").get("jobresult").toString());
    }

    @Test
    void xmlIsTheSameTreeUnderTheResponseElement() {
        String xml = ApiResponseSerializer.toSerializedString(list(1, new ZoneLike("z1", "a&b")), "xml");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><listzonesresponse cloud-stack-version=\"" + ApiResponseSerializer.CLOUDSTACK_VERSION + "\">"
            + "<count>1</count><zone><id>z1</id><name>a&amp;b</name></zone></listzonesresponse>", xml);
    }
}
