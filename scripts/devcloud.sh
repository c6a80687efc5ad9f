#!/usr/bin/env bash
# Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.
#
# Starts devcloud in the foreground: a single-node CloudStack with the WireGuard plugin, embedded MariaDB,
# the CloudStack API (and UI) on http://127.0.0.1:${DEVCLOUD_PORT:-8080}/client/, and virtual routers as
# network namespaces. Prints the state file path and a short guide; Ctrl-C (SIGINT) or SIGTERM stops it and
# removes everything it created on the host. Options: see `scripts/devcloud.sh --help` (and the DEVCLOUD_*
# environment variables). Runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
    exec java -cp "$(ls test/devcloud/target/cloud-devcloud-*.jar 2>/dev/null | head -1)" org.apache.cloudstack.devcloud.DevCloud --help 2>/dev/null \
        || echo "usage: scripts/devcloud.sh [--port N] [--state FILE] [--prefix P] [--data-dir DIR] [--file-mb N] [--jdbc-url URL]"
fi

./scripts/setup.sh

echo "devcloud.sh: building (mvn package, tests skipped)" >&2
mvn -B -q -ntp -DskipTests -pl test/devcloud -am package
if [ -x ui/run-build ]; then
    echo "devcloud.sh: building the UI" >&2
    ui/run-build
fi

jar=$(ls test/devcloud/target/cloud-devcloud-*.jar | grep -v -- '-tests.jar' | head -1)
classpath="$jar:$(cat test/devcloud/target/classpath.txt)"
exec java -cp "$classpath" org.apache.cloudstack.devcloud.DevCloud --repo "$top" "$@"
