#!/usr/bin/env bash
# Generates every Lectern icon file from the two SVG drawings in this folder.
#
#   icons/build-icons.sh            regenerate (run from anywhere; outputs are committed)
#
# Needs (Debian packages): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns)
#   apt-get install -y librsvg2-bin imagemagick icnsutils
#
# Inputs:
#   lectern.svg        the icon, used from 32 px up
#   lectern-small.svg  the same drawing hinted to the 16-px grid, used for 16 and 24 px
# Outputs:
#   png/lectern-N.png                         N = 16 24 32 48 64 128 256 512 (desktop sizes)
#   lectern.ico                               16-256 px, for Windows (jpackage --icon on Windows)
#   lectern.icns                              16-512 px, for macOS (jpackage --icon on macOS)
#   lectern.png                               512 px, for Linux (jpackage --icon on Linux)
#   ../src/main/resources/org/lectern/ui/icons/lectern-N.png   N = 16 32 48 64 128 256 (window icons)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || {
    echo "build-icons: $tool is missing: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2
    exit 2
  }
done

source_for() { if (( $1 <= 24 )); then echo lectern-small.svg; else echo lectern.svg; fi; }

mkdir -p png
for n in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$n" --height "$n" --format png "$(source_for "$n")" --output "png/lectern-$n.png"
done
cp png/lectern-512.png lectern.png

# ICO: PNG-compressed entries, no timestamps, so that a rebuild gives the same bytes.
convert png/lectern-{16,24,32,48,64,128,256}.png -define png:exclude-chunks=date,time lectern.ico

# ICNS: png2icns picks the icon type from each image's size (16, 32, 48, 128, 256, 512).
png2icns lectern.icns png/lectern-{16,32,48,128,256,512}.png >/dev/null

ui=../src/main/resources/org/lectern/ui/icons
mkdir -p "$ui"
for n in 16 32 48 64 128 256; do cp "png/lectern-$n.png" "$ui/lectern-$n.png"; done

echo "build-icons: wrote png/, lectern.png, lectern.ico, lectern.icns and $ui"
