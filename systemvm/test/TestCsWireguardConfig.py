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
"""The router's own validation of the wireguard_vpn.json databag: what it accepts, how it
normalises, and the refusal matrix (bad keys, addresses, ports, names, injection attempts)."""

import base64
import copy
import ipaddress
import json
import random
import re

import pytest

from cs.CsWireguardConfig import (MAX_BAG_BYTES, WireguardConfigError, is_uuid, is_valid_key, network_of,
                                  numbered_name, parse_json, public_key_of, range_of, validate_bag, validate_merged)
from wgsamples import PEER_KEYS, PSK, SERVER_PRIVATE, UUID_A, peer, sample, sample_b

SERVER_PUBLIC = public_key_of(SERVER_PRIVATE)


def refused(data):
    with pytest.raises(WireguardConfigError) as caught:
        validate_bag(data)
    message = str(caught.value)
    # One line, no secret, whatever the failure.
    assert "\n" not in message and "\r" not in message
    assert SERVER_PRIVATE not in message and PSK not in message
    return message


# --- what is accepted ----------------------------------------------------------------------------

def test_sample_bag_is_accepted_and_normalised():
    result = validate_bag(sample(vpn_uuid=UUID_A.upper(), local_cidrs=["10.77.1.7/24", "2001:DB8:77::/64"]))
    assert result["vpn_uuid"] == UUID_A
    assert result["local_cidrs"] == ["10.77.1.0/24", "2001:db8:77::/64"]
    assert [p["public_key"] for p in result["peers"]] == PEER_KEYS
    assert result["peers"][2]["ip6_address"] == "2001:db8:8000::4"


def test_ipv6_addresses_are_rendered_canonically():
    data = sample(ip6_address="2001:0db8:8000:0000::0001/64")
    data["peers"][0]["ip6_address"] = "2001:db8:8000:0:0:0:0:2"
    result = validate_bag(data)
    assert result["ip6_address"] == "2001:db8:8000::1/64"
    assert result["peers"][0]["ip6_address"] == "2001:db8:8000::2"


def test_fields_gson_leaves_out_when_null_default_to_null():
    data = sample()
    for name in ("public_ip6", "ip6_address"):
        del data[name]
    for item in data["peers"]:
        del item["ip6_address"]
        del item["preshared_key"]
    data["peers"] = [p for p in data["peers"] if p["ip4_address"]]
    result = validate_bag(data)
    assert result["public_ip6"] is None and result["ip6_address"] is None
    assert all(p["preshared_key"] is None for p in result["peers"])


def test_unknown_fields_are_dropped():
    data = sample(comment="from a newer management server")
    assert "comment" not in validate_bag(data)


def test_a_removal_needs_only_type_and_uuid():
    assert validate_bag({"type": "wireguardvpn", "vpn_uuid": UUID_A, "create": False}) == \
        {"type": "wireguardvpn", "vpn_uuid": UUID_A, "create": False}


def test_mtu_below_1280_is_allowed_only_without_ipv6():
    data = sample(ip6_address=None, public_ip6=None, mtu=576)
    data["peers"] = [peer(1, "10.8.0.3")]
    assert validate_bag(data)["mtu"] == 576
    assert "mtu must be an integer 1280-9000" in refused(sample(mtu=1000))


def test_ten_thousand_peers_validate():
    data = sample(ip4_address="10.8.0.1/16", ip6_address=None, public_ip6=None)
    data["peers"] = [{"public_key": base64.b64encode((i + 1).to_bytes(32, "big")).decode(),
                      "preshared_key": None, "ip4_address": "10.8.%d.%d" % ((i + 2) // 256, (i + 2) % 256),
                      "ip6_address": None, "enabled": True, "full_tunnel": False} for i in range(10000)]
    assert len(validate_bag(data)["peers"]) == 10000


# --- keys ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", [
    "", "A" * 43, PEER_KEYS[0][:-1], PEER_KEYS[0] + "A", PEER_KEYS[0][:-2] + "==",
    base64.b64encode(b"\x01" * 33).decode()[:44],
    PEER_KEYS[0][:42] + "B=",   # 43rd character carries bits beyond 32 bytes: not canonical
    PEER_KEYS[0][:10] + "-" + PEER_KEYS[0][11:],
    PEER_KEYS[0][:10] + "\n" + PEER_KEYS[0][11:],
])
def test_malformed_peer_keys_are_refused(key):
    data = sample()
    data["peers"][0]["public_key"] = key
    assert not is_valid_key(key)
    message = refused(data)
    assert message in ('WireGuard peer "#0": public-key must be 44-character base64 of 32 bytes',
                       "WireGuard databag: control or non-ASCII character in peers[0].public_key")


