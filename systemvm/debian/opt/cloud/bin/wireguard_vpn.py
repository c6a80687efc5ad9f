#!/usr/bin/python3 -S
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
"""Stand-alone driver for the WireGuard VPN databag, for routers without CloudStack's
update_config.py (devcloud, tests, an operator debugging a router):

  wireguard_vpn.py apply FILE   merge one wireguard_vpn.json bag into
                                /etc/cloudstack/wireguardvpn.json and apply the result
  wireguard_vpn.py status       print per-VPN and per-peer state as JSON

Exit status: 0 done; 2 invalid databag (nothing was changed); 1 a command failed; 64 usage.
Errors are one line on stderr. No key is ever printed, and FILE is not copied anywhere.

Run with -S (no site packages): it needs the standard library only, starts faster (it is called
for every change), and no installed package named "cs" can shadow the router's cs/ package.
Start-up is kept small on purpose (no json, re, subprocess, socket or ipaddress module on the
path of a peer change; see CsWireguardHelper).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import cs_wireguardvpn  # noqa: E402
from cs import CsWireguardState as state  # noqa: E402
from cs.CsWireguardConfig import (BAG_TYPE, MAX_BAG_BYTES, WireguardConfigError, parse_json,  # noqa: E402
                                  revalidate_entry, validate_bag)
from cs.CsWireguardHelper import (MERGED_BAG, CommandError, GcPaused, Lock, dumps, fingerprint, loads,  # noqa: E402
                                  read_bytes, write_atomic)
from cs.CsWireguardVpn import CsWireguardVpn, Reads, status  # noqa: E402

PROG = "wireguard_vpn.py"
USAGE = "usage: %s apply FILE | status" % PROG


def read_bag_file(path):
    with open(path, "rb") as handle:
        raw = handle.read(MAX_BAG_BYTES + 1)
    if len(raw) > MAX_BAG_BYTES:
        raise WireguardConfigError("WireGuard databag: larger than %d bytes" % MAX_BAG_BYTES)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WireguardConfigError("WireGuard databag: not UTF-8")


def load_stored(text, trusted, replacing):
    """(merged bag, the entry `replacing` replaces or None) from the merged bag's `text`. A bag
    whose text is the one this code last validated (`trusted`) is used as it is, and that entry
    becomes the reference for the new bag's peers. Otherwise every entry is validated, except the
    one being replaced: of that one only the interface name matters (it must stay the same)."""
    if text is None:
        return {"id": BAG_TYPE}, None
    if trusted:
        stored = loads(text)
        return stored, stored.get(replacing) if isinstance(replacing, str) else None
    stored = parse_json(text)
    if not isinstance(stored, dict):
        raise WireguardConfigError("WireGuard databag: %s is not a JSON object" % MERGED_BAG)
    result = {"id": BAG_TYPE}
    for uuid, entry in stored.items():
        if uuid == "id":
            continue
        if uuid == replacing:
            iface = entry.get("interface") if isinstance(entry, dict) else None
            result[uuid] = {"interface": iface}
        else:
            result[uuid] = revalidate_entry(entry)
    return result, None


def serialise(dbag):
    """Compact JSON (ASCII), VPNs by uuid. Not key-sorted (that doubles the time for 10,000 peers):
    the entries come from validate_bag() or from this file, so their keys are always in one order."""
    return (dumps({uuid: dbag[uuid] for uuid in sorted(dbag)}) + "\n").encode()


_PEERS = b'"peers":['


def serialise_change(raw, stored, merged, uuid):
    """serialise(merged) when `raw` is serialise(stored) and `merged` differs from `stored` only in
    the peer list of VPN `uuid`, else None. The peers kept from `stored` are the very same objects
    (validate_bag keeps stored peers that did not change), so their text is cut out of `raw`
    instead of being encoded again: ~1 ms instead of ~12 ms for 10,000 peers, and no 1.7 MB copies
    (memoryview slices). Cutting is safe because validated peers hold only keys, addresses, null
    and booleans: no "}" or "]"."""
    old, new = stored.get(uuid), merged.get(uuid)
    if not isinstance(old, dict) or not isinstance(new, dict) or list(old) != list(new) \
            or list(stored) != list(merged) or any(merged[key] is not stored[key] for key in merged if key != uuid) \
            or any(new[key] is not old[key] for key in new if key != "peers"):
        return None
    entry_at = raw.find(b'"%s":{' % uuid.encode())
    start = raw.find(_PEERS, entry_at)
    end = raw.find(b"]", start)
    if -1 in (entry_at, start, end):
        return None
    text = memoryview(raw)
    before, after = old["peers"], new["peers"]
    if before and after[:len(before)] == before:
        # Peers appended (the usual change): the text of the others stays where it is.
        added = "".join("," + dumps(peer) for peer in after[len(before):]).encode()
        return b"".join((text[:end], added, text[end:]))
    parts = raw[start + len(_PEERS) + 1:end - 1].split(b"},{") if before else []
    if len(parts) != len(before):
        return None
    kept = dict(zip(map(id, before), parts))
    parts = [kept.get(id(peer)) or dumps(peer)[1:-1].encode() for peer in after]
    peers = b"[{%s}]" % b"},{".join(parts) if parts else b"[]"
    return b"".join((text[:start + len(_PEERS) - 1], peers, text[end + 1:]))


def apply(path):
    with GcPaused(), Lock():
        # Reads of the running state that the router's records cannot stand in for start first
        # and overlap with validation; nothing is changed until the bag and the merge result
        # have been checked.
        reads = Reads()
        try:
            stored_raw = read_bytes(MERGED_BAG)
            stored_print = state.validated_print(stored_raw)
            reads.prefetch(stored_print)
            data = parse_json(read_bag_file(path))
            uuid = data.get("vpn_uuid") if isinstance(data, dict) else None
            stored_text = None if stored_raw is None else stored_raw.decode("utf-8", "surrogateescape")
            stored, previous = load_stored(stored_text, stored_print is not None,
                                           uuid.lower() if isinstance(uuid, str) else None)
            del stored_text
            incoming = validate_bag(data, previous=previous)
            merged = cs_wireguardvpn.merge(stored, incoming, validated=True)
            # The merged bag holds the server's private key: 0600, like the wg config.
            raw = None
            if stored_print is not None:
                raw = serialise_change(stored_raw, stored, merged, incoming["vpn_uuid"])
            raw = raw or serialise(merged)
            stamp = fingerprint(raw)
            handler = CsWireguardVpn(dbag=merged, bag_print=stamp, previous=stored, previous_print=stored_print)
            handler.check(reads)
            write_atomic(MERGED_BAG, raw, 0o600, current=stored_raw)
            if len(merged) > 1:
                state.remember_bag(stamp)
            report = handler.process(reads)
        finally:
            reads.close()
    parts = []
    for vpn in report["vpns"]:
        parts.append("%s%s (peer changes %d, wg set calls %d%s)" % (
            vpn["interface"], " created" if vpn["created"] else "", vpn["peer_groups"], vpn["wg_set_calls"],
            ", read back" if vpn["read_back"] else ""))
    for iface in report["removed"]:
        parts.append("%s removed" % iface)
    changed = ",".join("v%d" % f for f in report["iptables_changed"]) or "none"
    print("%s: applied: %s; iptables changed: %s%s" % (PROG, "; ".join(parts) or "no VPNs", changed,
                                                       "; no change: verified" if report["verified"] else ""))


def main(argv):
    if len(argv) == 3 and argv[1] == "apply":
        action = lambda: apply(argv[2])  # noqa: E731
    elif len(argv) == 2 and argv[1] == "status":
        action = lambda: print(dumps(status(), sort_keys=True, separators=(", ", ": ")))  # noqa: E731
    else:
        print(USAGE, file=sys.stderr)
        return 64
    try:
        action()
    except WireguardConfigError as error:
        print("%s: %s" % (PROG, error), file=sys.stderr)
        return 2
    except (CommandError, OSError) as error:
        print("%s: %s" % (PROG, error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    # Every file and command is closed by now. Skip the interpreter's teardown, which would free
    # the ~100,000 objects of two 10,000-peer bags one by one (~5 ms of a one-peer change).
    os._exit(code)
