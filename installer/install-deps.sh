#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Mailstore Admin needs to build, test and run.
# Idempotent: packages already present are skipped by apt; nothing else is changed.
set -eu

PACKAGES="
build-essential cmake ninja-build git pkg-config
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qtkeychain-qt6-dev libssh-dev libarchive-dev libzstd-dev libxxhash-dev libssl-dev libsqlite3-dev
libcpp-httplib-dev openssl
libgl-dev libxkbcommon-dev
fontconfig fonts-dejavu-core xauth dbus zstd findutils procps
dovecot-core dovecot-imapd
openssh-server openssh-client libpam-modules diffutils
clang-16 libclang-rt-16-dev
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

# promtool checks the agent's /metrics in the tests. It ships in Debian's prometheus
# package, whose install would also start a Prometheus server: only the one binary is
# taken out of the package instead.
need_promtool=""
command -v promtool >/dev/null 2>&1 || need_promtool=yes

if [ -z "$missing" ] && [ -z "$need_promtool" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install:$missing${need_promtool:+ promtool}" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ -n "$missing" ]; then
    echo "install-deps: installing:$missing"
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
if [ -n "$need_promtool" ]; then
    echo "install-deps: installing promtool from Debian's prometheus package"
    tmp=$(mktemp -d)
    chmod 755 "$tmp" # apt downloads as its own _apt user
    (cd "$tmp" && apt-get download -qq prometheus && dpkg-deb -x prometheus_*.deb root)
    $SUDO install -m 0755 "$tmp/root/usr/bin/promtool" /usr/local/bin/promtool
    rm -rf "$tmp"
fi
