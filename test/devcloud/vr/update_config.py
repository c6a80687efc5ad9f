#!/usr/bin/python3
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
"""devcloud's stand-in for the VR's update_config.py.

  update_config.py FILE [false]

CloudStack's management server drops a databag into /var/cache/cloud/FILE and then runs
`/opt/cloud/bin/update_config.py FILE` on the router. CloudStack's own update_config.py is not part of
this project, so devcloud's routers carry this one: it knows only the WireGuard VPN bag, hands
/var/cache/cloud/wireguard_vpn.json.<uuid> to `wireguard_vpn.py apply` and then removes the file (the bag
holds the server's private key and asks not to be kept: delete_from_processed_cache). Any other
databag is refused with a clear message, so a test never passes on a bag nothing applied.
The exit status is wireguard_vpn.py's.
"""

import os
import re
import subprocess
import sys

CACHE_DIR = "/var/cache/cloud"
BIN_DIR = os.path.dirname(os.path.abspath(__file__))
WIREGUARD_BAG = re.compile(r"wireguard_vpn\.json\.[A-Za-z0-9-]{1,64}\Z")
ANY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\Z")


def main(argv):
    if len(argv) < 2 or len(argv) > 3 or (len(argv) == 3 and argv[2] not in ("true", "false")):
        print("usage: update_config.py FILE [true|false]", file=sys.stderr)
        return 2
    name = argv[1]
    if not ANY_NAME.match(name):
        print("update_config.py: invalid databag file name %r" % name, file=sys.stderr)
        return 2
    path = os.path.join(CACHE_DIR, name)
    if not os.path.isfile(path):
        print("update_config.py: %s does not exist" % path, file=sys.stderr)
        return 1
    if not WIREGUARD_BAG.match(name):
        print("update_config.py: devcloud's VR has no handler for %s (it applies wireguard_vpn.json.* only)" % name,
              file=sys.stderr)
        return 1
    try:
        return subprocess.run([os.path.join(BIN_DIR, "wireguard_vpn.py"), "apply", path], check=False).returncode
    finally:
        # The bag holds the server's private key: no copy stays behind, whether it applied or not.
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


if __name__ == "__main__":
    sys.exit(main(sys.argv))
