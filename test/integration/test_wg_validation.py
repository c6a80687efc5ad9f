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
"""Bad input is refused with 431 before anything happens: the VPNs and users the API lists, and
the router's `wg show` and iptables, stay exactly as they were."""

import pytest

from e2e import steps

ZERO_KEY = "A" * 43 + "="


@pytest.fixture(scope="module")
def base(api1, net1):
    """tenant1's VPN on the default port and range, with one user."""
    vpn = steps.create_vpn(api1, net1, port=51820, ip4range="10.8.0.0/24")
    user = steps.create_user(api1, vpn["id"], name="first")
    yield vpn, user
    if any(v["id"] == vpn["id"] for v in steps.vpns(api1)):
        steps.delete_vpn(api1, vpn["id"])


def vpn_params(net, vpn, user):
    return {"publicipid": net["public_ip"]["id"]}


# (case id, command, parameters built from (network, base vpn, base user))
CASES = [
    # bad CIDRs
    ("cidr-prefix-33", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="10.9.0.0/33")),
    ("cidr-octet-300", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="10.9.300.0/24")),
    ("cidr-words", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="not-a-cidr")),
    ("cidr-newline", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="10.9.0.0/24\n[Peer]")),
    # ranges overlapping the guest network or the other VPN on the router
    ("range-is-guest-network", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range=n["cidr"])),
    ("range-holds-guest-network", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="10.0.0.0/8")),
    ("range-overlaps-other-vpn", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=51821, ip4range="10.8.0.128/25")),
    # ports
    ("port-taken", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=v["port"], ip4range="10.9.0.0/24")),
    ("port-reserved-by-l2tp", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=1701, ip4range="10.9.0.0/24")),
    ("port-ike", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=500, ip4range="10.9.0.0/24")),
    ("port-0", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=0, ip4range="10.9.0.0/24")),
    ("port-65536", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=65536, ip4range="10.9.0.0/24")),
    ("port-negative", "createWgVpn", lambda n, v, u: dict(vpn_params(n, v, u), port=-1, ip4range="10.9.0.0/24")),
    # keys
    ("key-words", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": "not-a-key"}),
    ("key-43-chars", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": u["publickey"][:43]}),
    ("key-all-zero", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": ZERO_KEY}),
    ("key-newline", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": u["publickey"][:43] + "\n="}),
    ("key-duplicate", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": u["publickey"]}),
    ("key-is-servers", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "publickey": v["publickey"]}),
    # names and other fields that reach a config file
    ("name-newline", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "name": "eve\n[Peer]"}),
    ("name-carriage-return", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "name": "eve\rx"}),
    ("name-65-chars", "createWgUser", lambda n, v, u: {"vpnid": v["id"], "name": "x" * 65}),
    ("rename-newline", "updateWgUser", lambda n, v, u: {"id": u["id"], "name": "eve\nAllowedIPs = 0.0.0.0/0"}),
    ("mtu-100", "updateWgVpn", lambda n, v, u: {"id": v["id"], "mtu": 100}),
    ("mtu-100000", "updateWgVpn", lambda n, v, u: {"id": v["id"], "mtu": 100000}),
    ("dns-newline", "updateWgVpn", lambda n, v, u: {"id": v["id"], "dns": "10.0.0.1\n[Peer]"}),
    ("keepalive-negative", "updateWgVpn", lambda n, v, u: {"id": v["id"], "keepalive": -1}),
]


def snapshot(api1, router1, vpn):
    router = router1()
    return {"vpns": steps.vpns(api1),
            "users": [steps.user_view(u) for u in steps.users(api1, vpnid=vpn["id"])],
            "wg": steps.wg_view(router.wg_dump()),
            "rules": router.rules()}


# what the error says where more than one check could refuse the request
TEXTS = {
    "port-taken": "is already used by WireGuard VPN",
    "port-reserved-by-l2tp": "reserved for the virtual router's L2TP/IPsec remote access VPN",
    "port-ike": "reserved for the virtual router's L2TP/IPsec remote access VPN",
}


@pytest.mark.parametrize("case,command,params", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_431_and_changes_nothing(api1, net1, base, router1, case, command, params):
    vpn, user = base
    before = snapshot(api1, router1, vpn)

    error = api1.error(command, **params(net1, vpn, user))

    assert error.code == 431, error
    assert error.http_status == 431 and not error.from_job, "refused inside the async job, not before it: %s" % error
    assert error.text, error
    assert TEXTS.get(case, "") in error.text, error
    after = snapshot(api1, router1, vpn)
    for part in before:
        assert after[part] == before[part], "%s changed after the refused %s" % (part, command)
