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
"""Runs a command with some folders bound over real paths, inside a private mount namespace.

  inns.py [--bind SRC:DST]... -- ARGV...

Used as `ip netns exec NS unshare --mount --propagation private inns.py --bind DIR:/var/run/wireguard -- wg-quick up ...`:
wireguard-go keeps its UAPI socket in /var/run/wireguard, a folder every network namespace shares,
so a client namespace gets its own (and the routers' sockets stay out of its sight). The binds
vanish with the mount namespace; what the command leaves in SRC persists for the next call.
No shell anywhere: the command is exec'ed as given."""

import os
import subprocess
import sys


def main(argv):
    binds = []
    args = argv[1:]
    while args and args[0] == "--bind":
        src, _, dst = args[1].partition(":")
        if not src or not dst:
            raise SystemExit("inns.py: --bind takes SRC:DST")
        binds.append((src, dst))
        args = args[2:]
    if not args or args[0] != "--" or len(args) < 2:
        raise SystemExit("inns.py: usage: inns.py [--bind SRC:DST]... -- ARGV...")
    command = args[1:]
    for src, dst in binds:
        os.makedirs(src, mode=0o700, exist_ok=True)
        os.makedirs(dst, exist_ok=True)
        subprocess.run(["mount", "--bind", src, dst], check=True)
    os.execvp(command[0], command)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
