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

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The "internet" of devcloud: a bridge inside a devcloud-owned namespace on TEST-NET-3. The routers' eth2 and
 * any client namespace a test attaches hang off this bridge; the namespace itself holds the public host
 * address (the routers' default gateway, and a far end for full-tunnel tests).
 */
public class PublicSegment {
    private static final Logger LOGGER = LogManager.getLogger(PublicSegment.class);

    public static final String CIDR = "203.0.113.0/24";
    public static final int PREFIX_LENGTH = 24;
    public static final String HOST_ADDRESS = "203.0.113.1";
    public static final String NETMASK = "255.255.255.0";
    /** Source-NAT and other public IPs of the zone's public VLAN. */
    public static final String IP_RANGE_START = "203.0.113.10";
    public static final String IP_RANGE_END = "203.0.113.99";
    /** Addresses a client namespace attached by a test or a user may take; devcloud never uses them. */
    public static final String FREE_RANGE_START = "203.0.113.200";
    public static final String FREE_RANGE_END = "203.0.113.250";

    private final DevCloudNames names;

    public PublicSegment(DevCloudNames names) {
        this.names = names;
    }

    public String getNetns() {
        return names.publicNetns();
    }

    public String getBridge() {
        return names.publicBridge();
    }

    public String getFreeRange() {
        return FREE_RANGE_START + "-" + FREE_RANGE_END;
    }

    public void create() {
        String ns = getNetns();
        Netns.add(ns);
        Netns.ip(ns, "link", "add", getBridge(), "type", "bridge");
        Netns.ip(ns, "addr", "add", HOST_ADDRESS + "/" + PREFIX_LENGTH, "dev", getBridge());
        Netns.ip(ns, "link", "set", getBridge(), "up");
        LOGGER.info("Public segment {} on bridge {} in namespace {}", CIDR, getBridge(), ns);
    }

    public void destroy() {
        if (Netns.exists(getNetns())) {
            Netns.delete(getNetns());
        }
    }

    /**
     * Plugs a namespace into the segment: a veth pair whose bridge end (vethName) stays in the public namespace
     * and whose other end becomes ifName inside peerNetns. Both ends are created directly inside namespaces, so
     * nothing ever appears in the host's own namespace.
     */
    public void attach(String peerNetns, String ifName, String vethName) {
        String ns = getNetns();
        Netns.ip(ns, "link", "add", vethName, "type", "veth", "peer", "name", ifName, "netns", Netns.validName(peerNetns));
        Netns.ip(ns, "link", "set", vethName, "master", getBridge());
        Netns.ip(ns, "link", "set", vethName, "up");
    }

    public void detach(String vethName) {
        HostCommand.run(Netns.IP, "-n", getNetns(), "link", "del", vethName);
    }
}
