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
"""Test support: keys, databags, and a virtual router lab made of network namespaces.

The lab, per run (every name carries a random prefix so parallel runs on one host never meet):

    client c1 (203.0.113.151) --+                       +-- eth2 VR eth0 -- LAN host 10.77.1.10
    client c2 (203.0.113.152) --+-- br1  ns "pub"  br0 --+   (.10, .11)       (10.77.1.0/24)
                     (203.0.113.128/25)   routes   (203.0.113.0/25)
                                                        +-- internet host 203.0.113.60

The "pub" namespace routes between the clients' half of 203.0.113.0/24 and the routers' half (and
2001:db8:114::/64 and 2001:db8:113::/64), so a full-tunnel client's traffic to the internet host
really takes the tunnel, and the internet host has no route to any tunnel range.

The VR gets a CloudStack-like baseline firewall (INPUT and FORWARD policy DROP), so every packet
that crosses it does so because of a rule the handler added. Each namespace that runs WireGuard
(the VR and the clients) has its own state directory, bound over /etc/wireguard,
/var/run/wireguard, ... by vrhost.py.
"""

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib

TEST_DIR = os.path.dirname(os.path.abspath(__file__))
BIN_DIR = os.path.normpath(os.path.join(TEST_DIR, "..", "debian", "opt", "cloud", "bin"))
VRHOST = os.path.join(TEST_DIR, "vrhost.py")
HTTPWHO = os.path.join(TEST_DIR, "httpwho.py")
PINGER = os.path.join(TEST_DIR, "pinger.py")
PYTHON = "/usr/bin/python3"
# Run as the router runs it: through its "#!/usr/bin/python3 -S" line.
DRIVER = "/opt/cloud/bin/wireguard_vpn.py"

PUBLIC_IP = "203.0.113.10"
PUBLIC_IP_B = "203.0.113.11"
PUBLIC_IP6 = "2001:db8:113::10"
INET_IP = "203.0.113.60"
INET_IP6 = "2001:db8:113::60"
LAN_IP = "10.77.1.10"
LAN_IP6 = "2001:db8:77::10"
LAN_CIDR = "10.77.1.0/24"
LAN_CIDR6 = "2001:db8:77::/64"
CLIENT_IPS = {"c1": ("203.0.113.151", "2001:db8:114::51"), "c2": ("203.0.113.152", "2001:db8:114::52")}


def genkey():
    return subprocess.run(["wg", "genkey"], capture_output=True, text=True, check=True).stdout.strip()


def pubkey(private):
    return subprocess.run(["wg", "pubkey"], input=private + "\n", capture_output=True, text=True,
                          check=True).stdout.strip()


def keypair():
    private = genkey()
    return private, pubkey(private)


def random_key():
    """A syntactically valid key for peers that never connect (no private half needed)."""
    while True:
        raw = os.urandom(32)
        if any(raw):
            return base64.b64encode(raw).decode()


def new_uuid():
    return str(uuidlib.uuid4())


def peer(public_key, ip4=None, ip6=None, psk=None, enabled=True, full_tunnel=False):
    return {"public_key": public_key, "preshared_key": psk, "ip4_address": ip4, "ip6_address": ip6,
            "enabled": enabled, "full_tunnel": full_tunnel}


def bag(vpn_uuid, private_key, peers=(), public_ip=PUBLIC_IP, port=51820, ip4="10.8.0.1/24",
        ip6="2001:db8:8000::1/64", public_ip6=PUBLIC_IP6, mtu=1420, guest_interfaces=("eth0",),
        local_cidrs=(LAN_CIDR, LAN_CIDR6), public_interface="eth2", create=True):
    if not create:
        return {"type": "wireguardvpn", "vpn_uuid": vpn_uuid, "create": False}
    return {
        "type": "wireguardvpn", "vpn_uuid": vpn_uuid, "create": True,
        "public_ip": public_ip, "public_interface": public_interface, "public_ip6": public_ip6,
        "guest_interfaces": list(guest_interfaces), "local_cidrs": list(local_cidrs),
        "listen_port": port, "mtu": mtu, "private_key": private_key,
        "ip4_address": ip4, "ip6_address": ip6, "peers": list(peers),
    }


