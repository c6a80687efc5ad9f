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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.cloudstack.devcloud.api.testcmd.TestAsyncCmd;
import org.apache.cloudstack.devcloud.api.testcmd.TestCreateCmd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Async commands: jobid at once, execute() in a job, queryAsyncJobResult/listAsyncJobs as CloudStack
 * shows them, create-style commands, and one-after-another runs per sync object.
 */
class AsyncJobTest {

    static TestCloud cloud;
    static ApiClient alice;
    static ApiClient carol;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        alice = cloud.client(cloud.alice);
        carol = cloud.client(cloud.carol);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void asyncCommandAnswersAJobIdAndTheJobCarriesTheResultUnderItsObjectName() {
        String tag = tag();
        ApiClient.Reply r = alice.signed("testJob", "tag", tag);
        assertEquals(200, r.status, r.body);
        JsonObject submitted = r.inner();
        assertEquals(1, submitted.size(), r.body);
        String jobId = submitted.get("jobid").getAsString();

        JsonObject job = alice.waitForJob(jobId);
        assertEquals(1, job.get("jobstatus").getAsInt());
        assertEquals(0, job.get("jobresultcode").getAsInt());
        assertEquals("object", job.get("jobresulttype").getAsString());
        assertEquals(tag, job.getAsJsonObject("jobresult").getAsJsonObject("testthing").get("name").getAsString());
        // the job ran as the submitter
        assertEquals(cloud.alice.account.getId(), job.getAsJsonObject("jobresult").getAsJsonObject("testthing").get("big").getAsLong());
        assertEquals(jobId, job.get("jobid").getAsString());
        assertEquals(TestAsyncCmd.class.getName(), job.get("cmd").getAsString());
        assertEquals(cloud.alice.user.getUuid(), job.get("userid").getAsString());
        assertEquals(cloud.alice.account.getUuid(), job.get("accountid").getAsString());
        assertEquals(cloud.alice.username, job.get("account").getAsString());
        assertEquals(cloud.d1.getUuid(), job.get("domainid").getAsString());
        assertEquals("ROOT/" + cloud.d1.getName(), job.get("domainpath").getAsString(), "CloudStack's pretty path, not the stored " + cloud.d1.getPath());
        assertTrue(job.get("created").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}"), job.toString());
        assertNotNull(job.get("completed"));
        assertEquals(0, job.get("jobprocstatus").getAsInt());
    }

    @Test
    void failuresInsideTheJobKeepTheirCodes() {
        JsonObject param = alice.waitForJob(alice.signed("testJob", "tag", tag(), "fail", "param").inner().get("jobid").getAsString());
        assertEquals(2, param.get("jobstatus").getAsInt());
        assertEquals(431, param.get("jobresultcode").getAsInt());
        assertEquals("{\"errorcode\":431,\"errortext\":\"the job found a bad value\"}", param.get("jobresult").toString());

        JsonObject perm = alice.waitForJob(alice.signed("testJob", "tag", tag(), "fail", "perm").inner().get("jobid").getAsString());
        assertEquals(531, perm.get("jobresultcode").getAsInt());

        JsonObject internal = alice.waitForJob(alice.signed("testJob", "tag", tag(), "fail", "internal").inner().get("jobid").getAsString());
        assertEquals(530, internal.get("jobresultcode").getAsInt());
        // a user sees the generic text, not the internal one
        assertEquals("Internal error executing command, please contact your system administrator",
            internal.getAsJsonObject("jobresult").get("errortext").getAsString());
    }

    @Test
    void parameterErrorsComeBackBeforeAnyJobIsQueued() {
        ApiClient.Reply r = alice.signed("testJob", "tag", tag(), "sleepms", "soon");
        assertEquals(431, r.status);
        assertEquals("testjobresponse", r.topKey());
    }

    @Test
    void createStyleCommandCreatesAtOnceThenExecutesInTheJob() {
        ApiClient.Reply r = alice.signed("testCreate", "name", "widget");
        assertEquals(200, r.status, r.body);
        JsonObject submitted = r.inner();
        assertEquals(2, submitted.size(), r.body);
        String id = submitted.get("id").getAsString();
        String jobId = submitted.get("jobid").getAsString();
        assertTrue(TestCreateCmd.THINGS.values().stream().anyMatch(t -> t[0].equals(id)));
        JsonObject job = alice.waitForJob(jobId);
        assertEquals(1, job.get("jobstatus").getAsInt(), job.toString());
        assertEquals(id, job.getAsJsonObject("jobresult").getAsJsonObject("testthing").get("id").getAsString());
        assertTrue(TestCreateCmd.THINGS.values().stream().anyMatch(t -> t[0].equals(id) && "executed".equals(t[2])));
    }

