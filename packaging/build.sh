#!/usr/bin/env bash
# The README's quick start. On a fresh Debian 12 machine:
#   packaging/build.sh run    installs what is missing, builds, starts the desktop app
#                             (on the built-in demo company when the database is empty)
#   packaging/build.sh test   installs what is missing, builds, runs every test
# Extra arguments after `run` go to the app (e.g. --query refund, --db FILE).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

action=${1:-}
shift || true

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

case "$action" in
run)
    exec build/release/app/whoowns "$@"
    ;;
test)
    ctest --preset release "$@"
    ;;
*)
    echo "usage: packaging/build.sh run|test" >&2
    exit 2
    ;;
esac
