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
package com.cloud.agent.resource.virtualnetwork.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.resource.virtualnetwork.ConfigItem;
import com.cloud.agent.resource.virtualnetwork.FileConfigItem;
import com.cloud.agent.resource.virtualnetwork.ScriptConfigItem;
import com.cloud.agent.resource.virtualnetwork.VRScripts;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class WireGuardVpnConfigItemTest {

    private static final String VPN_UUID = "0b7c6f3e-1d2a-4c5b-9e8f-7a6b5c4d3e2f";
    private static final String SERVER_KEY = "SDoEhh1gWoILCrzPAtaD3d99KdZFtODOOp0Q/gdUTVg=";
    private static final String PEER1 = "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM=";
    private static final String PEER2 = "+4KczBjPU2hFkgyee2awR4c1PohTCv6tBOz1VlsyiE0=";
    private static final String PSK = "hxQo2ifnxRvduIcs/aql9PFyFmotWAi+r+sItcpjfS0=";

    static WireGuardVpnCfgCommand fullCommand() {
        WireGuardVpnCfgCommand cmd = new WireGuardVpnCfgCommand(VPN_UUID, true);
        cmd.setPublicIp("203.0.113.10");
        cmd.setPublicInterface("eth2");
        cmd.setPublicIp6("2001:db8:ffff::10");
        cmd.setGuestInterfaces(List.of("eth0"));
        cmd.setLocalCidrs(List.of("10.1.1.0/24", "2001:db8:1::/64"));
        cmd.setListenPort(51820);
        cmd.setMtu(1420);
        cmd.setPrivateKey(SERVER_KEY);
        cmd.setIp4Address("10.8.0.1/24");
        cmd.setIp6Address("2001:db8:800::1/64");
        cmd.setPeers(List.of(new WireGuardVpnCfgCommand.Peer(PEER1, PSK, "10.8.0.2", "2001:db8:800::2", true, false),
                new WireGuardVpnCfgCommand.Peer(PEER2, null, "10.8.0.3", null, false, true)));
        return cmd;
    }

    private static String bagOf(List<ConfigItem> items) {
        return ((FileConfigItem)items.get(0)).getFileContents();
    }

    private static JsonElement golden() throws IOException {
        try (InputStream in = WireGuardVpnConfigItemTest.class.getResourceAsStream("/wireguard/wireguard_vpn.golden.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void commandIsRegisteredWithItsFacade() {
        assertInstanceOf(WireGuardVpnConfigItem.class, AbstractConfigItemFacade.getInstance(WireGuardVpnCfgCommand.class));
    }

    @Test
    void databagMatchesTheDesignContractFieldForField() throws IOException {
        List<ConfigItem> items = new WireGuardVpnConfigItem().generateConfig(fullCommand());

        assertEquals(golden(), JsonParser.parseString(bagOf(items)));
    }

    @Test
    void databagIsWrittenToTheCacheWithAUuidSuffixAndAppliedWithoutAProcessedCopy() {
        List<ConfigItem> items = new WireGuardVpnConfigItem().generateConfig(fullCommand());

        assertEquals(2, items.size());
        FileConfigItem file = (FileConfigItem)items.get(0);
        assertEquals(VRScripts.CONFIG_PERSIST_LOCATION, file.getFilePath());
        assertTrue(file.getFileName().matches("wireguard_vpn\\.json\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), file.getFileName());
        ScriptConfigItem script = (ScriptConfigItem)items.get(1);
        assertEquals(VRScripts.UPDATE_CONFIG, script.getScript());
        assertEquals(file.getFileName() + " false", script.getArgs());
    }

    @Test
    void removalBagCarriesCreateFalseAndTheUuid() {
        WireGuardVpnCfgCommand cmd = new WireGuardVpnCfgCommand(VPN_UUID, false);

        JsonObject bag = JsonParser.parseString(bagOf(new WireGuardVpnConfigItem().generateConfig(cmd))).getAsJsonObject();

        assertEquals(VPN_UUID, bag.get("vpn_uuid").getAsString());
        assertFalse(bag.get("create").getAsBoolean());
        assertEquals("wireguardvpn", bag.get("type").getAsString());
        assertEquals(0, bag.getAsJsonArray("peers").size());
    }

    @Test
    void nullAddressesAreLeftOutOfTheBagAsCloudStacksGsonDoes() {
        WireGuardVpnCfgCommand cmd = fullCommand();
        cmd.setPublicIp6(null);
        cmd.setIp6Address(null);

        JsonObject bag = JsonParser.parseString(bagOf(new WireGuardVpnConfigItem().generateConfig(cmd))).getAsJsonObject();

        assertFalse(bag.has("public_ip6"));
        assertFalse(bag.has("ip6_address"));
        assertFalse(bag.getAsJsonArray("peers").get(1).getAsJsonObject().has("preshared_key"));
    }
}
