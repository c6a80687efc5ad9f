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
"""Runs a command "on" one virtual router of several sharing this host.

  vrhost.py exec --root DIR [--bin DIR] NETNS -- ARGV...

ARGV runs inside network namespace NETNS and in a private mount namespace where DIR/etc/wireguard,
DIR/etc/cloudstack, DIR/var/cache/cloud, DIR/var/run/wireguard and DIR/etc/iptables are bind-mounted
over the real paths (and --bin DIR over /opt/cloud/bin). The router scripts therefore use their
real paths, and each router's state -- wireguard-go's UAPI sockets included, which live in
/var/run/wireguard and would otherwise be shared by every namespace -- persists from one call to
the next. The exit status is ARGV's.

The chain is `ip netns exec NETNS unshare --mount --propagation private <this script> _inside ...`,
then the bind mounts, then exec: no shell anywhere. Used by the systemvm tests and by devcloud.
"""

import argparse
import os
import re
import subprocess
import sys

BIND_PATHS = ("/etc/wireguard", "/etc/cloudstack", "/var/cache/cloud", "/var/run/wireguard", "/etc/iptables")
PRIVATE_PATHS = ("/etc/wireguard", "/etc/cloudstack")  # hold keys: 0700
BIN_PATH = "/opt/cloud/bin"
_NETNS_RE = re.compile(r"[A-Za-z0-9_.-]{1,64}\Z")


def _parser(inside):
    parser = argparse.ArgumentParser(prog="vrhost.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    name = "_inside" if inside else "exec"
    cmd = sub.add_parser(name, help="run ARGV on one router")
    cmd.add_argument("--root", required=True, help="the router's own state directory")
    cmd.add_argument("--bin", help="directory bound over /opt/cloud/bin")
    if not inside:
        cmd.add_argument("netns", metavar="NETNS", help="network namespace of the router")
    cmd.add_argument("argv", nargs=argparse.REMAINDER, metavar="-- ARGV")
    return parser


def _command(args):
    argv = args.argv
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        raise SystemExit("vrhost.py: no command given after --")
    return argv


def _bind(source, target):
    subprocess.run(["mount", "--bind", source, target], check=True)


def inside(args, argv):
    root = args.root
    for path in BIND_PATHS:
        source = root + path
        os.makedirs(source, mode=0o700 if path in PRIVATE_PATHS else 0o755, exist_ok=True)
        if not os.path.isdir(path):
            # The mount point must exist on the host; it is created only when absent.
            os.makedirs(path, exist_ok=True)
        _bind(source, path)
    if args.bin:
        if not os.path.isdir(BIN_PATH):
            os.makedirs(BIN_PATH, exist_ok=True)
        _bind(args.bin, BIN_PATH)
    try:
        os.execvp(argv[0], argv)
    except OSError as error:
        print("vrhost.py: cannot run %s: %s" % (argv[0], error.strerror), file=sys.stderr)
        return 127


def main(argv):
    if len(argv) > 1 and argv[1] == "_inside":
        args = _parser(True).parse_args(argv[1:])
        return inside(args, _command(args))
    args = _parser(False).parse_args(argv[1:])
    command = _command(args)
    if not _NETNS_RE.match(args.netns):
        raise SystemExit("vrhost.py: bad network namespace name %r" % args.netns)
    root = os.path.abspath(args.root)
    os.makedirs(root, exist_ok=True)
    chain = ["ip", "netns", "exec", args.netns, "unshare", "--mount", "--propagation", "private",
             sys.executable, os.path.abspath(__file__), "_inside", "--root", root]
    if args.bin:
        chain += ["--bin", os.path.abspath(args.bin)]
    chain += ["--"] + command
    os.execvp(chain[0], chain)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
