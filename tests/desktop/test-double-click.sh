#!/usr/bin/env bash
# test-double-click.sh BINARY DESKTOP_FILE SERVICE_FILE MIME_XML DATA_DIR
#
# "Double-clicks" documents the way a file manager does: installs the desktop
# file, the D-Bus service file and the MIME types into a temporary
# XDG_DATA_HOME, then runs `gio open` on an official XML publication, a JSON
# export and (once text/plain defaults to Kamervragen) the example text, each
# with spaces and non-ASCII characters in its name. Each open must start
# Kamervragen through D-Bus activation, and a window titled with the
# document's subject must appear. A second open of an open document must
# present its window rather than open another one.
set -eu -o pipefail

# meson passes build outputs relative to the build directory.
BINARY=$(realpath "$1") DESKTOP_FILE=$(realpath "$2") SERVICE_FILE=$(realpath "$3")
MIME_XML=$(realpath "$4") DATA_DIR=$(realpath "$5")
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.kamervragen.Kamervragen
APP_PATH=/io/github/kamervragen/Kamervragen
EXAMPLE_SUBJECT="het werkbezoek van de Staatssecretaris van Defensie aan Microsoft en Amazon"
export KV_BINARY=$BINARY

. "$HERE/desktop-lib.sh"

make_work_dir
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# The XDG variables must be set before the session bus starts (see
# start_session_bus). XDG_DATA_DIRS keeps the system MIME database, which
# knows text/plain and application/xml.
export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache
export XDG_DATA_DIRS=/usr/local/share:/usr/share
unset XDG_CURRENT_DESKTOP

# Installs the app as a package would, but with the binary from the build
# tree: GIO accepts a desktop file only if its Exec program is on PATH, and
# dbus-daemon starts the service file's Exec line.
install_app() {
  mkdir -p "$WORK/bin" "$XDG_DATA_HOME/applications" "$XDG_DATA_HOME/dbus-1/services" \
           "$XDG_DATA_HOME/mime/packages" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
  ln -s "$BINARY" "$WORK/bin/kamervragen"
  export PATH=$WORK/bin:$PATH
  cp "$DESKTOP_FILE" "$XDG_DATA_HOME/applications/$APP_ID.desktop"
  sed "s|^Exec=[^ ]*|Exec=$WORK/bin/kamervragen|" "$SERVICE_FILE" \
    > "$XDG_DATA_HOME/dbus-1/services/$APP_ID.service"
  cp "$MIME_XML" "$XDG_DATA_HOME/mime/packages/$APP_ID.xml"
}

