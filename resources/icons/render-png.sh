#!/usr/bin/env bash
# Renders the committed PNG icons from their SVG sources, so that building and packaging need
# no SVG converter. Run it again (needs rsvg-convert, Debian package librsvg2-bin) after
# editing an SVG, and commit the PNGs.
#   16, 22, 24 px come from the small drawing made on the 16 px grid (crisper when tiny);
#   32 px and up come from the scalable icon that is installed as it is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
id=org.whoowns.WhoOwnsThis
for size in 16 22 24 32 48 64 128 256 512; do
    if ((size <= 24)); then
        source=$id-small.svg
    else
        source=hicolor/scalable/apps/$id.svg
    fi
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$source" -o "hicolor/${size}x${size}/apps/$id.png"
done
