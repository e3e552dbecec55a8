#!/usr/bin/env bash
# test-flatpak.sh SOURCE_DIR BUILD_DIR - build, install and run the real Flatpak manifest.
#
# Needs the stand-in runtime and SDK installed by build-aux/flatpak-stand-in.sh in the private
# installation FLATPAK_USER_DIR (see there). Builds flatpak/<app id>.json with flatpak-builder
# from a clean copy of the source tree, installs it, then under its own Xvfb and session bus:
#  - `flatpak run` with the example document shows a window titled with its subject;
#  - `gio open` on a JSON export, with only the Flatpak's exported desktop file, service file
#    and MIME types to go by, starts the sandboxed app through D-Bus and shows the document.
# There is no document portal here (it needs FUSE and xdg-desktop-portal), so the sandbox gets
# read access to the test's document folder from the command line (`flatpak run
# --filesystem=DIR:ro`) and, for the D-Bus activated start, from a `flatpak override` in the
# private installation. The manifest itself asks for no file system access.
set -eu -o pipefail

SRC=$(realpath "$1") BUILD=$(realpath "$2")
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.kamervragen.Kamervragen
APP_PATH=/io/github/kamervragen/Kamervragen
EXAMPLE_SUBJECT="het werkbezoek van de Staatssecretaris van Defensie aan Microsoft en Amazon"
export KV_BINARY=$BUILD/src/kamervragen

. "$HERE/desktop-lib.sh"

: "${FLATPAK_USER_DIR:?run build-aux/flatpak-stand-in.sh install and export its FLATPAK_USER_DIR}"
export FLATPAK_USER_DIR
BUILDER_DIR=$(dirname "$FLATPAK_USER_DIR")/builder

make_work_dir
run_pid=
overridden=
stop_everything() {
  stop_group "$run_pid"
  # The sandbox's processes are not all in our process groups.
  flatpak kill "$APP_ID" 2>/dev/null || true
  [ -n "$overridden" ] && flatpak override --user --reset "$APP_ID" 2>/dev/null
  cleanup
}
trap stop_everything EXIT
trap 'exit 1' INT TERM HUP

seconds_since() {
  echo $(( $(date +%s) - $1 ))
}

# The manifest's dir source is the whole checkout; build from a copy of what git tracks (and
# new files it would track), so that build directories and caches stay out of the sandbox.
stage_source() {
  local stage=$BUILDER_DIR/source
  rm -rf "$stage"
  mkdir -p "$stage"
  if git -C "$SRC" rev-parse --git-dir >/dev/null 2>&1; then
    git -C "$SRC" ls-files -z --cached --others --exclude-standard |
      (cd "$SRC" && tar --null --no-recursion -T - -cf -) | tar -xf - -C "$stage"
  else
    tar -C "$SRC" --exclude='./_build*' --exclude=./.flatpak-builder -cf - . | tar -xf - -C "$stage"
  fi
  echo "$stage"
}

build_and_install() {
  local stage start
  stage=$(stage_source)
  start=$(date +%s)
  # --disable-rofiles-fuse: no FUSE in the build root.
  (cd "$BUILDER_DIR" &&
     flatpak-builder --user --install --force-clean --disable-rofiles-fuse \
       --state-dir="$BUILDER_DIR/state" "$BUILDER_DIR/build" "$stage/flatpak/$APP_ID.json") \
    > "$BUILDER_DIR/build.log" 2>&1 || { diag "$(tail -n 30 "$BUILDER_DIR/build.log")"; return 1; }
  diag "flatpak-builder built and installed $APP_ID in $(seconds_since "$start") s"
}

sandboxed_instance_running() {
  flatpak ps --columns=application 2>/dev/null | grep -qx "$APP_ID"
}

# The app was started as a D-Bus service: some process of its sandbox runs with
# --gapplication-service (the sandbox's first process may be a helper).
sandbox_started_as_service() {
  local pid child
  for pid in $(flatpak ps --columns=child-pid,application | awk -v app="$APP_ID" '$2 == app { print $1 }'); do
    for child in "$pid" $(pgrep -P "$pid") $(pgrep -P "$pid" | xargs -r -n 1 pgrep -P); do
      tr '\0' '\n' < "/proc/$child/cmdline" 2>/dev/null | grep -qx -- --gapplication-service && return 0
    done
  done
  return 1
}

