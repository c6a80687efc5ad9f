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
"""What the benchmarks share: a devcloud of their own (or one already running, --state) and
small statistics helpers. Benchmarks print figures; they assert only that what they measure
really happened (the download is complete, the users exist)."""

import argparse
import contextlib
import json
import math
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

from e2e.devcloud import DevCloud  # noqa: E402


def parser(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--state", help="devcloud.json of a devcloud already running (default: start one for the benchmark)")
    p.add_argument("--data-dir", help="with --state: that devcloud's data folder (default /var/lib/devcloud/<prefix>)")
    return p


@contextlib.contextmanager
def devcloud(args, file_mb):
    if os.geteuid() != 0:
        raise SystemExit("needs root: network namespaces, wg-quick, devcloud")
    workdir = tempfile.mkdtemp(prefix="wg-bench-")
    try:
        if args.state:
            with open(args.state) as f:
                state = json.load(f)
            dc = DevCloud(REPO, workdir, prefix=state["public"]["netns"].rsplit("-", 1)[0])
            dc.state = state
            dc.data_dir = args.data_dir or "/var/lib/devcloud/" + dc.prefix
            yield dc
        else:
            dc = DevCloud(REPO, os.path.join(workdir, "devcloud"), file_mb=file_mb)
            print("starting devcloud (prefix %s, %d MiB guest file)..." % (dc.prefix, file_mb), flush=True)
            dc.start(timeout=600)
            try:
                yield dc
            finally:
                left = dc.stop(check=False)
                if left:
                    print("devcloud left behind: %s" % left)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(p / 100.0 * len(s)) - 1))
    return s[k]


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2.0


def table(headers, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "| " + " | ".join(str(h).ljust(w) for h, w in zip(headers, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    out = [line, sep]
    for r in rows:
        out.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    return "\n".join(out)
