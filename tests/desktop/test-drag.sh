#!/usr/bin/env bash
# test-drag.sh BINARY DRAG_SOURCE DATA_DIR
#
# Drags files onto the real Kamervragen window with a real XDND drag under
# Xvfb: kv-drag-source offers them as a GdkFileList (as a file manager does)
# and xdotool moves the pointer from it onto the window with the button held.
# First one file, then two; each dropped document must open in a window
# titled with its subject.
set -eu -o pipefail

# meson passes build outputs relative to the build directory.
BINARY=$(realpath "$1") DRAG_SOURCE=$(realpath "$2") DATA_DIR=$(realpath "$3")
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.kamervragen.Kamervragen
EXAMPLE_SUBJECT="het werkbezoek van de Staatssecretaris van Defensie aan Microsoft en Amazon"
export KV_BINARY=$BINARY

. "$HERE/desktop-lib.sh"

make_work_dir
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
start_xvfb
start_session_bus

# Where the windows go. There is no window manager, so xdotool places them.
SOURCE_X=0 TARGET_X=400

# The documents, under names with spaces and non-ASCII characters.
docs="$WORK/gesleepte stukken ë"
mkdir -p "$docs"
cp "$DATA_DIR/2025Z04271.txt" "$docs/voorbeeld «cloud».txt"
one="$docs/politie – gegevens é.txt"
two="$docs/racisme «brandbrief».txt"
three="$docs/één vraag.txt"
cp "$DATA_DIR/kv-tk-2024Z18559.pdf-text.txt" "$one"
cp "$DATA_DIR/kv-tk-2024Z18656.pdf-text.txt" "$two"
cp "$DATA_DIR/ah-tk-20242025-585.single-question.pdf-text.txt" "$three"

# The app runs as it does for a user; setsid makes it a process group that
# the EXIT trap stops (it is the bus's primary instance, so the bus's group
# does not cover it).
app_pid=
source_pid=
stop_programs() {
  stop_group "$source_pid"
  stop_group "$app_pid"
  cleanup
}
trap stop_programs EXIT

setsid "$BINARY" "$docs/voorbeeld «cloud».txt" > "$WORK/app.log" 2>&1 < /dev/null &
app_pid=$!
if ! target=$(wait_for_window "$EXAMPLE_SUBJECT" 30); then
  not_ok "the app shows the example document"
  diag "$(cat "$WORK/app.log")"
  finish
  exit 1
fi
ok "the app shows the example document"

# start_source FILE...: a fresh drag source offering FILE..., placed left of
# the app's window, both raised above any window the drops opened.
start_source() {
  # The previous source's window must be gone before the new one is looked up.
  if [ -n "$source_pid" ]; then
    stop_group "$source_pid"
    wait "$source_pid" 2>/dev/null || true
    source_pid=
  fi
  setsid "$DRAG_SOURCE" "$@" >> "$WORK/source.log" 2>&1 < /dev/null &
  source_pid=$!
  source_window=$(wait_for_window kv-drag-source 30) || return 1
  xdotool windowmove "$target" "$TARGET_X" 0 windowraise "$target"
  xdotool windowmove "$source_window" "$SOURCE_X" 0 windowraise "$source_window"
  sleep 0.5
}

# A real drag: press on the source, move in small steps (a single jump
# starts no drag), release over the app's window.
drag_to_app() {
  local i steps=20 from=$((SOURCE_X + 150)) to=$((TARGET_X + 300))
  xdotool mousemove "$from" 150
  sleep 0.2
  xdotool mousedown 1
  sleep 0.1
  for i in $(seq 1 $steps); do
    xdotool mousemove $((from + (to - from) * i / steps)) $((150 + i * 2))
    sleep 0.05
  done
  sleep 0.3
  xdotool mouseup 1
}

# expect_window LABEL FILE: a window titled with FILE's subject appears.
expect_window() {
  local subject
  subject=$(document_subject "$2")
  if wait_for_window "$subject" 20 >/dev/null; then
    ok "$1: a window titled “$subject” appears"
    check "$1: exactly one window shows it" [ "$(windows_titled "$subject" | wc -l)" -eq 1 ]
  else
    not_ok "$1: a window titled “$subject” appears"
    diag "drag source: $(cat "$WORK/source.log")" "app: $(cat "$WORK/app.log")"
  fi
}

check "one file: the drag source is up" start_source "$one"
drag_to_app
expect_window "one file dropped" "$one"

check "two files: the drag source is up" start_source "$two" "$three"
drag_to_app
expect_window "two files dropped, first" "$two"
expect_window "two files dropped, second" "$three"

check "the example document's window is still there" \
  [ "$(windows_titled "$EXAMPLE_SUBJECT" | wc -l)" -eq 1 ]
check "Kamervragen is still running" kill -0 "$app_pid"

finish
