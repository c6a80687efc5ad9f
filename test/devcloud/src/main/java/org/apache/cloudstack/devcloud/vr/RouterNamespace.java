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

import static org.apache.cloudstack.devcloud.vr.HostCommand.argv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One isolated network's virtual router as a network namespace: eth0 on the guest network (the guest VM's
 * namespace at the other end), eth1 a link-local control interface as on a real VR, eth2 on the public segment
 * with the source-NAT IP; forwarding on, the guest network SNATed to the public IP, and a VR's default iptables.
 * Its own /etc/wireguard, /etc/cloudstack, /var/cache/cloud, /var/run/wireguard and /etc/iptables live in a state
 * folder on the host that vrhost.py binds over the real paths; /opt/cloud/bin is a copy of the router scripts.
 */
public class RouterNamespace {
    private static final Logger LOGGER = LogManager.getLogger(RouterNamespace.class);
    public static final String GUEST_IF = "eth0";
    public static final String CONTROL_IF = "eth1";
    public static final String PUBLIC_IF = "eth2";

    private final DevCloudNames names;
    private final RouterSpec spec;
    private final PublicSegment publicSegment;
    private final VrImage image;
    private final Path stateDir;

    public RouterNamespace(DevCloudNames names, RouterSpec spec, PublicSegment publicSegment, VrImage image, Path routersDir) {
        this.names = names;
        this.spec = spec;
        this.publicSegment = publicSegment;
        this.image = image;
        this.stateDir = routersDir.resolve(getNetns());
    }

    public String getNetns() {
        return names.routerNetns(spec.getRouterId());
    }

    public RouterSpec getSpec() {
        return spec;
    }

    /** Host-side folder bound over the router's / paths (DIR/etc/wireguard is the router's /etc/wireguard...). */
    public Path getRootDir() {
        return stateDir.resolve("root");
    }

    public Path getBinDir() {
        return stateDir.resolve("bin");
    }

    /** Host-side path of the router's /var/cache/cloud, where agent commands drop their databags. */
    public Path getCacheDir() {
        return getRootDir().resolve("var/cache/cloud");
    }

    public boolean exists() {
        return Netns.exists(getNetns());
    }

