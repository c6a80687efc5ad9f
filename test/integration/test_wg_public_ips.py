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
"""Two WireGuard VPNs of one tenant on two public IPs of the same router: the second IP comes from
CloudStack's associateIpAddress (through `cs`), the same port on both is refused with the plugin's
per-router text, and with different ports both carry traffic from two clients at once."""

import concurrent.futures
import hashlib
import os

import pytest

from e2e import steps
from e2e.client import Pinger

PORT = 51830


@pytest.fixture(scope="module")
def second_ip(api1, net1):
    """A public IP associated with tenant1's network for this module, disassociated at the end (the
    function-scoped janitor has deleted the VPNs on it by then)."""
    reply = api1.call("associateIpAddress", networkid=net1["id"])
    ip = reply["ipaddress"]
    yield ip
    api1.call("disassociateIpAddress", id=ip["id"])
    assert not [i for i in api1.items("listPublicIpAddresses", "publicipaddress") if i["id"] == ip["id"]], "the IP was not released"


def create_vpn_on(api, janitor, ip, **params):
    """A VPN on ip: devcloud.json's {id, address} of a network's IP, or an associateIpAddress answer."""
    vpn = api.call("createWgVpn", publicipid=ip["id"], **params)["wgvpn"]
    janitor.created.append((api, vpn["id"]))
    assert vpn["state"] == "Running", vpn
    assert vpn["publicipid"] == ip["id"] and vpn["publicip"] == ip.get("address", ip.get("ipaddress"))
    assert steps.is_key(vpn["publickey"])
    return vpn


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def test_associated_ip_is_the_tenants_and_lives_on_its_router(api1, api2, net1, second_ip, router1):
    # 1. associateIpAddress answered CloudStack's ipaddress object
    assert second_ip["state"] == "Allocated" and second_ip["issourcenat"] is False
    assert second_ip["associatednetworkid"] == net1["id"]
    assert second_ip["ipaddress"] != net1["public_ip"]["address"]
    assert second_ip["domainpath"] == "ROOT", "CloudStack's pretty domain path"
    # 2. listed for its owner only
    mine = {i["id"] for i in api1.items("listPublicIpAddresses", "publicipaddress")}
    assert {second_ip["id"], net1["public_ip"]["id"]} <= mine
    assert second_ip["id"] not in {i["id"] for i in api2.items("listPublicIpAddresses", "publicipaddress")}
    # 3. on the router's public interface, next to the source NAT IP
    addresses = router1().addresses("eth2")
    assert net1["public_ip"]["address"] in addresses and second_ip["ipaddress"] in addresses, addresses


def test_same_port_on_the_second_ip_is_refused_with_the_per_router_text(api1, net1, second_ip, janitor):
    first = create_vpn_on(api1, janitor, net1["public_ip"], port=PORT)

    error = api1.error("createWgVpn", publicipid=second_ip["id"], port=PORT, ip4range="10.9.0.0/24")

    assert error.code == 431 and error.http_status == 431 and not error.from_job, error
    assert error.text == ("UDP port %d is already used by WireGuard VPN %s on public IP %s, which the same virtual router serves: "
                          "WireGuard listens on its port on every address of the router, so each VPN of a network or VPC needs "
                          "a port of its own" % (PORT, first["id"], net1["public_ip"]["address"])), error.text
    assert [v["id"] for v in steps.vpns(api1)] == [first["id"]], "nothing was created"


def test_disassociate_is_refused_while_a_vpn_uses_the_ip(api1, net1, second_ip, janitor):
    create_vpn_on(api1, janitor, second_ip, port=PORT + 2, ip4range="10.9.0.0/24")

    error = api1.error("disassociateIpAddress", id=second_ip["id"])

    assert error.code == 431 and error.from_job, error
    assert error.text == "IP Ip[%s-1] has services and rules associated in the network %s" % (second_ip["ipaddress"], net1["id"]), error.text
    assert second_ip["id"] in {i["id"] for i in api1.items("listPublicIpAddresses", "publicipaddress")}


def test_vpns_on_two_ips_with_different_ports_carry_two_clients_at_once(api1, net1, second_ip, janitor, clients, router1, workdir):
    # 1. one VPN per public IP, each on its own port and tunnel range
    vpn_a = create_vpn_on(api1, janitor, net1["public_ip"], port=PORT)
    vpn_b = create_vpn_on(api1, janitor, second_ip, port=PORT + 1, ip4range="10.9.0.0/24")
    dump = router1().wg_dump()
    ports = sorted(d["listen_port"] for d in dump.values() if d["public_key"] in (vpn_a["publickey"], vpn_b["publickey"]))
    assert ports == [PORT, PORT + 1], dump

    # 2. a user of each, each config pointing at its own public IP and port
    alice = steps.create_user(api1, vpn_a["id"], name="via-source-nat")
    bob = steps.create_user(api1, vpn_b["id"], name="via-second-ip")
    assert steps.parse_config(alice["config"])["Peer"]["Endpoint"] == "%s:%d" % (net1["public_ip"]["address"], PORT)
    assert steps.parse_config(bob["config"])["Peer"]["Endpoint"] == "%s:%d" % (second_ip["ipaddress"], PORT + 1)

    # 3. two clients up at once; the second IP is on-link on the segment like the source NAT IP
    client_a = clients.connect(alice["config"])
    client_b = clients.new()
    client_b.ip("route", "add", second_ip["ipaddress"] + "/32", "dev", "eth0")
    client_b.wg.up(bob["config"])
    vm = net1["guest_vm_ip"]
    pingers = [Pinger(c, vm, interval=0.05, logdir=workdir).start() for c in (client_a, client_b)]

    # 4. both download the guest VM's file at the same time, each through its own tunnel
    f = net1["guest_vm_file"]
    dests = [os.path.join(workdir, "both-%s.bin" % c.name) for c in (client_a, client_b)]
    try:
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            sizes = list(pool.map(lambda cd: cd[0].fetch(f["url"], cd[1])[0], zip((client_a, client_b), dests)))
        assert sizes == [f["size"], f["size"]]
        assert [sha256_of(d) for d in dests] == [f["sha256"], f["sha256"]]
    finally:
        for d in dests:
            if os.path.exists(d):
                os.unlink(d)
    results = [p.stop() for p in pingers]
    for (answered, _), client in zip(results, (client_a, client_b)):
        assert len(answered) >= 5, "%s got too few ping replies through its tunnel meanwhile: %d" % (client.name, len(answered))

    # 5. the router saw each peer on its own VPN, from its own client
    dump = router1().wg_dump()
    peers = {d["public_key"]: d["peers"] for d in dump.values()}
    assert peers[vpn_a["publickey"]][alice["publickey"]]["endpoint"].startswith(client_a.address + ":")
    assert peers[vpn_b["publickey"]][bob["publickey"]]["endpoint"].startswith(client_b.address + ":")
    assert peers[vpn_a["publickey"]][alice["publickey"]]["rx"] > 0 and peers[vpn_b["publickey"]][bob["publickey"]]["rx"] > 0
