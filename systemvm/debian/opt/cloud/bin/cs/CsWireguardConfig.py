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
"""Validation of the wireguard_vpn.json databag (docs/wireguard-databag.md).

The management server validates the same fields, but the router checks them again before any
value reaches a config file or a command line: a databag is the only input of the apply step and
one bad field (a newline followed by "[Peer]", a "#", an address outside the tunnel range) would
otherwise end up in /etc/wireguard/wgN.conf or in an iptables rule.

Everything here is pure: it reads a dict and either returns a normalised copy or raises
WireguardConfigError with one line in VyOS style, e.g. 'WireGuard peer "AbCd1234": duplicate
public-key'. Messages never contain a private or preshared key.

A change usually touches one peer of thousands, so validate_bag() can take the VPN's entry of the
merged bag, which was validated when it was stored: a peer identical to one of that entry's is not
checked again field by field (exact comparison, booleans by identity), everything else is; any
doubt sends the whole bag through the full checks, which alone produce refusals. The primitives
avoid `re`, `socket` and `ipaddress` (imported only by the full checks that need them) because
they cost more start-up time than a one-peer change takes (CsWireguardHelper).
"""

import binascii
from _socket import AF_INET, AF_INET6, inet_ntop, inet_pton  # socket.py's wrappers cost ~15 ms to import
from operator import itemgetter

from cs.CsWireguardHelper import CommandError, dumps, loads, run

BAG_TYPE = "wireguardvpn"

# Bounds. A /16 tunnel range holds 65534 hosts; more peers than that cannot have addresses.
MAX_BAG_BYTES = 32 * 1024 * 1024
MAX_PEERS = 65534
MAX_VPNS = 64
MAX_GUEST_INTERFACES = 32
MAX_LOCAL_CIDRS = 64
MAX_STRING = 64
MAX_DEPTH = 4

KEY_LENGTH = 44
INTERFACE_PREFIX = "wg"

_HEX = frozenset("0123456789abcdefABCDEF")
_ZERO_KEY = "A" * 43 + "="

MTU_MIN_IPV6 = 1280
MTU_MIN_IPV4 = 576
MTU_MAX = 9000
IP4_PREFIX_RANGE = (8, 30)
IP6_PREFIX_RANGE = (48, 126)

KNOWN_FIELDS = ("type", "vpn_uuid", "create", "public_ip", "public_interface", "public_ip6",
                "guest_interfaces", "local_cidrs", "listen_port", "mtu", "private_key",
                "ip4_address", "ip6_address", "peers")
PEER_FIELDS = ("public_key", "preshared_key", "ip4_address", "ip6_address", "enabled", "full_tunnel")
_PUBLIC_KEY = itemgetter("public_key")
# Fields of a VPN that a bag may leave out (Gson omits nulls) and what that means.
_OPTIONAL = {"public_ip6": None, "ip4_address": None, "ip6_address": None, "guest_interfaces": [],
             "local_cidrs": []}


class WireguardConfigError(Exception):
    """A databag that must not be applied; str() is the one-line reason."""


def _vpn_error(uuid, text):
    return WireguardConfigError('WireGuard VPN "%s": %s' % (uuid, text))


def _peer_error(name, text):
    return WireguardConfigError('WireGuard peer "%s": %s' % (name, text))


def safe_excerpt(value, limit=40):
    """A short printable rendering of a rejected non-secret value, for error messages."""
    text = value if isinstance(value, str) else dumps(value, separators=(", ", ": "))
    text = "".join(c if " " <= c <= "~" else "?" for c in text)
    return text if len(text) <= limit else text[:limit] + "..."


def _reject_duplicate_keys(pairs):
    result = dict(pairs)
    if len(result) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise WireguardConfigError("WireGuard databag: duplicate JSON key %s" % safe_excerpt(key))
            seen.add(key)
    return result


def _members(value):
    """How many members the objects in `value` (parsed JSON) hold -- at most: objects inside the
    objects of a list are not looked into, so nested ones count as none."""
    count = 0
    if type(value) is dict:
        count = len(value)
        value = value.values()
    elif type(value) is not list:
        return 0
    for item in value:
        if type(item) is dict:
            count += _members(item)
        elif type(item) is list and item:
            count += sum(map(len, item)) if set(map(type, item)) == {dict} else _members(item)
    return count


