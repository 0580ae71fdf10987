#!/bin/sh
# Makes the launcher icons that `./mvnw -Ppackage package` hands to jpackage, from the window icon
# the app already shows (src/main/resources/dlfs/app/icons/app-256.png), so launcher and window match:
#   assets/icons/dlfs-studio.png   Linux, 256 x 256
#   assets/icons/dlfs-studio.ico   Windows, 16 to 256 px in one file
#   assets/icons/dlfs-studio.icns  macOS, 16 to 256 px (+ 512 px upscaled)
# Needs ImageMagick and png2icns (Debian: apt-get install imagemagick icnsutils).
# Run from the project folder: sh packaging/make-icons.sh
set -eu
SOURCE=src/main/resources/dlfs/app/icons/app-256.png
OUT=assets/icons
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

convert "$SOURCE" -depth 8 -strip "PNG32:$OUT/dlfs-studio.png"
convert "$OUT/dlfs-studio.png" -define icon:auto-resize=256,128,64,48,32,16 "$OUT/dlfs-studio.ico"
for size in 16 32 48 128 256 512; do
    convert "$OUT/dlfs-studio.png" -filter Lanczos -resize "${size}x${size}" -depth 8 -strip "PNG32:$TMP/icon-$size.png"
done
png2icns "$OUT/dlfs-studio.icns" "$TMP"/icon-16.png "$TMP"/icon-32.png "$TMP"/icon-48.png \
    "$TMP"/icon-128.png "$TMP"/icon-256.png "$TMP"/icon-512.png >/dev/null
ls -l "$OUT"/dlfs-studio.*
