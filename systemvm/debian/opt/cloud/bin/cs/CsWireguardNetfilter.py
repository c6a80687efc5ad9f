# Licensed to the Apache Software Foundation (ASF) under one
# or more contributor license agreements.  See the NOTICE file
# distributed with this work for additional information
# regarding copyright ownership.  The ASF licenses this file
# to you under the Apache License, Version 2.0 (the
# "License"); you may not use this file except in compliance
# with the License.  You may obtain a copy of the License at
#
#   http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing,
# software distributed under the License is distributed on an
# "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
# KIND, either express or implied.  See the License for the
# specific language governing permissions and limitations
# under the License.
"""iptables/ip6tables rules of the WireGuard VPNs, and a diff that applies them.

Every rule is written exactly as iptables-save prints it back. That serves two paths:
- inside CloudStack, the IPv4 rules are also declared to CsNetfilters as [table, position, rule]
  entries (fw_entries); CsNetfilters.compare() marks a declared rule "seen" when the rule text
  read from iptables-save parses to the same thing, and get_unseen() deletes every rule nobody
  declared. Identical text makes that match certain.
- the stand-alone driver (and CloudStack for IPv6, which CsNetfilters does not read) applies the
  same set itself: rules in built-in chains carry the comment "wireguard-vpn <tag>" (tag: the
  VPN's uuid, or the public IP for a chain shared by VPNs on that IP), chains named WG_* belong to
  this handler, and a diff against iptables-save adds what is missing and removes only marked
  rules and WG_* chains that are no longer wanted, in one iptables-restore --noflush transaction.
  Rules of anyone else are never touched (the wg-quick(8) marker habit).
"""

from cs.CsWireguardConfig import network_of
from cs.CsWireguardHelper import run

MARKER = "wireguard-vpn"
TABLES = ("mangle", "filter", "nat")
OWN_CHAIN_PREFIX = "WG_"
# Chains holding one independent rule per peer: a peer change edits one line instead of
# rebuilding the chain (10,000 full-tunnel peers would otherwise mean 10,000 rules per change).
SET_CHAIN_PREFIXES = ("WG_FWD_", "WG_NAT_")
MAX_CHAIN_NAME = 28

COMMANDS = {
    4: {"save": ["iptables-save"], "restore": ["iptables-restore", "--noflush", "--wait"],
        "rules_file": "rules.v4"},
    6: {"save": ["ip6tables-save"], "restore": ["ip6tables-restore", "--noflush", "--wait"],
        "rules_file": "rules.v6"},
}


def comment(tag):
    return '-m comment --comment "%s %s"' % (MARKER, tag)


_MARKER_TOKEN = '--comment "%s ' % MARKER


def is_marked(spec):
    return _MARKER_TOKEN in spec


def is_own_chain(name):
    return name.startswith(OWN_CHAIN_PREFIX)


def public_chain(address):
    """mangle chain WG_<public ip> (the proposal's name); an IPv6 address that does not fit the
    28-character chain-name limit gets a stable hash instead."""
    name = OWN_CHAIN_PREFIX + address
    if len(name) <= MAX_CHAIN_NAME:
        return name
    import hashlib  # only for long IPv6 addresses; every call of the handler pays for imports
    return OWN_CHAIN_PREFIX + hashlib.sha256(address.encode()).hexdigest()[:MAX_CHAIN_NAME - len(OWN_CHAIN_PREFIX)]


class RuleSet(object):
    """The desired rules of one address family: marked rules in built-in chains, in order, and
    the full content of each WG_* chain."""

    def __init__(self, family):
        self.family = family
        self.tables = {t: {"marked": [], "chains": {}} for t in TABLES}

    def mark(self, table, chain, spec):
        rule = (chain, spec)
        if rule not in self.tables[table]["marked"]:
            self.tables[table]["marked"].append(rule)

    def chain(self, table, name):
        return self.tables[table]["chains"].setdefault(name, [])

    def lines(self):
        """Every rule as 'table: -A CHAIN spec' (for golden files and tests)."""
        result = []
        for table, content in self.tables.items():
            for chain, specs in content["chains"].items():
                result.extend("%s: -A %s %s" % (table, chain, spec) for spec in specs)
            result.extend("%s: -A %s %s" % (table, chain, spec) for chain, spec in content["marked"])
        return result

    def fw_entries(self):
        """CloudStack's CsNetfilters format: [table, position, "-A CHAIN spec"]. Rules in
        built-in chains go to the front, as the VR's default rules end in DROPs."""
        result = []
        for table, content in self.tables.items():
            for chain, specs in content["chains"].items():
                result.extend([table, "", "-A %s %s" % (chain, spec)] for spec in specs)
            result.extend([table, "front", "-A %s %s" % (chain, spec)] for chain, spec in content["marked"])
        return result