def test_all_zero_keys_are_refused():
    zero = base64.b64encode(bytes(32)).decode()
    data = sample()
    data["peers"][0]["public_key"] = zero
    assert refused(data) == 'WireGuard peer "AAAAAAAA": public-key must not be all-zero'
    assert "private_key must not be all-zero" in refused(sample(private_key=zero))
    data = sample()
    data["peers"][0]["preshared_key"] = zero
    assert "preshared-key must not be all-zero" in refused(data)


def test_a_malformed_private_key_is_refused_without_echoing_it():
    bad = SERVER_PRIVATE[:-2] + "\n["
    assert refused(sample(private_key=bad)) == "WireGuard databag: control or non-ASCII character in private_key"
    message = refused(sample(private_key=SERVER_PRIVATE[:43]))
    assert message == 'WireGuard VPN "%s": private_key must be 44-character base64 of 32 bytes' % UUID_A
    assert SERVER_PRIVATE[:43] not in message


def test_a_peer_with_the_servers_own_public_key_is_refused():
    data = sample()
    data["peers"][1]["public_key"] = SERVER_PUBLIC
    assert refused(data) == 'WireGuard peer "%s": public-key is the server\'s own public key' % SERVER_PUBLIC[:8]


def test_duplicate_peer_keys_are_refused_vyos_style():
    data = sample()
    data["peers"][1]["public_key"] = PEER_KEYS[0]
    assert refused(data) == 'WireGuard peer "%s": duplicate public-key' % PEER_KEYS[0][:8]


def test_a_malformed_preshared_key_is_refused_without_echoing_it():
    data = sample()
    data["peers"][0]["preshared_key"] = PSK[:-4] + "===="
    message = refused(data)
    assert "preshared-key must be 44-character base64 of 32 bytes" in message
    assert PSK[:-4] not in message


# --- addresses -----------------------------------------------------------------------------------

@pytest.mark.parametrize("index,field,value,reason", [
    (0, "ip4_address", "10.9.0.2", "outside the VPN range 10.8.0.0/24"),
    (0, "ip4_address", "10.8.0.0", "outside the VPN range"),
    (0, "ip4_address", "10.8.0.255", "outside the VPN range"),
    (0, "ip4_address", "10.8.0.1", "the server's own address"),
    (0, "ip4_address", "10.8.0.2/32", "bare host address"),
    (0, "ip4_address", "010.8.0.2", "must be an IPv4 address"),
    (0, "ip4_address", "10.8.0.2 ", "must be an IPv4 address"),
    (0, "ip4_address", "2001:db8:8000::2", "must be an IPv4 address"),
    (0, "ip6_address", "2001:db8:9000::2", "outside the VPN range 2001:db8:8000::/64"),
    (0, "ip6_address", "2001:db8:8000::1", "the server's own address"),
    (0, "ip6_address", "fe80::1%eth0", "must be an IPv6 address"),
    (1, "ip4_address", "10.8.0.2", "duplicate address 10.8.0.2"),
    (2, "ip6_address", "2001:db8:8000::2", "duplicate address 2001:db8:8000::2"),
    (1, "ip4_address", None, "ip4_address and ip6_address are both null"),
])
def test_peer_addresses_must_sit_inside_the_vpn_range(index, field, value, reason):
    data = sample()
    data["peers"][index][field] = value
    message = refused(data)
    assert message.startswith('WireGuard peer "%s": ' % PEER_KEYS[index][:8])
    assert reason in message


def test_a_peer_ipv6_address_needs_an_ipv6_range():
    data = sample(ip6_address=None)
    assert "ip6_address set but the VPN has no IPv6 range" in refused(data)


