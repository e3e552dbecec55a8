# desktop-lib.sh - shared helpers for the desktop tests (sourced, not run).
#
# Each test gets its own X server and its own session bus, so that what it
# asserts (D-Bus activation, window titles, drops) cannot come from another
# test sharing the X server and bus that the test command provides. Results
# are printed as TAP. Everything started here is stopped again in cleanup,
# also when a check fails or the test is interrupted.

tap_count=0
tap_failed=0
xvfb_pid=
bus_pid=
WORK=

ok() {
  tap_count=$((tap_count + 1))
  echo "ok $tap_count - $*"
}

not_ok() {
  tap_count=$((tap_count + 1))
  tap_failed=$((tap_failed + 1))
  echo "not ok $tap_count - $*"
}

# check DESCRIPTION COMMAND...: one TAP line for COMMAND's exit status.
check() {
  local description=$1
  shift
  if "$@" >&2; then ok "$description"; else not_ok "$description"; fi
}

# Every line of the arguments as a TAP comment.
diag() {
  printf '%s\n' "$@" | sed 's/^/# /'
}

finish() {
  echo "1..$tap_count"
  [ "$tap_failed" -eq 0 ]
}

# A private scratch folder, removed by cleanup.
make_work_dir() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/kv-desktop.XXXXXX")
}

# Xvfb picks a free display itself (-displayfd), so parallel tests and the
# test command's own xvfb-run never collide. setsid makes Xvfb its own
# process group, which cleanup kills.
start_xvfb() {
  local display_file=$WORK/display i=0
  setsid Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" \
    >"$WORK/xvfb.log" 2>&1 </dev/null &
  xvfb_pid=$!
  while [ ! -s "$display_file" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
      diag "Xvfb did not start:" "$(cat "$WORK/xvfb.log")"
      return 1
    fi
    sleep 0.1
  done
  export DISPLAY=:$(head -n 1 "$display_file")
  unset XAUTHORITY WAYLAND_DISPLAY
}

# A session bus of our own. dbus-daemon reads its service directories from
# its own environment, so XDG_DATA_HOME/XDG_DATA_DIRS must be exported before
# this runs. --fork makes the daemon a session (and process group) leader;
# the services it activates inherit that group, so cleanup stops them too.
start_session_bus() {
  local out
  out=$(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1) || return 1
  export DBUS_SESSION_BUS_ADDRESS=${out%%$'\n'*}
  bus_pid=${out##*$'\n'}
}

# The process that owns NAME on our session bus, or nothing.
bus_name_pid() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID "$1" 2>/dev/null |
    sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
}

# Waits until nobody owns NAME any more (after asking the app to quit).
wait_name_released() {
  local i=0
  while [ -n "$(bus_name_pid "$1")" ]; do
    i=$((i + 1))
    [ $i -gt 100 ] && return 1
    sleep 0.1
  done
}

# Stops the process group PID leads, if any. It may have ended already: under
# set -e a failed kill would end the test there.
stop_group() {
  # A negative PID: the whole process group (see start_xvfb, start_session_bus).
  [ -z "$1" ] || kill -TERM -- "-$1" 2>/dev/null || true
}

cleanup() {
  stop_group "$bus_pid"
  stop_group "$xvfb_pid"
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
  [ -n "$WORK" ] && rm -rf "$WORK"
  return 0
}

# An extended regular expression (as xdotool uses) matching exactly TEXT.
exact_regex() {
  printf '^%s$' "$(printf '%s' "$1" | sed 's/[][\\.^$*+?(){}|]/\\&/g')"
}

# The visible windows titled exactly TITLE, one id a line. --onlyvisible
# matters: GTK also makes a 1×1 helper window that carries no title we want.
windows_titled() {
  xdotool search --onlyvisible --name "$(exact_regex "$1")" 2>/dev/null || true
}

# wait_for_window TITLE [SECONDS]: prints the id of the first visible window
# titled TITLE, or fails after SECONDS.
wait_for_window() {
  local seconds=${2:-20} ids
  # All of xdotool's output is read: cutting it short (head) could kill it with
  # SIGPIPE when several windows match, and fail the wait.
  ids=$(timeout "$seconds" xdotool search --sync --onlyvisible --name "$(exact_regex "$1")" 2>/dev/null) ||
    return 1
  echo "${ids%%$'\n'*}"
}

# The subject a document shows as its window title, as the app's own export
# states it (the title is that subject).
document_subject() {
  "$KV_BINARY" --export json "$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["subject"])'
}
