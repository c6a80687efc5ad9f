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
package org.apache.cloudstack.devcloud.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** devcloud.json carries exactly DESIGN.md §6's keys, and secrets only in 0600 files. */
class StateFileTest {
    @TempDir
    Path tmp;

    static DevCloudState sample() {
        DevCloudState s = new DevCloudState("http://127.0.0.1:8080/client/api", "http://127.0.0.1:8080/client/");
        s.addAccount("tenant1", "User", "ROOT", "d-uuid", "tenant1", "pw", "KEY", "SECRET");
        s.addNetwork("n-uuid", "tenant1-network", "tenant1", "10.1.1.0/24", "10.1.1.1", "dc-r-3", "dc-vm-4", "10.1.1.10", "ip-uuid", "203.0.113.10",
            "http://10.1.1.10/devcloud-test-file.bin", 1048576L, "ab".repeat(32));
        s.setPublic("203.0.113.0/24", "dc-pubbr", "dc-pub", "203.0.113.200-203.0.113.250");
        return s;
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesTheContractKeysWithMode0600() throws Exception {
        Path file = tmp.resolve("run/devcloud.json");

        StateFile.write(file, sample());

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Map<String, Object> json = new Gson().fromJson(Files.readString(file), Map.class);
        assertEquals(List.of("api_url", "ui_url", "accounts", "networks", "public"), List.copyOf(json.keySet()));
        Map<String, Object> account = ((List<Map<String, Object>>)json.get("accounts")).get(0);
        assertEquals(List.of("name", "role", "domain", "domainid", "username", "password", "api_key", "secret_key"), List.copyOf(account.keySet()));
        Map<String, Object> network = ((List<Map<String, Object>>)json.get("networks")).get(0);
        assertEquals(List.of("id", "name", "account", "cidr", "gateway", "router_netns", "guest_vm_netns", "guest_vm_ip", "public_ip", "guest_vm_file"),
            List.copyOf(network.keySet()));
        assertEquals(List.of("id", "address"), List.copyOf(((Map<String, Object>)network.get("public_ip")).keySet()));
        assertEquals(List.of("url", "size", "sha256"), List.copyOf(((Map<String, Object>)network.get("guest_vm_file")).keySet()));
        assertEquals(List.of("cidr", "bridge", "netns", "free_range"), List.copyOf(((Map<String, Object>)json.get("public")).keySet()));
    }

    @Test
    void writesACsConfigPerAccountAndDeletesBoth() throws Exception {
        Path file = tmp.resolve("devcloud.json");
        StateFile.write(file, sample());
        Path ini = StateFile.csConfigFor(file);

        String text = Files.readString(ini);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ini)));
        assertTrue(text.contains("[tenant1]\nendpoint = http://127.0.0.1:8080/client/api\nkey = KEY\nsecret = SECRET\n"), text);

        StateFile.delete(file);
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(ini));
    }

    @Test
    void guideNamesTheStateFileAndNoSecret() {
        String guide = Guide.render(tmp.resolve("devcloud.json"), sample(), 12_345);

        assertTrue(guide.contains(tmp.resolve("devcloud.json").toString()));
        assertTrue(guide.contains("CLOUDSTACK_REGION=tenant1 cloudstack listPublicIpAddresses"));
        assertTrue(guide.contains("ip -n dc-pub link set client0 master dc-pubbr up"));
        assertFalse(guide.contains("SECRET"));
        assertFalse(guide.contains("KEY\n"));
    }
}
