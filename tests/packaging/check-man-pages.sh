#!/usr/bin/env bash
# The man pages format without a warning, and whoowns-cli.1 documents every command that
# `whoowns-cli --help` lists (so that a new command without documentation is noticed).
# Likewise whoowns.1 documents every option that `whoowns --help` lists, when the app is built.
#   check-man-pages.sh MAN_DIR WHOOWNS_CLI [WHOOWNS]
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
man_dir=$1
cli=$2
app=${3:-}
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

if [[ -n $app ]]; then
    app_help=$(QT_QPA_PLATFORM=offscreen "$app" --help 2>/dev/null) ||
        fail "$app --help failed"
    # Option names at the start of the lines of the "Options:" block (-h, --help, --db <path>).
    options=$(grep -oE '^  (-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$app_help" | grep -oE -- '--[a-z-]+$')
    [[ -n $options ]] || fail "found no options in the output of whoowns --help"
    for option in $options; do
        # In roff a dash is written \-, so --db appears as \-\-db.
        grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" "$man_dir/whoowns.1" ||
            fail "whoowns.1 does not document $option, though whoowns --help lists it"
    done
fi
finish