def _peer_hosts(entry, version):
    name = "ip%d_address" % version
    suffix = "/32" if version == 4 else "/128"
    return [p[name] + suffix for p in entry["peers"]
            if p["enabled"] and p["full_tunnel"] and p[name] is not None]


def build(entries, family):
    """The rule set for all VPNs of the merged bag (entries: normalised dicts with 'interface')."""
    rules = RuleSet(family)
    host_len = "/32" if family == 4 else "/128"
    public_chains = {}
    for entry in sorted(entries, key=lambda e: (len(e["interface"]), e["interface"])):
        iface = entry["interface"]
        pub_if = entry["public_interface"]
        mark = comment(entry["vpn_uuid"])
        public = entry["public_ip"] if family == 4 else entry["public_ip6"]
        tunnel = entry["ip4_address"] if family == 4 else entry["ip6_address"]
        port = entry["listen_port"]

        if public:
            # The proposal's mangle chain: accept the VPN's UDP port before the router's own
            # mangle marking for that public IP, then hand everything else back.
            public_chains.setdefault(public, []).append(
                (port, "-p udp -m udp --dport %d %s -j ACCEPT" % (port, mark)))
            rules.mark("filter", "INPUT", "-d %s%s -i %s -p udp -m udp --dport %d %s -j ACCEPT"
                       % (public, host_len, pub_if, port, mark))
        if not tunnel:
            continue

        # Guest and public networks run 1500 bytes, the tunnel less: clamp SYNs both ways.
        # Leaving through wgN the route MTU is the tunnel's; entering from wgN the route MTU is
        # the guest's, so that direction gets an explicit value (set-mss never raises an MSS).
        mss = entry["mtu"] - (40 if family == 4 else 60)
        rules.mark("mangle", "FORWARD", "-o %s -p tcp -m tcp --tcp-flags SYN,RST SYN %s -j TCPMSS --clamp-mss-to-pmtu"
                   % (iface, mark))
        rules.mark("mangle", "FORWARD", "-i %s -p tcp -m tcp --tcp-flags SYN,RST SYN %s -j TCPMSS --set-mss %d"
                   % (iface, mark, mss))

        cidrs = [c for c in entry["local_cidrs"] if (":" in c) == (family == 6)]
        for guest in entry["guest_interfaces"]:
            for cidr in cidrs:
                rules.mark("filter", "FORWARD", "-d %s -i %s -o %s %s -j ACCEPT" % (cidr, iface, guest, mark))
                rules.mark("filter", "FORWARD", "-s %s -i %s -o %s %s -j ACCEPT" % (cidr, guest, iface, mark))

        hosts = _peer_hosts(entry, family)
        if not hosts:
            continue
        # Only full-tunnel peers may leave through the public interface; a split-tunnel client
        # that routes 0/0 into the tunnel anyway is stopped here, not trusted to behave.
        fwd_chain = "WG_FWD_" + iface
        nat_chain = "WG_NAT_" + iface
        rules.mark("filter", "FORWARD", "-i %s -o %s %s -j %s" % (iface, pub_if, mark, fwd_chain))
        rules.mark("filter", "FORWARD", "-i %s -o %s -m state --state RELATED,ESTABLISHED %s -j ACCEPT"
                   % (pub_if, iface, mark))
        rules.mark("nat", "POSTROUTING", "-s %s -o %s %s -j %s" % (network_of(tunnel), pub_if, mark, nat_chain))
        forward = rules.chain("filter", fwd_chain)
        nat = rules.chain("nat", nat_chain)
        for host in sorted(hosts):
            forward.append("-s %s -j ACCEPT" % host)
            if public:
                nat.append("-s %s -j SNAT --to-source %s" % (host, public))
            else:
                # IPv6 tunnel without a public IPv6 address on the router: borrow whatever
                # address the public interface has.
                nat.append("-s %s -j MASQUERADE" % host)

    for public, accepts in public_chains.items():
        chain_name = public_chain(public)
        chain = rules.chain("mangle", chain_name)
        chain.extend(spec for _, spec in sorted(accepts))
        chain.append("-j RETURN")
        rules.mark("mangle", "PREROUTING", "-d %s%s %s -j %s" % (public, host_len, comment(public), chain_name))
    return rules