def _without_duplicate_keys(text, value):
    """True when `value`, parsed from `text` without the duplicate check, provably lost no member
    to a repeated key. Without a backslash every '"' in the text delimits a string, so '":' can
    only end a key; with no blank before any ':', every key ends so, and text.count('":') is the
    number of members in the text. A repeated key leaves one member where the text had two, so
    the parsed objects then hold fewer; _members() never counts more than they hold. Any doubt
    sends the text through the check itself (a Python call for each of 10,000 objects)."""
    if "\\" in text or any(blank in text and blank + ":" in text for blank in " \t\n\r"):
        return False  # (Gson writes no blank at all: one memchr each)
    return text.count('":') == _members(value)


def parse_json(text):
    """Parses databag text, refusing oversize input and duplicate keys (last-one-wins would let
    a second "private_key" or "peers" hide behind the first one)."""
    if len(text) > MAX_BAG_BYTES:
        raise WireguardConfigError("WireGuard databag: larger than %d bytes" % MAX_BAG_BYTES)
    try:
        value = loads(text)
        if _without_duplicate_keys(text, value):
            return value
        return loads(text, _reject_duplicate_keys)
    except (ValueError, RecursionError) as error:
        if isinstance(error, WireguardConfigError):
            raise
        raise WireguardConfigError("WireGuard databag: not valid JSON (%s)" % safe_excerpt(str(error), 80))


def _clean_string(text):
    return len(text) <= MAX_STRING and text.isascii() and text.isprintable()


def _clean(value, depth, good_keys):
    """Fast pass of check_printable: True when every string is short printable ASCII. Leaves are
    checked inline and keys once each: a 10,000-peer bag has 120,000 strings and this runs on
    every change."""
    if depth > MAX_DEPTH:
        return False
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if key not in good_keys:
            if type(key) is str and not _clean_string(key):
                return False
            good_keys.add(key)
        kind = type(item)
        if kind is str:
            if len(item) > MAX_STRING or not item.isascii() or not item.isprintable():
                return False
        elif kind is dict or kind is list:
            if not _clean(item, depth + 1, good_keys):
                return False
        elif item is not None and kind is not bool and kind is not int and kind is not float:
            return False
    return True


