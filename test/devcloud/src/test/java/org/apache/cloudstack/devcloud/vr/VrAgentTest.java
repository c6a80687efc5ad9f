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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.cloudstack.devcloud.HostTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.resource.virtualnetwork.ConfigItem;
import com.cloud.agent.resource.virtualnetwork.FileConfigItem;
import com.cloud.agent.resource.virtualnetwork.ScriptConfigItem;
import com.cloud.agent.resource.virtualnetwork.VRScripts;

/**
 * The VR agent carries config items out on a router namespace as VirtualRoutingResource does. A small fake
 * update_config.py stands in for the router's: it records what it saw (its databag, its interfaces) in the
 * router's own /etc/cloudstack, and fails for bags named bad*.
 */
class VrAgentTest {
    private static final String FAKE_UPDATE_CONFIG = String.join("\n",
        "#!/usr/bin/python3",
        "import os, stat, sys",
        "name = sys.argv[1]",
        "path = '/var/cache/cloud/' + name",
        "if name.startswith('bad'):",
        "    print('databag ' + name + ' is invalid: no type', file=sys.stderr)",
        "    sys.exit(3)",
        "mode = stat.S_IMODE(os.stat(path).st_mode)",
        "with open(path) as f, open('/etc/cloudstack/seen.txt', 'w') as out:",
        "    out.write('%s %o %s %s\\n' % (name, mode, ','.join(sorted(os.listdir('/sys/class/net'))), ' '.join(sys.argv[2:])))",
        "    out.write(f.read())",
        "os.unlink(path)",
        "print('applied ' + name)",
        "");

    @TempDir
    static Path tmp;

    static DevCloudNames names;
    static PublicSegment segment;
    static RouterNamespace router;
    static VrAgent agent = new VrAgent(60);

    static class TestCommand extends NetworkElementCommand {
    }

    @BeforeAll
    static void buildRouter() throws Exception {
        HostTestSupport.assumeRootWithNamespaces();
        VrImage repoImage = VrImage.fromRepo(HostTestSupport.repo());
        boolean vrhost = Files.isRegularFile(repoImage.getVrhost());
        if (!vrhost) {
            System.out.println("SKIPPED: " + repoImage.getVrhost() + " (the VR side's vrhost.py) is not in this tree yet");
        }
        assumeTrue(vrhost, "systemvm/test/vrhost.py is not in this tree yet");
        Path fake = tmp.resolve("update_config.py");
        Files.writeString(fake, FAKE_UPDATE_CONFIG);
        Path emptyBin = Files.createDirectories(tmp.resolve("systemvm-bin"));
        VrImage image = new VrImage(emptyBin, fake, repoImage.getVrhost());

        names = new DevCloudNames(HostTestSupport.uniquePrefix());
        segment = new PublicSegment(names);
        segment.create();
        router = new RouterNamespace(names, new RouterSpec(4, "r-4-VM", "10.1.4.0/24", "10.1.4.1", "203.0.113.14", null, null), segment, image,
            tmp.resolve("routers"));
        router.create();
    }

    @AfterAll
    static void removeRouter() {
        if (names != null) {
            HostCleaner.removeAll(names, tmp.resolve("routers"));
        }
    }

    @Test
    void fileThenScriptRunsUpdateConfigOnTheRouterWithItsOwnFolders() throws Exception {
        List<ConfigItem> items = List.of(new FileConfigItem(VRScripts.CONFIG_PERSIST_LOCATION, "wireguard_vpn.json.0b4d2c1e", "{\"type\":\"wireguardvpn\"}"),
            new ScriptConfigItem(VRScripts.UPDATE_CONFIG, "wireguard_vpn.json.0b4d2c1e false"));

        Answer answer = agent.applyConfig(router, new TestCommand(), items);

        assertTrue(answer.getResult(), answer.getDetails());
        assertEquals("applied wireguard_vpn.json.0b4d2c1e", answer.getDetails());
        String seen = Files.readString(router.getRootDir().resolve("etc/cloudstack/seen.txt"), StandardCharsets.UTF_8);
        String[] header = seen.lines().findFirst().orElseThrow().split(" ");
        assertEquals("wireguard_vpn.json.0b4d2c1e", header[0]);
        assertEquals("600", header[1], "the databag holds keys: written 0600");
        assertTrue(header[2].contains("eth0") && header[2].contains("eth2"), "ran inside the router's namespace: " + header[2]);
        assertEquals("false", header[3]);
        assertTrue(seen.contains("{\"type\":\"wireguardvpn\"}"));
        assertFalse(Files.exists(router.getCacheDir().resolve("wireguard_vpn.json.0b4d2c1e")));
    }

    @Test
    void failingScriptAnswersWithItsErrorTextAndStops() throws Exception {
        List<ConfigItem> items = List.of(new FileConfigItem(VRScripts.CONFIG_PERSIST_LOCATION, "bad.json.1", "{}"),
            new ScriptConfigItem(VRScripts.UPDATE_CONFIG, "bad.json.1"),
            new FileConfigItem(VRScripts.CONFIG_PERSIST_LOCATION, "never.json.2", "{}"));

        Answer answer = agent.applyConfig(router, new TestCommand(), items);

        assertFalse(answer.getResult());
        assertEquals("databag bad.json.1 is invalid: no type", answer.getDetails());
        assertFalse(Files.exists(router.getCacheDir().resolve("never.json.2")), "items after a failure are not carried out");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(router.getCacheDir().resolve("bad.json.1"))));
    }

    @Test
    void refusesFilesOutsideTheCacheAndArgumentsWithShellSyntax() {
        assertThrows(IllegalArgumentException.class,
            () -> agent.writeFile(router, new FileConfigItem("/etc/", "passwd", "x")));
        assertThrows(IllegalArgumentException.class,
            () -> agent.writeFile(router, new FileConfigItem(VRScripts.CONFIG_PERSIST_LOCATION, "../x.json", "x")));
        assertThrows(IllegalArgumentException.class, () -> VrAgent.scriptArgv("update_config.py", "a.json; rm -rf /"));
        assertThrows(IllegalArgumentException.class, () -> VrAgent.scriptArgv("../bin/sh", "x"));
        assertEquals(List.of("/opt/cloud/bin/update_config.py", "a.json.1", "false"), VrAgent.scriptArgv("update_config.py", " a.json.1  false "));
    }

    @Test
    void commandWithoutAConfigFacadeAnswersWithCloudStacksError() {
        Answer answer = agent.execute(router, new TestCommand());

        assertFalse(answer.getResult());
        assertEquals("Unable to process the configuration for " + TestCommand.class.getName(), answer.getDetails());
    }
}
