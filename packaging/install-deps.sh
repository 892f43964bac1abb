#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run whoowns.
# Idempotent: only missing packages are installed. Works as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libsqlite3-dev libicu-dev libstemmer-dev catch2
  xvfb xauth
  clang-14 libclang-rt-14-dev
  desktop-file-utils appstream dpkg-dev file binutils groff-base
)
if [[ "${WHOOWNS_DEPS_EXTRA:-}" != "" ]]; then
  read -r -a extra <<<"$WHOOWNS_DEPS_EXTRA"
  packages+=("${extra[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
else
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
