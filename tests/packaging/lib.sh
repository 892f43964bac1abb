# Shared by the packaging checks: failures are collected and reported together, so one run
# shows everything that is wrong rather than the first problem only.
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need_tool() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 is not installed (Debian package $2; packaging/install-deps.sh installs it)" >&2
        exit 1
    fi
}
finish() {
    if ((failures > 0)); then
        echo "$failures problem(s)" >&2
        exit 1
    fi
    echo "ok"
}
# The value of KEY in a desktop entry file (first occurrence, main group).
desktop_value() {
    sed -n "s/^$2=//p" "$1" | head -n 1
}
