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
# End-to-end tests: starts devcloud (built beforehand by scripts/run-tests.sh, or by
# scripts/devcloud.sh when it is not), drives it with the cs client and wg-quick, stops it.
# Extra arguments go to pytest (e.g. -k tunnel).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
    echo "test/integration: SKIPPED: needs root (network namespaces, wg-quick on wireguard-go, devcloud's routers)"
    exit 0
fi

echo "test/integration: /usr/bin/python3 -m pytest -q test/integration $*"
start=$(date +%s)
status=0
/usr/bin/python3 -m pytest -q test/integration "$@" || status=$?
echo "test/integration: finished in $(( $(date +%s) - start ))s (exit $status)"
exit "$status"
