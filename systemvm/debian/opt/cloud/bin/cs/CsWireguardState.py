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
"""What this router last validated and applied, so that a change to one peer of 10,000 need not
validate, read back and diff all of them again (reading a 10,000-peer device back from
wireguard-go alone takes ~60 ms; the whole +1-peer budget is well under 100 ms).

Records are small text files in /var/run/wireguard (tmpfs: a reboot clears them), mode 0600:

- databag.validated: the fingerprint of the merged bag's text as last validated (and written) by
  this code. A merged bag whose text matches is used as it is, and its entries are the reference
  for the next bag's peers (CsWireguardConfig.validate_bag); any other text -- edited by hand,
  written by another program, no record -- is validated in full, as before.
- wgN.applied: "<ifindex> <fingerprint of the merged bag> <fingerprint of wgN.conf>": device wgN,
  as that very device (a recreated one gets a new ifindex), was brought to exactly what that
  merged bag says for it (key, port, peers, addresses, MTU, link up), and /etc/wireguard/wgN.conf
  was rendered from it. The record is removed before anything of wgN changes and written once
  wgN is converged, so a run that fails half-way leaves none. While it holds, the next change is
  worked out from the previous merged bag instead of reading the device back, and the config
  file is edited (the changed peers' sections) instead of rendered anew.
- iptables.applied: the fingerprint of the merged bag the firewall was last brought to, and of the
  IPv4 and IPv6 rule sets put in place for it; removed before iptables-restore runs, written after.
  While it holds, the firewall is not read back with iptables-save: a change of rules is worked
  out from the previous bag's rules (and read back only if iptables-restore finds them wrong).

What no record can see is a change behind the router's back (`wg set` or `iptables -F` by hand).
Two things repair it: `wireguard_vpn.py status` (which reads the devices anyway) drops the record
of a device that differs from its bag, and a bag that changes nothing -- the management server or
an operator sending the same state again -- makes the apply read everything back and converge.
"""

import os

from cs.CsWireguardHelper import RUN_DIR, ensure_dir, fingerprint, read_text, remove_file, write_atomic

BAG_RECORD = os.path.join(RUN_DIR, "databag.validated")
RULES_RECORD = os.path.join(RUN_DIR, "iptables.applied")

# The last merge in this process: CloudStack runs merge.py and configure.py in one
# update_config.py process, and configure.py reads back the file merge.py wrote.
_merged_here = {}


def _write(path, content):
    ensure_dir(RUN_DIR, 0o755)
    write_atomic(path, content, 0o600)


# --- the merged bag ---------------------------------------------------------------------------------

def validated_print(content):
    """The fingerprint of `content` (the merged bag's bytes or text) if it is the merged bag as this
    code last validated it, else None."""
    if content is None:
        return None
    stamp = fingerprint(content)
    return stamp if read_text(BAG_RECORD) == stamp + "\n" else None


def bag_is_validated(text):
    return validated_print(text) is not None


def remember_bag(stamp):
    """The merged bag whose text has fingerprint `stamp` has been validated."""
    _write(BAG_RECORD, stamp + "\n")


def forget_all():
    """No VPN left: nothing of this handler stays behind."""
    remove_file(BAG_RECORD)
    forget_rules()


def note_merge(merged, previous, previous_print):
    """merge() just produced `merged` (validated) from `previous`, whose text had fingerprint
    `previous_print` (None: unknown)."""
    _merged_here.clear()
    _merged_here.update(merged=merged, previous=previous, previous_print=previous_print)


def was_validated(dbag):
    return bool(_merged_here) and dbag == _merged_here["merged"]


def handed_over(dbag):
    """(merged, previous, previous_print) of the last merge in this process if `dbag` (read back
    from the file merge.py wrote) is that merged bag, else None."""
    if was_validated(dbag):
        return _merged_here["merged"], _merged_here["previous"], _merged_here["previous_print"]
    return None


# --- devices ----------------------------------------------------------------------------------------

def device_record(iface):
    return os.path.join(RUN_DIR, iface + ".applied")


def ifindex(iface):
    text = read_text("/sys/class/net/%s/ifindex" % iface)
    return text.strip() if text else None


def _device_fields(iface):
    """[ifindex, bag fingerprint, config fingerprint] of a device record that names the device
    as it is now, else None."""
    index = ifindex(iface)
    fields = (read_text(device_record(iface)) or "").split()
    return fields if index is not None and len(fields) == 3 and fields[0] == index else None


def device_matches(iface, bag_print):
    """True when device `iface` is known to run what the merged bag with that fingerprint says."""
    fields = _device_fields(iface)
    return bag_print is not None and fields is not None and fields[1] == bag_print


def config_matches(iface, config_text):
    """True when /etc/wireguard/<iface>.conf is still the file rendered for the recorded bag."""
    fields = _device_fields(iface)
    return fields is not None and fields[2] == fingerprint(config_text)


def remember_device(iface, bag_print, config_text):
    index = ifindex(iface)
    if index is None or bag_print is None or config_text is None:
        forget_device(iface)
    else:
        _write(device_record(iface), "%s %s %s\n" % (index, bag_print, fingerprint(config_text)))


def move_device_record(iface, bag_print):
    """A device this change did not touch: it now runs what bag `bag_print` says."""
    fields = _device_fields(iface)
    if fields is None or bag_print is None:
        forget_device(iface)
    else:
        _write(device_record(iface), "%s %s %s\n" % (fields[0], bag_print, fields[2]))


def forget_device(iface):
    remove_file(device_record(iface))


# --- firewall ---------------------------------------------------------------------------------------

def rules_record():
    """{"bag": fingerprint, 4: fingerprint, 6: fingerprint} as last recorded, or {}."""
    record = {}
    for line in (read_text(RULES_RECORD) or "").splitlines():
        name, _, value = line.partition(" ")
        record[int(name) if name.isdigit() else name] = value
    return record


def remember_rules(bag_print, prints):
    if bag_print is None:
        forget_rules()
    else:
        _write(RULES_RECORD, "bag %s\n4 %s\n6 %s\n" % (bag_print, prints[4], prints[6]))


def forget_rules():
    remove_file(RULES_RECORD)
