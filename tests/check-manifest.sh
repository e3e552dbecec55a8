#!/bin/sh
# check-manifest.sh MANIFEST APP_ID - the Flatpak manifest is valid JSON, is for
# our app, and asks for no file system or network access.
set -eu
manifest=$1 app_id=$2
json-glib-validate "$manifest"
grep -q "\"app-id\": \"$app_id\"" "$manifest" || { echo "app-id is not $app_id" >&2; exit 1; }
if grep -Eq -- '--filesystem|--share=network' "$manifest"; then
  echo "the manifest asks for file system or network access" >&2
  exit 1
fi
echo "ok: $manifest"
