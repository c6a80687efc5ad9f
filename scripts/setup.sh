#!/usr/bin/env bash
# Installs what devcloud and the tests need on a Debian 12 machine. Idempotent: packages that are
# already present are left alone. Runs as root.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: run as root (it installs Debian packages)" >&2
    exit 1
fi

packages=(
    openjdk-17-jdk-headless maven
    wireguard-tools wireguard-go iptables iproute2 util-linux procps kmod
    python3 python3-pytest cs python3-cs
    iputils-ping zbar-tools
    curl ca-certificates
    chromium
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup.sh: system packages ready"