    /** Builds the router from nothing, as a freshly booted VR: no state from a previous incarnation survives. */
    public void create() {
        String ns = getNetns();
        deleteStateDir();
        try {
            Files.createDirectories(getCacheDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        image.install(getBinDir());

        Netns.add(ns);
        Netns.check(ns, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");

        // eth0: guest side, paired with the guest VM's eth0
        if (spec.getGuestVmNetns() != null) {
            Netns.ip(ns, "link", "add", GUEST_IF, "type", "veth", "peer", "name", GUEST_IF, "netns", Netns.validName(spec.getGuestVmNetns()));
        } else {
            // this kernel has no dummy interfaces: a veth whose peer stays in the router stands in
            Netns.ip(ns, "link", "add", GUEST_IF, "type", "veth", "peer", "name", GUEST_IF + "-peer");
        }
        Netns.ip(ns, "addr", "add", spec.getGuestIp() + "/" + spec.getGuestPrefixLength(), "dev", GUEST_IF);
        Netns.ip(ns, "link", "set", GUEST_IF, "up");

        // eth1: the control link a VR has towards its host; nothing talks over it here
        Netns.ip(ns, "link", "add", CONTROL_IF, "type", "veth", "peer", "name", CONTROL_IF + "-peer");
        Netns.ip(ns, "addr", "add", "169.254.0.1/16", "dev", CONTROL_IF);
        Netns.ip(ns, "link", "set", CONTROL_IF, "up");

        // eth2: public side on the shared segment
        publicSegment.attach(ns, PUBLIC_IF, names.publicVeth(spec.getRouterId()));
        Netns.ip(ns, "addr", "add", spec.getPublicIp() + "/" + PublicSegment.PREFIX_LENGTH, "dev", PUBLIC_IF);
        Netns.ip(ns, "link", "set", PUBLIC_IF, "up");
        Netns.ip(ns, "route", "add", "default", "via", PublicSegment.HOST_ADDRESS, "dev", PUBLIC_IF);

        if (spec.getGuestVmNetns() != null) {
            plugGuestVm();
        }
        HostCommand.checkWithInput(Netns.exec(ns, "iptables-restore"), defaultIptables());
        LOGGER.info("Router {} ({}) up: guest {} on {}, public {} on {}", spec.getInstanceName(), ns, spec.getGuestIp(), GUEST_IF,
            spec.getPublicIp(), PUBLIC_IF);
    }

    private void plugGuestVm() {
        String vm = spec.getGuestVmNetns();
        Netns.ip(vm, "addr", "add", spec.getGuestVmIp() + "/" + spec.getGuestPrefixLength(), "dev", GUEST_IF);
        Netns.ip(vm, "link", "set", GUEST_IF, "up");
        Netns.ip(vm, "route", "replace", "default", "via", spec.getGuestIp(), "dev", GUEST_IF);
    }

    /**
     * The isolated-network VR's default rule set: INPUT and FORWARD drop by default; guests reach the router's
     * DNS/DHCP/user-data services and go out through eth2 (egress allowed); unsolicited traffic to the public IP
     * meets the mangle FIREWALL_<ip> chain, which drops all but what ingress firewall rules open.
     */
    String defaultIptables() {
        String pub = spec.getPublicIp();
        String fwChain = firewallChain(pub);
        return String.join("\n",
            "*mangle",
            ":PREROUTING ACCEPT [0:0]",
            ":INPUT ACCEPT [0:0]",
            ":FORWARD ACCEPT [0:0]",
            ":OUTPUT ACCEPT [0:0]",
            ":POSTROUTING ACCEPT [0:0]",
            ":" + fwChain + " - [0:0]",
            "-A PREROUTING -d " + pub + "/32 -j " + fwChain,
            "-A " + fwChain + " -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A " + fwChain + " -j DROP",
            "COMMIT",
            "*filter",
            ":INPUT DROP [0:0]",
            ":FORWARD DROP [0:0]",
            ":OUTPUT ACCEPT [0:0]",
            ":FW_OUTBOUND - [0:0]",
            ":FW_EGRESS_RULES - [0:0]",
            "-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A INPUT -i lo -j ACCEPT",
            "-A INPUT -p icmp -j ACCEPT",
            "-A INPUT -i " + GUEST_IF + " -p udp -m udp --dport 67 -j ACCEPT",
            "-A INPUT -i " + GUEST_IF + " -p udp -m udp --dport 53 -j ACCEPT",
            "-A INPUT -i " + GUEST_IF + " -p tcp -m tcp --dport 53 -j ACCEPT",
            "-A INPUT -i " + GUEST_IF + " -p tcp -m tcp --dport 80 -j ACCEPT",
            "-A FORWARD -i " + PUBLIC_IF + " -o " + GUEST_IF + " -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A FORWARD -i " + GUEST_IF + " -o " + PUBLIC_IF + " -j FW_OUTBOUND",
            "-A FW_OUTBOUND -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A FW_OUTBOUND -j FW_EGRESS_RULES",
            "-A FW_EGRESS_RULES -j ACCEPT",
            "COMMIT",
            "*nat",
            ":PREROUTING ACCEPT [0:0]",
            ":INPUT ACCEPT [0:0]",
            ":OUTPUT ACCEPT [0:0]",
            ":POSTROUTING ACCEPT [0:0]",
            "-A POSTROUTING -s " + spec.getGuestCidr() + " -o " + PUBLIC_IF + " -j SNAT --to-source " + pub,
            "COMMIT",
            "");
    }

    public static String firewallChain(String publicIp) {
        return "FIREWALL_" + publicIp;
    }

    /** Removes the router: its processes (wireguard-go included), its interfaces, its state folder. */
    public void destroy() {
        if (exists()) {
            Netns.delete(getNetns());
        }
        // the veth pair died with the namespace; this covers a half-built router
        publicSegment.detach(names.publicVeth(spec.getRouterId()));
        deleteStateDir();
    }

    private void deleteStateDir() {
        FileTree.deleteRecursively(stateDir);
    }

    /** argv that runs the given argv on this router: its namespace, its own state folders, its /opt/cloud/bin. */
    public List<String> onRouter(List<String> command) {
        return argv("/usr/bin/python3", image.getVrhost().toString(), "exec", "--root", getRootDir().toString(), "--bin", getBinDir().toString(),
            getNetns(), "--", command);
    }
}
