#!/usr/bin/env bash
# Builds the .deb with CPack from a configured and built tree, unpacks it into a scratch root
# (dpkg -x, no root rights, nothing installed on the machine) and checks that:
#   - its files are in the standard places, and only there;
#   - its Depends are Debian runtime packages, cover every library the binaries link to,
#     and name nothing from the build (no -dev package, no test framework);
#   - the installed tree passes appstreamcli validate-tree;
#   - the installed whoowns-cli loads the demo company and counts it, and the installed
#     desktop app starts (offscreen) far enough to print its version.
#   check-deb.sh BUILD_DIR APP_ID VERSION WITH_UI(0|1)
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build=$1
app_id=$2
version=$3
with_ui=$4
need_tool cpack cmake
need_tool dpkg-shlibdeps dpkg-dev
need_tool readelf binutils
need_tool ldd libc-bin
need_tool appstreamcli appstream

scratch=$(mktemp -d "${TMPDIR:-/tmp}/whoowns-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# 1. The package, built into the scratch folder so that the build tree is left as it was.
start=$SECONDS
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed (is everything built? cmake --build $build)" >&2
    exit 1
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one .deb, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# 2. Control fields.
[[ $(dpkg-deb -f "$deb" Package) == whoowns ]] || fail "Package is not whoowns"
[[ $(dpkg-deb -f "$deb" Version) == "$version"-* ]] || fail "Version $(dpkg-deb -f "$deb" Version) is not $version-*"
# Debian policy: a one-line synopsis, then a long description in lines of at most 80 columns.
description=$(dpkg-deb -f "$deb" Description)
[[ $(wc -l <<<"$description") -ge 2 ]] || fail "Description has no long description"
awk 'length > 80 { bad = 1 } END { exit bad }' <<<"$description" ||
    fail "Description has lines longer than 80 columns:"$'\n'"$description"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# One package name per line, without versions or alternatives' bars.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
expected=(libqt6core6 libsqlite3-0 libstemmer0d libstdc++6 libc6)
if [[ $with_ui == 1 ]]; then
    expected+=(libqt6gui6 libqt6widgets6 qt6-qpa-plugins)
fi
for package in "${expected[@]}"; do
    grep -qx "$package" <<<"$depends_names" || fail "Depends lacks $package"
done
grep -Eqx 'libicu[0-9]+' <<<"$depends_names" || fail "Depends lacks the ICU runtime (libicuNN)"
while read -r package; do
    case $package in
    *-dev | *-dev-tools | catch2 | cmake | ninja-build | build-essential | g++* | qt6-base-dev*)
        fail "Depends names the build-time package $package" ;;
    esac
done <<<"$depends_names"

# 3. Files: the standard places, and nothing else (no tests, no static libraries, no headers);
# man pages gzip-compressed (Debian policy).
root=$scratch/root
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x $deb" >&2; exit 1; }
wanted=(usr/bin/whoowns-cli usr/share/man/man1/whoowns-cli.1.gz usr/share/doc/whoowns/copyright
        usr/share/doc/whoowns/changelog.Debian.gz)
if [[ $with_ui == 1 ]]; then
    wanted+=(usr/bin/whoowns usr/share/man/man1/whoowns.1.gz
             "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
             "usr/share/icons/hicolor/scalable/apps/$app_id.svg")
    for size in 16 22 24 32 48 64 128 256 512; do
        wanted+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for file in "${wanted[@]}"; do
    [[ -f $root/$file ]] || fail "the package lacks /$file"
done
while read -r file; do
    case $file in
    usr/bin/whoowns | usr/bin/whoowns-cli | usr/share/applications/*.desktop | \
        usr/share/metainfo/*.metainfo.xml | usr/share/icons/hicolor/*/apps/*.png | \
        usr/share/icons/hicolor/scalable/apps/*.svg | usr/share/man/man1/*.1.gz | \
        usr/share/doc/whoowns/* | usr/share/whoowns/translations/*.qm) ;;
    *) fail "unexpected file in the package: /$file" ;;
    esac
done < <(cd "$root" && find . -type f -printf '%P\n')
for binary in "$root"/usr/bin/*; do
    [[ -x $binary ]] || fail "$binary is not executable"
    readelf -S "$binary" | grep -q '\.debug_info' && fail "$binary is not stripped"
done

# 4. Every library the binaries link to belongs to a package that Depends names. The loader's
# choice (ldd) is looked up, under the path dpkg knows it by (/lib or /usr/lib, merged /usr).
package_of() {
    local path=$1 candidate
    for candidate in "$path" "${path#/usr}" "/usr$path" "$(readlink -f "$path")"; do
        dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1 && return
    done
}
for binary in "$root"/usr/bin/*; do
    resolved=$(ldd "$binary")
    while read -r soname; do
        path=$(awk -v so="$soname" '
            $1 == so && $2 == "=>" { print $3; exit }
            $1 ~ /^\// && substr($1, length($1) - length(so)) == "/" so { print $1; exit }' <<<"$resolved")
        owner=""
        [[ -n $path && $path != "not" ]] && owner=$(package_of "$path")
        if [[ -z $owner ]]; then
            fail "$(basename "$binary") needs $soname, which no installed package provides"
        elif ! grep -qx "$owner" <<<"$depends_names"; then
            fail "$(basename "$binary") needs $soname from $owner, which Depends does not name"
        fi
    done < <(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done

# 5. The installed tree as a software centre sees it (desktop entry, metainfo, icons together).
if [[ $with_ui == 1 ]]; then
    if ! out=$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1); then
        fail "appstreamcli validate-tree on the unpacked package:"$'\n'"$out"
    fi
fi

# 6. The installed programs run from the scratch root, against a scratch database and home.
export HOME=$scratch/home XDG_DATA_HOME=$scratch/home/data XDG_CONFIG_HOME=$scratch/home/config
unset WHOOWNS_DB
cli=$root/usr/bin/whoowns-cli
db=$scratch/x.sqlite
[[ $("$cli" --version) == *"$version"* ]] || fail "whoowns-cli --version does not print $version"
if ! out=$("$cli" --db "$db" demo 2>&1); then
    fail "installed whoowns-cli --db $db demo failed:"$'\n'"$out"
fi
if stats=$("$cli" --db "$db" stats --json 2>&1); then
    echo "stats: $stats"
    for key in people teams responsibilities; do
        count=$(grep -o "\"$key\":[0-9]*" <<<"$stats" | head -n 1 | cut -d: -f2)
        [[ -n $count && $count -gt 0 ]] || fail "after demo, stats --json shows no $key: $stats"
    done
else
    fail "installed whoowns-cli stats --json failed:"$'\n'"$stats"
fi
if [[ $with_ui == 1 ]]; then
    out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$root/usr/bin/whoowns" --version 2>&1)
    [[ $out == *"$version"* ]] || fail "installed whoowns --version (offscreen) printed: $out"
fi
finish
