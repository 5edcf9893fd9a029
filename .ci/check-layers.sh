#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The dependency rule (ARCHITECTURE.md): core has no Qt and includes nothing of ours
# above it; api sees only core; agent and app never include each other; the agent
# stays free of Qt Gui/Widgets so a mail host installs no desktop libraries.
set -u
top=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$top/src" || exit 2
fail=0
check() { # description, grep pattern, folder
    hits=$(grep -rnE "$2" "$3" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layer rule broken: $1"
        echo "$hits"
        fail=1
    fi
}
check "core includes Qt" '#include *<Q|#include *<qt' core
check "core includes api/agent/app" '#include *"(\.\./)+(api|agent|app)/' core
check "api includes agent/app" '#include *"(\.\./)+(agent|app)/' api
check "agent includes app" '#include *"(\.\./)+app/' agent
check "app includes agent" '#include *"(\.\./)+agent/' app
check "agent uses Qt Gui/Widgets" '#include *<Q(Widget|Application|Gui|Painter|Image|Pixmap|Color|Font|Icon)' agent
[ $fail = 0 ] && echo "layer rules kept"
exit $fail
