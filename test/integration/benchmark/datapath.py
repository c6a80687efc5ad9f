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
"""The proposal's experiment on this machine: the same large file from the guest VM, downloaded
directly on the guest network (from the router's namespace, which sits on it) and through the
WireGuard tunnel via the VR (from a client on the public segment), a few times each; the ratio
WG/LAN of the times, and ping latency both ways on both paths.

  /usr/bin/python3 test/integration/benchmark/datapath.py [--file-mb 512] [--repeat 5] [--state devcloud.json]
"""

import hashlib
import os

from common import devcloud, median, parser, table

from e2e import host, steps
from e2e.client import ClientNamespace, Segment, WgClient
from e2e.router import Router


def curl_time(argv_prefix, url):
    """Seconds and bytes of one download to /dev/null (the network, not the disk, is measured)."""
    _, stdout, _ = host.run(argv_prefix + ["curl", "-sS", "--fail", "--noproxy", "*", "-o", "/dev/null", "-w",
                                           "%{size_download} %{time_total}", url], timeout=900)
    size, seconds = stdout.split()
    return int(size), float(seconds)


def ping_stats(argv_prefix, target, count):
    _, stdout, _ = host.run(argv_prefix + ["ping", "-n", "-q", "-c", str(count), "-i", "0.05", "-W", "1", target],
                            timeout=count + 30, check=False)
    # rtt min/avg/max/mdev = 0.041/0.062/0.101/0.013 ms
    for line in stdout.splitlines():
        if "min/avg/max" in line:
            values = line.split("=")[1].split()[0].split("/")
            loss = [w for w in stdout.split(",") if "packet loss" in w][0].strip().split()[0]
            return [float(v) for v in values], loss
    raise AssertionError("ping %s: %s" % (target, stdout))


def main():
    p = parser(__doc__.split("\n\n")[0])
    p.add_argument("--file-mb", type=int, default=512)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--pings", type=int, default=50)
    args = p.parse_args()
    with devcloud(args, args.file_mb) as dc:
        run(dc, args)


def run(dc, args):
    tenant = dc.tenants()[0]
    api = dc.api(tenant)
    net = dc.network_of(tenant["name"])
    f = net["guest_vm_file"]
    segment = Segment(dc.state["public"])
    workdir = os.path.dirname(dc.state_file)
    vpn = steps.create_vpn(api, net)
    client = ClientNamespace(segment, dc.prefix + "c-b1", dc.prefix + "cb1", onlink=[net["public_ip"]["address"]])
    try:
        user = steps.create_user(api, vpn["id"], name="bench")
        client.create()
        client.wg = WgClient(client, workdir)
        client.wg.up(user["config"])
        router = Router.for_public_ip(dc.prefix, dc.data_dir, net["public_ip"]["address"])
        lan = host.in_netns(router.netns, [])
        wg = host.in_netns(client.name, [])
        vm = host.in_netns(net["guest_vm_netns"], [])

        # 0. the tunnel delivers the file intact (once, to disk), then the timed runs go to /dev/null
        dest = os.path.join(workdir, "bench.bin")
        client.fetch(f["url"], dest, timeout=900)
        h = hashlib.sha256()
        with open(dest, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        os.unlink(dest)
        assert h.hexdigest() == f["sha256"], "the file arrived damaged through the tunnel"

        # 1. downloads, alternating so both paths see the same machine load
        times = {"LAN": [], "WG": []}
        for i in range(args.repeat):
            for name, prefix in (("LAN", lan), ("WG", wg)):
                size, seconds = curl_time(prefix, f["url"])
                assert size == f["size"], "%s download %d of %d bytes" % (name, size, f["size"])
                times[name].append(seconds)
                print("run %d %-3s %6.2fs %8.1f MiB/s" % (i + 1, name, seconds, size / seconds / 2**20), flush=True)

        rows = []
        for name in ("LAN", "WG"):
            t = times[name]
            rows.append([name, "%.2f" % min(t), "%.2f" % median(t), "%.2f" % max(t), "%.1f" % (f["size"] / median(t) / 2**20),
                         "%.0f" % (f["size"] * 8 / median(t) / 1e6)])
        ratio = median(times["WG"]) / median(times["LAN"])
        print()
        print("Download of %d MiB from the guest VM, %d runs each (curl to /dev/null), wireguard-go on the VR and client" % (
            f["size"] // 2**20, args.repeat))
        print(table(["path", "min s", "median s", "max s", "MiB/s (median)", "Mbit/s (median)"], rows))
        print("ratio WG/LAN (median times): %.2f" % ratio)

        # 2. latency both ways on both paths
        tunnel_ip = user["ip4address"]
        pings = [
            ("LAN: router -> guest VM", lan, net["guest_vm_ip"]),
            ("LAN: guest VM -> router", vm, net["gateway"]),
            ("WG: client -> guest VM", wg, net["guest_vm_ip"]),
            ("WG: guest VM -> client", vm, tunnel_ip),
        ]
        rows = []
        for name, prefix, target in pings:
            (mn, avg, mx, mdev), loss = ping_stats(prefix, target, args.pings)
            rows.append([name, "%.3f" % mn, "%.3f" % avg, "%.3f" % mx, "%.3f" % mdev, loss])
        print()
        print("ping, %d echoes at 50 ms intervals (RTT in ms)" % args.pings)
        print(table(["path", "min", "avg", "max", "mdev", "loss"], rows))
    finally:
        if getattr(client, "wg", None):
            try:
                client.wg.down()
            except AssertionError:
                pass
        client.destroy()
        steps.delete_vpn(api, vpn["id"])


if __name__ == "__main__":
    main()
