#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate, launches the installed binary, and names an
# icon that exists in every size the package installs.
#   check-desktop-file.sh RESOURCES_DIR APP_ID
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
resources=$1
app_id=$2
desktop=$resources/desktop/$app_id.desktop
need_tool desktop-file-validate desktop-file-utils

[[ -f $desktop ]] || { echo "FAIL: missing $desktop" >&2; exit 1; }
if ! out=$(desktop-file-validate "$desktop" 2>&1) || [[ -n $out ]]; then
    fail "desktop-file-validate $desktop:"$'\n'"$out"
fi

[[ $(desktop_value "$desktop" Exec) =~ ^whoowns( |$) ]] ||
    fail "Exec= must start the installed binary whoowns, not '$(desktop_value "$desktop" Exec)'"
[[ $(desktop_value "$desktop" Icon) == "$app_id" ]] ||
    fail "Icon= must be the app id $app_id (the installed icon's name), not '$(desktop_value "$desktop" Icon)'"
[[ $(desktop_value "$desktop" Terminal) == false ]] || fail "Terminal= must be false"

icons=$resources/icons/hicolor
[[ -f $icons/scalable/apps/$app_id.svg ]] || fail "missing scalable icon $icons/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$icons/${size}x${size}/apps/$app_id.png
    if [[ ! -f $png ]]; then
        fail "missing icon $png"
        continue
    fi
    # PNG header: width and height are big-endian 32-bit at bytes 16 and 20.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x${height}, not ${size}x${size}"
done
finish
