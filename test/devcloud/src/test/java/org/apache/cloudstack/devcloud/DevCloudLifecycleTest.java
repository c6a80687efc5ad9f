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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.cloudstack.devcloud.SignedApi.Reply;
import org.apache.cloudstack.devcloud.vr.Netns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * devcloud from start to stop, as a user runs it (root): the state file of DESIGN.md §6, a guest VM's file over HTTP,
 * the network-side API with each account's keys, restartNetwork with cleanup and rebootRouter rebuilding routers, a
 * clean stop on SIGINT, and a second start on the same data dir finding the same cloud. The steps run in order on
 * one devcloud.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevCloudLifecycleTest {
    @TempDir
    static Path work;

    static final String MARK = "127.77.0.1/32";
    static DevCloudProcess devcloud;
    static JsonObject state;
    static SignedApi admin;
    static SignedApi tenant1;
    static SignedApi tenant2;

    @BeforeAll
    static void start() throws Exception {
        HostTestSupport.assumeRootWithNamespaces();
        devcloud = new DevCloudProcess(work, HostTestSupport.uniquePrefix());
        state = devcloud.start(240);
        admin = SignedApi.of(state, "admin");
        tenant1 = SignedApi.of(state, "tenant1");
        tenant2 = SignedApi.of(state, "tenant2");
    }

    @AfterAll
    static void stop() {
        if (devcloud != null) {
            devcloud.kill();
        }
    }

    static JsonObject network(JsonObject st, String account) {
        for (JsonElement e : st.getAsJsonArray("networks")) {
            if (account.equals(e.getAsJsonObject().get("account").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no network of " + account);
    }

    static String publicIpId(JsonObject st, String account) {
        return network(st, account).getAsJsonObject("public_ip").get("id").getAsString();
    }

    /** Marks a namespace from inside (the kernel reuses a freed namespace's inode number: a name and inode prove nothing). */
    static void mark(String netns) {
        Netns.ip(netns, "addr", "add", MARK, "dev", "lo");
    }

    static boolean marked(String netns) {
        return Netns.check(netns, "ip", "-o", "addr", "show", "dev", "lo").getStdout().contains(MARK);
    }

    @Test
    @Order(1)
    void stateFileHasTheContractsKeysAndIsPrivate() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(devcloud.stateFile)));
        assertEquals("http://127.0.0.1:" + devcloud.port + "/client/api", state.get("api_url").getAsString());
        assertEquals("http://127.0.0.1:" + devcloud.port + "/client/", state.get("ui_url").getAsString());
        Set<String> accounts = new TreeSet<>();
        for (JsonElement e : state.getAsJsonArray("accounts")) {
            JsonObject a = e.getAsJsonObject();
            for (String key : List.of("name", "role", "domain", "domainid", "username", "password", "api_key", "secret_key")) {
                assertTrue(a.has(key) && !a.get(key).getAsString().isEmpty(), key + " of " + a.get("name"));
            }
            accounts.add(a.get("name").getAsString() + ":" + a.get("role").getAsString());
        }
        assertEquals(Set.of("admin:Admin", "tenant1:User", "tenant2:User"), accounts);
        assertEquals(2, state.getAsJsonArray("networks").size());
        for (JsonElement e : state.getAsJsonArray("networks")) {
            JsonObject n = e.getAsJsonObject();
            for (String key : List.of("id", "name", "account", "cidr", "gateway", "router_netns", "guest_vm_netns", "guest_vm_ip")) {
                assertTrue(n.has(key), key);
            }
            assertTrue(n.get("router_netns").getAsString().startsWith(devcloud.prefix + "-"));
            assertTrue(n.getAsJsonObject("public_ip").get("address").getAsString().startsWith("203.0.113."));
            JsonObject file = n.getAsJsonObject("guest_vm_file");
            assertEquals(1L << 20, file.get("size").getAsLong());
            assertEquals(64, file.get("sha256").getAsString().length());
        }
        JsonObject pub = state.getAsJsonObject("public");
        assertEquals("203.0.113.0/24", pub.get("cidr").getAsString());
        assertTrue(Netns.list().contains(pub.get("netns").getAsString()));
        assertEquals("203.0.113.200-203.0.113.250", pub.get("free_range").getAsString());
        assertTrue(Files.isRegularFile(devcloud.stateFile.resolveSibling("cloudstack.ini")));
    }

    @Test
    @Order(2)
    void guestVmServesItsFileOverHttpToItsRouter() {
        for (String account : List.of("tenant1", "tenant2")) {
            JsonObject n = network(state, account);
            JsonObject file = n.getAsJsonObject("guest_vm_file");
            assertEquals(file.get("sha256").getAsString(), HostTestSupport.sha256Of(n.get("router_netns").getAsString(), file.get("url").getAsString()));
        }
    }

    @Test
    @Order(3)
    void tenantsSeeTheirOwnPublicIpAndNetworkOnly() {
        JsonObject n1 = network(state, "tenant1");
        Reply ips = tenant1.call("listPublicIpAddresses");
        assertEquals(1, ips.count(), ips.toString());
        JsonObject ip = ips.items("publicipaddress").get(0);
        assertEquals(publicIpId(state, "tenant1"), ip.get("id").getAsString());
        assertEquals(n1.getAsJsonObject("public_ip").get("address").getAsString(), ip.get("ipaddress").getAsString());
        assertEquals("Allocated", ip.get("state").getAsString());
        assertTrue(ip.get("issourcenat").getAsBoolean());
        assertFalse(ip.get("isstaticnat").getAsBoolean());
        assertEquals(n1.get("id").getAsString(), ip.get("associatednetworkid").getAsString());
        assertEquals(n1.get("name").getAsString(), ip.get("associatednetworkname").getAsString());
        assertEquals("tenant1", ip.get("account").getAsString());
        assertEquals("devcloud-zone", ip.get("zonename").getAsString());
        assertFalse(ip.has("vlanid"), "VLAN details are for root admins");

        assertEquals(0, tenant2.call("listPublicIpAddresses", "id", publicIpId(state, "tenant1")).count());
        Reply all = admin.call("listPublicIpAddresses", "listall", "true");
        assertEquals(2, all.count(), all.toString());
        assertTrue(all.items("publicipaddress").get(0).has("vlanid"));
        assertTrue(admin.call("listPublicIpAddresses", "allocatedonly", "false", "listall", "true").count() > 2, "free IPs of the zone, when asked");

        Reply networks = tenant1.call("listNetworks");
        assertEquals(1, networks.count(), networks.toString());
        JsonObject net = networks.items("network").get(0);
        assertEquals(n1.get("id").getAsString(), net.get("id").getAsString());
        assertEquals("Isolated", net.get("type").getAsString());
        assertEquals(n1.get("cidr").getAsString(), net.get("cidr").getAsString());
        List<String> services = new ArrayList<>();
        for (JsonElement s : net.getAsJsonArray("service")) {
            services.add(s.getAsJsonObject().get("name").getAsString() + "=" + s.getAsJsonObject().getAsJsonArray("provider").get(0).getAsJsonObject().get("name")
                .getAsString());
        }
        assertTrue(services.contains("SourceNat=VirtualRouter") && services.contains("Vpn=VirtualRouter"), services.toString());
        assertEquals(0, tenant1.call("listNetworks", "id", n1.get("id").getAsString(), "account", "tenant1").errorCode());
        assertEquals(531, tenant1.call("listNetworks", "id", network(state, "tenant2").get("id").getAsString()).errorCode());

        Reply zones = tenant1.call("listZones");
        assertEquals(1, zones.count());
        assertEquals("Advanced", zones.items("zone").get(0).get("networktype").getAsString());
        assertFalse(zones.items("zone").get(0).has("dns1"));
        assertTrue(admin.call("listZones").items("zone").get(0).has("dns1"));
        Reply vpcs = tenant1.call("listVPCs");
        assertEquals(200, vpcs.status);
        assertEquals(0, vpcs.inner.size(), "an empty list is {}: " + vpcs);
    }

    @Test
    @Order(4)
    void seededL2tpVpnAndItsFirewallRulesAreListed() {
        String ip = publicIpId(state, "tenant1");
        Reply vpns = tenant1.call("listRemoteAccessVpns", "publicipid", ip);
        assertEquals(1, vpns.count(), vpns.toString());
        JsonObject vpn = vpns.items("remoteaccessvpn").get(0);
        assertEquals("Running", vpn.get("state").getAsString());
        assertEquals(ip, vpn.get("publicipid").getAsString());
        assertEquals("10.1.2.2-10.1.2.8", vpn.get("iprange").getAsString());
        assertFalse(vpn.get("presharedkey").getAsString().isEmpty());
        assertEquals(531, tenant2.call("listRemoteAccessVpns", "publicipid", ip).errorCode());

        Reply rules = tenant1.call("listFirewallRules", "ipaddressid", ip);
        Set<String> ports = new TreeSet<>();
        for (JsonObject r : rules.items("firewallrule")) {
            assertEquals("Active", r.get("state").getAsString());
            assertEquals("0.0.0.0/0", r.get("cidrlist").getAsString());
            ports.add(r.get("protocol").getAsString() + "/" + r.get("startport").getAsInt());
        }
        assertEquals(Set.of("udp/500", "udp/1701", "udp/4500"), ports);
        assertEquals(0, tenant2.call("listFirewallRules").count());
    }

    @Test
    @Order(5)
    void adminListsRoutersAndProvidersTheWireGuardPluginAmongThem() {
        Reply tenantRouters = tenant1.call("listRouters");
        assertNotEquals(200, tenantRouters.status, "listRouters is an admin command: " + tenantRouters);
        Reply routers = admin.call("listRouters", "listall", "true");
        assertEquals(2, routers.count(), routers.toString());
        for (JsonObject r : routers.items("router")) {
            assertEquals("Running", r.get("state").getAsString());
            assertTrue(r.get("publicip").getAsString().startsWith("203.0.113."));
        }
        Set<String> providers = new TreeSet<>();
        for (JsonObject p : admin.call("listNetworkServiceProviders").items("networkserviceprovider")) {
            providers.add(p.get("name").getAsString());
        }
        assertTrue(providers.containsAll(Set.of("VirtualRouter", "WireGuardVpn")), providers.toString());
        assertEquals(0, admin.call("listNetworkServiceProviders", "name", "SecurityGroupProvider", "state", "Enabled").count());
    }

    static JsonObject jobResult(Reply job, String objectName) {
        assertEquals(1, job.inner.get("jobstatus").getAsInt(), job.toString());
        return job.inner.getAsJsonObject("jobresult").getAsJsonObject(objectName);
    }

    static void assertJobFailed(Reply job, int code, String text) {
        assertEquals(2, job.inner.get("jobstatus").getAsInt(), job.toString());
        assertEquals(code, job.inner.get("jobresultcode").getAsInt(), job.toString());
        assertEquals(text, job.inner.getAsJsonObject("jobresult").get("errortext").getAsString());
    }

    @Test
    @Order(55)
    void pluginSettingRaisedWithUpdateConfigurationTakesEffectWithoutRestartAndOnlyForTheRootAdmin() {
        String maxUsers = "wireguard.vpn.max.users";
        JsonObject setting = admin.call("listConfigurations", "name", maxUsers).items("configuration").get(0);
        assertEquals("250", setting.get("value").getAsString(), "the plugin's key got its row, with its default, at start");
        assertEquals("250", setting.get("defaultvalue").getAsString());
        assertTrue(setting.get("isdynamic").getAsBoolean());
        assertEquals("Network", setting.get("category").getAsString());

        Reply refused = tenant1.call("updateConfiguration", "name", maxUsers, "value", "1000");
        assertEquals(432, refused.status, refused.toString());
        assertTrue(refused.errorText().startsWith("The API [updateConfiguration] does not exist or is not available for the account"), refused.toString());
        assertEquals(432, tenant1.call("listConfigurations").status);

        assertEquals(200, admin.call("updateConfiguration", "name", maxUsers, "value", "1").status);
        String vpn = jobResult(tenant2.callAndWait(120, "createWgVpn", "publicipid", publicIpId(state, "tenant2"), "port", "51850"), "wgvpn").get("id")
            .getAsString();
        try {
            jobResult(tenant2.callAndWait(120, "createWgUser", "vpnid", vpn, "name", "first"), "wguser");
            Reply full = tenant2.call("createWgUser", "vpnid", vpn, "name", "second");
            Reply overLimit = full.inner.has("jobid") ? tenant2.callAndWait(120, "queryAsyncJobResult", "jobid", full.inner.get("jobid").getAsString()) : full;
            assertTrue(overLimit.toString().contains("has reached its limit of 1 users (setting wireguard.vpn.max.users)"), overLimit.toString());

            Reply raised = admin.call("updateConfiguration", "name", maxUsers, "value", "2");
            assertEquals("2", raised.inner.getAsJsonObject("configuration").get("value").getAsString());
            JsonObject second = jobResult(tenant2.callAndWait(120, "createWgUser", "vpnid", vpn, "name", "second"), "wguser");
            assertEquals("Active", second.get("state").getAsString(), "a user beyond the old limit, with no restart in between");
        } finally {
            assertEquals(1, tenant2.callAndWait(120, "deleteWgVpn", "id", vpn).inner.get("jobstatus").getAsInt());
            assertEquals(200, admin.call("updateConfiguration", "name", maxUsers, "value", "250").status);
        }
    }

    static boolean hasAddress(String netns, String ip) {
        return Netns.check(netns, "ip", "-o", "-4", "addr", "show", "dev", "eth2").getStdout().contains(" " + ip + "/24 ");
    }

    @Test
    @Order(56)
    void associateIpAddressPutsTheNextFreeIpOnTheRouterAndDisassociateRefusesWhileAVpnUsesIt() {
        JsonObject n1 = network(state, "tenant1");
        String netId = n1.get("id").getAsString();
        JsonObject ip = jobResult(tenant1.callAndWait(120, "associateIpAddress", "networkid", netId), "ipaddress");
        String ipId = ip.get("id").getAsString();
        String address = ip.get("ipaddress").getAsString();
        assertEquals("Allocated", ip.get("state").getAsString());
        assertFalse(ip.get("issourcenat").getAsBoolean());
        assertEquals(netId, ip.get("associatednetworkid").getAsString());
        assertEquals("tenant1", ip.get("account").getAsString());
        assertEquals("ROOT", ip.get("domainpath").getAsString());
        assertEquals(2, tenant1.call("listPublicIpAddresses").count());
        assertEquals(531, tenant2.callAndWait(120, "associateIpAddress", "networkid", netId).errorCode(), "another tenant's network");

        // on the router as IpAssocCommand leaves it: the address on eth2, its firewall chain dropping what no rule opens
        String netns = n1.get("router_netns").getAsString();
        assertTrue(hasAddress(netns, address), "address on eth2");
        String mangle = Netns.check(netns, "iptables-save", "-t", "mangle").getStdout();
        assertTrue(mangle.contains("-A PREROUTING -d " + address + "/32 -j FIREWALL_" + address), mangle);
        assertTrue(mangle.contains("-A FIREWALL_" + address + " -j DROP"), mangle);

        // a router rebuilt from nothing gets it back
        JsonObject router = admin.call("listRouters", "networkid", netId, "listall", "true").items("router").get(0);
        assertEquals(1, admin.callAndWait(120, "rebootRouter", "id", router.get("id").getAsString()).inner.get("jobstatus").getAsInt());
        assertTrue(hasAddress(netns, address), "address on the rebuilt router's eth2");

        String vpn = jobResult(tenant1.callAndWait(120, "createWgVpn", "publicipid", ipId, "port", "51870"), "wgvpn").get("id").getAsString();
        assertTrue(Netns.check(netns, "iptables-save", "-t", "mangle").getStdout().contains("-A FIREWALL_" + address + " -p udp -m udp --dport 51870 -j ACCEPT"),
            "the VPN's open firewall rule is on the new IP's chain");
        assertJobFailed(tenant1.callAndWait(120, "disassociateIpAddress", "id", ipId), 431,
            "IP Ip[" + address + "-1] has services and rules associated in the network " + netId);
        assertJobFailed(tenant2.callAndWait(120, "disassociateIpAddress", "id", ipId), 531, "Caller does not have permission to operate with provided resource.");
        assertJobFailed(tenant1.callAndWait(120, "disassociateIpAddress", "id", publicIpId(state, "tenant1")), 431,
            "ip address is used for source nat purposes and can not be disassociated.");
        assertTrue(hasAddress(netns, address), "nothing changed");

        assertEquals(1, tenant1.callAndWait(120, "deleteWgVpn", "id", vpn).inner.get("jobstatus").getAsInt());
        Reply released = tenant1.callAndWait(120, "disassociateIpAddress", "id", ipId);
        assertTrue(released.inner.getAsJsonObject("jobresult").get("success").getAsBoolean(), released.toString());
        assertFalse(hasAddress(netns, address), "the address left eth2");
        assertFalse(Netns.check(netns, "iptables-save", "-t", "mangle").getStdout().contains("FIREWALL_" + address), "its chain is gone");
        assertEquals(1, tenant1.call("listPublicIpAddresses").count());
        assertEquals("Free", admin.call("listPublicIpAddresses", "id", ipId, "allocatedonly", "false", "listall", "true").items("publicipaddress").get(0)
            .get("state").getAsString());
    }

    @Test
    @Order(60)
    void restartNetworkKeepsTheRouterAndWithCleanupRebuildsItWithTheGuestReachableAgain() {
        JsonObject n1 = network(state, "tenant1");
        String netns = n1.get("router_netns").getAsString();
        mark(netns);
        Reply refused = tenant2.call("restartNetwork", "id", n1.get("id").getAsString(), "cleanup", "true");
        assertEquals(531, refused.errorCode(), refused.toString());

        Reply keep = tenant1.callAndWait(120, "restartNetwork", "id", n1.get("id").getAsString());
        assertEquals(1, keep.inner.get("jobstatus").getAsInt(), keep.toString());
        assertTrue(marked(netns), "without cleanup the router keeps running, its rules applied again");

        Reply job = tenant1.callAndWait(120, "restartNetwork", "id", n1.get("id").getAsString(), "cleanup", "true");
        assertEquals(1, job.inner.get("jobstatus").getAsInt(), job.toString());
        assertTrue(job.inner.getAsJsonObject("jobresult").get("success").getAsBoolean(), job.toString());
        assertFalse(marked(netns), "a new router namespace");
        JsonObject file = n1.getAsJsonObject("guest_vm_file");
        assertEquals(file.get("sha256").getAsString(), HostTestSupport.sha256Of(netns, file.get("url").getAsString()));
        String fw = Netns.check(netns, "iptables-save", "-t", "mangle").getStdout();
        assertTrue(fw.contains("--dport 1701 -j ACCEPT"), "the IP's rules are back on the new router: " + fw);
    }

    @Test
    @Order(70)
    void rebootRouterStopsAndStartsIt() {
        JsonObject n2 = network(state, "tenant2");
        String netns = n2.get("router_netns").getAsString();
        mark(netns);
        JsonObject router = admin.call("listRouters", "networkid", n2.get("id").getAsString(), "listall", "true").items("router").get(0);
        Reply job = admin.callAndWait(120, "rebootRouter", "id", router.get("id").getAsString());
        assertEquals(1, job.inner.get("jobstatus").getAsInt(), job.toString());
        assertEquals("Running", job.inner.getAsJsonObject("jobresult").getAsJsonObject("router").get("state").getAsString());
        assertFalse(marked(netns), "a new router namespace");
        assertNotEquals(200, tenant2.call("rebootRouter", "id", router.get("id").getAsString()).status, "rebootRouter is an admin command");
    }

    @Test
    @Order(80)
    void sigintStopsItAndLeavesNothingBehind() throws Exception {
        assertEquals(0, devcloud.interrupt(120), devcloud.logTail());
        assertEquals(List.of(), devcloud.leftovers());
        assertTrue(Files.isDirectory(devcloud.dataDir.resolve("mariadb")), "the database is kept for the next start");
    }

    @Test
    @Order(90)
    void secondStartOnTheSameDataDirFindsTheSameCloudAndStopsCleanlyAgain() throws Exception {
        JsonObject first = state;
        devcloud = new DevCloudProcess(work, devcloud.prefix);
        JsonObject second = devcloud.start(240);
        try {
            for (String account : List.of("admin", "tenant1", "tenant2")) {
                JsonObject before = account(first, account);
                JsonObject after = account(second, account);
                for (String key : List.of("api_key", "secret_key", "password", "domainid")) {
                    assertEquals(before.get(key), after.get(key), key + " of " + account + " survives the restart");
                }
                assertEquals(200, SignedApi.of(second, account).call("listZones").status);
            }
            for (String account : List.of("tenant1", "tenant2")) {
                assertEquals(network(first, account).get("id"), network(second, account).get("id"));
                assertEquals(network(first, account).getAsJsonObject("public_ip"), network(second, account).getAsJsonObject("public_ip"));
            }
            SignedApi admin2 = SignedApi.of(second, "admin");
            assertEquals(2, admin2.call("listRouters", "listall", "true").count(), "no second set of routers");
            assertEquals(1, admin2.call("listRemoteAccessVpns", "listall", "true").count(), "the L2TP VPN was not seeded twice");
            assertEquals(3, admin2.call("listFirewallRules", "listall", "true").count());
            assertEquals(1, admin2.call("listZones").count());
            JsonObject n1 = network(second, "tenant1");
            JsonObject file = n1.getAsJsonObject("guest_vm_file");
            assertEquals(file.get("sha256").getAsString(), HostTestSupport.sha256Of(n1.get("router_netns").getAsString(), file.get("url").getAsString()));
            System.out.println("devcloud restart on the same data dir: " + devcloud.getStartMillis() + " ms");
        } finally {
            assertEquals(0, devcloud.interrupt(120), devcloud.logTail());
        }
        assertEquals(List.of(), devcloud.leftovers());
    }

    static JsonObject account(JsonObject st, String name) {
        for (JsonElement e : st.getAsJsonArray("accounts")) {
            if (name.equals(e.getAsJsonObject().get("name").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no account " + name);
    }
}
