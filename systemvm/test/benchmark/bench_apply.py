#!/usr/bin/python3
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
"""Benchmark: applying WireGuard VPN changes on the VR, our way against the earlier upstream way.

    sudo /usr/bin/python3 bench_apply.py [--sizes 10,1000,10000] [--changes 20] [--repeat 5]

Builds the test lab (wglab.Lab: a VR, a client and a LAN host in network namespaces) and, for each
VPN size, times on the VR:
  ours      wireguard_vpn.py apply FILE: merge + validate + diff + one `wg set` + iptables diff
            (what the management server triggers); for a change to a VPN in place, the diff comes
            from the previous merged bag (the router's records vouch for the device), not from
            `wg show dump` (docs/wireguard-databag.md, "A change to a large VPN");
  upstream  what the earlier upstream attempt (apache/cloudstack PR #9977) did: rewrite the whole
            wg-quick config and restart the tunnel, `wg-quick down` + `wg-quick up`.
The times are measured inside the VR's namespaces around the process (python start-up included),
so they are the VR-side cost; the test harness's own `ip netns exec` step is not in them.

Then a client, already connected, pings the LAN host through the tunnel every 10 ms while 20
peer additions are applied one after the other, each way, and the lost pings are counted.

Peers are split-tunnel, every tenth full-tunnel (per-peer FORWARD and SNAT rules), addresses from a
/16, no preshared keys except the pinging client's. Prints a table; it is a program, not a test.
"""

import argparse
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import wglab  # noqa: E402

UPSTREAM_IFACE = "wgu0"
PORT = 51820


def host_address(index):
    """Peer address number `index` in 10.8.0.0/16 (10.8.0.0 is the network, 10.8.0.1 the server)."""
    number = index + 2
    return "10.8.%d.%d" % (number >> 8, number & 255)


def peers_for(size, client_public, client_psk):
    peers = [wglab.peer(client_public, "10.8.0.2", psk=client_psk)]
    for index in range(1, size):
        peers.append(wglab.peer(wglab.random_key(), host_address(index + 10), full_tunnel=index % 10 == 0))
    return peers


def vpn_bag(uuid, server_private, peers):
    return wglab.bag(uuid, server_private, peers, ip4="10.8.0.1/16", ip6=None, public_ip6=None,
                     local_cidrs=(wglab.LAN_CIDR,))


def upstream_config(server_private, peers):
    """The whole wg-quick file, as the earlier attempt regenerated it on every change."""
    lines = ["[Interface]", "PrivateKey = %s" % server_private, "ListenPort = %d" % PORT,
             "Address = 10.8.0.1/16", "MTU = 1420"]
    for item in peers:
        lines += ["", "[Peer]", "PublicKey = %s" % item["public_key"]]
        if item["preshared_key"]:
            lines.append("PresharedKey = %s" % item["preshared_key"])
        lines.append("AllowedIPs = %s/32" % item["ip4_address"])
    return "\n".join(lines) + "\n"


# --- inside the VR (run through vrhost.py) ------------------------------------------------------

# As on a router, Python may cache the scripts' bytecode (the first apply of a run writes it).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


CPU = []