@pytest.mark.parametrize("field,value,reason", [
    ("public_ip", "203.0.113.300", "public_ip must be an IPv4 address"),
    ("public_ip", "0.0.0.0", "public_ip must be a unicast address"),
    ("public_ip", "127.0.0.1", "unicast"),
    ("public_ip", "2001:db8::1", "public_ip must be an IPv4 address"),
    ("public_ip6", "203.0.113.10", "public_ip6 must be an IPv6 address"),
    ("public_ip6", "ff02::1", "unicast"),
    ("ip4_address", "10.8.0.1", "ip4_address must be an IPv4 address with prefix"),
    ("ip4_address", "10.8.0.1/31", "ip4_address prefix must be /8-/30"),
    ("ip4_address", "10.8.0.0/24", "must not be the network or broadcast address"),
    ("ip4_address", "10.8.0.1/24/24", "with prefix"),
    ("ip6_address", "2001:db8:8000::1/127", "ip6_address prefix must be /48-/126"),
    ("ip6_address", "2001:db8:8000::1/x", "prefix must be"),
    ("local_cidrs", ["10.77.1.0"], "local_cidrs entry must be a CIDR"),
    ("local_cidrs", ["10.77.1.0/33"], "local_cidrs entry must be a CIDR"),
    ("local_cidrs", ["10.8.0.0/16"], "tunnel range 10.8.0.0/24 overlaps local CIDR 10.8.0.0/16"),
    ("local_cidrs", "10.77.1.0/24", "local_cidrs must be a list"),
])
def test_vpn_addresses_and_cidrs_must_parse(field, value, reason):
    message = refused(sample(**{field: value}))
    assert message.startswith('WireGuard VPN "%s": ' % UUID_A)
    assert reason in message


def test_a_vpn_needs_at_least_one_tunnel_range():
    assert "ip4_address and ip6_address are both null" in refused(sample(ip4_address=None, ip6_address=None))


# --- ports, MTU, names, types --------------------------------------------------------------------

@pytest.mark.parametrize("value", [0, 65536, -1, "51820", 51820.0, True, None])
def test_listen_port_must_be_1_to_65535(value):
    assert "listen_port must be an integer 1-65535" in refused(sample(listen_port=value))


@pytest.mark.parametrize("value", [1279, 9001, "1420", False])
def test_mtu_must_be_in_range(value):
    assert "mtu must be an integer 1280-9000" in refused(sample(mtu=value))


@pytest.mark.parametrize("field,value", [
    ("public_interface", "wg0"), ("public_interface", "eth"), ("public_interface", "eth0;reboot"),
    ("public_interface", "eth2 "), ("public_interface", "eth1234"), ("guest_interfaces", ["eth0", "lo"]),
    ("guest_interfaces", ["eth0", "eth0"]), ("guest_interfaces", ["eth2"]), ("public_interface", None),
])
def test_interface_names_must_match_eth_n(field, value):
    message = refused(sample(**{field: value}))
    assert "eth[0-9]+" in message or "duplicate" in message or "also a guest interface" in message


@pytest.mark.parametrize("value", ["6f1c2d3e4a5b4c6d8e7f0a1b2c3d4e5f", "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5",
                                   "../../etc",
                                   None, 12, "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5g"])
def test_vpn_uuid_must_be_a_uuid(value):
    assert "vpn_uuid must be a UUID" in refused(sample(vpn_uuid=value))


@pytest.mark.parametrize("field,value", [("create", "true"), ("create", None), ("create", 1)])
def test_create_must_be_a_boolean(field, value):
    assert "create must be true or false" in refused(sample(**{field: value}))


@pytest.mark.parametrize("field,value", [("enabled", 1), ("enabled", None), ("full_tunnel", "yes")])
def test_peer_flags_must_be_booleans(field, value):
    data = sample()
    data["peers"][0][field] = value
    assert "%s must be true or false" % field in refused(data)


def test_type_must_be_wireguardvpn():
    assert refused(sample(type="remoteaccessvpn")) == 'WireGuard databag: type must be "wireguardvpn"'