quit_app() {
  gdbus call --session --dest "$APP_ID" --object-path "$APP_PATH" \
    --method org.freedesktop.Application.ActivateAction quit '[]' '{}' >/dev/null 2>&1 || true
  wait_name_released "$APP_ID" || true
  flatpak kill "$APP_ID" 2>/dev/null || true
  stop_group "$run_pid"
  run_pid=
  local i=0
  while sandboxed_instance_running && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
}

content_type() {
  gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

check "the stand-in runtime is installed" flatpak --user info --show-ref org.gnome.Platform//48
check "the stand-in SDK is installed" flatpak --user info --show-ref org.gnome.Sdk//48
mkdir -p "$BUILDER_DIR"
check "flatpak-builder builds and installs the manifest" build_and_install
check "$APP_ID is installed" flatpak --user info --show-ref "$APP_ID"
exports=$FLATPAK_USER_DIR/exports/share
for exported in "applications/$APP_ID.desktop" "dbus-1/services/$APP_ID.service" \
                "mime/packages/$APP_ID.xml" "icons/hicolor/scalable/apps/$APP_ID.svg" \
                "metainfo/$APP_ID.metainfo.xml"; do
  check "exported: $exported" test -f "$exports/$exported"
done

# Only the Flatpak's exports and the system data describe the app. The session bus reads its
# service directories from XDG_DATA_DIRS when it starts.
export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache
export XDG_DATA_DIRS=$exports:/usr/local/share:/usr/share
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP
start_xvfb
start_session_bus

docs="$WORK/Kamer stukken ë"
mkdir -p "$docs"
text="$docs/vragen Defensie – «cloud» é.txt"
export_file="$docs/export «cloud» é.kamervragen"
cp "$SRC/data/samples/2025Z04271.txt" "$text"
"$KV_BINARY" --export json "$text" > "$export_file"

# 1. flatpak run, with read access to the document folder granted on the command line.
start=$(date +%s)
setsid flatpak run --filesystem="$docs:ro" "$APP_ID" "$text" > "$WORK/run.log" 2>&1 < /dev/null &
run_pid=$!
if wait_for_window "$EXAMPLE_SUBJECT" 60 >/dev/null; then
  ok "flatpak run shows a window titled “$EXAMPLE_SUBJECT” ($(seconds_since "$start") s)"
else
  not_ok "flatpak run shows a window titled “$EXAMPLE_SUBJECT”"
  diag "$(cat "$WORK/run.log")"
fi
check "flatpak run: the window belongs to the sandboxed app" sandboxed_instance_running
quit_app

# 2. Double-click: gio open finds the app through the exported MIME types and desktop file,
# and D-Bus starts it through the exported service file (flatpak run … --gapplication-service).
overridden=yes
check "flatpak override grants read access to the document folder" \
  flatpak override --user --filesystem="$docs:ro" "$APP_ID"
check "exported MIME types: the export is application/x-kamervragen+json" \
  [ "$(content_type "$export_file")" = application/x-kamervragen+json ]
check "exported desktop file: Kamervragen is the default application" \
  [ "$(gio mime application/x-kamervragen+json | sed -n '1s/.*: //p')" = "$APP_ID.desktop" ]
check "nothing runs before the double-click" [ -z "$(bus_name_pid "$APP_ID")" ]
start=$(date +%s)
check "gio open succeeds" gio open "$export_file"
if wait_for_window "$EXAMPLE_SUBJECT" 60 >/dev/null; then
  ok "gio open shows a window titled “$EXAMPLE_SUBJECT” ($(seconds_since "$start") s)"
else
  not_ok "gio open shows a window titled “$EXAMPLE_SUBJECT”"
fi
check "gio open: the window belongs to the sandboxed app" sandboxed_instance_running
check "gio open: the sandboxed app was started by D-Bus activation" sandbox_started_as_service
quit_app

finish