    @Test
    void createErrorsAreSynchronousWithTheirCode() {
        ApiClient.Reply r = alice.signed("testCreate", "name", "bad-one");
        assertEquals(431, r.status);
        assertEquals("{\"testcreateresponse\":{\"uuidList\":[],\"errorcode\":431,\"cserrorcode\":4350,\"errortext\":\"A thing may not be called bad-one\"}}", r.body);
    }

    @Test
    void jobsOnTheSameSyncObjectRunOneAfterAnotherOthersInParallel() {
        String prefix = tag();
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.add(alice.signed("testJob", "tag", prefix + "-same-" + i, "objectid", "77", "sleepms", "300").inner().get("jobid").getAsString());
        }
        for (int i = 0; i < 2; i++) {
            jobs.add(alice.signed("testJob", "tag", prefix + "-other-" + i, "objectid", String.valueOf(1000 + i), "sleepms", "300").inner().get("jobid")
                .getAsString());
        }
        for (String job : jobs) {
            assertEquals(1, alice.waitForJob(job).get("jobstatus").getAsInt());
        }
        List<long[]> same = runs(prefix + "-same-");
        assertEquals(3, same.size());
        same.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < same.size(); i++) {
            assertTrue(same.get(i)[0] >= same.get(i - 1)[1], "jobs on one sync object overlapped");
        }
        List<long[]> other = runs(prefix + "-other-");
        assertEquals(2, other.size());
        boolean overlap = other.get(0)[0] < other.get(1)[1] && other.get(1)[0] < other.get(0)[1];
        assertTrue(overlap, "jobs on different sync objects ran one after the other");
    }

    private static List<long[]> runs(String prefix) {
        List<long[]> result = new ArrayList<>();
        synchronized (TestAsyncCmd.RUNS) {
            for (Object[] run : TestAsyncCmd.RUNS) {
                if (run[0] != null && ((String)run[0]).startsWith(prefix)) {
                    result.add(new long[] {(Long)run[1], (Long)run[2]});
                }
            }
        }
        return result;
    }

    @Test
    void anotherTenantCannotReadTheJob() {
        String jobId = alice.signed("testJob", "tag", tag()).inner().get("jobid").getAsString();
        ApiClient.Reply r = carol.signed("queryAsyncJobResult", "jobid", jobId);
        assertEquals(531, r.status);
        assertEquals("Caller does not have permission to operate with provided resource.", r.inner().get("errortext").getAsString());
        // the root admin and alice's domain admin may
        assertEquals(200, cloud.client(cloud.admin).signed("queryAsyncJobResult", "jobid", jobId).status);
        assertEquals(200, cloud.client(cloud.domainAdmin).signed("queryAsyncJobResult", "jobid", jobId).status);
    }

    @Test
    void unknownJobIdIs431() {
        ApiClient.Reply r = alice.signed("queryAsyncJobResult", "jobid", "00000000-0000-4000-8000-00000000abcd");
        assertEquals(431, r.status);
        assertTrue(r.inner().get("errortext").getAsString().startsWith("Unable to execute API command queryasyncjobresult due to invalid value. Invalid parameter jobid"),
            r.body);
        assertEquals(431, alice.signed("queryAsyncJobResult").status);
    }

    @Test
    void listAsyncJobsShowsOwnJobsUnderAsyncjobs() {
        String jobId = alice.signed("testJob", "tag", tag()).inner().get("jobid").getAsString();
        alice.waitForJob(jobId);
        JsonObject list = alice.signed("listAsyncJobs").inner();
        JsonArray items = list.getAsJsonArray("asyncjobs");
        assertEquals(list.get("count").getAsInt(), items.size());
        boolean found = false;
        for (JsonElement e : items) {
            JsonObject j = e.getAsJsonObject();
            assertEquals(cloud.alice.account.getUuid(), j.get("accountid").getAsString(), "only own jobs");
            found |= jobId.equals(j.get("jobid").getAsString());
        }
        assertTrue(found);
        JsonObject carolList = carol.signed("listAsyncJobs").inner();
        if (carolList.has("asyncjobs")) {
            for (JsonElement e : carolList.getAsJsonArray("asyncjobs")) {
                assertFalse(jobId.equals(e.getAsJsonObject().get("jobid").getAsString()));
            }
        }
        JsonObject adminAll = cloud.client(cloud.admin).signed("listAsyncJobs", "listall", "true").inner();
        assertTrue(adminAll.getAsJsonArray("asyncjobs").toString().contains(jobId));
    }
}
