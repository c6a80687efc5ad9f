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
"""Test clients on devcloud's public segment: a network namespace per client, plugged into the
segment's bridge with an address from its free range, running the real wg-quick (on wireguard-go,
in a private mount namespace with its own /var/run/wireguard), ping and curl."""

import ipaddress
import os
import re
import signal
import subprocess
import time

from . import host

HERE = os.path.dirname(os.path.abspath(__file__))
INNS = os.path.join(HERE, "inns.py")
STUB_BIN = os.path.join(HERE, "bin")
WHOAMI = os.path.join(HERE, "whoami.py")


class Segment:
    """devcloud's public segment (devcloud.json `public`): where clients attach."""

    def __init__(self, public):
        self.netns = public["netns"]
        self.bridge = public["bridge"]
        self.cidr = ipaddress.ip_network(public["cidr"], strict=False)
        first, _, last = public["free_range"].partition("-")
        first = int(ipaddress.ip_address(first.strip()))
        last = int(ipaddress.ip_address(last.strip()))
        self._free = [str(ipaddress.ip_address(i)) for i in range(first, last + 1)]
        self.host_address = self._own_address()

    def _own_address(self):
        """The public namespace's address on the bridge: the public host, the routers' gateway."""
        text = host.out(host.in_netns(self.netns, ["ip", "-4", "-o", "addr", "show", "dev", self.bridge]))
        for line in text.split("\n"):
            m = re.search(r"inet (\S+)/\d+", line)
            if m:
                return m.group(1)
        raise AssertionError("no IPv4 address on %s in %s: %r" % (self.bridge, self.netns, text))

    def allocate(self):
        assert self._free, "the public segment's free range is used up"
        return self._free.pop(0)

    def release(self, address):
        self._free.append(address)


class ClientNamespace:
    """A remote client: own namespace, eth0 on the public segment with ADDRESS/32, the public host
    as default gateway (onlink) and on-link host routes to the routers' public IPs. No route covers
    the whole segment, so a full-tunnel wg-quick (which only overrides the default route) sends
    traffic for the public host through the tunnel, as a client elsewhere on the internet would."""

    def __init__(self, segment, name, veth, onlink=()):
        self.segment = segment
        self.name = name
        self.veth = veth
        self.onlink = list(onlink)
        self.address = None

    def create(self):
        self.address = self.segment.allocate()
        host.netns_add(self.name)
        pub = self.segment.netns
        host.run(["ip", "-n", pub, "link", "add", self.veth, "type", "veth", "peer", "name", "eth0", "netns", self.name])
        host.run(["ip", "-n", pub, "link", "set", self.veth, "master", self.segment.bridge])
        host.run(["ip", "-n", pub, "link", "set", self.veth, "up"])
        self.ip("addr", "add", self.address + "/32", "dev", "eth0")
        self.ip("link", "set", "eth0", "up")
        self.ip("route", "add", "default", "via", self.segment.host_address, "dev", "eth0", "onlink")
        for address in self.onlink:
            self.ip("route", "add", address + "/32", "dev", "eth0")
        return self

    def destroy(self):
        host.netns_delete(self.name)
        if host.netns_exists(self.segment.netns):
            host.run(["ip", "-n", self.segment.netns, "link", "del", self.veth], check=False)
        if self.address:
            self.segment.release(self.address)
            self.address = None

    def ip(self, *args):
        return host.out(["ip", "-n", self.name] + list(args))

    def run(self, argv, **kwargs):
        return host.run(host.in_netns(self.name, argv), **kwargs)

    def ping(self, target, count=3, interval=0.2, wait=1):
        """(sent, received) of `ping -c count`."""
        code, stdout, _ = self.run(["ping", "-n", "-q", "-c", str(count), "-i", str(interval), "-W", str(wait), target],
                                   check=False, timeout=count * (interval + wait) + 10)
        return _ping_summary(stdout)

    def reaches(self, target, count=3):
        sent, received = self.ping(target, count=count)
        return sent == count and received == count

    def unreachable(self, target, count=3):
        sent, received = self.ping(target, count=count)
        return received == 0

    def route_dev(self, target):
        """The interface the kernel picks for target (policy rules included, as wg-quick sets them)."""
        text = self.ip("route", "get", target)
        m = re.search(r"\bdev (\S+)", text)
        assert m, "no route to %s in %s: %r" % (target, self.name, text)
        return m.group(1)

    def fetch(self, url, dest, timeout=120):
        """Downloads url to dest with curl; returns curl's JSON-ish write-out (size, time)."""
        _, stdout, _ = self.run(["curl", "-sS", "--fail", "--noproxy", "*", "--max-time", str(timeout), "-o", dest,
                                 "-w", "%{size_download} %{time_total}", url], timeout=timeout + 10)
        size, seconds = stdout.split()
        return int(size), float(seconds)

    def get_text(self, url, timeout=10):
        _, stdout, _ = self.run(["curl", "-sS", "--fail", "--noproxy", "*", "--max-time", str(timeout), url], timeout=timeout + 10)
        return stdout.strip()


