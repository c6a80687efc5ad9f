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

# The UI's tests: install the locked npm packages when needed, build the harness app into ui/dist
# (devcloud serves it at /client/), then run the unit tests (Vitest, jsdom). Exits non-zero on any
# failure. Browser tests against devcloud (tests/browser/) are not run from here yet.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)

step() {
    echo
    echo "=== ui: $1 ($(( $(date +%s) - start ))s elapsed)"
}

command -v node >/dev/null 2>&1 || { echo "ui/run-tests.sh: node is not installed" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "ui/run-tests.sh: npm is not installed" >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
    echo "ui/run-tests.sh: Node $(node --version) is too old, 18 or later is needed" >&2
    exit 1
fi
echo "ui: node $(node --version), npm $(npm --version)"

# npm ci wipes node_modules and reinstalls: only when it is missing or the lock file changed.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.package-lock.sha256
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    step "npm ci"
    npm ci --no-audit --no-fund
    echo "$lock_hash" > "$stamp"
else
    step "npm ci skipped (node_modules matches package-lock.json)"
fi

step "npm run build (harness app into ui/dist)"
npm run build

step "npm run test:unit"
report_dir=$(mktemp -d "${TMPDIR:-/tmp}/ui-unit.XXXXXX")
trap 'rm -rf "$report_dir"' EXIT
status=0
npm run test:unit -- --reporter=default --reporter=json --outputFile.json="$report_dir/vitest.json" || status=$?
if [ -f "$report_dir/vitest.json" ]; then
    # The plain closing line CI reads, whatever the runner's own summary looks like.
    node -e '
        const r = require(process.argv[1])
        const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0)
        console.log(`ui: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`)
        if (r.numTotalTests === 0) process.exit(1)
    ' "$report_dir/vitest.json" || status=1
else
    echo "ui/run-tests.sh: the unit tests wrote no report" >&2
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "=== ui: unit tests FAILED" >&2
    exit "$status"
fi

echo
echo "=== ui: all passed in $(( $(date +%s) - start ))s"
