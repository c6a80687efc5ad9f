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
"""cs_wireguardvpn.merge(): one entry per vpn_uuid, stable interface names, removal by
"create": false, and a bad bag leaving the merged bag as it was."""

import copy
import json

import pytest

import cs_wireguardvpn
from cs.CsWireguardConfig import WireguardConfigError
from wgsamples import PEER_KEYS, SERVER_PRIVATE, UUID_A, UUID_B, peer, sample, sample_b

UUID_C = "11111111-2222-4333-8444-555555555555"


def merged(*bags):
    dbag = {"id": "wireguardvpn"}
    for data in bags:
        dbag = cs_wireguardvpn.merge(dbag, data)
    return dbag


def removal(uuid):
    return {"type": "wireguardvpn", "vpn_uuid": uuid, "create": False}


def test_first_vpn_gets_wg0_and_a_second_one_wg1():
    dbag = merged(sample(), sample_b())
    assert dbag[UUID_A]["interface"] == "wg0"
    assert dbag[UUID_B]["interface"] == "wg1"
    assert dbag["id"] == "wireguardvpn"


def test_a_new_bag_for_the_same_vpn_replaces_its_entry_and_keeps_its_interface():
    dbag = merged(sample(), sample_b())
    update = sample_b(peers=[peer(1, "10.9.0.7")], listen_port=51999)
    dbag = cs_wireguardvpn.merge(dbag, update)
    assert dbag[UUID_B]["interface"] == "wg1"
    assert dbag[UUID_B]["listen_port"] == 51999
    # The bag is the whole desired state: the old peer is gone.
    assert [p["public_key"] for p in dbag[UUID_B]["peers"]] == [PEER_KEYS[1]]


def test_create_false_removes_the_entry_with_its_keys():
    dbag = merged(sample(), sample_b(), removal(UUID_A))
    assert UUID_A not in dbag
    assert SERVER_PRIVATE not in json.dumps(dbag)
    assert dbag[UUID_B]["interface"] == "wg1"


def test_a_removed_vpns_interface_name_is_reused_by_the_next_new_vpn_only():
    dbag = merged(sample(), sample_b(), removal(UUID_A))
    third = sample(vpn_uuid=UUID_C, listen_port=51822)
    dbag = cs_wireguardvpn.merge(dbag, third)
    assert dbag[UUID_C]["interface"] == "wg0"
    assert dbag[UUID_B]["interface"] == "wg1"


def test_removing_an_unknown_vpn_changes_nothing():
    dbag = merged(sample())
    assert cs_wireguardvpn.merge(dbag, removal(UUID_C)) == dbag


def test_an_invalid_bag_leaves_the_merged_bag_untouched():
    dbag = merged(sample())
    before = copy.deepcopy(dbag)
    bad = sample_b()
    bad["peers"][0]["public_key"] = "not a key"
    with pytest.raises(WireguardConfigError):
        cs_wireguardvpn.merge(dbag, bad)
    assert dbag == before


def test_a_bag_that_conflicts_with_another_vpn_leaves_the_merged_bag_untouched():
    dbag = merged(sample())
    before = copy.deepcopy(dbag)
    with pytest.raises(WireguardConfigError, match="listen_port 51820 is already used"):
        cs_wireguardvpn.merge(dbag, sample_b(listen_port=51820))
    assert dbag == before


def test_unknown_fields_are_not_stored():
    dbag = merged(sample(note="x"))
    assert "note" not in dbag[UUID_A]


def test_the_merged_bag_survives_a_json_round_trip():
    dbag = merged(sample(), sample_b())
    assert json.loads(json.dumps(dbag)) == dbag