def test_the_top_level_must_be_an_object():
    assert "top level must be a JSON object" in refused([sample()])


# --- injection and size --------------------------------------------------------------------------

INJECTIONS = [
    "\n[Peer]\nPublicKey = %s\nAllowedIPs = 0.0.0.0/0" % PEER_KEYS[3],
    "x\r\n[Interface]",
    "10.8.0.2 # comment",
    "#",
    "; rm -rf / ;",
    "$(reboot)",
    "`reboot`",
    "a|b&&c>d",
    "eth0\x00",
    "10.8.0.2\u2028",
    "\u00e9th0",
]

INJECTABLE = [
    ("vpn_uuid",), ("public_ip",), ("public_interface",), ("public_ip6",), ("private_key",),
    ("ip4_address",), ("ip6_address",), ("guest_interfaces", 0), ("local_cidrs", 0),
    ("peers", 0, "public_key"), ("peers", 0, "preshared_key"), ("peers", 0, "ip4_address"),
    ("peers", 0, "ip6_address"),
]


def _set(data, path, value):
    target = data
    for step in path[:-1]:
        target = target[step]
    if isinstance(target, dict) or path[-1] < len(target):
        target[path[-1]] = value


@pytest.mark.parametrize("path", INJECTABLE, ids=lambda p: ".".join(str(s) for s in p))
@pytest.mark.parametrize("payload", INJECTIONS, ids=range(len(INJECTIONS)))
def test_injection_attempts_are_refused_in_every_field(path, payload):
    data = sample()
    original = data
    for suffix in ("", "prefix"):
        data = copy.deepcopy(original)
        current = data
        for step in path[:-1]:
            current = current[step]
        base = current.get(path[-1]) if isinstance(current, dict) else current[path[-1]]
        value = (base or "") + payload if suffix == "" else payload
        _set(data, path, value)
        refused(data)


@pytest.mark.parametrize("payload", INJECTIONS, ids=range(len(INJECTIONS)))
def test_unknown_fields_never_pass_control_characters_and_are_never_kept(payload):
    data = sample(extra_field=payload)
    if all(" " <= c <= "~" for c in payload):
        assert "extra_field" not in validate_bag(data)
    else:
        assert refused(data) in ("WireGuard databag: control or non-ASCII character in extra_field",
                                 "WireGuard databag: string longer than 64 characters in extra_field")


def test_injection_in_a_json_key_is_refused():
    data = sample()
    data["peers"][0]["public_key\n[Peer]"] = "x"
    assert refused(data) == "WireGuard databag: control or non-ASCII character in peers[0] key"


@pytest.mark.parametrize("path", INJECTABLE, ids=lambda p: ".".join(str(s) for s in p))
def test_oversize_strings_are_refused(path):
    data = sample()
    _set(data, path, "A" * 65)
    message = refused(data)
    assert message.startswith("WireGuard databag: string longer than 64 characters in ")
    assert "A" * 20 not in message


def test_too_many_list_entries_are_refused():
    many_interfaces = ["eth%d" % i for i in range(33)]
    many_cidrs = ["10.%d.0.0/16" % i for i in range(65)]
    assert "guest_interfaces has more than 32 entries" in refused(sample(guest_interfaces=many_interfaces))
    assert "local_cidrs has more than 64 entries" in refused(sample(local_cidrs=many_cidrs))


def test_deep_nesting_is_refused():
    assert "nested deeper" in refused(sample(extra=[[[[["x"]]]]]))


def test_duplicate_json_keys_are_refused():
    text = json.dumps(sample())[:-1] + ', "private_key": "%s"}' % SERVER_PRIVATE
    with pytest.raises(WireguardConfigError) as caught:
        parse_json(text)
    assert str(caught.value) == "WireGuard databag: duplicate JSON key private_key"


def test_oversize_or_broken_json_is_refused():
    with pytest.raises(WireguardConfigError, match="larger than"):
        parse_json(" " * (MAX_BAG_BYTES + 1))
    with pytest.raises(WireguardConfigError, match="not valid JSON"):
        parse_json('{"type": ')
    with pytest.raises(WireguardConfigError, match="not valid JSON"):
        parse_json("[" * 100000 + "]" * 100000)


