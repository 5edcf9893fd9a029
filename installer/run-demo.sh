#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 1: set up, build, then open the console on the demo store (created
# under ~/.local/share/MailstoreAdmin/mailstore-admin/demo-store if missing).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(dirname "$here")/build
"$here/setup.sh" "$build"
exec "$build/src/app/mailstore-admin" --demo "$@"
