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
"""The VR side end to end on real WireGuard (wireguard-go here), iptables and clients, in network
namespaces built and removed by each test (wglab.Lab). The router runs the real entry point,
/opt/cloud/bin/wireguard_vpn.py, through vrhost.py; clients run wg-quick on configs made from
the same databag."""

import copy
import hashlib
import json
import os
import stat
import subprocess
import sys
import time

import pytest

import wglab
from cs import CsWireguardNetfilter as netfilter
from cs.CsWireguardVpn import entries_of
from wglab import INET_IP, INET_IP6, LAN_CIDR, LAN_CIDR6, LAN_IP, LAN_IP6, PUBLIC_IP, PUBLIC_IP6

SKIP_REASON = wglab.can_run_lab()
if SKIP_REASON:
    print("TestWireguardNamespaces skipped: %s" % SKIP_REASON, file=sys.stderr)
    pytest.skip(SKIP_REASON, allow_module_level=True)

LAN_URL = "http://%s:8080/" % LAN_IP
LAN_URL6 = "http://[%s]:8080/" % LAN_IP6
INET_URL = "http://%s:8080/" % INET_IP
INET_URL6 = "http://[%s]:8080/" % INET_IP6
SPLIT = ("10.8.0.0/24", LAN_CIDR, "2001:db8:8000::/64", LAN_CIDR6)
FULL = ("0.0.0.0/0", "::/0")


@pytest.fixture
def lab():
    instance = wglab.Lab()
    try:
        instance.start()
        yield instance
    finally:
        instance.stop()


class Vpn(object):
    """One VPN's keys and clients, and the bag that describes it."""

    def __init__(self, public_ip=PUBLIC_IP, port=51820, ip4="10.8.0.1/24", ip6="2001:db8:8000::1/64",
                 public_ip6=PUBLIC_IP6):
        self.uuid = wglab.new_uuid()
        self.private, self.public = wglab.keypair()
        self.public_ip, self.port, self.ip4, self.ip6, self.public_ip6 = public_ip, port, ip4, ip6, public_ip6
        self.clients = {}
        self.peers = []

    def add_client(self, name, ip4, ip6=None, full_tunnel=False, enabled=True, psk=True):
        private, public = wglab.keypair()
        key = wglab.genkey() if psk else None
        self.clients[name] = {"private": private, "public": public, "psk": key, "ip4": ip4, "ip6": ip6}
        self.peers.append(wglab.peer(public, ip4, ip6, psk=key, enabled=enabled, full_tunnel=full_tunnel))
        return public

    def remove_client(self, name):
        public = self.clients.pop(name)["public"]
        self.peers = [p for p in self.peers if p["public_key"] != public]

    def bag(self):
        return wglab.bag(self.uuid, self.private, copy.deepcopy(self.peers), public_ip=self.public_ip, port=self.port,
                         ip4=self.ip4, ip6=self.ip6, public_ip6=self.public_ip6)

    def removal(self):
        return wglab.bag(self.uuid, None, create=False)

    def client_config(self, name, allowed):
        c = self.clients[name]
        return wglab.client_config(c["private"], self.public, "%s:%d" % (self.public_ip, self.port), c["ip4"],
                                   c["ip6"], c["psk"], allowed=allowed)

    def secrets(self):
        return [self.private] + [c["private"] for c in self.clients.values()] + \
            [c["psk"] for c in self.clients.values() if c["psk"]]


def applied(lab, data):
    result = lab.apply(data)
    assert result.returncode == 0
    return result


def no_secret_in(text, vpn):
    for secret in vpn.secrets():
        assert secret not in text


def merged_entries(lab):
    with open(lab.vr_path("/etc/cloudstack/wireguardvpn.json")) as handle:
        return entries_of(json.load(handle))


BUILT_IN = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")


