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

# The UI's tests:
#   1. build the harness app into ui/dist (./run-build: npm ci when needed, vite build);
#   2. unit tests (Vitest, jsdom);
#   3. as root: start devcloud (own prefix, free port, temporary state file and data folder, 1 MB
#      guest file; scripts/devcloud.sh, with DEVCLOUD_SKIP_BUILD=1 when test/devcloud is
#      built), run the browser tests (tests/browser/, Playwright driving Debian's
#      Chromium) against it, stop it with SIGINT to its PID and check it left nothing behind.
#      Screenshots of every step go to test-artifacts/ui/. Not root: that part is skipped with the
#      reason printed.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
ui=$(pwd)
top=$(cd .. && pwd)
start=$(date +%s)

step() {
    echo
    echo "=== ui: $1 ($(( $(date +%s) - start ))s elapsed)"
}

# Everything this script starts or creates, undone on any exit (also Ctrl-C and failures).
report_dir=""
dc_pid=""
dc_dir=""
cleanup() {
    if [ -n "$dc_pid" ] && kill -0 "$dc_pid" 2>/dev/null; then
        echo "ui: stopping devcloud (PID $dc_pid) after an interruption" >&2
        stop_devcloud || true
    fi
    [ -n "$dc_dir" ] && rm -rf "$dc_dir"
    [ -n "$report_dir" ] && rm -rf "$report_dir"
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "build (./run-build)"
./run-build

step "unit tests: npm run test:unit"
report_dir=$(mktemp -d "${TMPDIR:-/tmp}/ui-unit.XXXXXX")
status=0
npm run test:unit -- --reporter=default --reporter=json --outputFile.json="$report_dir/vitest.json" || status=$?
if [ -f "$report_dir/vitest.json" ]; then
    # The plain closing line CI reads, whatever the runner's own summary looks like.
    node -e '
        const r = require(process.argv[1])
        const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0)
        console.log(`ui: unit tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`)
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

if [ "$(id -u)" -ne 0 ]; then
    echo
    echo "=== ui: browser tests SKIPPED: they need root (devcloud's virtual routers are network namespaces)"
    echo "=== ui: unit tests passed in $(( $(date +%s) - start ))s"
    exit 0
fi

# ---- browser tests against devcloud ------------------------------------------------------------

for tool in java curl ip pgrep zbarimg wg wg-quick "${CHROMIUM:-/usr/bin/chromium}"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "ui/run-tests.sh: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

# devcloud prefixes are [a-z][a-z0-9]{0,7}; "u" and five hex digits, fresh per run, name every
# namespace, veth and bridge of this devcloud (others run theirs on this machine at the same time).
dc_prefix="u$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n' | cut -c1-5)"
dc_port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
dc_dir=$(mktemp -d "${TMPDIR:-/tmp}/ui-devcloud.XXXXXX")
dc_state="$dc_dir/devcloud.json"
dc_data="$dc_dir/data"
dc_log="$dc_dir/devcloud.log"

dc_target="$top/test/devcloud/target"
dc_jar=$(ls "$dc_target"/cloud-devcloud-*.jar 2>/dev/null | grep -v -- '-tests\.jar$' | head -1 || true)
if [ -n "$dc_jar" ] && [ -f "$dc_target/classpath.txt" ]; then
    # Built: devcloud.sh without its set-up and build; it also resets SIGINT, which arrives ignored when this
    # script runs in the background, so the stop's SIGINT reaches the JVM (one process: each step execs the next).
    dc_cmd=(env DEVCLOUD_SKIP_BUILD=1 "$top/scripts/devcloud.sh")
    dc_shown="DEVCLOUD_SKIP_BUILD=1 $top/scripts/devcloud.sh"
    dc_wait=240
else
    # Not built: devcloud.sh sets the machine up and builds first.
    dc_cmd=("$top/scripts/devcloud.sh")
    dc_shown="$top/scripts/devcloud.sh"
    dc_wait=900
fi

start_devcloud() {
    rm -f "$dc_state"
    # Job control gives devcloud its own process group and, unlike a plain background job of a
    # script, leaves SIGINT at its default, so the SIGINT of the stop reaches it.
    set -m
    DEVCLOUD_PREFIX="$dc_prefix" DEVCLOUD_PORT="$dc_port" DEVCLOUD_STATE="$dc_state" \
        DEVCLOUD_DATA_DIR="$dc_data" DEVCLOUD_FILE_MB=1 "${dc_cmd[@]}" >>"$dc_log" 2>&1 </dev/null &
    dc_pid=$!
    set +m
    local deadline=$(( $(date +%s) + dc_wait ))
    while [ ! -s "$dc_state" ]; do
        if ! kill -0 "$dc_pid" 2>/dev/null; then
            wait "$dc_pid" || true
            dc_pid=""
            return 1
        fi
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "ui: devcloud wrote no state file in ${dc_wait}s" >&2
            stop_devcloud || true
            return 1
        fi
        sleep 1
    done
    # The state file comes last in devcloud's start; the UI and the API must answer too.
    curl -fsS -o /dev/null "http://127.0.0.1:$dc_port/client/" &&
        curl -fsS -o /dev/null "http://127.0.0.1:$dc_port/client/api?command=listIdps&response=json"
}

