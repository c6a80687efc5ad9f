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
package org.apache.cloudstack.network.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds the generated client configuration to the real tools as a user would: {@code wg-quick strip},
 * then {@code wg setconf} on a wireguard-go interface in a network namespace this test creates (and
 * removes), then reads it back with {@code wg showconf}. Needs root (namespaces, TUN).
 */
class WgClientConfigWithRealWireGuardTest {

    private final WgClientConfigRenderer renderer = new WgClientConfigRenderer();
    private String namespace;
    private String device;

    private static byte[] generate() {
        byte[] bytes = new byte[3];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @BeforeEach
    void namespaceWithAWireGuardDevice() throws Exception {
        assumeTrue(RealTools.isRoot(), "needs root for a network namespace and a TUN device");
        assumeTrue(RealTools.available("wireguard-go") && RealTools.available("wg") && RealTools.available("wg-quick") && RealTools.available("ip"),
            "needs wireguard-go, wg, wg-quick and ip");
        String suffix = HexFormat.of().formatHex(generate());
        namespace = "wgcfgtest-" + suffix;
        device = "wgc" + suffix;
        RealTools.runOk(List.of("ip", "netns", "add", namespace), null);
        RealTools.runOk(List.of("ip", "netns", "exec", namespace, "wireguard-go", device), null);
    }

    @AfterEach
    void removeNamespace() throws Exception {
        if (namespace != null) {
            RealTools.run(List.of("ip", "netns", "exec", namespace, "ip", "link", "del", device), null);
            RealTools.run(List.of("ip", "netns", "del", namespace), null);
        }
    }

    private String applyAndShow(String config) throws Exception {
        Path file = WgClientConfigRendererTest.writeInterfaceConfig(config);
        Path stripped = file.resolveSibling("stripped.conf");
        try {
            String wgConfig = RealTools.runOk(List.of("wg-quick", "strip", file.toString()), null);
            Files.writeString(stripped, wgConfig);
            Files.setPosixFilePermissions(stripped, PosixFilePermissions.fromString("rw-------"));
            RealTools.runOk(List.of("ip", "netns", "exec", namespace, "wg", "setconf", device, stripped.toString()), null);
            return RealTools.runOk(List.of("ip", "netns", "exec", namespace, "wg", "showconf", device), null);
        } finally {
            Files.deleteIfExists(stripped);
            WgClientConfigRendererTest.delete(file);
        }
    }

    @Test
    void wgSetconfTakesTheGeneratedConfigFieldForField() throws Exception {
        WgClientConfig config = WgClientConfigRendererTest.sample();

        String shown = applyAndShow(renderer.render(config));

        assertTrue(shown.contains("PrivateKey = " + config.getPrivateKey()), shown);
        assertTrue(shown.contains("PublicKey = " + config.getServerPublicKey()), shown);
        assertTrue(shown.contains("PresharedKey = " + config.getPresharedKey()), shown);
        assertTrue(shown.contains("Endpoint = 203.0.113.10:51820"), shown);
        assertTrue(shown.contains("PersistentKeepalive = 25"), shown);
        assertTrue(shown.matches("(?s).*AllowedIPs = (10\\.1\\.1\\.0/24, 10\\.8\\.0\\.0/24|10\\.8\\.0\\.0/24, 10\\.1\\.1\\.0/24).*"), shown);
    }

    @Test
    void anOwnKeyConfigIsValidAndSetsNoPrivateKey() throws Exception {
        WgClientConfig config = WgClientConfigRendererTest.sample().setPrivateKey(null).setPresharedKey(null);

        String shown = applyAndShow(renderer.render(config));

        assertFalse(shown.contains("PrivateKey"), shown);
        assertEquals(1, shown.split("PublicKey = ", -1).length - 1);
    }
}
