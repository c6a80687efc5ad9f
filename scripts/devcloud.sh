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

# Starts devcloud in the foreground: a single-node CloudStack with the WireGuard plugin, embedded MariaDB,
# the CloudStack API (and UI) on http://127.0.0.1:${DEVCLOUD_PORT:-8080}/client/, and virtual routers as
# network namespaces. Prints the state file path and a short guide; Ctrl-C (SIGINT) or SIGTERM stops it and
# removes everything it created on the host. Options: `scripts/devcloud.sh --help` (and the DEVCLOUD_*
# environment variables). Runs as root.
#
# It sets the machine up (scripts/setup.sh) and builds what is out of date (the Maven modules devcloud runs,
# the UI); DEVCLOUD_SKIP_BUILD=1 skips both, for callers that did them already (scripts/run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
module=test/devcloud

usage() {
    echo "usage: scripts/devcloud.sh [--port N] [--state FILE] [--prefix P] [--data-dir DIR] [--file-mb N] [--jdbc-url URL]"
    echo "  environment: DEVCLOUD_PORT (8080), DEVCLOUD_STATE (/run/devcloud/devcloud.json), DEVCLOUD_PREFIX (dc),"
    echo "  DEVCLOUD_DATA_DIR (/var/lib/devcloud/<prefix>), DEVCLOUD_FILE_MB (64), DEVCLOUD_JDBC_URL (embedded MariaDB),"
    echo "  DEVCLOUD_SKIP_BUILD=1 (no setup, no build)"
}

for arg in "$@"; do
    if [ "$arg" = "--help" ] || [ "$arg" = "-h" ]; then
        usage
        exit 0
    fi
done

if [ "$(id -u)" -ne 0 ]; then
    echo "devcloud.sh: run as root (devcloud creates network namespaces and runs the routers in them)" >&2
    exit 1
fi

jar_of() {
    # empty when not built (the caller says so): no pipefail exit here
    ls "$module"/target/cloud-devcloud-*.jar 2>/dev/null | grep -v -- '-tests.jar' | head -1 || true
}

# The Maven build is needed when there is no jar yet, or when any file of the modules devcloud runs is newer
# than it (a fresh clone, a pull, an edit); a built tree starts without Maven.
needs_build() {
    local jar
    jar=$(jar_of)
    [ -n "$jar" ] && [ -f "$module/target/classpath.txt" ] || return 0
    [ -n "$(find pom.xml cloudstack-shim api core engine/schema plugins "$module" \
        \( -path '*/target' -o -path '*/node_modules' \) -prune -o -type f -newer "$jar" -print -quit 2>/dev/null)" ]
}

ui_needs_build() {
    [ -f ui/package.json ] || return 1
    [ -f ui/dist/index.html ] || return 0
    [ -n "$(find ui/package.json ui/package-lock.json ui/vite.config.js ui/harness ui/src -type f -newer ui/dist/index.html -print -quit 2>/dev/null)" ]
}

if [ "${DEVCLOUD_SKIP_BUILD:-}" != "1" ]; then
    ./scripts/setup.sh
    if needs_build; then
        echo "devcloud.sh: building (mvn package, tests skipped)" >&2
        mvn -B -q -ntp -DskipTests -pl "$module" -am package
    fi
    if ui_needs_build; then
        echo "devcloud.sh: building the UI (ui/dist)" >&2
        (
            cd ui
            if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
                npm ci --no-audit --no-fund --loglevel=error >/dev/null
            fi
            # vite reports every third-party warning on stderr: shown only when the build fails
            log=$(mktemp)
            if ! npm run --silent build >"$log" 2>&1; then
                cat "$log" >&2
                rm -f "$log"
                exit 1
            fi
            rm -f "$log"
        )
    fi
fi

jar=$(jar_of)
if [ -z "$jar" ] || [ ! -f "$module/target/classpath.txt" ]; then
    echo "devcloud.sh: $module is not built (run without DEVCLOUD_SKIP_BUILD=1)" >&2
    exit 1
fi
classpath="$jar:$(cat "$module/target/classpath.txt")"
# A shell starting a job in the background ignores SIGINT for it, and the JVM leaves an ignored signal ignored: reset
# INT and TERM to their defaults before exec, so Ctrl-C/SIGINT/SIGTERM stop devcloud however it was started.
exec /usr/bin/python3 -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' java -cp "$classpath" org.apache.cloudstack.devcloud.DevCloud --repo "$top" "$@"
