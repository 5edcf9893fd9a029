#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 2 (and what CI runs): set up with warnings as errors, build, and run
# the whole test suite with ctest. Benchmarks are separate (cmake --build build --target bench).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(dirname "$here")/build
MAILSTORE_CMAKE_ARGS="-DMAILSTORE_WERROR=ON ${MAILSTORE_CMAKE_ARGS:-}" "$here/setup.sh" "$build"
cd "$build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"
