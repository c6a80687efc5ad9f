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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The real {@code cs} client (Debian's python3-cs, run as {@code /usr/bin/python3 -m cs}) against the
 * server: a signed list call, an async call it polls to the end, and an error it must report.
 */
class CsClientTest {

    static final String PYTHON = "/usr/bin/python3";
    static final String CLOUDSTACK = "/usr/bin/cloudstack";
    static TestCloud cloud;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws Exception {
        boolean hasCs = Files.isExecutable(Path.of(PYTHON)) && Files.isRegularFile(Path.of(CLOUDSTACK))
            && new ProcessBuilder(PYTHON, "-c", "import cs").redirectErrorStream(true).start().waitFor() == 0;
        assumeTrue(hasCs, "cs is not installed for /usr/bin/python3 (Debian packages cs, python3-cs; scripts/setup.sh installs them)");
        cloud = TestCloud.get();
    }

    private static final class Result {
        final int exit;
        final String stdout;
        final String stderr;

        Result(int exit, String stdout, String stderr) {
            this.exit = exit;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nstdout: " + stdout + "\nstderr: " + stderr;
        }
    }

    private Result cs(TestCloud.Person who, String... args) throws IOException, InterruptedException {
        return run(who, CLOUDSTACK, args);
    }

    private Result run(TestCloud.Person who, String script, String... args) throws IOException, InterruptedException {
        // Debian's cloudstack command; `python3 -m cs` runs the same code but always exits 0
        List<String> argv = new ArrayList<>(script == null ? List.of(PYTHON, "-m", "cs") : List.of(PYTHON, script));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDSTACK_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("CLOUDSTACK_ENDPOINT", cloud.apiUrl);
        pb.environment().put("CLOUDSTACK_KEY", who.apiKey);
        pb.environment().put("CLOUDSTACK_SECRET", who.secretKey);
        pb.environment().put("CLOUDSTACK_POLL_INTERVAL", "0.2");
        pb.environment().put("NO_COLOR", "1");
        Path out = home.resolve("out-" + System.nanoTime());
        Path err = home.resolve("err-" + System.nanoTime());
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cs did not finish: " + argv);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void csListsWithASignedGet() throws Exception {
        Result r = cs(cloud.alice, "listUsers", "id=" + cloud.alice.user.getUuid());
        assertEquals(0, r.exit, r.toString());
        JsonObject reply = JsonParser.parseString(r.stdout).getAsJsonObject();
        assertEquals(1, reply.get("count").getAsInt(), r.toString());
        assertEquals(cloud.alice.username, reply.getAsJsonArray("user").get(0).getAsJsonObject().get("username").getAsString());
    }

    @Test
    void theCsModuleWorksAsWell() throws Exception {
        Result r = run(cloud.alice, null, "listCapabilities");
        assertEquals(0, r.exit, r.toString());
        assertEquals("4.22.0.0", JsonParser.parseString(r.stdout).getAsJsonObject().getAsJsonObject("capability").get("cloudstackversion").getAsString());
    }

    @Test
    void csSignsPostsAndValuesWithSpacesAndTildes() throws Exception {
        Result r = cs(cloud.admin, "--post", "testEcho", "name=a b~c", "words=x y,z");
        assertEquals(0, r.exit, r.toString());
        JsonObject thing = JsonParser.parseString(r.stdout).getAsJsonObject().getAsJsonObject("testthing");
        assertEquals("a b~c", thing.get("name").getAsString());
        assertEquals("[\"x y\",\"z\"]", thing.get("words").toString());
    }

    @Test
    void csWaitsForAnAsyncJobAndPrintsItsResult() throws Exception {
        Result r = cs(cloud.alice, "testJob", "tag=from-cs", "sleepms=300");
        assertEquals(0, r.exit, r.toString());
        JsonObject result = JsonParser.parseString(r.stdout).getAsJsonObject();
        assertEquals("from-cs", result.getAsJsonObject("testthing").get("name").getAsString(), r.toString());
    }

    @Test
    void csReportsAnErrorAndExitsNonZero() throws Exception {
        Result r = cs(cloud.alice, "testEcho");
        assertNotEquals(0, r.exit, r.toString());
        String all = r.stdout + r.stderr;
        assertTrue(all.contains("Unable to execute API command testecho due to missing parameter name"), r.toString());
        assertTrue(all.contains("431"), r.toString());
    }

    @Test
    void csReportsAFailedJob() throws Exception {
        Result r = cs(cloud.alice, "testJob", "tag=cs-fails", "fail=param");
        assertNotEquals(0, r.exit, r.toString());
        assertTrue((r.stdout + r.stderr).contains("the job found a bad value"), r.toString());
    }
}
