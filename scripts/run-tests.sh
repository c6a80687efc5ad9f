#!/usr/bin/env bash
# Runs every test of the project: Java (unit + MariaDB), the VR side (real wg/iptables in namespaces),
# the UI (unit + Chromium) and end to end against devcloud. Sets the machine up first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
start=$(date +%s)

./scripts/setup.sh

stage() {
    echo
    echo "=== $1 ($(( $(date +%s) - start ))s elapsed)"
}

stage "Java: mvn verify"
mvn -B -ntp verify

for area in systemvm/test ui test/integration; do
    if [ -x "$area/run-tests.sh" ]; then
        stage "$area"
        "$top/$area/run-tests.sh"
    fi
done

echo
echo "=== all tests passed in $(( $(date +%s) - start ))s"
