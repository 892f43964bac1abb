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

# The Windows icon (installer and, through an .rc file, the executable): an .ico holding PNG
# images of the sizes Windows uses, which every Windows since Vista reads.
python3 - "$id" <<'PY'
import struct, sys
icon_id = sys.argv[1]
sizes = [16, 24, 32, 48, 64, 256]
images = [open(f"hicolor/{s}x{s}/apps/{icon_id}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries, data = b"", b""
for size, png in zip(sizes, images):
    dim = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
open("whoowns.ico", "wb").write(header + entries + data)
PY
