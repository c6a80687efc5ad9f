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
package org.apache.cloudstack.devcloud.vr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.cloudstack.devcloud.HostTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crashed run leaves (namespaces with processes, links, run files) is removed by prefix at the next start. */
class HostCleanerTest {
    @TempDir
    Path tmp;

    @Test
    void removesACrashedRunsNamespacesProcessesAndFilesButNotAnotherInstances() throws Exception {
        HostTestSupport.assumeRootWithNamespaces();
        DevCloudNames crashed = new DevCloudNames(HostTestSupport.uniquePrefix());
        DevCloudNames other = new DevCloudNames(HostTestSupport.uniquePrefix());
        Path runDir = Files.createDirectories(tmp.resolve("run/routers/x"));
        // a "crashed" instance: public segment, a router, and a process left running inside it
        VrHostManager host = new VrHostManager(crashed, VrImage.fromRepo(HostTestSupport.repo()), tmp.resolve("run"), 1);
        host.getPublicSegment().create();
        GuestVm vm = host.createGuestVm(9, "10.1.9.10");
        host.buildRouter(new RouterSpec(8, "r-8-VM", "10.1.9.0/24", "10.1.9.1", "203.0.113.18", vm.getNetns(), "10.1.9.10"));
        Process sleeper = new ProcessBuilder(Netns.exec(crashed.routerNetns(8), "sleep", "300")).start();
        new PublicSegment(other).create();
        try {
            List<String> removed = HostCleaner.removeAll(crashed, tmp.resolve("run"));

            assertEquals(3, removed.size(), removed.toString());
            assertTrue(sleeper.waitFor(5, TimeUnit.SECONDS), "the process in the crashed router was ended");
            for (String ns : Netns.list()) {
                assertFalse(ns.startsWith(crashed.namespacePrefix()), ns);
            }
            assertFalse(Files.exists(runDir));
            assertFalse(HostCommand.check(Netns.IP, "-o", "link").getStdout().contains(crashed.getPrefix() + "-"), "no link left in the host namespace");
            assertTrue(Netns.exists(other.publicNetns()), "another instance's namespaces stay");
        } finally {
            sleeper.destroyForcibly();
            HostCleaner.removeAll(crashed, tmp.resolve("run"));
            HostCleaner.removeAll(other, tmp.resolve("other"));
        }
    }
}
