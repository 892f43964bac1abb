#!/bin/sh
# Relevance of whoowns on the sample catalog and on every held-out catalog of
# tests/bench/catalogs, one line each: top-1 / top-3 overall and on the customer-words
# (topic-para) queries. Needs ../shared/tools (gendir.py, releval.py) and python3.
#
#   tests/bench/releval-catalogs.sh [BUILD_DIR] [CATALOG_NAME...]   e.g. heldout9 heldout10
#
# Each company is generated once per run (gendir.py, 2,000 people, its default seed; the
# sample also with --seed 7); the figures are the ones the closing notes report.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../build/release"}
[ $# -gt 0 ] && shift
tools=${WHOOWNS_TOOLS:-/work/shared/tools}
cli="$build/app/whoowns-cli"
[ -x "$cli" ] || { echo "releval-catalogs.sh: no whoowns-cli at $cli (build first)" >&2; exit 2; }
names=${*:-"sample $(find "$here/catalogs" -name 'heldout*.txt' -exec basename {} .txt \; | sort -V | tr '\n' ' ')"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for name in $names; do
    if [ "$name" = sample ]; then
        catalog="$tools/catalog-sample.txt"
        seed="--seed 7"
    else
        catalog="$here/catalogs/$name.txt"
        seed=""
    fi
    # shellcheck disable=SC2086
    python3 "$tools/gendir.py" --people 2000 --catalog "$catalog" --out "$out/$name" $seed >/dev/null
    python3 "$tools/releval.py" --data "$out/$name" --cli "$cli" --engines whoowns | awk -v n="$name" '
        /^  ALL/ { all = $4 " / " $6 }
        /^  topic-para/ { para = $4 " / " $6 }
        END { printf "%-10s overall %-16s customer words %s\n", n, all, para }'
done
