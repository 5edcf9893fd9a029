#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Set-up shared by the README's two commands: Debian packages, configure, build.
#   installer/setup.sh [BUILD_DIR]        (default: build)
# Extra CMake arguments can be passed in MAILSTORE_CMAKE_ARGS.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${1:-$top/build}

"$here/install-deps.sh"
# shellcheck disable=SC2086
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${MAILSTORE_CMAKE_ARGS:-}
cmake --build "$build" -j "$(nproc)"