def parse_save(text):
    """iptables-save output -> {table: {"chains": [names], "rules": [(chain, spec)]}}."""
    tables = {}
    current = None
    for line in text.splitlines():
        if line.startswith("*"):
            current = {"chains": [], "rules": []}
            tables[line[1:].strip()] = current
        elif current is None:
            continue
        elif line.startswith(":"):
            current["chains"].append(line[1:].split(" ", 1)[0])
        elif line.startswith("-A "):
            chain, _, spec = line[3:].partition(" ")
            current["rules"].append((chain, spec))
    return tables


def as_saved(rules):
    """A RuleSet as parse_save() reads it back once it is in place (without anyone else's rules,
    which plan() leaves alone anyway)."""
    tables = {}
    for table, content in rules.tables.items():
        listed = list(content["marked"])
        for chain, specs in content["chains"].items():
            listed.extend((chain, spec) for spec in specs)
        tables[table] = {"chains": list(content["chains"]), "rules": listed}
    return tables


def plan(current, desired):
    """The iptables-restore --noflush input that turns `current` (parse_save) into `desired`
    (RuleSet), touching only marked rules and WG_* chains. Empty string: nothing to do."""
    out = []
    for table in TABLES:
        have = current.get(table, {"chains": [], "rules": []})
        want = desired.tables[table]
        own = {c: [] for c in have["chains"] if is_own_chain(c)}
        marked = []
        for chain, spec in have["rules"]:
            if chain in own:
                own[chain].append(spec)
            elif is_marked(spec):
                marked.append((chain, spec))

        declare, deletes, body, inserts, drop = [], [], [], [], []
        for chain, specs in want["chains"].items():
            if chain not in own:
                declare.append(":%s - [0:0]" % chain)
                body.extend("-A %s %s" % (chain, s) for s in specs)
            elif own[chain] != specs:
                existing = own[chain]
                if chain.startswith(SET_CHAIN_PREFIXES) and len(set(existing)) == len(existing):
                    wanted = set(specs)
                    present = set(existing)
                    body.extend("-D %s %s" % (chain, s) for s in existing if s not in wanted)
                    body.extend("-A %s %s" % (chain, s) for s in specs if s not in present)
                else:
                    # Declaring an existing chain under --noflush flushes it: rebuilt in place,
                    # inside the same transaction.
                    declare.append(":%s - [0:0]" % chain)
                    body.extend("-A %s %s" % (chain, s) for s in specs)

        wanted = set(want["marked"])
        seen = set()
        for rule in marked:
            if rule in wanted and rule not in seen:
                seen.add(rule)
            else:
                deletes.append("-D %s %s" % rule)
        missing = [rule for rule in want["marked"] if rule not in seen]
        # -I puts each rule first; inserting in reverse keeps the declared order.
        inserts.extend("-I %s %s" % rule for rule in reversed(missing))

        for chain in own:
            if chain not in want["chains"]:
                drop.extend(["-F %s" % chain, "-X %s" % chain])

        lines = declare + deletes + body + inserts + drop
        if lines:
            out.append("*%s" % table)
            out.extend(lines)
            out.append("COMMIT")
    return "\n".join(out) + "\n" if out else ""


def apply(desired, saved_text):
    """Applies the plan in one iptables-restore call. Returns True if anything changed."""
    script = plan(parse_save(saved_text), desired)
    if not script:
        return False
    run(COMMANDS[desired.family]["restore"], input=script)
    return True


def normalise_save(text):
    """iptables-save output for /etc/iptables/rules.v[46]: without the timestamp comments and
    counters, so an unchanged rule set gives an unchanged file."""
    lines = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith(":") and line.endswith("]") and "[" in line:
            line = line[:line.rindex("[")] + "[0:0]"
        lines.append(line)
    return "\n".join(lines) + "\n"