def tables(text):
    """iptables-save text without tables that hold nothing (iptables-nft keeps an empty nat table
    once a rule was ever added to it: there is nothing left in it, but it shows up)."""
    result = {}
    name = None
    for line in text.splitlines():
        if line.startswith("*"):
            name = line[1:]
            result[name] = []
        elif line != "COMMIT":
            result[name].append(line)
    return {t: lines for t, lines in result.items()
            if not all(l.startswith(":") and l.split()[0][1:] in BUILT_IN and " ACCEPT " in l for l in lines)}


def vr_pids(lab):
    """Processes running in the router's namespace: wireguard-go daemons only."""
    return sorted(wglab.sh(["ip", "netns", "pids", lab.ns["vr"]]).stdout.split())


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def config_sections(text):
    """A wg config as comparable sections, peers in any order."""
    # Keys compared by digest, so a failure message does not print them.
    lines = [line.replace(" ", "") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    lines = [hashlib.sha256(line.encode()).hexdigest() if "Key=" in line else line for line in lines]
    parts, current = [], []
    for line in lines:
        if line.startswith("[") and current:
            parts.append(sorted(current))
            current = []
        current.append(line)
    parts.append(sorted(current))
    return parts[0], sorted(parts[1:])


def snapshot(lab, interfaces=("wg0",)):
    """Everything an apply could change on the router."""
    state = {"v4": lab.iptables_save(4), "v6": lab.iptables_save(6), "links": sorted(lab.links())}
    for iface in interfaces:
        if iface in state["links"]:
            # wireguard-go lists peers in map order: compare them as a set.
            state["showconf " + iface] = config_sections(lab.wg("showconf", iface))
    for directory in ("/etc/wireguard", "/etc/cloudstack", "/etc/iptables", "/var/run/wireguard"):
        root = lab.vr_path(directory)
        for name in sorted(os.listdir(root)) if os.path.isdir(root) else []:
            path = os.path.join(root, name)
            info = os.stat(path)
            content = None
            if stat.S_ISREG(info.st_mode):
                with open(path, "rb") as handle:
                    content = hashlib.sha256(handle.read()).hexdigest()  # files hold keys
            state[path] = (info.st_mtime_ns, stat.S_IMODE(info.st_mode), content)
    return state


def test_split_and_full_tunnel_clients_reach_what_their_bag_allows(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2")
    vpn.add_client("c2", "10.8.0.3", "2001:db8:8000::3", full_tunnel=True, psk=False)
    vpn.add_client("off", "10.8.0.4", enabled=False)
    result = applied(lab, vpn.bag())
    no_secret_in(result.stdout + result.stderr, vpn)

    # A split-tunnel client that routes the internet host into the tunnel anyway gets nowhere.
    lab.client_up("c1", vpn.client_config("c1", SPLIT + (INET_IP + "/32", INET_IP6 + "/128")))
    lab.client_up("c2", vpn.client_config("c2", FULL))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"
    assert lab.fetch_retry("c1", LAN_URL6) == "2001:db8:8000::2"
    assert lab.fetch("c1", INET_URL, timeout=2) is None
    assert lab.fetch("c1", INET_URL6, timeout=2) is None
    # Full tunnel: the LAN sees the tunnel address, the internet host the router's public address.
    assert lab.fetch_retry("c2", LAN_URL) == "10.8.0.3"
    assert lab.fetch_retry("c2", INET_URL) == PUBLIC_IP
    assert lab.fetch_retry("c2", INET_URL6) == PUBLIC_IP6

    # The disabled peer is not on the device.
    dump = lab.wg("show", "wg0", "peers").split()
    assert sorted(dump) == sorted([vpn.clients["c1"]["public"], vpn.clients["c2"]["public"]])

    # Key files are private.
    assert mode(lab.vr_path("/etc/wireguard/wg0.conf")) == 0o600
    assert mode(lab.vr_path("/etc/cloudstack/wireguardvpn.json")) == 0o600

    # Every rule on the router is exactly the text handed to CloudStack's CsNetfilters, so its
    # compare() recognises each one and get_unseen() leaves them alone.
    for family in (4, 6):
        built = netfilter.build(merged_entries(lab), family)
        expected = {line.split(": ", 1)[1] for line in built.lines()}
        present = {line for line in lab.marked_rules(family) if line.startswith("-A ")}
        assert present == expected
    baseline = ["-A INPUT -i lo -j ACCEPT", "-A INPUT -p icmp -j ACCEPT",
                "-A PREROUTING -i eth2 -m state --state NEW -j CONNMARK --set-xmark 0x1/0xffffffff"]
    saved = lab.iptables_save(4)
    assert all(rule in saved.splitlines() for rule in baseline)
    with open(lab.vr_path("/etc/iptables/rules.v4")) as handle:
        assert handle.read().strip() == saved.strip()

    status = lab.status()
    text = json.dumps(status)
    no_secret_in(text, vpn)
    (entry,) = status["vpns"]
    assert (entry["vpn_uuid"], entry["interface"], entry["public_key"], entry["listen_port"]) == \
        (vpn.uuid, "wg0", vpn.public, 51820)
    peers = {p["public_key"]: p for p in entry["peers"]}
    first = peers[vpn.clients["c1"]["public"]]
    assert first["endpoint"].startswith("203.0.113.151:")
    assert first["latest_handshake"] > 0 and first["rx_bytes"] > 0 and first["tx_bytes"] > 0
    assert first["allowed_ips"] == ["10.8.0.2/32", "2001:db8:8000::2/128"]


def test_peer_changes_are_live_no_ping_lost_and_removal_cuts_only_that_peer(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2")
    applied(lab, vpn.bag())
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"
    handshake = lab.status()["vpns"][0]["peers"][0]["latest_handshake"]
    pids = vr_pids(lab)

    vpn.add_client("c2", "10.8.0.3")
    sent, received = lab.ping_loss("c1", LAN_IP, count=300, during=lambda: applied(lab, vpn.bag()))
    assert sent == 300 and received == sent, "lost %d of %d pings while adding a peer" % (sent - received, sent)

    lab.client_up("c2", vpn.client_config("c2", SPLIT))
    assert lab.fetch_retry("c2", LAN_URL) == "10.8.0.3"
    # No restart: same wireguard-go process, c1's session untouched.
    assert vr_pids(lab) == pids
    c1 = [p for p in lab.status()["vpns"][0]["peers"] if p["public_key"] == vpn.clients["c1"]["public"]][0]
    assert c1["latest_handshake"] == handshake

    vpn.remove_client("c2")
    sent, received = lab.ping_loss("c1", LAN_IP, count=200, during=lambda: applied(lab, vpn.bag()))
    assert received == sent
    assert lab.fetch("c2", LAN_URL, timeout=2) is None
    assert lab.fetch("c1", LAN_URL) == "10.8.0.2"
    assert [p["public_key"] for p in lab.status()["vpns"][0]["peers"]] == [vpn.clients["c1"]["public"]]


def test_applying_the_same_bag_twice_changes_nothing(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2", full_tunnel=True)
    vpn.add_client("c2", "10.8.0.3")
    applied(lab, vpn.bag())
    before = snapshot(lab)
    time.sleep(0.05)
    second = applied(lab, vpn.bag())
    assert "peer changes 0, wg set calls 0" in second.stdout and "iptables changed: none" in second.stdout
    after = snapshot(lab)
    assert after == before

    # The config file is a faithful record: `wg-quick strip` of it is what the device runs.
    assert config_sections(lab.vrhost("vr", "wg-quick", "strip", "wg0").stdout) == \
        config_sections(lab.wg("showconf", "wg0"))


def test_deleting_the_vpn_leaves_no_interface_file_or_rule_behind(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2", full_tunnel=True)
    baseline = (tables(lab.iptables_save(4)), tables(lab.iptables_save(6)))
    applied(lab, vpn.bag())
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"

    # Left over by an interrupted run: a config file of ours whose VPN is gone (removed too), and
    # an operator's own file (left alone).
    stale = lab.vr_path("/etc/wireguard/wg7.conf")
    with open(stale, "w") as handle:
        handle.write("# WireGuard VPN %s, generated by CloudStack (CsWireguardVpn.py): do not edit.\n"
                     % wglab.new_uuid())
    foreign = lab.vr_path("/etc/wireguard/wg9.conf")
    with open(foreign, "w") as handle:
        handle.write("[Interface]\nListenPort = 1\n")

    result = applied(lab, vpn.removal())
    assert "wg0 removed" in result.stdout and "wg7 removed" in result.stdout
    assert "wg0" not in lab.links()
    os.unlink(foreign)
    assert (tables(lab.iptables_save(4)), tables(lab.iptables_save(6))) == baseline
    assert os.listdir(lab.vr_path("/etc/wireguard")) == []
    assert os.listdir(lab.vr_path("/var/run/wireguard")) == []
    with open(lab.vr_path("/etc/cloudstack/wireguardvpn.json")) as handle:
        assert json.load(handle) == {"id": "wireguardvpn"}
    for name in ("rules.v4", "rules.v6"):
        with open(lab.vr_path("/etc/iptables/" + name)) as handle:
            assert "wireguard-vpn" not in handle.read()
    deadline = time.time() + 3
    while vr_pids(lab) and time.time() < deadline:
        time.sleep(0.05)
    assert vr_pids(lab) == []
    assert lab.fetch("c1", LAN_URL, timeout=2) is None
    assert lab.status() == {"vpns": []}


def test_two_vpns_on_two_public_ips_work_at_once(lab):
    first = Vpn()
    first.add_client("c1", "10.8.0.2")
    second = Vpn(public_ip=wglab.PUBLIC_IP_B, port=51821, ip4="10.9.0.1/24", ip6=None, public_ip6=None)
    second.add_client("c2", "10.9.0.2", full_tunnel=True)
    applied(lab, first.bag())
    applied(lab, second.bag())
    lab.client_up("c1", first.client_config("c1", SPLIT))
    lab.client_up("c2", second.client_config("c2", ("10.9.0.0/24", LAN_CIDR, INET_IP + "/32")))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"
    assert lab.fetch_retry("c2", LAN_URL) == "10.9.0.2"
    assert lab.fetch_retry("c2", INET_URL) == wglab.PUBLIC_IP_B
    assert sorted(v["interface"] for v in lab.status()["vpns"]) == ["wg0", "wg1"]

    # A VPN on the same port as another is refused: WireGuard binds its port on every address.
    clash = Vpn(public_ip=wglab.PUBLIC_IP_B, port=51820, ip4="10.10.0.1/24", ip6=None, public_ip6=None)
    result = lab.apply(clash.bag(), check=False)
    assert result.returncode == 2 and "listen_port 51820 is already used" in result.stderr

    applied(lab, first.removal())
    assert lab.fetch("c2", LAN_URL) == "10.9.0.2"
    assert lab.fetch("c1", LAN_URL, timeout=2) is None
    rules = "\n".join(lab.marked_rules(4))
    assert first.uuid not in rules and second.uuid in rules and "WG_203.0.113.10" not in rules
    assert [v["interface"] for v in lab.status()["vpns"]] == ["wg1"]


def test_an_invalid_bag_changes_nothing(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2", full_tunnel=True)
    applied(lab, vpn.bag())
    before = snapshot(lab)

    bad_bags = []
    duplicate = vpn.bag()
    duplicate["peers"].append(dict(duplicate["peers"][0], ip4_address="10.8.0.9", ip6_address=None))
    bad_bags.append((duplicate, 'WireGuard peer "%s": duplicate public-key' % vpn.clients["c1"]["public"][:8]))
    injected = vpn.bag()
    injected["peers"][0]["ip4_address"] = "10.8.0.2\n[Peer]\nPublicKey = x"
    bad_bags.append((injected, "control or non-ASCII character in peers[0].ip4_address"))
    outside = vpn.bag()
    outside["peers"].append(wglab.peer(wglab.random_key(), "10.9.9.9"))
    bad_bags.append((outside, "outside the VPN range 10.8.0.0/24"))
    own_key = vpn.bag()
    own_key["peers"].append(wglab.peer(vpn.public, "10.8.0.7"))
    bad_bags.append((own_key, "server's own public key"))
    bad_bags.append((dict(vpn.bag(), public_interface="eth2;reboot"), "public_interface must match eth[0-9]+"))
    removal = vpn.removal()
    removal["vpn_uuid"] = "not-a-uuid"
    bad_bags.append((removal, "vpn_uuid must be a UUID"))

    for data, reason in bad_bags:
        result = lab.apply(data, check=False)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and reason in result.stderr
        assert result.stdout == ""
        no_secret_in(result.stderr, vpn)
    broken = os.path.join(lab.tmp, "broken.json")
    with open(broken, "w") as handle:
        handle.write(json.dumps(vpn.bag())[:-1] + ', "private_key": "x"}')
    result = lab.apply(broken, check=False)
    assert result.returncode == 2 and "duplicate JSON key private_key" in result.stderr
    assert snapshot(lab) == before


def test_a_vpn_whose_port_is_taken_is_refused_and_changes_nothing(lab):
    # Something else on the router holds the UDP port: wireguard-go would bind only when the link
    # comes up and just log the failure, leaving a VPN that looks fine and passes nothing.
    holder = subprocess.Popen(["ip", "netns", "exec", lab.ns["vr"], wglab.PYTHON, "-c",
                               "import socket,time; s=socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); "
                               "s.bind(('::', 51820)); print('bound', flush=True); time.sleep(120)"],
                              stdout=subprocess.PIPE, text=True)
    lab.procs.append(holder)
    assert holder.stdout.readline().strip() == "bound"
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2")
    before = snapshot(lab)
    result = lab.apply(vpn.bag(), check=False)
    assert result.returncode == 2
    assert result.stderr.strip().endswith('WireGuard VPN "%s": listen_port 51820 is already in use on this router'
                                          % vpn.uuid)
    assert snapshot(lab) == before
    assert not os.path.exists(lab.vr_path("/etc/cloudstack/wireguardvpn.json"))

    holder.terminate()
    holder.wait()
    applied(lab, vpn.bag())
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"


CLOUDSTACK_PATH = """
import json, os, sys
sys.path.insert(0, "/opt/cloud/bin")
import cs_wireguardvpn
from cs.CsWireguardVpn import CsWireguardVpn

# merge.py: DataBag.load, cs_wireguardvpn.merge, DataBag.save (mode 0600, docs/INTEGRATION.md)
path = "/etc/cloudstack/wireguardvpn.json"
try:
    with open(path) as handle:
        dbag = json.load(handle)
except FileNotFoundError:
    dbag = {"id": "wireguardvpn"}
with open(sys.argv[1]) as handle:
    dbag = cs_wireguardvpn.merge(dbag, json.load(handle))
with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
    json.dump(dbag, handle, sort_keys=True, indent=2)


# configure.py: the databag_map executor, then IpTablesExecutor declaring rules to CsNetfilters
class Config(object):
    def __init__(self):
        self.fw = []

    def get_fw(self):
        return self.fw


config = Config()
report = CsWireguardVpn("wireguardvpn", config).process()
CsWireguardVpn("wireguardvpn", config).declare_fw()
print(json.dumps({"fw": config.fw, "read_back": [vpn["read_back"] for vpn in report["vpns"]]}))
"""


def test_cloudstack_path_declares_exactly_the_rules_it_applied(lab):
    script = os.path.join(lab.tmp, "cloudstack_path.py")
    with open(script, "w") as handle:
        handle.write(CLOUDSTACK_PATH)
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2", full_tunnel=True)
    vpn.add_client("c2", "10.8.0.3")
    result = lab.vrhost("vr", wglab.PYTHON, "-S", script, lab.write_bag(vpn.bag()))
    fw = json.loads(result.stdout)["fw"]
    assert fw and all(table in ("mangle", "filter", "nat") and position in ("", "front") for table, position, _ in fw)
    # CsNetfilters keeps a rule when the declared text and the iptables-save text parse alike:
    # here they are identical, rule for rule.
    declared = sorted(rule for _, _, rule in fw)
    present = sorted(line for line in lab.marked_rules(4) if line.startswith("-A "))
    assert declared == present
    assert mode(lab.vr_path("/etc/cloudstack/wireguardvpn.json")) == 0o600
    lab.client_up("c1", vpn.client_config("c1", FULL))
    assert lab.fetch_retry("c1", INET_URL) == PUBLIC_IP


# --- changes worked out from the router's records (no read-back) ----------------------------------

def with_dummies(vpn, count, start=20):
    """Peers that never connect, to give the VPN some size."""
    for index in range(count):
        vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.%d" % (start + index), full_tunnel=index % 5 == 0))


def device_peers(lab, iface="wg0"):
    return sorted(lab.wg("show", iface, "peers").split())


def faithful(lab, iface="wg0"):
    """The config file is what the device runs (wg-quick strip vs wg showconf, without the
    endpoints connected clients were last seen from)."""
    running = "\n".join(line for line in lab.wg("showconf", iface).splitlines() if not line.startswith("Endpoint"))
    return config_sections(lab.vrhost("vr", "wg-quick", "strip", iface).stdout) == config_sections(running)


def test_a_peer_change_on_a_recorded_router_reads_nothing_back_and_still_converges(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2")
    with_dummies(vpn, 30)
    first = applied(lab, vpn.bag())
    assert "wg0 created" in first.stdout and "read back" not in first.stdout
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"
    rules = lab.marked_rules(4)

    # A split-tunnel peer: the device and the config file change, the firewall does not.
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.90"))
    result = applied(lab, vpn.bag())
    assert "wg0 (peer changes 1, wg set calls 1)" in result.stdout and "iptables changed: none" in result.stdout
    assert vpn.peers[-1]["public_key"] in device_peers(lab) and faithful(lab)
    assert lab.marked_rules(4) == rules

    # A full-tunnel peer: one FORWARD and one SNAT rule more, saved for the next boot.
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.91", full_tunnel=True))
    result = applied(lab, vpn.bag())
    assert "read back" not in result.stdout and "iptables changed: v4" in result.stdout
    assert "-A WG_FWD_wg0 -s 10.8.0.91/32 -j ACCEPT" in lab.marked_rules(4)
    with open(lab.vr_path("/etc/iptables/rules.v4")) as handle:
        assert "-A WG_NAT_wg0 -s 10.8.0.91/32 -j SNAT --to-source %s" % PUBLIC_IP in handle.read()

    # Removed, disabled and changed peers.
    removed = vpn.peers.pop(3)
    vpn.peers[4]["enabled"] = False
    vpn.peers[5]["preshared_key"] = wglab.genkey()
    result = applied(lab, vpn.bag())
    assert "wg0 (peer changes 3, wg set calls 1)" in result.stdout
    assert removed["public_key"] not in device_peers(lab) and vpn.peers[4]["public_key"] not in device_peers(lab)
    assert faithful(lab)
    assert merged_entries(lab)[0]["peers"] == [dict(p) for p in vpn.bag()["peers"]]
    assert lab.fetch("c1", LAN_URL) == "10.8.0.2"


def test_applying_one_more_peer_twice_changes_nothing_the_second_time(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2")
    with_dummies(vpn, 10)
    applied(lab, vpn.bag())
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.90", full_tunnel=True))
    applied(lab, vpn.bag())
    before = snapshot(lab)
    time.sleep(0.05)
    again = applied(lab, vpn.bag())
    # Nothing to do by the records: the same bag asks for convergence, so everything is read back.
    assert "peer changes 0, wg set calls 0, read back" in again.stdout and "verified" in again.stdout
    assert snapshot(lab) == before


def test_a_bad_new_peer_on_a_recorded_router_is_refused_and_changes_nothing(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", "2001:db8:8000::2")
    with_dummies(vpn, 10)
    applied(lab, vpn.bag())
    before = snapshot(lab)
    taken = vpn.bag()
    taken["peers"].append(wglab.peer(wglab.random_key(), "10.8.0.2"))
    bad_key = vpn.bag()
    bad_key["peers"].append(wglab.peer(vpn.peers[1]["public_key"][:-2] + "B=", "10.8.0.99"))
    injected = vpn.bag()
    injected["peers"].append(wglab.peer(wglab.random_key(), "10.8.0.99\nEndpoint = 203.0.113.66:1"))
    for data, reason in ((taken, "duplicate address 10.8.0.2"), (bad_key, "public-key must be 44-character base64"),
                         (injected, "control or non-ASCII character in peers[11].ip4_address")):
        result = lab.apply(data, check=False)
        assert result.returncode == 2 and reason in result.stderr and result.stdout == ""
    assert snapshot(lab) == before


def test_a_device_changed_behind_the_routers_back_is_repaired(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2")
    with_dummies(vpn, 10)
    applied(lab, vpn.bag())
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"
    c1 = vpn.clients["c1"]["public"]
    everyone = sorted(p["public_key"] for p in vpn.peers)

    # 1. Someone removes c1 by hand; the management server re-sends the same bag: repaired.
    lab.wg("set", "wg0", "peer", c1, "remove")
    result = applied(lab, vpn.bag())
    assert "peer changes 1" in result.stdout and "verified" in result.stdout
    assert device_peers(lab) == everyone and faithful(lab)
    # (The client's session died with the peer: a new one, as the client would start in time.)
    lab.client_down("c1")
    lab.client_up("c1", vpn.client_config("c1", SPLIT))
    assert lab.fetch_retry("c1", LAN_URL) == "10.8.0.2"

    # 2. Removed by hand again; listWgUsers reads the device (status) and notices; the next
    #    change, a new peer, reads the device back and repairs it as well.
    lab.wg("set", "wg0", "peer", c1, "remove")
    assert c1 not in [p["public_key"] for p in lab.status()["vpns"][0]["peers"]]
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.90"))
    result = applied(lab, vpn.bag())
    assert "wg0 (peer changes 2, wg set calls 1, read back)" in result.stdout
    assert device_peers(lab) == sorted(p["public_key"] for p in vpn.peers) and faithful(lab)

    # 3. The device is gone, as after a reboot (its record with it, as /var/run is tmpfs): the
    #    next change creates it with every peer.
    lab.nsexec("vr", "ip", "link", "del", "wg0")
    deadline = time.time() + 5
    while os.path.exists(lab.vr_path("/var/run/wireguard/wg0.sock")) and time.time() < deadline:
        time.sleep(0.02)
    for name in os.listdir(lab.vr_path("/var/run/wireguard")):
        os.unlink(lab.vr_path("/var/run/wireguard/" + name))
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.91"))
    result = applied(lab, vpn.bag())
    assert "wg0 created" in result.stdout
    assert device_peers(lab) == sorted(p["public_key"] for p in vpn.peers) and faithful(lab)

    # 4. Someone deleted the device and created another of that name (new ifindex) while the
    #    record stayed: the record no longer names this device, so it is read back.
    lab.nsexec("vr", "ip", "link", "del", "wg0")
    while os.path.exists(lab.vr_path("/var/run/wireguard/wg0.sock")) and time.time() < deadline + 5:
        time.sleep(0.02)
    lab.vrhost("vr", "wireguard-go", "wg0")
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.92"))
    result = applied(lab, vpn.bag())
    assert "read back" in result.stdout
    assert device_peers(lab) == sorted(p["public_key"] for p in vpn.peers) and faithful(lab)


def test_a_change_to_one_vpn_leaves_the_other_alone(lab):
    first = Vpn()
    first.add_client("c1", "10.8.0.2")
    second = Vpn(public_ip=wglab.PUBLIC_IP_B, port=51821, ip4="10.9.0.1/24", ip6=None, public_ip6=None)
    second.add_client("c2", "10.9.0.2")
    applied(lab, first.bag())
    applied(lab, second.bag())
    other = os.stat(lab.vr_path("/etc/wireguard/wg1.conf")).st_mtime_ns
    first.peers.append(wglab.peer(wglab.random_key(), "10.8.0.90"))
    result = applied(lab, first.bag())
    assert "wg0 (peer changes 1, wg set calls 1)" in result.stdout
    assert "wg1 (peer changes 0, wg set calls 0)" in result.stdout
    assert os.stat(lab.vr_path("/etc/wireguard/wg1.conf")).st_mtime_ns == other
    # And wg1's record moved on with the bag: its next change needs no read-back either.
    second.peers.append(wglab.peer(wglab.random_key(), "10.9.0.90"))
    result = applied(lab, second.bag())
    assert "wg1 (peer changes 1, wg set calls 1)" in result.stdout and "read back" not in result.stdout


def test_cloudstack_path_works_a_change_out_from_the_bag_it_replaced(lab):
    """update_config.py runs merge.py and configure.py in one process: the handler gets the bag
    merge() replaced, so a new peer needs no read-back there either."""
    script = os.path.join(lab.tmp, "cloudstack_path.py")
    with open(script, "w") as handle:
        handle.write(CLOUDSTACK_PATH)
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", full_tunnel=True)
    with_dummies(vpn, 10)
    lab.vrhost("vr", wglab.PYTHON, "-S", script, lab.write_bag(vpn.bag()))
    vpn.peers.append(wglab.peer(wglab.random_key(), "10.8.0.90", full_tunnel=True))
    result = json.loads(lab.vrhost("vr", wglab.PYTHON, "-S", script, lab.write_bag(vpn.bag())).stdout)
    assert result["read_back"] == [False]
    assert device_peers(lab) == sorted(p["public_key"] for p in vpn.peers) and faithful(lab)
    assert sorted(rule for _, _, rule in result["fw"]) == sorted(line for line in lab.marked_rules(4)
                                                                 if line.startswith("-A "))
    lab.client_up("c1", vpn.client_config("c1", FULL))
    assert lab.fetch_retry("c1", INET_URL) == PUBLIC_IP


def test_a_firewall_changed_behind_the_routers_back_does_not_stop_the_next_change(lab):
    vpn = Vpn()
    vpn.add_client("c1", "10.8.0.2", full_tunnel=True)
    with_dummies(vpn, 10)
    applied(lab, vpn.bag())
    gone = next(p for p in vpn.peers if p["full_tunnel"] and p["ip4_address"] != "10.8.0.2")
    # Someone deletes this peer's forwarding rule by hand; then the peer is removed for real,
    # so the change worked out from the record would delete a rule that is no longer there.
    lab.nsexec("vr", "iptables", "-D", "WG_FWD_wg0", "-s", gone["ip4_address"] + "/32", "-j", "ACCEPT")
    vpn.peers.remove(gone)
    result = applied(lab, vpn.bag())
    assert "iptables changed: v4" in result.stdout
    expected = {line.split(": ", 1)[1] for line in netfilter.build(merged_entries(lab), 4).lines()}
    assert {line for line in lab.marked_rules(4) if line.startswith("-A ")} == expected
    assert gone["ip4_address"] not in "\n".join(lab.marked_rules(4))
