#!/usr/bin/env bash
# The man pages format without a warning, and whoowns-cli.1 documents every command that
# `whoowns-cli --help` lists (so that a new command without documentation is noticed).
#   check-man-pages.sh MAN_DIR WHOOWNS_CLI
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
man_dir=$1
cli=$2
need_tool groff groff-base

for page in whoowns.1 whoowns-cli.1; do
    [[ -f $man_dir/$page ]] || { fail "missing $man_dir/$page"; continue; }
    out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man_dir/$page" 2>&1)
    [[ -z $out ]] || fail "groff warns about $page:"$'\n'"$out"
    grep -q '^\.SH NAME' "$man_dir/$page" || fail "$page has no NAME section"
done

help=$("$cli" --help) || fail "$cli --help failed"
# The commands are the first words of the indented lines after "Commands:", up to a blank line.
commands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' <<<"$help")
[[ -n $commands ]] || fail "found no commands in the output of whoowns-cli --help"
for command in $commands; do
    grep -Eq "^\.SS \"?$command( |\"|$)" "$man_dir/whoowns-cli.1" ||
        fail "whoowns-cli.1 has no '.SS $command' section, though whoowns-cli --help lists it"
done
finish