# --- across VPNs ---------------------------------------------------------------------------------

def _merged(*entries):
    bag = {"id": "wireguardvpn"}
    for index, entry in enumerate(entries):
        normal = validate_bag(entry)
        normal["interface"] = "wg%d" % index
        bag[normal["vpn_uuid"]] = normal
    return bag


def test_two_vpns_on_two_public_ips_validate_together():
    validate_merged(_merged(sample(), sample_b()))


def test_two_vpns_cannot_share_a_listen_port_even_on_different_ips():
    with pytest.raises(WireguardConfigError, match='listen_port 51820 is already used by VPN ".*" on this router'):
        validate_merged(_merged(sample(), sample_b(listen_port=51820)))


def test_two_vpns_cannot_have_overlapping_tunnel_ranges():
    with pytest.raises(WireguardConfigError, match="tunnel range 10.8.0.0/24 overlaps VPN"):
        validate_merged(_merged(sample(), sample_b(ip4_address="10.8.0.129/25", peers=[peer(0, "10.8.0.130")])))


# --- a change checked against the stored entry (the fast path of validate_bag) --------------------

NEW_KEYS = [base64.b64encode(bytes([7, i]) + bytes(30)).decode() for i in range(1, 40)]


def stored(data=None):
    """The entry the merged bag keeps for `data`: validated, with the server's public key."""
    return validate_bag(copy.deepcopy(data if data is not None else sample()))


def gson(data):
    """`data` as the management server's Gson writes it: null fields left out."""
    data = {name: value for name, value in copy.deepcopy(data).items() if value is not None}
    data["peers"] = [{name: value for name, value in item.items() if value is not None} for item in data["peers"]]
    return data


def no_derivation(private_key):
    raise AssertionError("the server's public key was derived again")


def with_new_peer(data, index=0, **changes):
    data = copy.deepcopy(data)
    item = dict(public_key=NEW_KEYS[index], preshared_key=None, ip4_address="10.8.0.%d" % (20 + index),
                ip6_address=None, enabled=True, full_tunnel=False)
    item.update(changes)
    data["peers"].append(item)
    return data


@pytest.mark.parametrize("shape", [lambda data: data, gson], ids=["nulls written", "nulls left out"])
def test_a_new_peer_is_checked_alone_and_the_stored_peers_are_kept_as_they_are(shape):
    previous = stored()
    data = shape(with_new_peer(sample()))
    result = validate_bag(data, no_derivation, previous=previous)
    assert result == validate_bag(copy.deepcopy(data))
    # The stored peers are the very same objects: the apply step tells what changed by identity.
    assert all(result["peers"][i] is previous["peers"][i] for i in range(4))
    assert result["peers"][4]["public_key"] == NEW_KEYS[0] and result["peers"][4]["ip6_address"] is None


def test_the_checks_against_the_stored_entry_give_what_the_full_checks_give():
    rnd = random.Random(11)
    base = sample(ip4_address="10.8.0.1/16")
    base["peers"] = [with_new_peer({"peers": []}, i, ip4_address="10.8.1.%d" % i,
                                   preshared_key=PSK if i % 3 == 0 else None)["peers"][0] for i in range(30)]
    previous = stored(base)
    for trial in range(200):
        data = copy.deepcopy(base)
        for _ in range(rnd.randint(0, 3)):
            action = rnd.choice(["add", "remove", "flag", "psk", "address", "move"])
            target = rnd.randrange(len(data["peers"]))
            if action == "add":
                data = with_new_peer(data, 30 + rnd.randrange(9), ip4_address="10.8.2.%d" % rnd.randrange(2, 250))
            elif action == "remove":
                del data["peers"][target]
            elif action == "flag":
                name = rnd.choice(["enabled", "full_tunnel"])
                data["peers"][target][name] = not data["peers"][target][name]
            elif action == "psk":
                data["peers"][target]["preshared_key"] = None if data["peers"][target]["preshared_key"] else PSK
            elif action == "address":
                data["peers"][target]["ip4_address"] = "10.8.1.%d" % rnd.randrange(2, 60)
            else:
                data["peers"].insert(0, data["peers"].pop(target))
        if rnd.random() < 0.5:
            data = gson(data)
        try:
            expected = validate_bag(copy.deepcopy(data))
        except WireguardConfigError as error:
            # Refusals come from the full checks, which derive the server key again.
            with pytest.raises(WireguardConfigError) as caught:
                validate_bag(data, previous=previous)
            assert str(caught.value) == str(error), trial
            continue
        assert validate_bag(data, no_derivation, previous=previous) == expected, trial


