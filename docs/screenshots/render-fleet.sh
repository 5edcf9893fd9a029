#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders docs/screenshots/fleet.png: three demo stores in two groups (production and
# new hardware), connected from a profile file with --fleet, as a runbook would show a
# fleet. Usage: docs/screenshots/render-fleet.sh [BUILD_DIR]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
agent="$build/src/agent/mailstore-agent"
admin="$build/src/app/mailstore-admin"
work=$(mktemp -d)
trap 'for s in "$work"/*/; do "$agent" daemon stop --root "$s" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

"$agent" demo-init "$work/mstore-1" --accounts 120 --seed 1 >/dev/null
"$agent" demo-init "$work/mstore-2" --accounts 80 --seed 2 --damaged 9 >/dev/null
"$agent" demo-init "$work/mstore-n1" --accounts 40 --seed 3 --damaged 0 >/dev/null
cat > "$work/fleet.json" <<JSON
{"format": "mailstore-admin-profiles", "version": 1, "profiles": [
 {"id": "p1", "name": "mstore-1", "group": "Production", "environment": "production", "url": "local:$work/mstore-1"},
 {"id": "p2", "name": "mstore-2", "group": "Production", "environment": "production", "url": "local:$work/mstore-2"},
 {"id": "n1", "name": "mstore-n1", "group": "New hardware", "environment": "staging", "url": "local:$work/mstore-n1"}
]}
JSON
"$admin" --fleet "$work/fleet.json" --screenshot "$top/docs/screenshots/fleet.png" --view accounts
