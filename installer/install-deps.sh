#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Mailstore Admin needs to build, test and run.
# Idempotent: packages already present are skipped by apt; nothing else is changed.
set -eu

PACKAGES="
build-essential cmake ninja-build git pkg-config
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qtkeychain-qt6-dev libssh-dev libarchive-dev libzstd-dev libxxhash-dev libssl-dev
libcpp-httplib-dev openssl
libgl-dev libxkbcommon-dev
fontconfig fonts-dejavu-core xauth dbus zstd findutils procps
dovecot-core dovecot-imapd
openssh-server openssh-client
clang-16 libclang-rt-16-dev
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO=sudo
fi
echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