@pytest.mark.parametrize("change,reason", [
    (dict(public_key="not a key"), "public-key must be 44-character base64 of 32 bytes"),
    (dict(public_key=PEER_KEYS[1]), "duplicate public-key"),
    (dict(ip4_address="10.8.0.3"), "duplicate address 10.8.0.3"),
    (dict(ip4_address=None, ip6_address="2001:db8:8000::4"), "duplicate address 2001:db8:8000::4"),
    (dict(ip4_address="10.9.0.9"), "outside the VPN range 10.8.0.0/24"),
    (dict(ip4_address="10.8.0.1"), "the server's own address"),
    (dict(ip4_address="10.8.0.9\n[Peer]"), "control or non-ASCII character in peers[4].ip4_address"),
    (dict(preshared_key="A" * 43 + "="), "preshared-key must not be all-zero"),
    (dict(enabled=1), "enabled must be true or false"),
    (dict(full_tunnel="true"), "full_tunnel must be true or false"),
    (dict(comment="x\x00"), "control or non-ASCII character in peers[4].comment"),
])
def test_a_bad_new_peer_is_refused_as_the_full_checks_refuse_it(change, reason):
    data = with_new_peer(sample(), **change)
    with pytest.raises(WireguardConfigError) as caught:
        validate_bag(copy.deepcopy(data), previous=stored())
    assert reason in str(caught.value)
    assert str(caught.value) == refused(data)


def test_a_new_peer_with_the_servers_own_key_is_refused():
    previous = stored()
    data = with_new_peer(sample(), public_key=SERVER_PUBLIC)
    with pytest.raises(WireguardConfigError, match="public-key is the server's own public key"):
        validate_bag(data, previous=previous)


def test_a_stored_peer_whose_flag_turns_into_a_number_is_refused():
    # 1 == True in Python: the comparison with the stored peer must not let this through.
    data = sample()
    data["peers"][0]["enabled"] = 1
    with pytest.raises(WireguardConfigError, match="enabled must be true or false"):
        validate_bag(data, previous=stored())


def test_an_extra_field_in_an_unchanged_peer_is_checked_like_any_field():
    data = sample()
    data["peers"][1]["note"] = "a\nb"
    with pytest.raises(WireguardConfigError, match=r"control or non-ASCII character in peers\[1\].note"):
        validate_bag(data, previous=stored())
    data["peers"][1]["note"] = "fine"
    result = validate_bag(data, no_derivation, previous=stored())
    assert "note" not in result["peers"][1]


def test_unknown_vpn_fields_are_checked_even_when_no_peer_changed():
    with pytest.raises(WireguardConfigError, match="control or non-ASCII character in extra"):
        validate_bag(sample(extra="\x1b[2J"), previous=stored())


@pytest.mark.parametrize("field,value", [
    ("listen_port", 51999), ("mtu", 1380), ("ip4_address", "10.8.0.1/16"), ("public_ip", "203.0.113.12"),
    ("local_cidrs", ["10.77.1.0/24"]), ("guest_interfaces", ["eth0", "eth3"]),
])
def test_a_changed_vpn_field_sends_the_whole_bag_through_the_full_checks(field, value):
    data = sample(**{field: value})
    derived = []
    result = validate_bag(data, lambda key: derived.append(key) or SERVER_PUBLIC, previous=stored())
    assert derived == [SERVER_PRIVATE]
    assert result == validate_bag(sample(**{field: value}))


