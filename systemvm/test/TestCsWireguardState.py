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
"""CsWireguardState: the records that let a change skip reading the router back hold only for
exactly what they were written for (that bag text, that very device, that config file), are
private, and go away with the VPNs; merge() reuses a stored entry only when it is known valid."""

import copy
import os
import stat

import pytest

import cs_wireguardvpn
from cs import CsWireguardState as state
from cs.CsWireguardHelper import fingerprint
from wgsamples import UUID_A, peer, sample


@pytest.fixture
def records(tmp_path, monkeypatch):
    """The records in a directory of the test's own, and a device whose ifindex the test sets."""
    monkeypatch.setattr(state, "RUN_DIR", str(tmp_path))
    monkeypatch.setattr(state, "BAG_RECORD", str(tmp_path / "databag.validated"))
    monkeypatch.setattr(state, "RULES_RECORD", str(tmp_path / "iptables.applied"))
    devices = {"wg0": "7"}
    monkeypatch.setattr(state, "ifindex", devices.get)
    return devices


def test_a_bag_text_is_known_valid_only_as_it_was_recorded(records):
    text = '{"id":"wireguardvpn"}\n'
    assert state.validated_print(text) is None
    state.remember_bag(fingerprint(text))
    assert state.validated_print(text) == fingerprint(text) and state.bag_is_validated(text)
    assert not state.bag_is_validated(text.replace("wire", "Wire"))
    assert not state.bag_is_validated(None)


def test_a_device_record_holds_for_that_bag_that_device_and_that_config_file(records):
    state.remember_device("wg0", "10:00000001", "config text\n")
    assert state.device_matches("wg0", "10:00000001")
    assert state.config_matches("wg0", "config text\n")
    assert not state.device_matches("wg0", "10:00000002")
    assert not state.config_matches("wg0", "config text edited by hand\n")
    assert not state.device_matches("wg0", None)
    records["wg0"] = "8"  # the device was deleted and created again
    assert not state.device_matches("wg0", "10:00000001") and not state.config_matches("wg0", "config text\n")
    del records["wg0"]  # no such device
    assert not state.device_matches("wg0", "10:00000001")


def test_a_device_record_moves_to_the_next_bag_and_is_gone_once_forgotten(records):
    state.remember_device("wg0", "10:00000001", "config\n")
    state.move_device_record("wg0", "11:00000002")
    assert state.device_matches("wg0", "11:00000002") and state.config_matches("wg0", "config\n")
    state.forget_device("wg0")
    assert not state.device_matches("wg0", "11:00000002")
    state.move_device_record("wg0", "12:00000003")  # nothing to move: stays unknown
    assert not state.device_matches("wg0", "12:00000003")
    state.remember_device("wg1", "10:00000001", "config\n")  # no such device: no record
    assert not os.path.exists(state.device_record("wg1"))


def test_records_are_private_and_nothing_stays_once_the_last_vpn_is_gone(records, tmp_path):
    state.remember_bag("1:00000001")
    state.remember_rules("1:00000001", {4: "2:00000002", 6: "3:00000003"})
    assert state.rules_record() == {"bag": "1:00000001", 4: "2:00000002", 6: "3:00000003"}
    for name in os.listdir(str(tmp_path)):
        assert stat.S_IMODE(os.stat(str(tmp_path / name)).st_mode) == 0o600
    state.forget_all()
    assert os.listdir(str(tmp_path)) == [] and state.rules_record() == {}


def test_merge_checks_only_the_new_peer_when_the_merged_bag_is_one_it_validated(records):
    first = cs_wireguardvpn.merge({"id": "wireguardvpn"}, sample())
    data = sample()
    data["peers"].append(peer(3, "10.8.0.9"))
    data["peers"][4]["public_key"] = "Zm9vYmFyYmF6cXV4cXV1eGZvb2JhcmJhenF1eHF1dXg="

    def no_derivation(key):
        raise AssertionError("validated in full")

    # merge.py read back the bag this process merged: its entry is the reference.
    second = cs_wireguardvpn.merge(copy.deepcopy(first), copy.deepcopy(data), derive_public_key=no_derivation)
    assert second[UUID_A]["peers"][:4] == first[UUID_A]["peers"]
    # Not the bag this process merged, and no record for the file: validated in full.
    other = copy.deepcopy(first)
    other[UUID_A]["mtu"] = 1380
    with pytest.raises(AssertionError, match="validated in full"):
        cs_wireguardvpn.merge(other, copy.deepcopy(data), derive_public_key=no_derivation)