def client_config(private_key, server_public, endpoint, address4, address6=None, psk=None,
                  allowed=("10.8.0.0/24", LAN_CIDR), mtu=1420):
    """A wg-quick(8) client config, as the management server hands one to a user."""
    addresses = [address4 + "/32"] + ([address6 + "/128"] if address6 else [])
    lines = ["[Interface]", "PrivateKey = %s" % private_key, "Address = %s" % ", ".join(addresses),
             "MTU = %d" % mtu, "", "[Peer]", "PublicKey = %s" % server_public]
    if psk:
        lines.append("PresharedKey = %s" % psk)
    lines += ["Endpoint = %s" % endpoint, "AllowedIPs = %s" % ", ".join(allowed), ""]
    return "\n".join(lines)


def sh(argv, check=True, timeout=60, input=None):
    return subprocess.run(argv, capture_output=True, text=True, check=check, timeout=timeout, input=input)


def can_run_lab():
    """None when namespaces work here, else the reason to skip."""
    if os.geteuid() != 0:
        return "needs root (network and mount namespaces)"
    for tool in ("ip", "wg", "wg-quick", "iptables", "ip6tables", "unshare"):
        if shutil.which(tool) is None:
            return "%s is not installed" % tool
    if shutil.which("wireguard-go") is None:
        return "wireguard-go is not installed"
    name = "wgprobe%d" % os.getpid()
    probe = sh(["ip", "netns", "add", name], check=False)
    if probe.returncode != 0:
        return "cannot create a network namespace: %s" % probe.stderr.strip()
    sh(["ip", "netns", "del", name], check=False)
    return None


