#!/usr/bin/env bash
# The AppStream metainfo passes appstreamcli validate --no-net, belongs to the desktop entry,
# and lists a release for the version being built.
#   check-metainfo.sh RESOURCES_DIR APP_ID PROJECT_VERSION
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
resources=$1
app_id=$2
version=$3
metainfo=$resources/desktop/$app_id.metainfo.xml
need_tool appstreamcli appstream

[[ -f $metainfo ]] || { echo "FAIL: missing $metainfo" >&2; exit 1; }
if ! out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
    fail "appstreamcli validate --no-net $metainfo:"$'\n'"$out"
fi

grep -q "<id>$app_id</id>" "$metainfo" || fail "<id> must be $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "<launchable type=\"desktop-id\"> must name $app_id.desktop"
for binary in whoowns whoowns-cli; do
    grep -q "<binary>$binary</binary>" "$metainfo" || fail "<provides> must list <binary>$binary</binary>"
done
# Software centres show the newest release first: the version being built must be there.
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "no <release version=\"$version\"> in $metainfo: add one for the project version"
finish
