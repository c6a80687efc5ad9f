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
"""

import ipaddress
import json
import re
import socket
import subprocess

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

_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_ETH_RE = re.compile(r"eth[0-9]{1,3}\Z")
_WG_RE = re.compile(r"wg([0-9]{1,3})\Z")
# 32 bytes in padded base64: 42 free characters, a 43rd that carries only 4 bits, then "=".
_KEY_RE = re.compile(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\Z")
_ZERO_KEY = "A" * 43 + "="
_PRINTABLE_RE = re.compile(r"[\x20-\x7e]*\Z")

MTU_MIN_IPV6 = 1280
MTU_MIN_IPV4 = 576
MTU_MAX = 9000
IP4_PREFIX_RANGE = (8, 30)
IP6_PREFIX_RANGE = (48, 126)

KNOWN_FIELDS = ("type", "vpn_uuid", "create", "public_ip", "public_interface", "public_ip6",
                "guest_interfaces", "local_cidrs", "listen_port", "mtu", "private_key",
                "ip4_address", "ip6_address", "peers")
PEER_FIELDS = ("public_key", "preshared_key", "ip4_address", "ip6_address", "enabled", "full_tunnel")


class WireguardConfigError(Exception):
    """A databag that must not be applied; str() is the one-line reason."""


def _vpn_error(uuid, text):
    return WireguardConfigError('WireGuard VPN "%s": %s' % (uuid, text))


def _peer_error(name, text):
    return WireguardConfigError('WireGuard peer "%s": %s' % (name, text))


def safe_excerpt(value, limit=40):
    """A short printable rendering of a rejected non-secret value, for error messages."""
    text = value if isinstance(value, str) else json.dumps(value)
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


def parse_json(text):
    """Parses databag text, refusing oversize input and duplicate keys (last-one-wins would let
    a second "private_key" or "peers" hide behind the first one)."""
    if len(text) > MAX_BAG_BYTES:
        raise WireguardConfigError("WireGuard databag: larger than %d bytes" % MAX_BAG_BYTES)
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
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
        if not _PRINTABLE_RE.match(value):
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
    """44-character base64 of exactly 32 bytes, as wg(8) requires. The pattern alone decides:
    42 free characters, a 43rd limited to the 16 that leave no bits beyond byte 32, then '='
    (TestCsWireguardConfig checks it against base64 decoding)."""
    return type(text) is str and _KEY_RE.match(text) is not None


def _check_key(text, what, fail):
    if not is_valid_key(text):
        raise fail("%s must be 44-character base64 of 32 bytes" % what)
    if text == _ZERO_KEY:
        # An all-zero key gives an all-zero shared secret: the handshake can never complete.
        raise fail("%s must not be all-zero" % what)


def public_key_of(private_key):
    """The server's public key, computed by wg(8) (constant-time C) from the key on stdin."""
    try:
        result = subprocess.run(["wg", "pubkey"], input=private_key + "\n", capture_output=True,
                                text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        raise WireguardConfigError("WireGuard databag: cannot derive the server public key with wg pubkey")
    return result.stdout.strip()


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
    if not isinstance(value, str) or not _ETH_RE.match(value):
        raise fail("%s must match eth[0-9]+, got %s" % (name, safe_excerpt(value)))
    return value


def _host_address(value, version, name, fail):
    """A bare host address (no prefix), parsed by inet_pton: fast enough for 65534 peers and
    strict (no octal, no zone index), rendered back in canonical form."""
    family = socket.AF_INET if version == 4 else socket.AF_INET6
    if not isinstance(value, str):
        raise fail("%s must be an IPv%d address" % (name, version))
    try:
        packed = socket.inet_pton(family, value)
    except (OSError, ValueError):
        raise fail("%s must be an IPv%d address, got %s" % (name, version, safe_excerpt(value)))
    return int.from_bytes(packed, "big"), socket.inet_ntop(family, packed)


def _public_address(value, version, name, fail):
    number, text = _host_address(value, version, name, fail)
    address = ipaddress.ip_address(text)
    if address.is_unspecified or address.is_loopback or address.is_multicast or address.is_link_local:
        raise fail("%s must be a unicast address, got %s" % (name, text))
    return text


def _interface_address(value, version, fail):
    """The server's tunnel address with prefix, e.g. 10.8.0.1/24: it fixes the VPN's range."""
    name = "ip%d_address" % version
    low, high = IP4_PREFIX_RANGE if version == 4 else IP6_PREFIX_RANGE
    if not isinstance(value, str) or value.count("/") != 1:
        raise fail("%s must be an IPv%d address with prefix, got %s" % (name, version, safe_excerpt(value)))
    host, _, prefix = value.partition("/")
    number, text = _host_address(host, version, name, fail)
    if not prefix.isdigit() or not low <= int(prefix) <= high:
        raise fail("%s prefix must be /%d-/%d" % (name, low, high))
    network = ipaddress.ip_network("%s/%s" % (text, prefix), strict=False)
    low, high = int(network.network_address), int(network.broadcast_address)
    if number == low or (version == 4 and number == high):
        raise fail("%s must not be the network or broadcast address" % name)
    return {"address": "%s/%s" % (text, prefix), "host": number, "network": network, "low": low, "high": high}


def _cidr(value, fail):
    if not isinstance(value, str) or "/" not in value:
        raise fail("local_cidrs entry must be a CIDR, got %s" % safe_excerpt(value))
    host, _, prefix = value.partition("/")
    version = 6 if ":" in host else 4
    _host_address(host, version, "local_cidrs entry", fail)
    if not prefix.isdigit() or int(prefix) > (32 if version == 4 else 128):
        raise fail("local_cidrs entry must be a CIDR, got %s" % safe_excerpt(value))
    return ipaddress.ip_network(value, strict=False)


def peer_label(peer, index):
    key = peer.get("public_key") if isinstance(peer, dict) else None
    return key[:8] if is_valid_key(key) else "#%d" % index


def validate_bag(data, derive_public_key=public_key_of):
    """Checks one incoming databag and returns its normalised form (a new dict).

    A "create": false bag only needs its type and vpn_uuid: it removes that VPN."""
    if not isinstance(data, dict):
        raise WireguardConfigError("WireGuard databag: top level must be a JSON object")
    check_printable(data)
    if data.get("type") != BAG_TYPE:
        raise WireguardConfigError('WireGuard databag: type must be "%s"' % BAG_TYPE)
    uuid = data.get("vpn_uuid")
    if not isinstance(uuid, str) or not _UUID_RE.match(uuid):
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
        network = _cidr(value, fail)
        for own in (ip4, ip6):
            if own is not None and own["network"].version == network.version and own["network"].overlaps(network):
                raise fail("tunnel range %s overlaps local CIDR %s" % (own["network"], network))
        if str(network) not in local_cidrs:
            local_cidrs.append(str(network))

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
        "ip4_address": ip4["address"] if ip4 else None,
        "ip6_address": ip6["address"] if ip6 else None,
        "peers": peers,
    }


