#!/bin/sh
# Takes the README screenshots: starts the desktop app on the demo company under Xvfb (a
# virtual X server, light default theme) and saves PNGs of the main window with a query and
# its answer card, the org browser, the import wizard's column mapping and the responsibility
# editor into docs/screenshots/.
#
#   packaging/screenshots.sh [BUILD_DIR]      (default: build/release)
#
# Needs xvfb-run (packages xvfb and xauth, listed in packaging/install-deps.sh).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
app=$build/app/whoowns
out=$here/docs/screenshots
[ -x "$app" ] || { echo "screenshots.sh: $app not found; build first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run missing (apt install xvfb xauth)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.sqlite
# Stable pictures: English, a fixed zone, the settings of a fresh user.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TZ=Europe/Berlin
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
# A Tuesday morning in Berlin, so the availability shown does not depend on when this runs.
at=2026-11-24T09:30:00+01:00

shot() { # name, then the app's arguments
    name=$1
    shift
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --db "$db" --at "$at" \
        --screenshot "$out/$name.png" "$@" \
        >/dev/null 2>&1
    [ -s "$out/$name.png" ] || { echo "screenshots.sh: $name.png was not written" >&2; exit 1; }
    echo "$out/$name.png"
}

shot search --query "refund not arrived"
shot answer-card --query "invoice copy"
shot org-browser --query "refund" --show org
shot import-wizard --query "refund" --show import \
    --import-file "$here/resources/demo/people.csv"
shot responsibility-editor --query "refund" --show editor
