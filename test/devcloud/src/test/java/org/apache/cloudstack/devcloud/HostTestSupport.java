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
package org.apache.cloudstack.devcloud;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.cloudstack.devcloud.vr.HostCommand;
import org.apache.cloudstack.devcloud.vr.Netns;

/** What the host-level tests share: the root check, unique prefixes, the source tree, python in a namespace. */
public final class HostTestSupport {
    private HostTestSupport() {
    }

    /** Skips the calling test, saying why, unless it runs as root with `ip netns` available (CI runs as root). */
    public static void assumeRootWithNamespaces() {
        boolean root = "root".equals(System.getProperty("user.name")) || isUid0();
        if (!root) {
            System.out.println("SKIPPED: needs root to create network namespaces");
        }
        assumeTrue(root, "needs root to create network namespaces");
        boolean ip = Files.isExecutable(Paths.get(Netns.IP));
        if (!ip) {
            System.out.println("SKIPPED: " + Netns.IP + " (iproute2) is missing");
        }
        assumeTrue(ip, Netns.IP + " (iproute2) is missing");
    }

    private static boolean isUid0() {
        try {
            return "0".equals(HostCommand.run("id", "-u").getStdout().trim());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A prefix no other run on this machine uses: 't' + 5 random hex digits (the prefix allows 8 characters). */
    public static String uniquePrefix() {
        byte[] b = new byte[3];
        new SecureRandom().nextBytes(b);
        return "t" + HexFormat.of().formatHex(b).substring(0, 5);
    }

    public static Path repo() {
        return DevCloudOptions.findRepo(Paths.get("").toAbsolutePath());
    }

    /** Runs a python3 snippet inside a namespace (argv, no shell) and returns its stdout, failing on error. */
    public static String python(String netns, String code) {
        return Netns.check(netns, "/usr/bin/python3", "-c", code).getStdout().strip();
    }

    public static String sha256Of(String netns, String url) {
        return python(netns, "import hashlib,urllib.request;print(hashlib.sha256(urllib.request.urlopen('" + url + "', timeout=20).read()).hexdigest())");
    }
}
