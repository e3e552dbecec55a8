#!/usr/bin/env bash
# run-app.sh BUILD_DIR [FILE...] - install the build into BUILD_DIR/prefix and open Kamervragen
# (on the bundled sample if no file is given). Without a display it runs the app under Xvfb
# and saves a screenshot instead. Runs in the build environment (see build-aux/dev).
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '\033[1m[kamervragen]\033[0m %s\n' "$*" >&2; }

# Inside Xvfb: start the app, wait for its window, photograph the screen.
if [ "${1:-}" = --capture ]; then
  shift
  screenshot=$1 app=$2
  shift 2
  "$app" "$@" &
  app_pid=$!
  window=$(timeout 30 xdotool search --sync --onlyvisible --classname kamervragen | head -1) || true
  sleep 2
  import -window root "$screenshot"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  [ -n "$window" ] || { say "the window did not appear"; exit 1; }
  exit 0
fi

BUILD=$1
shift
PREFIX=$BUILD/prefix
SCREENSHOT=${KV_SCREENSHOT:-$BUILD/screenshot.png}

[ $# -gt 0 ] || set -- "$SRC/data/samples/2025Z04271.txt"

# The build's private prefix (see build-aux/dev), so that translations, the settings schema
# and the icon are found as they would be after a real installation.
meson install -C "$BUILD" --quiet >/dev/null
export XDG_DATA_DIRS=$PREFIX/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
export GSETTINGS_SCHEMA_DIR=$PREFIX/share/glib-2.0/schemas
app=$PREFIX/bin/kamervragen

if [ -n "${WAYLAND_DISPLAY:-}" ] || { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }; then
  say "Opening Kamervragen on your display"
  exec "$app" "$@"
fi

say "No display found: running Kamervragen under Xvfb and saving a screenshot instead."
dbus-run-session -- xvfb-run -a -s "-screen 0 ${KV_SCREEN_SIZE:-1200x800}x24 -nolisten tcp" \
  "$0" --capture "$SCREENSHOT" "$app" "$@"
say "Screenshot saved to $SCREENSHOT"
