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
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import cs_wireguardvpn  # noqa: E402
from cs.CsWireguardConfig import (BAG_TYPE, MAX_BAG_BYTES, WireguardConfigError, parse_json,  # noqa: E402
                                  revalidate_entry, validate_bag)
from cs.CsWireguardHelper import MERGED_BAG, CommandError, GcPaused, Lock, read_text, write_atomic  # noqa: E402
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


def load_stored(replacing):
    """The merged bag with every entry validated, except the one being replaced: of that one
    only the interface name matters (it must stay the same)."""
    text = read_text(MERGED_BAG)
    if text is None:
        return {"id": BAG_TYPE}
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
    return result


def serialise(dbag):
    return json.dumps(dbag, sort_keys=True, separators=(",", ":")) + "\n"


def apply(path):
    with GcPaused(), Lock():
        # Reads of the running state start first and overlap with validation; nothing is
        # changed until the bag and the merge result have been checked.
        reads = Reads()
        try:
            incoming = validate_bag(parse_json(read_bag_file(path)))
            merged = cs_wireguardvpn.merge(load_stored(incoming["vpn_uuid"]), incoming, validated=True)
            handler = CsWireguardVpn(dbag=merged)
            handler.check(reads)
            # The merged bag holds the server's private key: 0600, like the wg config.
            write_atomic(MERGED_BAG, serialise(merged), 0o600)
            report = handler.process(reads)
        finally:
            reads.close()
    parts = []
    for vpn in report["vpns"]:
        parts.append("%s%s (peer changes %d, wg set calls %d)" % (
            vpn["interface"], " created" if vpn["created"] else "", vpn["peer_groups"], vpn["wg_set_calls"]))
    for iface in report["removed"]:
        parts.append("%s removed" % iface)
    changed = ",".join("v%d" % f for f in report["iptables_changed"]) or "none"
    print("%s: applied: %s; iptables changed: %s" % (PROG, "; ".join(parts) or "no VPNs", changed))


def main(argv):
    if len(argv) == 3 and argv[1] == "apply":
        action = lambda: apply(argv[2])  # noqa: E731
    elif len(argv) == 2 and argv[1] == "status":
        action = lambda: print(json.dumps(status(), sort_keys=True))  # noqa: E731
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
    sys.exit(main(sys.argv))
