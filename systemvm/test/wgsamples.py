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
"""Fixed sample data for the unit tests: test-only keys (generated for this file, used nowhere
else), so rendered files can be compared with golden files byte for byte."""

import copy

SERVER_PRIVATE = "2NT1IW87x61gYoQzlxB6SznJO/Ryz/XFaDyQcWm1FEw="
SERVER_PRIVATE_B = "0Do9PB8MqZQSK79bujqMKfauYEL3UAlferuhj3agXkc="
PEER_KEYS = [
    "SjlyImhItWqRIAZlAvXmfhU2rjz78cfT+lHdUCNhymo=",
    "axM7SO/fEVUwekk65yVRQuXW8UEBJ+NQdgcKkd+4hFo=",
    "nJLt4y1Dq9oD53hjT2milFytMnXAuHoy/2FEwyDjOSw=",
    "mf8u73HhNeViMd8TgunGK+hdnr4uos5QoJnRsXA5WQ8=",
]
PSK = "Lq45mI3rmvFc4HhCFwU/ENX7XLSXaqDaqeFDIZOSirI="
UUID_A = "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f"
UUID_B = "0b9e8d7c-6a5f-4e3d-9c2b-1a0f9e8d7c6b"


def peer(index, ip4=None, ip6=None, psk=None, enabled=True, full_tunnel=False):
    return {"public_key": PEER_KEYS[index], "preshared_key": psk, "ip4_address": ip4, "ip6_address": ip6,
            "enabled": enabled, "full_tunnel": full_tunnel}


SAMPLE_BAG = {
    "type": "wireguardvpn",
    "vpn_uuid": UUID_A,
    "create": True,
    "public_ip": "203.0.113.10",
    "public_interface": "eth2",
    "public_ip6": "2001:db8:113::10",
    "guest_interfaces": ["eth0"],
    "local_cidrs": ["10.77.1.0/24", "2001:db8:77::/64"],
    "listen_port": 51820,
    "mtu": 1420,
    "private_key": SERVER_PRIVATE,
    "ip4_address": "10.8.0.1/24",
    "ip6_address": "2001:db8:8000::1/64",
    "peers": [
        peer(0, "10.8.0.2", "2001:db8:8000::2", psk=PSK),
        peer(1, "10.8.0.3", None, full_tunnel=True),
        peer(2, None, "2001:db8:8000::4", full_tunnel=True),
        peer(3, "10.8.0.5", "2001:db8:8000::5", enabled=False, full_tunnel=True),
    ],
}

SAMPLE_BAG_B = {
    "type": "wireguardvpn",
    "vpn_uuid": UUID_B,
    "create": True,
    "public_ip": "203.0.113.11",
    "public_interface": "eth2",
    "public_ip6": None,
    "guest_interfaces": ["eth0"],
    "local_cidrs": ["10.77.1.0/24"],
    "listen_port": 51821,
    "mtu": 1420,
    "private_key": SERVER_PRIVATE_B,
    "ip4_address": "10.9.0.1/24",
    "ip6_address": None,
    "peers": [peer(0, "10.9.0.2")],
}


def sample(**changes):
    data = copy.deepcopy(SAMPLE_BAG)
    data.update(changes)
    return data


def sample_b(**changes):
    data = copy.deepcopy(SAMPLE_BAG_B)
    data.update(changes)
    return data
