#!/usr/bin/env bash
# screenshots.sh BUILD_DIR - photographs the real window with the example open and a footnote's
# popover showing, in English and Dutch, wide (1200×800) and narrow (360×720), into
# BUILD_DIR/screenshots/. The two English ones are the metainfo's screenshots (data/screenshots/).
# Runs in the build environment (see build-aux/dev).
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXAMPLE=$SRC/data/samples/2025Z04271.txt
QUESTION=14 FOOTNOTE=2

say() { printf '\033[1m[kamervragen]\033[0m %s\n' "$*" >&2; }

# Inside Xvfb: start the driver, wait until it has drawn the scene, photograph the screen.
if [ "${1:-}" = --capture ]; then
  driver_program=$2 png=$3 width=$4 height=$5
  xdotool mousemove "$width" "$height"   # no hover effects or tooltips in the picture
  coproc driver { "$driver_program" "$EXAMPLE" "$width" "$height" "$QUESTION" "$FOOTNOTE"; }
  read -r -t 30 line <&"${driver[0]}" || true
  [ "${line:-}" = ready ] || { say "the window did not get ready"; kill "$driver_PID"; exit 1; }
  import -window root "$png"
  kill "$driver_PID"
  exit 0
fi

BUILD=$1
OUT=$BUILD/screenshots

meson install -C "$BUILD" --quiet >/dev/null
export XDG_DATA_DIRS=$BUILD/prefix/share:/usr/local/share:/usr/share
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$BUILD/prefix/share/glib-2.0/schemas
mkdir -p "$OUT"

for lang in en_US nl_NL; do
  for size in 1200x800 360x720; do
    png=$OUT/kamervragen-${lang%%_*}-$size.png
    LANG=$lang.UTF-8 LC_ALL=$lang.UTF-8 LANGUAGE= dbus-run-session -- \
      xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
      "$0" --capture "$BUILD/tests/kv-screenshot-driver" "$png" "${size%x*}" "${size#*x}" 2>/dev/null
    say "Saved $png"
  done
done

mkdir -p "$SRC/data/screenshots"
cp "$OUT/kamervragen-en-1200x800.png" "$SRC/data/screenshots/window.png"
cp "$OUT/kamervragen-en-360x720.png" "$SRC/data/screenshots/window-narrow.png"
say "Updated data/screenshots/window.png and window-narrow.png"
