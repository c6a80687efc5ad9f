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
"""The L2TP/IPsec remote-access VPN devcloud seeds on tenant1's public IP lives next to WireGuard:
creating and deleting a WireGuard VPN on the same IP leaves its row and firewall rules alone."""

from e2e import steps

LIVE = ("jobid", "jobstatus")


def l2tp_state(api, net):
    ip = net["public_ip"]["id"]
    vpns = api.items("listRemoteAccessVpns", "remoteaccessvpn", publicipid=ip)
    rules = api.items("listFirewallRules", "firewallrule", ipaddressid=ip)
    return vpns, sorted(rules, key=lambda r: r["id"])


def test_l2tp_vpn_and_its_firewall_rules_are_untouched_by_wireguard(api1, net1, janitor):
    # 1. the seeded L2TP VPN and its firewall rules
    l2tp_before, rules_before = l2tp_state(api1, net1)
    assert len(l2tp_before) == 1 and l2tp_before[0]["publicipid"] == net1["public_ip"]["id"], l2tp_before
    assert rules_before, "devcloud seeds the L2TP firewall rules (UDP 500, 1701, 4500)"

    # 2. a WireGuard VPN with its firewall opening on the same IP
    vpn = janitor.create(api1, net1, openfirewall=True)
    l2tp_during, rules_during = l2tp_state(api1, net1)
    assert l2tp_during == l2tp_before
    assert all(r in rules_during for r in rules_before), "an L2TP firewall rule changed while WireGuard was created"

    # 3. WireGuard deleted: the L2TP row and the rules are exactly as seeded
    steps.delete_vpn(api1, vpn["id"])
    l2tp_after, rules_after = l2tp_state(api1, net1)
    assert l2tp_after == l2tp_before
    assert rules_after == rules_before
