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
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.net.NetUtils;

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
    static final String ARPING = "/usr/sbin/arping";

    private final DevCloudNames names;
    private final RouterSpec spec;
    private final PublicSegment publicSegment;
    private final VrImage image;
    private final Path stateDir;
    /** The router's public addresses on eth2: the source NAT IP first, then those associateIpAddress added. */
    private final Set<String> publicIps = new CopyOnWriteArraySet<>();

    public RouterNamespace(DevCloudNames names, RouterSpec spec, PublicSegment publicSegment, VrImage image, Path routersDir) {
        this.names = names;
        this.spec = spec;
        this.publicSegment = publicSegment;
        this.image = image;
        this.stateDir = routersDir.resolve(getNetns());
        publicIps.add(spec.getPublicIp());
        publicIps.addAll(spec.getSecondaryPublicIps());
    }

    public List<String> getPublicIps() {
        return new ArrayList<>(publicIps);
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
        for (String ip : spec.getSecondaryPublicIps()) {
            Netns.ip(ns, "addr", "add", ip + "/" + PublicSegment.PREFIX_LENGTH, "dev", PUBLIC_IF);
        }
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
     * meets the mangle FIREWALL_<ip> chain, which drops all but what ingress firewall rules accept (see
     * applyIngressRules). With an L2TP/IPsec VPN on the IP, its rules as CloudStack's CsRemoteAccessVpn writes them:
     * a mangle VPN_<ip> chain jumped to before FIREWALL_<ip>, INPUT accepts for IKE, NAT-T, L2TP, ESP and AH, and
     * the ppp+ forwarding and DNS rules.
     */
    String defaultIptables() {
        String pub = spec.getPublicIp();
        String fwChain = firewallChain(pub);
        String vpnChain = vpnChain(pub);
        String l2tp = spec.getL2tpLocalIp();
        List<String> lines = new ArrayList<>();
        lines.add("*mangle");
        lines.add(":PREROUTING ACCEPT [0:0]");
        lines.add(":INPUT ACCEPT [0:0]");
        lines.add(":FORWARD ACCEPT [0:0]");
        lines.add(":OUTPUT ACCEPT [0:0]");
        lines.add(":POSTROUTING ACCEPT [0:0]");
        lines.add(":" + fwChain + " - [0:0]");
        if (l2tp != null) {
            lines.add(":" + vpnChain + " - [0:0]");
            lines.add("-A PREROUTING -d " + pub + "/32 -j " + vpnChain);
        }
        lines.add("-A PREROUTING -d " + pub + "/32 -j " + fwChain);
        lines.addAll(firewallChainRules(List.of()));
        for (String ip : spec.getSecondaryPublicIps()) {
            lines.add(":" + firewallChain(ip) + " - [0:0]");
            lines.add("-A PREROUTING -d " + ip + "/32 -j " + firewallChain(ip));
            lines.addAll(firewallChainRules(ip, List.of()));
        }
        if (l2tp != null) {
            lines.add("-A " + vpnChain + " -p esp -j ACCEPT");
            lines.add("-A " + vpnChain + " -p ah -j ACCEPT");
            lines.add("-A " + vpnChain + " -j RETURN");
        }
        lines.add("COMMIT");
        lines.add("*filter");
        lines.add(":INPUT DROP [0:0]");
        lines.add(":FORWARD DROP [0:0]");
        lines.add(":OUTPUT ACCEPT [0:0]");
        lines.add(":FW_OUTBOUND - [0:0]");
        lines.add(":FW_EGRESS_RULES - [0:0]");
        lines.add("-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT");
        lines.add("-A INPUT -i lo -j ACCEPT");
        lines.add("-A INPUT -p icmp -j ACCEPT");
        lines.add("-A INPUT -i " + GUEST_IF + " -p udp -m udp --dport 67 -j ACCEPT");
        lines.add("-A INPUT -i " + GUEST_IF + " -p udp -m udp --dport 53 -j ACCEPT");
        lines.add("-A INPUT -i " + GUEST_IF + " -p tcp -m tcp --dport 53 -j ACCEPT");
        lines.add("-A INPUT -i " + GUEST_IF + " -p tcp -m tcp --dport 80 -j ACCEPT");
        if (l2tp != null) {
            for (int port : new int[] {500, 4500, 1701}) {
                lines.add("-A INPUT -d " + pub + "/32 -i " + PUBLIC_IF + " -p udp -m udp --dport " + port + " -j ACCEPT");
            }
            lines.add("-A INPUT -i " + PUBLIC_IF + " -p ah -j ACCEPT");
            lines.add("-A INPUT -i " + PUBLIC_IF + " -p esp -j ACCEPT");
            lines.add("-A INPUT -i ppp+ -p udp -m udp --dport 53 -j ACCEPT");
            lines.add("-A INPUT -i ppp+ -p tcp -m tcp --dport 53 -j ACCEPT");
            lines.add("-A FORWARD -i ppp+ -o ppp+ -j ACCEPT");
            lines.add("-A FORWARD -s " + spec.getGuestCidr() + " -o ppp+ -j ACCEPT");
            lines.add("-A FORWARD -d " + spec.getGuestCidr() + " -i ppp+ -j ACCEPT");
            lines.add("-A OUTPUT -p ah -j ACCEPT");
            lines.add("-A OUTPUT -p esp -j ACCEPT");
        }
        lines.add("-A FORWARD -i " + PUBLIC_IF + " -o " + GUEST_IF + " -m state --state RELATED,ESTABLISHED -j ACCEPT");
        lines.add("-A FORWARD -i " + GUEST_IF + " -o " + PUBLIC_IF + " -j FW_OUTBOUND");
        lines.add("-A FW_OUTBOUND -m state --state RELATED,ESTABLISHED -j ACCEPT");
        lines.add("-A FW_OUTBOUND -j FW_EGRESS_RULES");
        lines.add("-A FW_EGRESS_RULES -j ACCEPT");
        lines.add("COMMIT");
        lines.add("*nat");
        lines.add(":PREROUTING ACCEPT [0:0]");
        lines.add(":INPUT ACCEPT [0:0]");
        lines.add(":OUTPUT ACCEPT [0:0]");
        lines.add(":POSTROUTING ACCEPT [0:0]");
        if (l2tp != null) {
            lines.add("-A PREROUTING -i ppp+ -p tcp -m tcp --dport 53 -j DNAT --to-destination " + l2tp);
        }
        lines.add("-A POSTROUTING -s " + spec.getGuestCidr() + " -o " + PUBLIC_IF + " -j SNAT --to-source " + pub);
        lines.add("COMMIT");
        lines.add("");
        return String.join("\n", lines);
    }

    /** The mangle FIREWALL_<ip> chain for these ingress rules: established traffic, each rule's accepts, then DROP. */
    List<String> firewallChainRules(List<IngressRule> rules) {
        return firewallChainRules(spec.getPublicIp(), rules);
    }

    List<String> firewallChainRules(String publicIp, List<IngressRule> rules) {
        String chain = firewallChain(publicIp);
        List<String> lines = new ArrayList<>();
        lines.add("-A " + chain + " -m state --state RELATED,ESTABLISHED -j ACCEPT");
        for (IngressRule rule : rules) {
            lines.addAll(rule.chainRules(chain));
        }
        lines.add("-A " + chain + " -j DROP");
        return lines;
    }

    /**
     * Replaces the rules of the public IP's FIREWALL_<ip> chain with these ingress rules, in one iptables-restore
     * transaction that touches nothing else (the chain is declared, hence flushed, and refilled): what CloudStack's
     * SetFirewallRulesCommand does to a VR. Every rule of the IP goes in, so the chain always holds the full set.
     */
    public void applyIngressRules(List<IngressRule> rules) {
        applyIngressRules(spec.getPublicIp(), rules);
    }

    /** As applyIngressRules(rules), for one of the router's public IPs. */
    public void applyIngressRules(String publicIp, List<IngressRule> rules) {
        if (!publicIps.contains(publicIp)) {
            throw new IllegalArgumentException("Router " + spec.getInstanceName() + " has no public IP " + publicIp);
        }
        List<String> lines = new ArrayList<>();
        lines.add("*mangle");
        lines.add(":" + firewallChain(publicIp) + " - [0:0]");
        lines.addAll(firewallChainRules(publicIp, rules));
        lines.add("COMMIT");
        lines.add("");
        HostCommand.checkWithInput(Netns.exec(getNetns(), "iptables-restore", "--noflush", "--wait"), String.join("\n", lines));
        LOGGER.info("Router {}: {} ingress rule(s) in {}", spec.getInstanceName(), rules.size(), firewallChain(publicIp));
    }

    /**
     * What CloudStack's IpAssocCommand does on a VR for a new public IP of the network (CsAddress): the address on the
     * public interface, its mangle FIREWALL_<ip> chain (jumped to from PREROUTING; established traffic, then DROP until
     * rules open it) and a gratuitous ARP, so the segment learns where the address now lives. Adding an IP the router
     * already has changes nothing.
     */
    public synchronized void addPublicIp(String ip) {
        if (!NetUtils.isValidIp4(ip)) {
            throw new IllegalArgumentException("Invalid public IP: " + ip);
        }
        if (publicIps.contains(ip)) {
            return;
        }
        String ns = getNetns();
        Netns.ip(ns, "addr", "replace", ip + "/" + PublicSegment.PREFIX_LENGTH, "dev", PUBLIC_IF);
        List<String> lines = new ArrayList<>();
        lines.add("*mangle");
        lines.add(":" + firewallChain(ip) + " - [0:0]");
        if (!Netns.run(ns, "iptables", "-w", "-t", "mangle", "-C", "PREROUTING", "-d", ip + "/32", "-j", firewallChain(ip)).isSuccess()) {
            lines.add("-A PREROUTING -d " + ip + "/32 -j " + firewallChain(ip));
        }
        lines.addAll(firewallChainRules(ip, List.of()));
        lines.add("COMMIT");
        lines.add("");
        HostCommand.checkWithInput(Netns.exec(ns, "iptables-restore", "--noflush", "--wait"), String.join("\n", lines));
        publicIps.add(ip);
        announce(ip);
        LOGGER.info("Router {}: public IP {} added on {}", spec.getInstanceName(), ip, PUBLIC_IF);
    }

    /** IpAssocCommand with the IP released: its firewall chain, its jump and the address leave the router. */
    public synchronized void removePublicIp(String ip) {
        if (ip.equals(spec.getPublicIp())) {
            throw new IllegalArgumentException("Router " + spec.getInstanceName() + " keeps its source NAT IP " + ip);
        }
        if (!publicIps.remove(ip)) {
            return;
        }
        String ns = getNetns();
        String chain = firewallChain(ip);
        while (Netns.run(ns, "iptables", "-w", "-t", "mangle", "-D", "PREROUTING", "-d", ip + "/32", "-j", chain).isSuccess()) {
            LOGGER.debug("Removed a jump to {}", chain);
        }
        Netns.run(ns, "iptables", "-w", "-t", "mangle", "-F", chain);
        Netns.run(ns, "iptables", "-w", "-t", "mangle", "-X", chain);
        Netns.run(ns, Netns.IP, "addr", "del", ip + "/" + PublicSegment.PREFIX_LENGTH, "dev", PUBLIC_IF);
        LOGGER.info("Router {}: public IP {} removed from {}", spec.getInstanceName(), ip, PUBLIC_IF);
    }

    /** Gratuitous ARP for the address, as CsAddress sends one (arping, where installed; neighbours learn it on first use otherwise). */
    private void announce(String ip) {
        if (!Files.isExecutable(Paths.get(ARPING))) {
            return;
        }
        HostCommand.Result r = Netns.run(getNetns(), ARPING, "-c", "1", "-U", "-I", PUBLIC_IF, "-s", ip, ip);
        if (!r.isSuccess()) {
            LOGGER.debug("Gratuitous ARP for {} failed: {}", ip, r.getStderr().strip());
        }
    }

    public static String vpnChain(String publicIp) {
        return "VPN_" + publicIp;
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
