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
"""Looks inside a devcloud virtual router (a network namespace) the way an operator on the VR
would: `wg show`, iptables-save, its /etc/wireguard. Read-only. Key material from `wg show dump`
is dropped as soon as it is parsed, so it can never reach an assertion message or a log."""

import glob
import os
import re

from . import host
from .client import INNS

COUNTERS = re.compile(r"\[\d+:\d+\]")


class Router:
    def __init__(self, netns, root):
        self.netns = netns
        self.root = root  # host folder bound over the router's /etc/wireguard, /var/run/wireguard...

    @classmethod
    def for_public_ip(cls, prefix, data_dir, public_ip):
        """The router namespace (of devcloud instance prefix) holding public_ip on a public interface;
        found by looking, since a recreated router gets a new namespace."""
        netns = None
        for ns in host.netns_list():
            if not ns.startswith(prefix + "-r-"):
                continue
            text = host.out(["ip", "-n", ns, "-4", "-o", "addr", "show"], check=False)
            if re.search(r"inet %s/" % re.escape(public_ip), text):
                netns = ns
                break
        assert netns, "no router namespace of %s holds %s (namespaces: %s)" % (prefix, public_ip, host.netns_list())
        return cls(netns, find_root(data_dir, netns))

    def exec_argv(self, argv):
        """argv run in the router's namespace with its own /var/run/wireguard (wg's UAPI sockets)."""
        wgrun = os.path.join(self.root, "var/run/wireguard")
        return host.in_netns(self.netns, ["unshare", "--mount", "--propagation", "private", "/usr/bin/python3", INNS,
                                          "--bind", wgrun + ":/var/run/wireguard", "--"] + list(argv))

    def addresses(self, iface):
        """The IPv4 addresses on one of the router's interfaces."""
        text = host.out(["ip", "-n", self.netns, "-4", "-o", "addr", "show", "dev", iface])
        return re.findall(r"inet (\S+)/\d+", text)

    def wg_interfaces(self):
        return sorted(name for name in host.links(self.netns) if name.startswith("wg"))

    def wg_dump(self):
        """{iface: {"public_key", "listen_port", "peers": {public_key: {"endpoint", "allowed_ips",
        "latest_handshake", "rx", "tx", "has_psk"}}}} from `wg show all dump` -- no private or
        preshared key kept."""
        text = host.out(self.exec_argv(["wg", "show", "all", "dump"]))
        result = {}
        for line in text.splitlines():
            f = line.split("\t")
            if len(f) == 5:
                result[f[0]] = {"public_key": f[2], "listen_port": int(f[3]), "peers": {}}
            elif len(f) == 9:
                result[f[0]]["peers"][f[1]] = {"has_psk": f[2] != "(none)", "endpoint": f[3], "allowed_ips": f[4],
                                              "latest_handshake": int(f[5]), "rx": int(f[6]), "tx": int(f[7])}
        return result

    def wg_conf_files(self):
        return sorted(glob.glob(os.path.join(self.root, "etc/wireguard/wg*.conf")))

    def wireguard_processes(self):
        found = host.pids_in_netns_inodes([host.netns_inode(self.netns)])
        return {pid: comm for pid, comm in found.items() if comm.startswith("wireguard")}

    def rules(self):
        """iptables-save and ip6tables-save, counters zeroed and comment lines dropped, as sets per
        table so the comparison does not depend on the order rules were inserted in."""
        result = {}
        for tool in ("iptables-save", "ip6tables-save"):
            table = None
            text = host.out(host.in_netns(self.netns, [tool]))
            for line in text.splitlines():
                if not line or line.startswith("#"):
                    continue
                if line.startswith("*"):
                    table = tool + " " + line[1:]
                    result.setdefault(table, set())
                    continue
                if line == "COMMIT":
                    continue
                result[table].add(COUNTERS.sub("[0:0]", line))
        # a table holding only built-in chains with ACCEPT policies is what iptables-nft shows once
        # anything listed it: not a trace of anyone
        return {t: rules for t, rules in result.items() if any(_meaningful(r) for r in rules)}


def _meaningful(line):
    if line.startswith("-A"):
        return True
    parts = line[1:].split()
    return line.startswith(":") and len(parts) >= 2 and parts[1] != "ACCEPT"


def find_root(data_dir, netns):
    """The host folder devcloud binds over the router's state paths: DATA/.../<netns>/root."""
    matches = [p for p in glob.glob(os.path.join(data_dir, "**", netns, "root"), recursive=True) if os.path.isdir(p)]
    assert len(matches) == 1, "expected one state folder of router %s under %s, found %s" % (netns, data_dir, matches)
    return matches[0]


def diff_rules(before, after):
    """Lines added and removed, per table (both empty when the rule sets are equal)."""
    added, removed = {}, {}
    for table in set(before) | set(after):
        b, a = before.get(table, set()), after.get(table, set())
        if a - b:
            added[table] = sorted(a - b)
        if b - a:
            removed[table] = sorted(b - a)
    return added, removed