class Lab(object):
    """Namespaces, links, baseline firewall and helper processes of one test run."""

    def __init__(self, prefix=None):
        self.prefix = prefix or "wgt%s" % os.urandom(3).hex()
        self.tmp = tempfile.mkdtemp(prefix=self.prefix + ".")
        os.chmod(self.tmp, 0o700)
        self.ns = {role: "%s-%s" % (self.prefix, role) for role in ("vr", "pub", "lan", "c1", "c2", "inet")}
        self.procs = []
        self.created = []

    # -- plumbing -----------------------------------------------------------------------------
    def ip(self, role, *args, check=True):
        return sh(["ip", "-n", self.ns[role]] + list(args), check=check)

    def nsexec(self, role, *argv, check=True, timeout=60, input=None):
        return sh(["ip", "netns", "exec", self.ns[role]] + list(argv), check=check, timeout=timeout, input=input)

    def root(self, role):
        return os.path.join(self.tmp, "root-" + role)

    def vrhost(self, role, *argv, check=True, timeout=120, input=None):
        """Runs argv on `role` with that namespace's own /etc/wireguard, /var/run/wireguard, ..."""
        return sh([PYTHON, VRHOST, "exec", "--root", self.root(role), "--bin", BIN_DIR, self.ns[role], "--"]
                  + list(argv), check=check, timeout=timeout, input=input)

    def _veth(self, role_a, name_a, role_b, name_b):
        sh(["ip", "link", "add", name_a, "netns", self.ns[role_a], "type", "veth",
            "peer", "name", name_b, "netns", self.ns[role_b]])

    def start(self):
        for role, name in self.ns.items():
            sh(["ip", "netns", "add", name])
            self.created.append(name)
            self.ip(role, "link", "set", "lo", "up")
        for bridge, address, address6 in (("br0", "203.0.113.1/25", "2001:db8:113::1/64"),
                                          ("br1", "203.0.113.129/25", "2001:db8:114::1/64")):
            self.ip("pub", "link", "add", bridge, "type", "bridge")
            self.ip("pub", "addr", "add", address, "dev", bridge)
            self.ip("pub", "-6", "addr", "add", address6, "dev", bridge, "nodad")
            self.ip("pub", "link", "set", bridge, "up")
        for role, inner, bridge in (("vr", "eth2", "br0"), ("inet", "eth0", "br0"),
                                    ("c1", "eth0", "br1"), ("c2", "eth0", "br1")):
            self._veth(role, inner, "pub", "p-" + role)
            self.ip("pub", "link", "set", "p-" + role, "master", bridge)
            self.ip("pub", "link", "set", "p-" + role, "up")
        self.nsexec("pub", "sysctl", "-qw", "net.ipv4.ip_forward=1")
        self.nsexec("pub", "sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
        self._veth("vr", "eth0", "lan", "eth0")
        for role in ("vr", "lan", "c1", "c2", "inet"):
            for dev in ("eth0", "eth2") if role == "vr" else ("eth0",):
                self.nsexec(role, "sysctl", "-qw", "net.ipv6.conf.%s.accept_dad=0" % dev)
                self.ip(role, "link", "set", dev, "up")
        self.ip("vr", "addr", "add", PUBLIC_IP + "/25", "dev", "eth2")
        self.ip("vr", "addr", "add", PUBLIC_IP_B + "/25", "dev", "eth2")
        self.ip("vr", "-6", "addr", "add", PUBLIC_IP6 + "/64", "dev", "eth2", "nodad")
        self.ip("vr", "route", "add", "default", "via", "203.0.113.1")
        self.ip("vr", "-6", "route", "add", "default", "via", "2001:db8:113::1")
        self.ip("vr", "addr", "add", "10.77.1.1/24", "dev", "eth0")
        self.ip("vr", "-6", "addr", "add", "2001:db8:77::1/64", "dev", "eth0", "nodad")
        self.ip("lan", "addr", "add", LAN_IP + "/24", "dev", "eth0")
        self.ip("lan", "-6", "addr", "add", LAN_IP6 + "/64", "dev", "eth0", "nodad")
        self.ip("lan", "route", "add", "default", "via", "10.77.1.1")
        self.ip("lan", "-6", "route", "add", "default", "via", "2001:db8:77::1")
        for role, (ip4, ip6) in CLIENT_IPS.items():
            self.ip(role, "addr", "add", ip4 + "/25", "dev", "eth0")
            self.ip(role, "-6", "addr", "add", ip6 + "/64", "dev", "eth0", "nodad")
            self.ip(role, "route", "add", "default", "via", "203.0.113.129")
            self.ip(role, "-6", "route", "add", "default", "via", "2001:db8:114::1")
        # The internet host knows no route to any tunnel range: only SNAT gets replies back.
        self.ip("inet", "addr", "add", INET_IP + "/25", "dev", "eth0")
        self.ip("inet", "-6", "addr", "add", INET_IP6 + "/64", "dev", "eth0", "nodad")
        self.ip("inet", "route", "add", "default", "via", "203.0.113.1")
        self.ip("inet", "-6", "route", "add", "default", "via", "2001:db8:113::1")
        self.nsexec("vr", "sysctl", "-qw", "net.ipv4.ip_forward=1")
        self.nsexec("vr", "sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
        self.baseline_firewall()
        self.serve("lan")
        self.serve("inet")
        return self

    def baseline_firewall(self):
        """Like a CloudStack VR: default DROP, a few unmarked rules the handler must not touch."""
        v4 = "\n".join([
            "*filter", ":INPUT DROP [0:0]", ":FORWARD DROP [0:0]", ":OUTPUT ACCEPT [0:0]",
            "-A INPUT -i lo -j ACCEPT",
            "-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A INPUT -p icmp -j ACCEPT",
            "COMMIT", "*mangle", ":PREROUTING ACCEPT [0:0]",
            "-A PREROUTING -i eth2 -m state --state NEW -j CONNMARK --set-xmark 0x1/0xffffffff",
            "COMMIT", ""])
        v6 = "\n".join([
            "*filter", ":INPUT DROP [0:0]", ":FORWARD DROP [0:0]", ":OUTPUT ACCEPT [0:0]",
            "-A INPUT -i lo -j ACCEPT",
            "-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "-A INPUT -p ipv6-icmp -j ACCEPT",
            "COMMIT", ""])
        self.nsexec("vr", "iptables-restore", input=v4)
        self.nsexec("vr", "ip6tables-restore", input=v6)

    def serve(self, role):
        log = open(os.path.join(self.tmp, "http-%s.log" % role), "w")
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns[role], PYTHON, HTTPWHO, "8080"],
                                stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(proc)
        deadline = time.time() + 10
        while time.time() < deadline:
            if "8080" in self.nsexec(role, "ss", "-ltn", check=False).stdout:
                return
            time.sleep(0.05)
        raise RuntimeError("HTTP server in %s did not start" % role)

    # -- router --------------------------------------------------------------------------------
    def write_bag(self, data, name="bag.json"):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as handle:
            json.dump(data, handle)
        return path

    def apply(self, data, check=True):
        path = self.write_bag(data) if not isinstance(data, str) else data
        return self.vrhost("vr", DRIVER, "apply", path, check=check)

    def status(self):
        return json.loads(self.vrhost("vr", DRIVER, "status").stdout)

    def vr_path(self, path):
        return self.root("vr") + path

    def iptables_save(self, family=4):
        tool = "iptables-save" if family == 4 else "ip6tables-save"
        text = self.nsexec("vr", tool).stdout
        return "\n".join(re.sub(r"\[\d+:\d+\]", "[0:0]", line) for line in text.splitlines()
                         if not line.startswith("#"))

    def marked_rules(self, family=4):
        return [line for line in self.iptables_save(family).splitlines()
                if "wireguard-vpn" in line or line.startswith(":WG_") or line.startswith("-A WG_")]

    def wg(self, *args, role="vr"):
        return self.vrhost(role, "wg", *args).stdout

    def links(self, role="vr"):
        return [l["ifname"] for l in json.loads(self.ip(role, "-j", "link", "show").stdout)]

    # -- clients -------------------------------------------------------------------------------
    def client_up(self, role, config, name="wgc"):
        path = os.path.join(self.tmp, "%s-%s.conf" % (name, role))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(config)
        # wg-quick names the interface after the file; a private /etc/wireguard keeps clients apart.
        conf = os.path.join(self.root(role), "etc", "wireguard", name + ".conf")
        os.makedirs(os.path.dirname(conf), exist_ok=True)
        shutil.copy(path, conf)
        os.chmod(conf, 0o600)
        self.vrhost(role, "wg-quick", "up", name)

    def client_down(self, role, name="wgc"):
        self.vrhost(role, "wg-quick", "down", name, check=False)

    def fetch(self, role, url, timeout=3):
        """GET url from `role`; returns the body (the server answers with the caller's address)
        or None if it could not be reached."""
        code = ("import sys,urllib.request\n"
                "try:\n"
                " print(urllib.request.urlopen(sys.argv[1], timeout=float(sys.argv[2])).read().decode())\n"
                "except Exception as e:\n"
                " print('ERR', e); sys.exit(3)\n")
        result = self.nsexec(role, PYTHON, "-c", code, url, str(timeout), check=False, timeout=timeout + 30)
        return result.stdout.strip() if result.returncode == 0 else None

    def fetch_retry(self, role, url, attempts=10, timeout=2):
        """Handshakes and neighbour discovery take a moment on a fresh tunnel."""
        for _ in range(attempts):
            body = self.fetch(role, url, timeout=timeout)
            if body is not None:
                return body
            time.sleep(0.2)
        return None

    def ping_loss(self, role, target, count, interval=0.01, during=None):
        """Pings target every `interval` seconds while `during()` runs; returns (sent, received)."""
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns[role], PYTHON, PINGER, target, str(count),
                                 str(interval)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.procs.append(proc)
        time.sleep(0.3)
        if during:
            during()
        out, _ = proc.communicate(timeout=count * interval + 60)
        try:
            result = json.loads(out)
        except ValueError:
            raise RuntimeError("unexpected pinger output: %s" % out)
        return result["sent"], result["received"]

    # -- teardown ------------------------------------------------------------------------------
    def stop(self):
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        for name in self.created:
            # wireguard-go daemons started in these namespaces keep them alive: end them by pid.
            pids = sh(["ip", "netns", "pids", name], check=False).stdout.split()
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGTERM)
                except (ProcessLookupError, ValueError):
                    pass
        deadline = time.time() + 5
        for name in self.created:
            while time.time() < deadline and sh(["ip", "netns", "pids", name], check=False).stdout.split():
                time.sleep(0.05)
            sh(["ip", "netns", "del", name], check=False)
        shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    """python3 wglab.py: builds a lab, prints its names, waits for Enter, removes it."""
    reason = can_run_lab()
    if reason:
        print("cannot build the lab: %s" % reason)
        return 1
    lab = Lab().start()
    try:
        print(json.dumps({"prefix": lab.prefix, "namespaces": lab.ns, "tmp": lab.tmp}, indent=2))
        input("Enter removes the lab... ")
    finally:
        lab.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