content_type() {
  gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

default_app() {
  gio mime "$1" | sed -n '1s/.*: //p'
}

app_pid() {
  bus_name_pid "$APP_ID"
}

# The app was started by dbus-daemon as a D-Bus service, not through the
# desktop file's Exec line (which GIO falls back to without a bus).
started_by_activation() {
  local pid
  pid=$(app_pid)
  [ -n "$pid" ] && tr '\0' '\n' < "/proc/$pid/cmdline" | grep -qx -- --gapplication-service
}

quit_app() {
  gdbus call --session --dest "$APP_ID" --object-path "$APP_PATH" \
    --method org.freedesktop.Application.ActivateAction quit '[]' '{}' >/dev/null 2>&1 || true
  wait_name_released "$APP_ID"
}

one_window_titled() {
  [ "$(windows_titled "$1" | wc -l)" -eq 1 ]
}

# double_click LABEL FILE SUBJECT: a fresh `gio open` of FILE, with the app not
# running, must activate it and show a window titled SUBJECT.
double_click() {
  local label=$1 file=$2 subject=$3
  check "$label: nothing is running before the double-click" [ -z "$(app_pid)" ]
  check "$label: gio open succeeds" gio open "$file"
  if wait_for_window "$subject" 20 >/dev/null; then
    ok "$label: a window titled “$subject” appears"
  else
    not_ok "$label: a window titled “$subject” appears"
    diag "visible windows: $(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|')"
  fi
  check "$label: Kamervragen was started by D-Bus activation (--gapplication-service)" started_by_activation
  check "$label: exactly one window shows the document" one_window_titled "$subject"
}

install_app
# update-mime-database reports errors in a package (such as a malformed rule,
# which it then drops) on stderr but still exits with 0.
mime_database_is_clean() {
  local errors
  errors=$(update-mime-database "$XDG_DATA_HOME/mime" 2>&1 >/dev/null) || return 1
  [ -z "$errors" ] || { diag "$errors"; return 1; }
}

check "update-mime-database accepts the MIME types" mime_database_is_clean
check "update-desktop-database" update-desktop-database "$XDG_DATA_HOME/applications"
start_xvfb
start_session_bus
check "the session bus can activate $APP_ID" \
  sh -c "gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
           --method org.freedesktop.DBus.ListActivatableNames | grep -q \"'$APP_ID'\""

# The documents live in a folder and under names with spaces and non-ASCII
# characters, which must survive the URI round trip through GIO and D-Bus.
docs="$WORK/Kamer stukken ë"
mkdir -p "$docs"
text="$docs/vragen Defensie – «cloud» é.txt"
export_file="$docs/export «cloud» é.kamervragen"
xml="$docs/officiële publicatie – «vragen».xml"
xml_unnamed="$docs/officiële publicatie – «vragen»"
cp "$DATA_DIR/2025Z04271.txt" "$text"
"$BINARY" --export json "$text" > "$export_file"

# The official XML: a constructed publication from tests/data if there is one,
# else any test document whose content the MIME database recognises as
# official XML (by its root element).
find_official_xml() {
  local f
  for f in "$DATA_DIR"/constructed-kv-tk-*.xml "$DATA_DIR"/*.xml; do
    [ -f "$f" ] || continue
    cp "$f" "$WORK/sniff"
    if [ "$(content_type "$WORK/sniff")" = application/x-officiele-publicatie+xml ]; then
      echo "$f"
      return 0
    fi
  done
  return 1
}

# Official XML. Its subject comes from the app's own reading of the file, so
# this part needs the official XML reader (issue 5).
official_xml() {
  local source xml_subject
  if ! source=$(find_official_xml); then
    not_ok "official XML: tests/data has an official publication (constructed-kv-tk-*.xml, issue 5)"
    return
  fi
  diag "official XML: $(basename "$source")"
  cp "$source" "$xml_unnamed"
  cp "$source" "$xml"
  if ! xml_subject=$(document_subject "$xml") || [ -z "$xml_subject" ]; then
    not_ok "official XML: Kamervragen reads the publication's subject (needs issue 5's XML reader)"
    return
  fi
  # Without a telling name, the root element decides the type, and the type
  # makes Kamervragen the default application.
  check "official XML: recognised by its root element" \
    [ "$(content_type "$xml_unnamed")" = application/x-officiele-publicatie+xml ]
  check "official XML: Kamervragen is the default application" \
    [ "$(default_app application/x-officiele-publicatie+xml)" = "$APP_ID.desktop" ]
  double_click "official XML" "$xml_unnamed" "$xml_subject"
  check "official XML: Kamervragen quits when asked" quit_app
  # GIO trusts a single glob match, so a *.xml name is application/xml
  # whatever its root element; Kamervragen then opens it once it is chosen
  # for XML, as "Open With" does.
  diag "official XML named *.xml has content type $(content_type "$xml")"
  check "official XML named *.xml: gio mime makes Kamervragen the default for application/xml" \
    gio mime application/xml "$APP_ID.desktop"
  double_click "official XML named *.xml" "$xml" "$xml_subject"
  check "official XML named *.xml: Kamervragen quits when asked" quit_app
}

official_xml

# The app's own JSON format, recognised by its extension.
check "JSON export: content type is application/x-kamervragen+json" \
  [ "$(content_type "$export_file")" = application/x-kamervragen+json ]
check "JSON export: Kamervragen is the default application" \
  [ "$(default_app application/x-kamervragen+json)" = "$APP_ID.desktop" ]
double_click "JSON export" "$export_file" "$EXAMPLE_SUBJECT"
check "JSON export: Kamervragen quits when asked" quit_app

# Plain text opens in Kamervragen once the user made it the default.
check "text: content type is text/plain" [ "$(content_type "$text")" = text/plain ]
check "text: gio mime makes Kamervragen the default for text/plain" \
  gio mime text/plain "$APP_ID.desktop"
check "text: Kamervragen is the default application" [ "$(default_app text/plain)" = "$APP_ID.desktop" ]
double_click "text" "$text" "$EXAMPLE_SUBJECT"

# A second double-click on the open document presents its window.
first_pid=$(app_pid)
check "text again: gio open succeeds" gio open "$text"
sleep 1
check "text again: the running instance handled it" [ "$(app_pid)" = "$first_pid" ]
check "text again: still exactly one window shows the document" one_window_titled "$EXAMPLE_SUBJECT"
check "text: Kamervragen quits when asked" quit_app

finish