class _PeerProblem(Exception):
    """Raised inside the peer loop; the peer's label is worked out only when one is refused."""


def _peer_address(value, version, own):
    """(number, canonical text) of a peer's bare host address inside the VPN's range."""
    if own is None:
        raise _PeerProblem("ip%d_address set but the VPN has no IPv%d range" % (version, version))
    if type(value) is str and "/" in value:
        raise _PeerProblem("ip%d_address must be a bare host address, got %s" % (version, safe_excerpt(value)))
    try:
        packed = socket.inet_pton(socket.AF_INET if version == 4 else socket.AF_INET6, value)
    except (OSError, TypeError, ValueError):
        raise _PeerProblem("ip%d_address must be an IPv%d address, got %s" % (version, version, safe_excerpt(value)))
    number = int.from_bytes(packed, "big")
    low, high = own["low"], own["high"]
    if not low < number < high:
        raise _PeerProblem("ip%d_address %s is outside the VPN range %s"
                           % (version, socket.inet_ntop(socket.AF_INET if version == 4 else socket.AF_INET6, packed),
                              own["network"]))
    text = socket.inet_ntop(socket.AF_INET if version == 4 else socket.AF_INET6, packed)
    if number == own["host"]:
        raise _PeerProblem("ip%d_address %s is the server's own address" % (version, text))
    return number, text


def _check_peer_key(text, what):
    if type(text) is not str or _KEY_RE.match(text) is None:
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
    """The tunnel networks of a normalised entry."""
    result = []
    for name in ("ip4_address", "ip6_address"):
        if entry.get(name):
            result.append(ipaddress.ip_network(entry[name], strict=False))
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
        if not isinstance(iface, str) or not _WG_RE.match(iface):
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
                if other.version == network.version and other.overlaps(network):
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
    match = _WG_RE.match(name or "")
    return int(match.group(1)) if match else None
