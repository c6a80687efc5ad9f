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
"""Steps the scenarios share: WireGuard API calls with the checks every call deserves, config
parsing, and snapshots of the state a refused call must leave alone."""

import base64
import ipaddress
import re

from . import host

KEY = re.compile(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\Z")
LIVE_USER_FIELDS = ("lasthandshake", "rxbytes", "txbytes", "endpoint")


def is_key(value):
    return bool(value) and bool(KEY.match(value)) and len(base64.b64decode(value)) == 32


def create_vpn(api, network, **params):
    reply = api.call("createWgVpn", publicipid=network["public_ip"]["id"], **params)
    vpn = reply["wgvpn"]
    check_vpn(vpn, network)
    return vpn


def check_vpn(vpn, network):
    assert vpn["state"] == "Running", vpn
    assert vpn["publicipid"] == network["public_ip"]["id"]
    assert vpn["publicip"] == network["public_ip"]["address"]
    assert is_key(vpn["publickey"]), "server public key %r" % vpn.get("publickey")
    assert "privatekey" not in vpn
    rng = ipaddress.ip_network(vpn["ip4range"])
    assert vpn["ip4address"] == str(next(rng.hosts())), "server tunnel address %s is not the first host of %s" % (vpn["ip4address"], rng)
    assert 1 <= int(vpn["port"]) <= 65535


def delete_vpn(api, vpn_id):
    reply = api.call("deleteWgVpn", id=vpn_id)
    assert reply.get("success") in (True, "true"), reply


def create_user(api, vpn_id, **params):
    user = api.call("createWgUser", vpnid=vpn_id, **params)["wguser"]
    assert user["vpnid"] == vpn_id
    assert user["state"] == "Active", user
    assert user.get("config"), "createWgUser returned no config"
    assert user.get("qrcode"), "createWgUser returned no QR code"
    assert "presharedkey" not in user and "privatekey" not in user
    return user


def delete_user(api, user_id):
    reply = api.call("deleteWgUser", id=user_id)
    assert reply.get("success") in (True, "true"), reply


def vpns(api, **params):
    return api.items("listWgVpns", "wgvpn", **params)


def users(api, **params):
    return api.items("listWgUsers", "wguser", **params)


def parse_config(text):
    """wg-quick config -> {"Interface": {key: value}, "Peer": {key: value}, "comments": [...]}."""
    result = {"comments": []}
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            result["comments"].append(line)
            continue
        m = re.match(r"\[(\w+)\]\Z", line)
        if m:
            section = m.group(1)
            assert section not in result, "section [%s] twice" % section
            result[section] = {}
            continue
        key, sep, value = line.partition("=")
        assert sep and section, "not a config line: %r" % (line if "Key" not in line else line.split("=")[0])
        result[section][key.strip()] = value.strip()
    return result


def allowed_ips(config):
    return sorted(x.strip() for x in parse_config(config)["Peer"]["AllowedIPs"].split(","))


def with_private_key(config, private_key):
    """An own-key user's config with the placeholder comment replaced by the key, as the user does."""
    lines = config.split("\n")
    placeholder = [i for i, line in enumerate(lines) if re.match(r"#\s*PrivateKey\s*=", line.strip())]
    assert len(placeholder) == 1, "expected one PrivateKey placeholder comment in the own-key config"
    lines[placeholder[0]] = "PrivateKey = " + private_key
    return "\n".join(lines)


def genkey():
    private = host.out(["wg", "genkey"]).strip()
    public = host.out(["wg", "pubkey"], input=private + "\n").strip()
    return private, public


def user_view(user):
    """A user as list calls show it, without the live fields (they move with traffic)."""
    return {k: v for k, v in user.items() if k not in LIVE_USER_FIELDS}


def wg_view(dump):
    """A router's `wg show` without the live fields."""
    return {iface: {"public_key": d["public_key"], "listen_port": d["listen_port"],
                    "peers": {k: (p["allowed_ips"], p["has_psk"]) for k, p in d["peers"].items()}}
            for iface, d in dump.items()}