def _ping_summary(text):
    m = re.search(r"(\d+) packets transmitted, (\d+) received", text)
    if not m:
        return 0, 0
    return int(m.group(1)), int(m.group(2))


class WgClient:
    """wg-quick in a client namespace. Every call runs in a fresh private mount namespace where
    DIR/run is bound over /var/run/wireguard, so the wireguard-go this client starts is found again
    by later calls and never mixes with the routers' (or another client's) sockets."""

    def __init__(self, ns, workdir, iface="wgc0"):
        assert re.match(r"[a-zA-Z0-9_=+.-]{1,15}\Z", iface)
        self.ns = ns
        self.iface = iface
        self.dir = os.path.join(workdir, "%s-%s" % (ns.name, iface))
        self.run_dir = os.path.join(self.dir, "run")
        self.resolv_dir = os.path.join(self.dir, "resolv")
        self.conf = os.path.join(self.dir, iface + ".conf")
        for d in (self.dir, self.run_dir, self.resolv_dir):
            os.makedirs(d, mode=0o700, exist_ok=True)
        self.is_up = False

    def _argv(self, argv):
        return host.in_netns(self.ns.name, ["unshare", "--mount", "--propagation", "private", "/usr/bin/python3", INNS,
                                            "--bind", self.run_dir + ":/var/run/wireguard", "--"] + list(argv))

    def _env(self):
        env = dict(os.environ)
        env["PATH"] = STUB_BIN + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        env["WG_QUICK_USERSPACE_IMPLEMENTATION"] = "wireguard-go"
        env["E2E_RESOLV_DIR"] = self.resolv_dir
        env.pop("LOG_LEVEL", None)
        return env

    def write_config(self, text):
        """The config as given, 0600, written atomically (it holds the client's private key)."""
        tmp = self.conf + ".tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.replace(tmp, self.conf)

    def up(self, config_text):
        self.write_config(config_text)
        host.run(self._argv(["wg-quick", "up", self.conf]), env=self._env(), timeout=60)
        self.is_up = True

    def down(self):
        if self.is_up:
            self.is_up = False
            host.run(self._argv(["wg-quick", "down", self.conf]), env=self._env(), timeout=60)

    def wg(self, *args):
        return host.out(self._argv(["wg"] + list(args)), env=self._env())

    def latest_handshake(self):
        text = self.wg("show", self.iface, "latest-handshakes").split()
        return int(text[1]) if len(text) >= 2 else 0

    def public_key(self):
        return self.wg("show", self.iface, "public-key").strip()

    def dns_servers(self):
        """The name servers wg-quick handed to resolvconf for this interface."""
        path = os.path.join(self.resolv_dir, self.iface)
        if not os.path.exists(path):
            return []
        with open(path) as f:
            return [line.split()[1] for line in f if line.startswith("nameserver")]


class Pinger:
    """ping(8) in the background at a short interval; stop() tells which sequence numbers got no
    reply. Replies still in flight when it is stopped are not counted as lost: only gaps below the
    highest sequence answered are."""

    def __init__(self, ns, target, interval=0.02, logdir="/tmp"):
        self.ns = ns
        self.target = target
        self.interval = interval
        self.log = os.path.join(logdir, "ping-%s-%s-%d.log" % (ns.name, target, time.monotonic_ns()))
        self.proc = None

    def start(self):
        self._out = open(self.log, "w")
        self.proc = subprocess.Popen(host.in_netns(self.ns.name, ["ping", "-n", "-i", str(self.interval), "-W", "1", self.target]),
                                     stdout=self._out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return self

    def stop(self):
        """Returns (answered sequence numbers, lost sequence numbers)."""
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._out.close()
        with open(self.log) as f:
            text = f.read()
        os.unlink(self.log)
        answered = sorted(set(int(s) for s in re.findall(r"icmp_seq=(\d+) ", text)))
        top = answered[-1] if answered else 0
        lost = [s for s in range(1, top + 1) if s not in set(answered)]
        return answered, lost


class WhoAmI:
    """whoami.py on an address inside a namespace (devcloud's public host)."""

    def __init__(self, netns, address, port, workdir):
        self.netns = netns
        self.address = address
        self.port = port
        self.ready = os.path.join(workdir, "whoami-%d.ready" % port)
        self.proc = None

    @property
    def url(self):
        return "http://%s:%d/" % (self.address, self.port)

    def start(self):
        if os.path.exists(self.ready):
            os.unlink(self.ready)
        self.log = open(self.ready + ".log", "w")
        self.proc = subprocess.Popen(host.in_netns(self.netns, ["/usr/bin/python3", WHOAMI, self.address, str(self.port), self.ready]),
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        host.wait_until(lambda: os.path.exists(self.ready) or self.proc.poll() is not None, 15, what="whoami server")
        assert self.proc.poll() is None, "whoami server exited: " + open(self.ready + ".log").read()
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            host.kill_pids([self.proc.pid])
            self.proc.wait(timeout=10)
        self.log.close()
