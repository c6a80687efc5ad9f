#!/usr/bin/env bash
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
#
# Tests of the VR side of WireGuard VPN: a standard-library lint, then pytest -- unit tests
# (validation, merge, golden files, diffs) and, as root, integration tests on real wireguard-go,
# wg-quick and iptables in network namespaces (skipped, with the reason printed, when not root).
# Exits non-zero on any failure. Takes about 1.5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
export PYTHONDONTWRITEBYTECODE=1

echo "=== systemvm: lint (/usr/bin/python3 lint.py)"
/usr/bin/python3 lint.py

echo "=== systemvm: tests (/usr/bin/python3 -m pytest -q -rs)"
/usr/bin/python3 -m pytest -q -rs

echo "=== systemvm: passed in $(( $(date +%s) - start ))s"