# SIGINT to devcloud's PID (what Ctrl-C in its terminal sends), then wait for it to end.
stop_devcloud() {
    local pid=$dc_pid
    [ -n "$pid" ] || return 0
    kill -INT "$pid" 2>/dev/null || true
    local deadline=$(( $(date +%s) + 90 ))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "ui: devcloud (PID $pid) did not stop within 90s of SIGINT; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            dc_pid=""
            return 1
        fi
        sleep 0.5
    done
    wait "$pid" 2>/dev/null || true
    dc_pid=""
}

# The network namespaces of this devcloud as the kernel names them ("net:[inode]"), noted while it
# runs: a process left inside one is found even after the namespace's name is gone.
dc_netns_ids="$dc_dir/netns-ids"
note_namespaces() {
    local ns
    for ns in $(ip netns list | awk '{print $1}' | grep -- "^$dc_prefix-" || true); do
        stat -L -c "net:[%i]" "/run/netns/$ns" 2>/dev/null || true
    done >>"$dc_netns_ids"
}

processes_in_noted_namespaces() {
    [ -s "$dc_netns_ids" ] || return 0
    local proc id
    for proc in /proc/[0-9]*; do
        id=$(readlink "$proc/ns/net" 2>/dev/null) || continue
        if grep -qxF -- "$id" "$dc_netns_ids"; then
            echo "${proc#/proc/}"
        fi
    done
}

# What devcloud must have removed on its stop (DESIGN.md §6): its namespaces, host interfaces,
# processes (its process group, anything inside its namespaces or on its data folder), state file
# and run folder.
# Every process of this devcloud: its process group, anything on its data folder or inside its namespaces.
devcloud_pids() {
    (pgrep -g "$1" || true; pgrep -f -- "$dc_dir/" || true; processes_in_noted_namespaces) | sort -u
}

leftovers() {
    local pgid=$1
    local ns links procs
    ns=$(ip netns list | awk '{print $1}' | grep -- "^$dc_prefix-" || true)
    [ -z "$ns" ] || echo "namespaces: $(echo $ns)"
    links=$(ip -o link show | awk -F': ' '{print $2}' | cut -d@ -f1 | grep -- "^$dc_prefix" || true)
    [ -z "$links" ] || echo "host interfaces: $(echo $links)"
    procs=$(devcloud_pids "$pgid")
    [ -z "$procs" ] || echo "processes: $(ps -o pid=,args= -p "$(echo $procs | tr ' ' ,)" | cut -c1-160)"
    [ ! -e "$dc_state" ] || echo "state file $dc_state"
    [ ! -e "$dc_data/run" ] || echo "run folder $dc_data/run"
}

step "devcloud: prefix $dc_prefix, port $dc_port, state $dc_state, data $dc_data"
echo "ui: $dc_shown"
if ! start_devcloud; then
    # A loaded machine can miss devcloud's start deadlines (MariaDB's start has one of 30s):
    # one more try, with the first failure shown, before giving up.
    echo "ui: devcloud did not start; its log ends with:" >&2
    tail -n 15 "$dc_log" | sed 's/^/    /' >&2
    [ -z "$dc_pid" ] || stop_devcloud || true
    echo "ui: starting devcloud once more" >&2
    if ! start_devcloud; then
        echo "=== ui: devcloud did not start; its log ends with:" >&2
        tail -n 40 "$dc_log" | sed 's/^/    /' >&2
        exit 1
    fi
fi
dc_pgid=$dc_pid
note_namespaces
echo "ui: devcloud up (PID $dc_pid) after $(( $(date +%s) - start ))s"

step "browser tests: node --test tests/browser/ (Chromium $("${CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null | awk '{print $2}'))"
browser_start=$(date +%s)
browser_status=0
DEVCLOUD_STATE="$dc_state" UI_ARTIFACTS="$top/test-artifacts/ui" \
    timeout 300 node --test --test-reporter=spec tests/browser/ || browser_status=$?
echo "ui: browser tests took $(( $(date +%s) - browser_start ))s; screenshots in $top/test-artifacts/ui/"

step "devcloud: stop (SIGINT to PID $dc_pid) and check what it left"
stop_status=0
note_namespaces
stop_devcloud || stop_status=1
left=$(leftovers "$dc_pgid")
if [ -n "$left" ]; then
    echo "ui: devcloud left behind after its stop:" >&2
    echo "$left" | sed 's/^/    /' >&2
    stop_status=1
    # reported; now removed, so that a failed run leaves nothing on the machine
    for ns in $(ip netns list | awk '{print $1}' | grep -- "^$dc_prefix-" || true); do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
        ip netns delete "$ns" 2>/dev/null || true
    done
    devcloud_pids "$dc_pgid" | xargs -r kill -KILL 2>/dev/null || true
else
    echo "ui: devcloud stopped clean (no namespace, interface, process, state file or run folder left)"
fi
if [ "$browser_status" -ne 0 ] || [ "$stop_status" -ne 0 ]; then
    echo "ui: devcloud's log ends with:" >&2
    tail -n 30 "$dc_log" | sed 's/^/    /' >&2
    echo "=== ui: FAILED (browser tests exit $browser_status, devcloud stop $([ "$stop_status" -eq 0 ] && echo clean || echo 'not clean'))" >&2
    exit 1
fi

echo
echo "=== ui: all passed in $(( $(date +%s) - start ))s"
