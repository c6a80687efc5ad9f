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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class WgClientConfigRendererTest {

    private static final String CLIENT_KEY = "SDoEhh1gWoILCrzPAtaD3d99KdZFtODOOp0Q/gdUTVg=";
    private static final String CLIENT_PUB = "IQGxeYHZFm+2NerFxb3B49N96itCSGocuZvzrwNtFRI=";
    private static final String SERVER_PUB = "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM=";
    private static final String PSK = "hxQo2ifnxRvduIcs/aql9PFyFmotWAi+r+sItcpjfS0=";

    private final WgClientConfigRenderer renderer = new WgClientConfigRenderer();

    static WgClientConfig sample() {
        return new WgClientConfig().setPrivateKey(CLIENT_KEY).setPublicKey(CLIENT_PUB).addAddress("10.8.0.2/32").addAddress("2001:db8:800::2/128")
                .setDns("10.1.1.1").setMtu(1420).setServerPublicKey(SERVER_PUB).setPresharedKey(PSK).setEndpoint("203.0.113.10", 51820)
                .addAllowedIp("10.1.1.0/24").addAllowedIp("10.8.0.0/24").setKeepalive(25);
    }

    @Test
    void rendersTheContractLayout() {
        String expected = "[Interface]\n"
                + "PrivateKey = " + CLIENT_KEY + "\n"
                + "Address = 10.8.0.2/32, 2001:db8:800::2/128\n"
                + "DNS = 10.1.1.1\n"
                + "MTU = 1420\n"
                + "\n"
                + "[Peer]\n"
                + "PublicKey = " + SERVER_PUB + "\n"
                + "PresharedKey = " + PSK + "\n"
                + "Endpoint = 203.0.113.10:51820\n"
                + "AllowedIPs = 10.1.1.0/24, 10.8.0.0/24\n"
                + "PersistentKeepalive = 25\n";

        assertEquals(expected, renderer.render(sample()));
    }

    @Test
    void ownKeyUsersGetAPlaceholderCommentInsteadOfAPrivateKey() {
        String config = renderer.render(sample().setPrivateKey(null));

        assertTrue(config.contains("\n# PrivateKey = <put the private key of " + CLIENT_PUB + " here>\n"), config);
        assertFalse(config.contains("\nPrivateKey"), config);
    }

    @Test
    void leavesOutOptionalLines() {
        String config = renderer.render(sample().setPresharedKey(null).setDns(null).setKeepalive(0));

        assertFalse(config.contains("PresharedKey"));
        assertFalse(config.contains("DNS"));
        assertFalse(config.contains("PersistentKeepalive"));
    }

    static Path writeInterfaceConfig(String config) throws Exception {
        Path dir = Files.createTempDirectory("wgcfg-" + UUID.randomUUID().toString().substring(0, 8),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path file = dir.resolve("wgt0.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    static void delete(Path file) throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    @Test
    void wgQuickStripAcceptsTheConfigAndKeepsOnlyWhatWgReads() throws Exception {
        assumeTrue(RealTools.available("wg-quick"), "wg-quick is not installed");
        assumeTrue(RealTools.isRoot(), "wg-quick strip runs only as root (it would call sudo)");
        for (WgClientConfig config : List.of(sample(), sample().setPrivateKey(null))) {
            Path file = writeInterfaceConfig(renderer.render(config));
            try {
                String stripped = RealTools.runOk(List.of("wg-quick", "strip", file.toString()), null);

                assertFalse(stripped.contains("Address"));
                assertFalse(stripped.contains("DNS"));
                assertFalse(stripped.contains("MTU"));
                assertTrue(stripped.contains("PublicKey = " + SERVER_PUB));
                assertTrue(stripped.contains("AllowedIPs = 10.1.1.0/24, 10.8.0.0/24"));
                assertEquals(config.getPrivateKey() != null, stripped.contains("PrivateKey = " + CLIENT_KEY));
            } finally {
                delete(file);
            }
        }
    }
}
