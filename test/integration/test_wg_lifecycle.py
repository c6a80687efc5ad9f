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
"""Changes while clients are connected: deleting a user, deleting the VPN, recreating the router."""

import glob
import os
import time

from e2e import host, steps
from e2e.client import Pinger
from e2e.router import diff_rules


def test_deleting_a_user_stops_its_tunnel_while_another_keeps_every_ping(api1, net1, clients, janitor, router1, workdir):
    vm = net1["guest_vm_ip"]
    vpn = janitor.create(api1, net1)
    # 1. two users, each connected from its own client
    alice = steps.create_user(api1, vpn["id"], name="alice")
    bob = steps.create_user(api1, vpn["id"], name="bob")
    client_a = clients.connect(alice["config"])
    client_b = clients.connect(bob["config"])
    assert client_a.reaches(vm) and client_b.reaches(vm)

    # 2. bob pings every 20 ms while alice is deleted
    pinger = Pinger(client_b, vm, interval=0.02, logdir=workdir).start()
    time.sleep(0.5)
    started = time.monotonic()
    steps.delete_user(api1, alice["id"])
    took = time.monotonic() - started
    time.sleep(0.5)
    answered, lost = pinger.stop()
    assert not lost, "bob lost pings %s while alice was deleted (%.1fs)" % (lost, took)
    assert len(answered) >= (took + 1.0) / 0.02 * 0.5, "too few pings answered (%d) to cover the deletion" % len(answered)

    # 3. alice's tunnel is dead, bob's lives
    assert client_a.unreachable(vm)
    assert client_b.reaches(vm)
    peers = [set(d["peers"]) for d in router1().wg_dump().values() if d["public_key"] == vpn["publickey"]][0]
    assert bob["publickey"] in peers and alice["publickey"] not in peers
    assert [u["id"] for u in steps.users(api1, vpnid=vpn["id"])] == [bob["id"]]


def test_deleting_the_vpn_leaves_no_trace_on_the_router(api1, net1, clients, janitor, router1):
    # 1. the router before: no VPN of tenant1, no wg interface; its rules noted
    assert steps.vpns(api1) == [], "a WireGuard VPN of tenant1 is left from an earlier test"
    router = router1()
    assert router.wg_interfaces() == [] and router.wg_conf_files() == []
    before = router.rules()

    # 2. a VPN with a split and a full-tunnel user, one connected
    vpn = janitor.create(api1, net1)
    user = steps.create_user(api1, vpn["id"], name="split")
    steps.create_user(api1, vpn["id"], name="full", splittunnel=False)
    client = clients.connect(user["config"])
    assert client.reaches(net1["guest_vm_ip"])
    during = router.rules()
    added, _ = diff_rules(before, during)
    assert any(str(vpn["port"]) in line for lines in added.values() for line in lines), "no rule for the VPN's port: %s" % added
    assert router.wg_interfaces() and router.wg_conf_files()

    # 3. delete the VPN
    steps.delete_vpn(api1, vpn["id"])
    assert steps.vpns(api1) == []
    assert steps.users(api1) == []

    # 4. the router: no wg interface, no wireguard-go, no config file, no bag holding the VPN
    assert router.wg_interfaces() == []
    host.wait_until(lambda: not router.wireguard_processes(), 5, what="wireguard-go to exit")
    assert router.wg_conf_files() == []
    for path in glob.glob(os.path.join(router.root, "etc/cloudstack/*")) + glob.glob(os.path.join(router.root, "var/cache/cloud/**"), recursive=True):
        if os.path.isfile(path):
            with open(path, "rb") as f:
                assert vpn["id"].encode() not in f.read(), "%s still mentions the VPN" % path
            assert "wireguard_vpn.json" not in os.path.basename(path), "databag left: %s" % path

    # 5. iptables and ip6tables exactly as before the VPN (counters aside)
    added, removed = diff_rules(before, router.rules())
    assert not added and not removed, "rules differ after delete: added %s removed %s" % (added, removed)

    # 6. and the client's tunnel is dead
    assert client.unreachable(net1["guest_vm_ip"])


def test_recreated_router_brings_the_vpn_back_without_api_calls(api1, admin, net1, clients, janitor, router1):
    vm = net1["guest_vm_ip"]
    vpn = janitor.create(api1, net1)
    user = steps.create_user(api1, vpn["id"], name="survivor")
    client = clients.connect(user["config"])
    assert client.reaches(vm)
    old = router1()
    old_wg = set(old.wireguard_processes())
    assert old_wg, "no wireguard-go on the router before the restart"
    # a namespace's inode number is reused once it is freed, so recreation is told by a marker in
    # the router's state folder (a rebuilt router starts from an empty one) and by its wireguard-go
    marker = os.path.join(old.root, "e2e-restart-marker")
    open(marker, "w").close()

    # 1. the admin restarts the network with clean-up: the router is destroyed and built anew
    admin.call("restartNetwork", id=net1["id"], cleanup=True)
    new = router1()
    assert not os.path.exists(os.path.join(new.root, "e2e-restart-marker")), "the router was not rebuilt from nothing"
    host.wait_until(lambda: not [p for p in old_wg if os.path.exists("/proc/%d" % p)], 10, what="the old router's wireguard-go to end")

    # 2. no WireGuard API call since: the new router gets the VPN with the same key and port. The
    #    plugin pushes it from a router state listener on its own thread, so it may land a moment
    #    after restartNetwork's job has completed
    def pushed():
        return [d for d in new.wg_dump().values() if d["public_key"] == vpn["publickey"]]
    ifaces = host.wait_until(pushed, 30, what="the VPN on the recreated router %s" % new.netns)
    assert len(ifaces) == 1
    assert ifaces[0]["listen_port"] == vpn["port"]
    assert user["publickey"] in ifaces[0]["peers"]

    # 3. the client, untouched, gets through again (wg re-handshakes after its session times out)
    host.wait_until(lambda: client.reaches(vm, count=1), 60, interval=1, what="the client to reconnect to the recreated router")
    assert client.reaches(vm)

    # 4. the API agrees
    assert [v["state"] for v in steps.vpns(api1, id=vpn["id"])] == ["Running"]