def test_a_new_server_key_checks_every_peer_against_the_new_public_key():
    other_private = "0Do9PB8MqZQSK79bujqMKfauYEL3UAlferuhj3agXkc="
    other_public = public_key_of(other_private)
    data = sample(private_key=other_private)
    data["peers"][1]["public_key"] = other_public
    with pytest.raises(WireguardConfigError, match="server's own public key"):
        validate_bag(data, previous=stored())


def test_a_stored_entry_without_the_server_public_key_is_no_reference():
    previous = stored()
    del previous["public_key"]
    derived = []
    validate_bag(sample(), lambda key: derived.append(key) or SERVER_PUBLIC, previous=previous)
    assert derived == [SERVER_PRIVATE]


# --- JSON: duplicate keys whatever the layout ----------------------------------------------------

@pytest.mark.parametrize("text", [
    '{"a": 1, "peers": [{"public_key": "x", "public_key": "y"}]}',
    '{"a":1,"peers":[{"k":"x"},{"k":"y","k":"z"}]}',
    '{"a" : 1, "a" : 2}',
    '{"a":"\\"","a":2}',
    '{"a":{"b":[{"c":1,"c":2}]}}',
    '{"a":[[{"c":1,"c":2}]]}',
    '{"peers":[{"c":{"d":1,"d":2}}]}',
])
def test_duplicate_keys_are_refused_wherever_they_hide(text):
    with pytest.raises(WireguardConfigError, match="duplicate JSON key"):
        parse_json(text)


@pytest.mark.parametrize("text", [
    json.dumps(sample()), json.dumps(sample(), separators=(",", ":")), json.dumps(sample(), indent=2),
    '{"a" :1, "b"\t:[{"x":1},{"y":"\\u0041\\""}], "c":null}', '[]', '7', '"x"',
])
def test_json_without_duplicate_keys_parses_as_the_json_module_parses_it(text):
    assert parse_json(text) == json.loads(text)


# --- the primitives written without re, socket and ipaddress say what those modules say ----------

def test_keys_uuids_and_names_are_recognised_as_the_regular_expressions_did():
    key_re = re.compile(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\Z")
    uuid_re = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
    name_re = re.compile(r"eth([0-9]{1,3})\Z")
    rnd = random.Random(21)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n\u00e9"
    for _ in range(20000):
        key = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(32))).decode()
        at = rnd.randrange(44)
        mutated = key[:at] + rnd.choice(alphabet) + key[at + 1:] if rnd.random() < 0.7 else key
        mutated = mutated[:rnd.choice([43, 44, 44, 44, 45])] if rnd.random() < 0.2 else mutated
        assert is_valid_key(mutated) == bool(key_re.match(mutated)), mutated
        uuid = "%08x-%04x-%04x-%04x-%012x" % tuple(rnd.getrandbits(b) for b in (32, 16, 16, 16, 48))
        at = rnd.randrange(36)
        mutated = uuid[:at] + rnd.choice("0aF-g \n") + uuid[at + 1:] if rnd.random() < 0.5 else uuid.upper()
        assert is_uuid(mutated) == bool(uuid_re.match(mutated)), mutated
        name = rnd.choice(["eth", "eth0", "eth12", "eth123", "eth1234", "eth٣", "eth-1", "eth+1", "wg0", "eth 1"])
        match = name_re.match(name)
        assert numbered_name(name, "eth") == (int(match.group(1)) if match else None), name


def test_networks_are_worked_out_as_ipaddress_works_them_out():
    rnd = random.Random(23)
    for _ in range(3000):
        if rnd.random() < 0.5:
            number, prefix, version = rnd.getrandbits(32), rnd.randint(8, 32), 4
        else:
            number, prefix, version = rnd.getrandbits(128), rnd.randint(16, 128), 6
        address = str(ipaddress.ip_address(number))
        network = ipaddress.ip_network("%s/%d" % (address, prefix), strict=False)
        if network.version == 6 and int(network.network_address) >> 32 in (0, 0xffff):
            continue  # inet_ntop (and ip6tables-save) write an embedded IPv4 address dotted
        found = range_of(number, prefix, version)
        assert (found.low, found.high, found.text) == \
            (int(network.network_address), int(network.broadcast_address), str(network))
        assert network_of("%s/%d" % (address, prefix)) == str(network)
