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
"""Merger for the 'wireguardvpn' databag (merge.py calls merge(dbag, data)).

The merged bag /etc/cloudstack/wireguardvpn.json holds one entry per vpn_uuid, so VPNs on several
public IPs/ports live side by side; each bag carries the whole desired state of its VPN and
replaces that entry. "create": false deletes the entry, keys included, instead of leaving a
tombstone: the apply step tears down any VPN it finds configured but absent from the bag.

Each entry also records the interface name the router picked for it (wg0, wg1, ...), kept for as
long as the VPN exists so that its config file, firewall rules and clients' sessions stay put, and
the server's public key ("public_key", derived from its private key when the bag was validated).

When `dbag` is the merged bag as this code last validated it (CsWireguardState: the file's text
matches its record, or this process validated that very bag), the VPN's stored entry is the
reference against which the bag's peers are checked: only new or changed ones in full.
"""

from cs import CsWireguardState as state
from cs.CsWireguardConfig import (BAG_TYPE, MAX_VPNS, INTERFACE_PREFIX, WireguardConfigError,
                                  interface_index, public_key_of, validate_bag, validate_merged)
from cs.CsWireguardHelper import MERGED_BAG, GcPaused, read_bytes


def _free_interface(dbag, uuid):
    used = set()
    for other_uuid, entry in dbag.items():
        if other_uuid in ("id", uuid) or not isinstance(entry, dict):
            continue
        index = interface_index(entry.get("interface"))
        if index is not None:
            used.add(index)
    for index in range(MAX_VPNS):
        if index not in used:
            return "%s%d" % (INTERFACE_PREFIX, index)
    raise WireguardConfigError('WireGuard VPN "%s": no free interface name (at most %d VPNs)' % (uuid, MAX_VPNS))


def _trusted_print(dbag):
    """(trusted, fingerprint) for `dbag`: trusted when it is the merged bag as this code last
    validated it; the fingerprint of its file's text when that is known."""
    if state.was_validated(dbag):
        return True, None
    stamp = state.validated_print(read_bytes(MERGED_BAG))
    return stamp is not None, stamp


def merge(dbag, data, derive_public_key=public_key_of, validated=False):
    """Returns the merged bag with `data` (one incoming bag) applied; raises
    WireguardConfigError, leaving `dbag` untouched, if the bag or the result is invalid.
    validated: `data` is already validate_bag()'s output (the stand-alone driver)."""
    with GcPaused():
        previous_print = None
        if not validated:
            uuid = data.get("vpn_uuid") if isinstance(data, dict) else None
            entry = dbag.get(uuid.lower()) if isinstance(uuid, str) else None
            trusted, previous_print = _trusted_print(dbag) if isinstance(entry, dict) else (False, None)
            data = validate_bag(data, derive_public_key, previous=entry if trusted else None)
        merged = _merge(dbag, data)
        state.note_merge(merged, dbag, previous_print)
        return merged


def _merge(dbag, entry):
    uuid = entry["vpn_uuid"]
    merged = dict(dbag)
    merged.setdefault("id", BAG_TYPE)
    if not entry["create"]:
        merged.pop(uuid, None)
        return merged
    previous = merged.get(uuid)
    iface = previous.get("interface") if isinstance(previous, dict) else None
    if interface_index(iface) is None:
        iface = _free_interface(merged, uuid)
    entry = dict(entry)
    entry["interface"] = iface
    merged[uuid] = entry
    validate_merged(merged)
    return merged