def check_printable(value, path="", depth=0):
    """No control, non-ASCII or oversize string anywhere in the bag, keys included.

    wg(8) ends a line at '\n' and a value at '#', so a control character in any field could start
    a new config section; JSON escapes make such characters easy to smuggle in. The message names
    the field, never its value: the value may be a key."""
    if depth == 0 and isinstance(value, (dict, list)) and _clean(value, 1, set()):
        return
    where = path or "top level"
    if depth > MAX_DEPTH:
        raise WireguardConfigError("WireGuard databag: nested deeper than %d levels at %s" % (MAX_DEPTH, where))
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            raise WireguardConfigError("WireGuard databag: string longer than %d characters in %s"
                                       % (MAX_STRING, where))
        if not (value.isascii() and value.isprintable()):
            raise WireguardConfigError("WireGuard databag: control or non-ASCII character in %s" % where)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_printable(key, (path + " key") if path else "a key", depth + 1)
            check_printable(item, "%s.%s" % (path, key) if path else key, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_printable(item, "%s[%d]" % (path, index), depth + 1)
    elif value is not None and not isinstance(value, (bool, int, float)):
        raise WireguardConfigError("WireGuard databag: unexpected value type in %s" % where)


def is_valid_key(text):
    """44-character base64 of exactly 32 bytes, as wg(8) requires: it must decode to 32 bytes and
    encode back to the very same text, which rules out stray characters, missing or extra padding
    and a 43rd character carrying bits beyond byte 32 (TestCsWireguardConfig checks it against
    base64 decoding)."""
    if type(text) is not str or len(text) != 44 or not text.isascii():
        return False
    try:
        raw = binascii.a2b_base64(text)
    except binascii.Error:
        return False
    return len(raw) == 32 and binascii.b2a_base64(raw, newline=False).decode() == text


def is_uuid(text):
    """8-4-4-4-12 hexadecimal digits."""
    if type(text) is not str or len(text) != 36 or not text.isascii():
        return False
    compact = text.replace("-", "")
    return len(compact) == 32 and text[8] == text[13] == text[18] == text[23] == "-" and _HEX.issuperset(compact)


def numbered_name(text, prefix):
    """The number N of a name PREFIX<N> with one to three digits (eth2, wg0), else None."""
    if type(text) is not str or not text.startswith(prefix) or not text.isascii():
        return None
    digits = text[len(prefix):]
    return int(digits) if 1 <= len(digits) <= 3 and digits.isdigit() else None


def _check_key(text, what, fail):
    if not is_valid_key(text):
        raise fail("%s must be 44-character base64 of 32 bytes" % what)
    if text == _ZERO_KEY:
        # An all-zero key gives an all-zero shared secret: the handshake can never complete.
        raise fail("%s must not be all-zero" % what)


def public_key_of(private_key):
    """The server's public key, computed by wg(8) (constant-time C) from the key on stdin."""
    try:
        return run(["wg", "pubkey"], input=private_key + "\n", timeout=10).strip()
    except (OSError, CommandError):
        raise WireguardConfigError("WireGuard databag: cannot derive the server public key with wg pubkey")


def _int_field(entry, name, low, high, fail):
    value = entry.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise fail("%s must be an integer %d-%d" % (name, low, high))
    return value


def _bool_field(entry, name, fail):
    value = entry.get(name)
    if not isinstance(value, bool):
        raise fail("%s must be true or false" % name)
    return value


def _list_field(entry, name, limit, fail):
    value = entry.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail("%s must be a list" % name)
    if len(value) > limit:
        raise fail("%s has more than %d entries" % (name, limit))
    return value


def _interface_name(value, name, fail):
    if numbered_name(value, "eth") is None:
        raise fail("%s must match eth[0-9]+, got %s" % (name, safe_excerpt(value)))
    return value


def _family(version):
    return AF_INET if version == 4 else AF_INET6


def _host_address(value, version, name, fail):
    """A bare host address (no prefix), parsed by inet_pton: fast enough for 65534 peers and
    strict (no octal, no zone index), rendered back in canonical form."""
    if not isinstance(value, str):
        raise fail("%s must be an IPv%d address" % (name, version))
    try:
        packed = inet_pton(_family(version), value)
    except (OSError, ValueError):
        raise fail("%s must be an IPv%d address, got %s" % (name, version, safe_excerpt(value)))
    return int.from_bytes(packed, "big"), inet_ntop(_family(version), packed)


def _public_address(value, version, name, fail):
    number, text = _host_address(value, version, name, fail)
    import ipaddress  # full validation only: the fast path compares with the stored, checked value
    address = ipaddress.ip_address(text)
    if address.is_unspecified or address.is_loopback or address.is_multicast or address.is_link_local:
        raise fail("%s must be a unicast address, got %s" % (name, text))
    return text


class AddressRange(object):
    """A network as integers: version, first and last address, and its text (10.8.0.0/24)."""

    __slots__ = ("version", "low", "high", "text")

    def __init__(self, version, low, high, text):
        self.version, self.low, self.high, self.text = version, low, high, text

    def overlaps(self, other):
        return self.version == other.version and self.low <= other.high and other.low <= self.high

    def __str__(self):
        return self.text


def range_of(number, prefix, version):
    bits = 32 if version == 4 else 128
    size = 1 << (bits - prefix)
    low = number & ~(size - 1)
    text = "%s/%d" % (inet_ntop(_family(version), low.to_bytes(bits // 8, "big")), prefix)
    return AddressRange(version, low, low + size - 1, text)


def network_of(address):
    """'10.8.0.1/24' -> '10.8.0.0/24' (an address with prefix, already validated)."""
    host, _, prefix = address.partition("/")
    version = 6 if ":" in host else 4
    return range_of(int.from_bytes(inet_pton(_family(version), host), "big"), int(prefix), version).text


def _interface_address(value, version, fail):
    """The server's tunnel address with prefix, e.g. 10.8.0.1/24: it fixes the VPN's range."""
    name = "ip%d_address" % version
    low, high = IP4_PREFIX_RANGE if version == 4 else IP6_PREFIX_RANGE
    if not isinstance(value, str) or value.count("/") != 1:
        raise fail("%s must be an IPv%d address with prefix, got %s" % (name, version, safe_excerpt(value)))
    host, _, prefix = value.partition("/")
    number, text = _host_address(host, version, name, fail)
    if not (prefix.isascii() and prefix.isdigit()) or not low <= int(prefix) <= high:
        raise fail("%s prefix must be /%d-/%d" % (name, low, high))
    network = range_of(number, int(prefix), version)
    if number == network.low or (version == 4 and number == network.high):
        raise fail("%s must not be the network or broadcast address" % name)
    return {"address": "%s/%s" % (text, int(prefix)), "host": number, "network": network,
            "low": network.low, "high": network.high}


def _cidr(value, fail):
    """A local CIDR: (its normalised text, its AddressRange)."""
    if not isinstance(value, str) or "/" not in value:
        raise fail("local_cidrs entry must be a CIDR, got %s" % safe_excerpt(value))
    host, _, prefix = value.partition("/")
    version = 6 if ":" in host else 4
    _host_address(host, version, "local_cidrs entry", fail)
    if not (prefix.isascii() and prefix.isdigit()) or int(prefix) > (32 if version == 4 else 128):
        raise fail("local_cidrs entry must be a CIDR, got %s" % safe_excerpt(value))
    import ipaddress  # full validation only; its text is what iptables-save prints back
    network = ipaddress.ip_network(value, strict=False)
    return str(network), AddressRange(version, int(network.network_address), int(network.broadcast_address),
                                      str(network))


def peer_label(peer, index):
    key = peer.get("public_key") if isinstance(peer, dict) else None
    return key[:8] if is_valid_key(key) else "#%d" % index


def validate_bag(data, derive_public_key=public_key_of, previous=None):
    """Checks one incoming databag and returns its normalised form (a new dict), with the server's
    public key added as "public_key".

    previous: this VPN's entry of a merged bag known to have been validated, or None. When the bag
    keeps that entry's VPN-level fields (key, addresses, port...), only its new or changed peers
    are checked in full; otherwise, or on any doubt, the whole bag is (_revalidate_change).
    A "create": false bag only needs its type and vpn_uuid: it removes that VPN."""
    if previous is not None:
        normal = _revalidate_change(data, previous)
        if normal is not None:
            return normal
    if not isinstance(data, dict):
        raise WireguardConfigError("WireGuard databag: top level must be a JSON object")
    check_printable(data)
    if data.get("type") != BAG_TYPE:
        raise WireguardConfigError('WireGuard databag: type must be "%s"' % BAG_TYPE)
    uuid = data.get("vpn_uuid")
    if not is_uuid(uuid):
        raise WireguardConfigError("WireGuard databag: vpn_uuid must be a UUID, got %s" % safe_excerpt(uuid))
    uuid = uuid.lower()

    def fail(text):
        return _vpn_error(uuid, text)

    create = _bool_field(data, "create", fail)
    if not create:
        return {"type": BAG_TYPE, "vpn_uuid": uuid, "create": False}

    public_interface = _interface_name(data.get("public_interface"), "public_interface", fail)
    guest_interfaces = [_interface_name(name, "guest_interfaces entry", fail)
                        for name in _list_field(data, "guest_interfaces", MAX_GUEST_INTERFACES, fail)]
    if len(set(guest_interfaces)) != len(guest_interfaces):
        raise fail("guest_interfaces has duplicate entries")
    if public_interface in guest_interfaces:
        raise fail("public_interface %s is also a guest interface" % public_interface)

    public_ip = _public_address(data.get("public_ip"), 4, "public_ip", fail)
    public_ip6 = data.get("public_ip6")
    if public_ip6 is not None:
        public_ip6 = _public_address(public_ip6, 6, "public_ip6", fail)

    ip4 = None if data.get("ip4_address") is None else _interface_address(data["ip4_address"], 4, fail)
    ip6 = None if data.get("ip6_address") is None else _interface_address(data["ip6_address"], 6, fail)
    if ip4 is None and ip6 is None:
        raise fail("ip4_address and ip6_address are both null")

    local_cidrs = []
    for value in _list_field(data, "local_cidrs", MAX_LOCAL_CIDRS, fail):
        text, network = _cidr(value, fail)
        for own in (ip4, ip6):
            if own is not None and own["network"].overlaps(network):
                raise fail("tunnel range %s overlaps local CIDR %s" % (own["network"], network))
        if text not in local_cidrs:
            local_cidrs.append(text)

    listen_port = _int_field(data, "listen_port", 1, 65535, fail)
    mtu_min = MTU_MIN_IPV6 if ip6 is not None else MTU_MIN_IPV4
    mtu = _int_field(data, "mtu", mtu_min, MTU_MAX, fail)

    private_key = data.get("private_key")
    _check_key(private_key, "private_key", fail)
    server_public = derive_public_key(private_key)

    peers_in = _list_field(data, "peers", MAX_PEERS, fail)
    peers = _validate_peers(peers_in, server_public, ip4, ip6)

    return {
        "type": BAG_TYPE,
        "vpn_uuid": uuid,
        "create": True,
        "public_ip": public_ip,
        "public_interface": public_interface,
        "public_ip6": public_ip6,
        "guest_interfaces": guest_interfaces,
        "local_cidrs": local_cidrs,
        "listen_port": listen_port,
        "mtu": mtu,
        "private_key": private_key,
        "public_key": server_public,
        "ip4_address": ip4["address"] if ip4 else None,
        "ip6_address": ip6["address"] if ip6 else None,
        "peers": peers,
    }


# The VPN-level fields of a normalised entry, in validate_bag's order, and those a bag must keep
# for its peers to be checked against the stored entry (the others identify the VPN or, like the
# server's public key, are derived).
VPN_FIELDS = ("type", "vpn_uuid", "create", "public_ip", "public_interface", "public_ip6", "guest_interfaces",
              "local_cidrs", "listen_port", "mtu", "private_key", "public_key", "ip4_address", "ip6_address")
_COMPARED_FIELDS = ("public_ip", "public_interface", "public_ip6", "guest_interfaces", "local_cidrs", "listen_port",
                    "mtu", "private_key", "ip4_address", "ip6_address")
_IDENTITY_FIELDS = ("type", "vpn_uuid", "create", "peers")


def _same(value, normal):
    """`value` (from a bag) equals the stored, validated `normal`, type included: JSON true is
    not the number 1 here, although Python says True == 1."""
    return type(value) is type(normal) and value == normal


def _revalidate_change(data, previous):
    """validate_bag() for a bag that changes only peers of `previous` (a validated entry): returns
    the normalised bag, or None to send the bag through the full checks. It never refuses a bag
    itself, so every refusal and its message come from the full checks.

    A peer identical to a stored one (same fields and values, no extra field) is taken as it is
    stored; the others are checked one by one as the full path checks them, and uniqueness of
    keys and addresses is checked over the whole peer list."""
    if type(data) is not dict or type(previous) is not dict or data.get("type") != BAG_TYPE \
            or data.get("create") is not True or not is_uuid(data.get("vpn_uuid")) \
            or data["vpn_uuid"].lower() != previous.get("vpn_uuid") or not is_valid_key(previous.get("public_key")):
        return None
    for name in _COMPARED_FIELDS:
        value = data.get(name)
        if value is None and name in _OPTIONAL:
            value = _OPTIONAL[name]
        if not _same(value, previous.get(name)):
            return None
    peers_in = data.get("peers")
    peers_in = [] if peers_in is None else peers_in
    if type(peers_in) is not list or len(peers_in) > MAX_PEERS or type(previous.get("peers")) is not list:
        return None
    try:
        # Fields this version does not know are dropped, but must be clean like any other.
        check_printable({name: value for name, value in data.items()
                         if name not in _COMPARED_FIELDS and name not in _IDENTITY_FIELDS})
        peers = _revalidate_peers(peers_in, previous)
    except WireguardConfigError:
        return None
    if peers is None:
        return None
    normal = {name: previous[name] for name in VPN_FIELDS}
    normal["peers"] = peers
    return normal


def _revalidate_peers(peers_in, previous):
    """The peers of a bag checked against the stored, validated peers of `previous`, or None to
    check the bag in full. A peer that says exactly what a stored one says -- the null fields Gson
    leaves out count as null, no other field, flags by identity (JSON true is not the number 1,
    although Python says True == 1) -- is that stored peer, kept as the very same object; the
    others are checked one by one, as the full path checks them. This loop runs for every peer
    of every change, so it is written for speed: ~3 µs per peer."""
    stored = previous["peers"]
    known = dict(zip(map(_PUBLIC_KEY, stored), stored))
    peers = []
    keep = peers.append
    fresh = []
    try:
        for peer in peers_in:
            old = known.get(peer.get("public_key"))
            if old is None:
                same = False
            elif peer == old:
                same = True
            else:
                # Gson leaves null fields out: the stored non-null fields, equal, and no other.
                nulls = (old["ip4_address"] is None) + (old["ip6_address"] is None) + (old["preshared_key"] is None)
                same = len(peer) == len(PEER_FIELDS) - nulls and peer.get("ip4_address") == old["ip4_address"] \
                    and peer.get("ip6_address") == old["ip6_address"] \
                    and peer.get("preshared_key") == old["preshared_key"]
            # Flags by identity: JSON true is not the number 1, though Python says True == 1.
            if same and peer["enabled"] is old["enabled"] and peer["full_tunnel"] is old["full_tunnel"]:
                keep(old)
            else:
                fresh.append(len(peers))
                keep(peer)
        if len(set(map(_PUBLIC_KEY, peers))) != len(peers):
            return None
    except (AttributeError, KeyError, TypeError):
        return None  # not a peer, a flag or key missing, a key that cannot be one: the full checks say why
    if not fresh:
        return peers  # distinct stored peers: their addresses were checked when they were stored
    fail = lambda text: _vpn_error(previous["vpn_uuid"], text)  # noqa: E731
    ip4 = _interface_address(previous["ip4_address"], 4, fail) if previous["ip4_address"] else None
    ip6 = _interface_address(previous["ip6_address"], 6, fail) if previous["ip6_address"] else None
    for index in fresh:
        check_printable({"peers": [peers[index]]})
        try:
            peers[index] = _validate_peers([peers[index]], previous["public_key"], ip4, ip6)[0]
        except WireguardConfigError:
            return None
    # Stored addresses are canonical text and so are the new ones: equal text, equal address.
    # Stored peers cannot clash with each other, so only a family a new peer uses is looked at.
    for name in ("ip4_address", "ip6_address"):
        if any(peers[index][name] for index in fresh):
            addresses = list(filter(None, map(itemgetter(name), peers)))
            if len(set(addresses)) != len(addresses):
                return None
    return peers


class _PeerProblem(Exception):
    """Raised inside the peer loop; the peer's label is worked out only when one is refused."""


def _peer_address(value, version, own):
    """(number, canonical text) of a peer's bare host address inside the VPN's range."""
    if own is None:
        raise _PeerProblem("ip%d_address set but the VPN has no IPv%d range" % (version, version))
    if type(value) is str and "/" in value:
        raise _PeerProblem("ip%d_address must be a bare host address, got %s" % (version, safe_excerpt(value)))
    family = _family(version)
    try:
        packed = inet_pton(family, value)
    except (OSError, TypeError, ValueError):
        raise _PeerProblem("ip%d_address must be an IPv%d address, got %s" % (version, version, safe_excerpt(value)))
    number = int.from_bytes(packed, "big")
    text = inet_ntop(family, packed)
    if not own["low"] < number < own["high"]:
        raise _PeerProblem("ip%d_address %s is outside the VPN range %s" % (version, text, own["network"]))
    if number == own["host"]:
        raise _PeerProblem("ip%d_address %s is the server's own address" % (version, text))
    return number, text


def _check_peer_key(text, what):
    if not is_valid_key(text):
        raise _PeerProblem("%s must be 44-character base64 of 32 bytes" % what)
    if text == _ZERO_KEY:
        raise _PeerProblem("%s must not be all-zero" % what)


def _validate_peers(peers_in, server_public, ip4, ip6):
    peers = []
    keys = set()
    addresses4 = set()
    addresses6 = set()
    for index, peer in enumerate(peers_in):
        try:
            if type(peer) is not dict:
                raise _PeerProblem("must be a JSON object")
            key = peer.get("public_key")
            _check_peer_key(key, "public-key")
            if key == server_public:
                raise _PeerProblem("public-key is the server's own public key")
            if key in keys:
                raise _PeerProblem("duplicate public-key")
            keys.add(key)
            psk = peer.get("preshared_key")
            if psk is not None:
                _check_peer_key(psk, "preshared-key")
            enabled = peer.get("enabled")
            if type(enabled) is not bool:
                raise _PeerProblem("enabled must be true or false")
            full_tunnel = peer.get("full_tunnel")
            if type(full_tunnel) is not bool:
                raise _PeerProblem("full_tunnel must be true or false")
            text4 = text6 = None
            value = peer.get("ip4_address")
            if value is not None:
                number, text4 = _peer_address(value, 4, ip4)
                if number in addresses4:
                    raise _PeerProblem("duplicate address %s" % text4)
                addresses4.add(number)
            value = peer.get("ip6_address")
            if value is not None:
                number, text6 = _peer_address(value, 6, ip6)
                if number in addresses6:
                    raise _PeerProblem("duplicate address %s" % text6)
                addresses6.add(number)
            if text4 is None and text6 is None:
                raise _PeerProblem("ip4_address and ip6_address are both null")
        except _PeerProblem as problem:
            raise _peer_error(peer_label(peer, index), str(problem))
        peers.append({
            "public_key": key,
            "preshared_key": psk,
            "ip4_address": text4,
            "ip6_address": text6,
            "enabled": enabled,
            "full_tunnel": full_tunnel,
        })
    return peers


def ranges_of(entry):
    """The tunnel networks of a normalised entry, as AddressRanges."""
    result = []
    for version in (4, 6):
        address = entry.get("ip%d_address" % version)
        if address:
            host, _, prefix = address.partition("/")
            result.append(range_of(int.from_bytes(inet_pton(_family(version), host), "big"), int(prefix), version))
    return result


def validate_merged(dbag):
    """Cross-VPN checks over the merged bag {"id": ..., uuid: entry}: the things one VPN's bag
    cannot see alone. Every WireGuard device binds its UDP port on all addresses, so two VPNs on
    one router need two ports even when their public IPs differ."""
    entries = [(uuid, entry) for uuid, entry in sorted(dbag.items()) if uuid != "id"]
    if len(entries) > MAX_VPNS:
        raise WireguardConfigError("WireGuard databag: more than %d VPNs on one router" % MAX_VPNS)
    ports = {}
    interfaces = {}
    networks = []
    for uuid, entry in entries:
        if not isinstance(entry, dict) or entry.get("vpn_uuid") != uuid:
            raise WireguardConfigError('WireGuard VPN "%s": merged entry does not match its key' % safe_excerpt(uuid))
        iface = entry.get("interface")
        if numbered_name(iface, INTERFACE_PREFIX) is None:
            raise _vpn_error(uuid, "interface must match wg[0-9]+")
        if iface in interfaces:
            raise _vpn_error(uuid, 'interface %s is already used by VPN "%s"' % (iface, interfaces[iface]))
        interfaces[iface] = uuid
        port = entry["listen_port"]
        if port in ports:
            raise _vpn_error(uuid, 'listen_port %d is already used by VPN "%s" on this router' % (port, ports[port]))
        ports[port] = uuid
        for network in ranges_of(entry):
            for other_uuid, other in networks:
                if other.overlaps(network):
                    raise _vpn_error(uuid, 'tunnel range %s overlaps VPN "%s" (%s)' % (network, other_uuid, other))
            networks.append((uuid, network))


def revalidate_entry(entry, derive_public_key=public_key_of):
    """Validates a stored merged-bag entry as strictly as an incoming bag (the file may have been
    edited by hand) and returns it normalised, interface name kept."""
    if not isinstance(entry, dict):
        raise WireguardConfigError("WireGuard databag: merged entry must be a JSON object")
    stored = dict(entry)
    iface = stored.pop("interface", None)
    normal = validate_bag(stored, derive_public_key)
    if not normal["create"]:
        raise _vpn_error(normal["vpn_uuid"], "merged bag holds a removed VPN")
    normal["interface"] = iface
    return normal


def interface_index(name):
    return numbered_name(name, INTERFACE_PREFIX)
