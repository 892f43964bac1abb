#!/bin/sh
# Relevance evaluation of whoowns against fzf and SQLite FTS5 on a synthetic company
# (/work/shared/tools: gendir.py writes the company and labelled queries, releval.py scores).
#
#   tests/bench/releval.sh [BUILD_DIR] [extra gendir.py args, e.g. --seed 3 --people 5000]
#
# Needs python3 and (for the fzf column) the Debian package fzf.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../build/release"}
[ $# -gt 0 ] && shift
tools=${WHOOWNS_TOOLS:-/work/shared/tools}
catalog=${WHOOWNS_CATALOG:-"$tools/catalog-sample.txt"}
cli="$build/app/whoowns-cli"
[ -x "$cli" ] || { echo "releval.sh: no whoowns-cli at $cli (build first)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$tools/gendir.py" --people 2000 --catalog "$catalog" --out "$out/data" "$@"
engines=whoowns,fts5
command -v fzf >/dev/null 2>&1 && engines=whoowns,fzf,fts5
python3 "$tools/releval.py" --data "$out/data" --cli "$cli" --engines "$engines" --misses 30
