#!/usr/bin/env bash
# The README's quick start. On a fresh Debian 12 machine:
#   packaging/build.sh run    installs what is missing, builds, starts the desktop app
#                             (on the built-in demo company when the database is empty)
#   packaging/build.sh test   installs what is missing, builds, runs every test
#   packaging/build.sh deb    installs what is missing, builds, makes the Debian package
#                             and prints its path (see packaging/README.md)
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
    # Three stages, each a preset (CMakePresets.json): the release build's tests; the same tests
    # built with AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer); and a short
    # run of every libFuzzer target plus its past findings. The asan stage leaves out the
    # benchmarks and packaging checks (they run in the release stage; sanitizers add nothing
    # there but minutes). Extra arguments go to every ctest (e.g. -R hardening).
    # WHOOWNS_TEST_STAGES picks stages, e.g. "release" for a quick run.
    stages=${WHOOWNS_TEST_STAGES:-release asan fuzz}
    for stage in $stages; do
        echo "== test stage: $stage" >&2
        if [[ $stage != release ]]; then
            cmake --preset "$stage" >/dev/null
            cmake --build --preset "$stage"
        fi
        ctest --preset "$stage" "$@"
    done
    ;;
deb)
    rm -rf build/release/deb
    cpack -G DEB --config build/release/CPackConfig.cmake -B build/release/deb "$@" >&2
    ls "$here"/build/release/deb/*.deb
    ;;
*)
    echo "usage: packaging/build.sh run|test|deb" >&2
    exit 2
    ;;
esac
