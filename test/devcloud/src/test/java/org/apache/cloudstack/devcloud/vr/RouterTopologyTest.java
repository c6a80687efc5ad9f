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

import static org.apache.cloudstack.devcloud.HostTestSupport.python;
import static org.apache.cloudstack.devcloud.HostTestSupport.sha256Of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.cloudstack.devcloud.HostTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One isolated network on the host: public segment, router namespace and guest VM, as devcloud builds them. */
class RouterTopologyTest {
    private static final String GUEST_CIDR = "10.1.7.0/24";
    private static final String ROUTER_GUEST_IP = "10.1.7.1";
    private static final String VM_IP = "10.1.7.10";
    private static final String PUBLIC_IP = "203.0.113.10";

    @TempDir
    static Path tmp;

    static DevCloudNames names;
    static PublicSegment segment;
    static GuestVm vm;
    static RouterNamespace router;

    @BeforeAll
    static void buildNetwork() {
        HostTestSupport.assumeRootWithNamespaces();
        names = new DevCloudNames(HostTestSupport.uniquePrefix());
        segment = new PublicSegment(names);
        segment.create();
        vm = new GuestVm(names.guestVmNetns(3), VM_IP, tmp.resolve("vm"));
        vm.create();
        router = new RouterNamespace(names, new RouterSpec(7, "r-7-VM", GUEST_CIDR, ROUTER_GUEST_IP, PUBLIC_IP, vm.getNetns(), VM_IP), segment,
            VrImage.fromRepo(HostTestSupport.repo()), tmp.resolve("routers"));
        router.create();
        vm.startFileServer(1);
    }

    @AfterAll
    static void removeNetwork() {
        if (names != null) {
            if (vm != null) {
                vm.destroy();
            }
            if (router != null) {
                router.destroy();
            }
            HostCleaner.removeAll(names, tmp.resolve("routers"));
        }
    }

    @Test
    void routerReachesTheGuestVmAndDownloadsItsFileIntact() {
        assertEquals(vm.getFileSha256(), sha256Of(router.getNetns(), vm.getFileUrl()));
        assertEquals(1L << 20, vm.getFileSize());
    }

    @Test
    void routerReachesThePublicHostFromItsPublicIp() throws Exception {
        assertEquals(PUBLIC_IP, peerAddressSeenByPublicHost(router.getNetns()));
    }

    @Test
    void guestTrafficLeavesSourceNattedToThePublicIp() throws Exception {
        assertEquals(PUBLIC_IP, peerAddressSeenByPublicHost(vm.getNetns()));
    }

    @Test
    void publicSideCannotOpenConnectionsToTheGuestNetwork() {
        // a client on the public segment routes the guest network via the router: FORWARD must drop it
        String client = names.namespacePrefix() + "client";
        Netns.add(client);
        try {
            segment.attach(client, "eth0", names.getPrefix() + "-c1");
            Netns.ip(client, "addr", "add", PublicSegment.FREE_RANGE_START + "/24", "dev", "eth0");
            Netns.ip(client, "link", "set", "eth0", "up");
            Netns.ip(client, "route", "add", GUEST_CIDR, "via", PUBLIC_IP);
            String result = python(client, "import socket\ns=socket.socket();s.settimeout(2)\n"
                + "try:\n s.connect(('" + VM_IP + "', 80));print('open')\nexcept OSError:\n print('blocked')");
            assertEquals("blocked", result);
        } finally {
            Netns.delete(client);
        }
    }

    @Test
    void guestVmServesItsFileOnTheGuestIpOnly() {
        String listeners = Netns.check(vm.getNetns(), "ss", "-Hltn").getStdout();
        assertTrue(listeners.contains(VM_IP + ":80"), listeners);
        assertFalse(listeners.contains("0.0.0.0:80"), listeners);
        assertNotEquals("", vm.getFileSha256());
    }

    /** Starts a one-shot TCP server on the public host that answers with the address it sees, connects from netns. */
    private static String peerAddressSeenByPublicHost(String fromNetns) throws Exception {
        int port = 18000 + (int)(Math.random() * 1000);
        List<String> server = Netns.exec(segment.getNetns(), "/usr/bin/python3", "-c",
            "import socket\ns=socket.socket();s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)\n"
                + "s.bind(('" + PublicSegment.HOST_ADDRESS + "'," + port + "));s.listen(1);s.settimeout(20)\n"
                + "c,a=s.accept();c.sendall(a[0].encode());c.close()");
        Process p = new ProcessBuilder(new ArrayList<>(server)).redirectErrorStream(true).start();
        try {
            String code = "import socket,time\nfor i in range(100):\n try:\n  s=socket.create_connection(('" + PublicSegment.HOST_ADDRESS + "'," + port
                + "),timeout=2);break\n except OSError:\n  time.sleep(0.05)\nprint(s.recv(100).decode())";
            return python(fromNetns, code);
        } finally {
            p.waitFor(5, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }
}