def timed(argv):
    """Wall seconds of one command; its CPU seconds (user + system, children included) go to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit("%s failed: %s" % (" ".join(argv[:4]), result.stderr.strip()))
    return elapsed


def wait_gone(iface):
    """wireguard-go exits a moment after its link is deleted and then unlinks its UAPI socket;
    starting the next one before that would lose the new socket. A service restart waits too."""
    deadline = time.monotonic() + 10
    while os.path.exists("/var/run/wireguard/%s.sock" % iface) and time.monotonic() < deadline:
        time.sleep(0.01)


def write_private(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def inner(plan_path):
    """Runs one plan of steps on the VR and prints the seconds each took, as JSON."""
    with open(plan_path) as handle:
        plan = json.load(handle)
    times = []
    cpu = []
    for step in plan["steps"]:
        if step["kind"] == "ours":
            times.append(timed([wglab.DRIVER, "apply", step["file"]]))
            cpu.append(CPU[-1])
        elif step["kind"] == "upstream-up":
            start = time.perf_counter()
            write_private("/etc/wireguard/%s.conf" % UPSTREAM_IFACE, step["config"])
            timed(["wg-quick", "up", UPSTREAM_IFACE])
            times.append(time.perf_counter() - start)
        elif step["kind"] == "upstream-restart":
            start = time.perf_counter()
            write_private("/etc/wireguard/%s.conf" % UPSTREAM_IFACE, step["config"])
            timed(["wg-quick", "down", UPSTREAM_IFACE])
            wait_gone(UPSTREAM_IFACE)
            timed(["wg-quick", "up", UPSTREAM_IFACE])
            times.append(time.perf_counter() - start)
        elif step["kind"] == "upstream-down":
            times.append(timed(["wg-quick", "down", UPSTREAM_IFACE]))
            wait_gone(UPSTREAM_IFACE)
        if step.get("pause"):
            time.sleep(step["pause"])
    print(json.dumps({"wall": times, "cpu": cpu}))


# --- orchestration ------------------------------------------------------------------------------

class Bench(object):
    def __init__(self, lab, args):
        self.lab = lab
        self.args = args
        self.server_private, self.server_public = wglab.keypair()
        self.client_private, self.client_public = wglab.keypair()
        self.client_psk = wglab.genkey()
        self.counter = 0

    def bag_file(self, data):
        self.counter += 1
        return self.lab.write_bag(data, "bench-%d.json" % self.counter)

    def run_plan(self, steps):
        self.counter += 1
        path = os.path.join(self.lab.tmp, "plan-%d.json" % self.counter)
        with open(path, "w") as handle:
            json.dump({"steps": steps}, handle)
        out = self.lab.vrhost("vr", wglab.PYTHON, os.path.abspath(__file__), "--inner", path, timeout=3600).stdout
        result = json.loads(out.strip().splitlines()[-1])
        self.cpu = result["cpu"]
        return result["wall"]

    def client_up(self):
        config = wglab.client_config(self.client_private, self.server_public, "%s:%d" % (wglab.PUBLIC_IP, PORT),
                                     "10.8.0.2", psk=self.client_psk, allowed=("10.8.0.0/16", wglab.LAN_CIDR))
        self.lab.client_down("c1")
        self.lab.client_up("c1", config)
        if self.lab.fetch_retry("c1", "http://%s:8080/" % wglab.LAN_IP, attempts=30) != "10.8.0.2":
            raise SystemExit("the client cannot reach the LAN through the tunnel")

    def ours(self, size):
        uuid = wglab.new_uuid()
        peers = peers_for(size, self.client_public, self.client_psk)
        steps = [{"kind": "ours", "file": self.bag_file(vpn_bag(uuid, self.server_private, peers))}]
        for _ in range(self.args.repeat):
            peers.append(wglab.peer(wglab.random_key(), host_address(len(peers) + 10)))
            steps.append({"kind": "ours", "file": self.bag_file(vpn_bag(uuid, self.server_private, peers))})
        times = self.run_plan(steps)
        return uuid, peers, times[0], statistics.median(times[1:]), min(times[1:]), statistics.median(self.cpu[1:])

    def ours_remove(self, uuid):
        self.run_plan([{"kind": "ours", "file": self.bag_file(wglab.bag(uuid, None, create=False))}])

    def upstream(self, size):
        peers = peers_for(size, self.client_public, self.client_psk)
        steps = [{"kind": "upstream-up", "config": upstream_config(self.server_private, peers)}]
        for _ in range(self.args.upstream_repeat):
            peers.append(wglab.peer(wglab.random_key(), host_address(len(peers) + 10)))
            steps.append({"kind": "upstream-restart", "config": upstream_config(self.server_private, peers)})
        steps.append({"kind": "upstream-down"})
        times = self.run_plan(steps)
        return times[0], statistics.median(times[1:-1])

    def ping_during(self, steps):
        """Pings the LAN host from the connected client every 10 ms while the steps run."""
        proc = subprocess.Popen(["ip", "netns", "exec", self.lab.ns["c1"], wglab.PYTHON, wglab.PINGER,
                                 wglab.LAN_IP, "100000", "0.01", "2"], stdout=subprocess.PIPE, text=True)
        time.sleep(1.0)
        self.run_plan(steps)
        time.sleep(2.0)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
        result = json.loads(out)
        return result["sent"], result["sent"] - result["received"]

    def ping_ours(self, size):
        uuid = wglab.new_uuid()
        peers = peers_for(size, self.client_public, self.client_psk)
        self.run_plan([{"kind": "ours", "file": self.bag_file(vpn_bag(uuid, self.server_private, peers))}])
        self.client_up()
        steps = []
        for _ in range(self.args.changes):
            peers.append(wglab.peer(wglab.random_key(), host_address(len(peers) + 10)))
            steps.append({"kind": "ours", "file": self.bag_file(vpn_bag(uuid, self.server_private, peers)),
                          "pause": 0.1})
        sent, lost = self.ping_during(steps)
        self.ours_remove(uuid)
        return sent, lost

    UPSTREAM_RULES = [["INPUT", "-d", wglab.PUBLIC_IP, "-p", "udp", "--dport", str(PORT), "-j", "ACCEPT"],
                      ["FORWARD", "-i", UPSTREAM_IFACE, "-o", "eth0", "-j", "ACCEPT"],
                      ["FORWARD", "-i", "eth0", "-o", UPSTREAM_IFACE, "-j", "ACCEPT"]]

    def ping_upstream(self, size):
        # The earlier attempt left the firewall alone; open what the lab's DROP policies block.
        for rule in self.UPSTREAM_RULES:
            self.lab.nsexec("vr", "iptables", "-I", *rule)
        peers = peers_for(size, self.client_public, self.client_psk)
        self.run_plan([{"kind": "upstream-up", "config": upstream_config(self.server_private, peers)}])
        self.client_up()
        steps = []
        for _ in range(self.args.changes):
            peers.append(wglab.peer(wglab.random_key(), host_address(len(peers) + 10)))
            steps.append({"kind": "upstream-restart", "config": upstream_config(self.server_private, peers),
                          "pause": 0.1})
        sent, lost = self.ping_during(steps)
        self.run_plan([{"kind": "upstream-down"}])
        for rule in self.UPSTREAM_RULES:
            self.lab.nsexec("vr", "iptables", "-D", *rule)
        return sent, lost


def ms(seconds):
    return "%.0f ms" % (seconds * 1000) if seconds < 10 else "%.1f s" % seconds


# "ours: +1 CPU" is user + system time of the apply process and the commands it ran (wg, ip,
# iptables-save...), not of the wireguard-go daemon answering them.


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,1000,10000")
    parser.add_argument("--changes", type=int, default=20, help="changes applied while the client pings")
    parser.add_argument("--repeat", type=int, default=5, help="one-peer additions timed per size, ours")
    parser.add_argument("--upstream-repeat", type=int, default=3, help="same, upstream way")
    parser.add_argument("--ping-sizes", default="10,10000", help="VPN sizes for the ping test, ours")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner)
        return 0
    reason = wglab.can_run_lab()
    if reason:
        print("bench_apply.py: cannot run: %s" % reason)
        return 1
    sizes = [int(s) for s in args.sizes.split(",")]
    lab = wglab.Lab(prefix="wgb%s" % os.urandom(3).hex()).start()
    rows = []
    pings = []
    try:
        bench = Bench(lab, args)
        for size in sizes:
            uuid, _, scratch, add_one, add_min, add_cpu = bench.ours(size)
            bench.ours_remove(uuid)
            up_scratch, up_add = bench.upstream(size)
            rows.append((size, scratch, add_one, add_min, add_cpu, up_scratch, up_add))
            print("measured %d peers" % size, file=sys.stderr)
        for size in [int(s) for s in args.ping_sizes.split(",")]:
            pings.append(("ours, %d peers" % size,) + bench.ping_ours(size))
        pings.append(("upstream (rewrite + wg-quick down/up), 10 peers",) + bench.ping_upstream(10))
    finally:
        lab.stop()

    print()
    print("WireGuard VPN changes on the VR (wireguard-go, %d CPUs, load average at the end %.1f); VR-side time"
          % (os.cpu_count(), os.getloadavg()[0]))
    header = ("peers", "ours: from scratch", "ours: +1 peer, median (min) of %d" % args.repeat, "ours: +1 CPU",
              "upstream: from scratch", "upstream: +1 peer, median of %d" % args.upstream_repeat, "+1 speed-up")
    table = [header] + [(str(size), ms(a), "%s (%s)" % (ms(b), ms(m)), ms(cpu), ms(c), ms(d), "%.0fx" % (d / b))
                        for size, a, b, m, cpu, c, d in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for index, row in enumerate(table):
        print("| " + " | ".join(cell.rjust(widths[i]) for i, cell in enumerate(row)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print()
    print("Pings from a connected client to the LAN host every 10 ms during %d peer additions:" % args.changes)
    for name, sent, lost in pings:
        print("  %-52s lost %5d of %5d (%.1f%%)" % (name, lost, sent, 100.0 * lost / max(sent, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
