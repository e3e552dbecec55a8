#!/bin/sh
# check-mime.sh MIME_XML - shared-mime-info accepts our MIME types. update-mime-database exits 0
# even when it rejects a rule, so anything it says counts as a failure.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/mime/packages"
cp "$1" "$home/mime/packages/"
complaints=$(XDG_DATA_HOME=$home update-mime-database "$home/mime" 2>&1)
if [ -n "$complaints" ]; then
  echo "$complaints" >&2
  exit 1
fi
grep -q 'application/x-kamervragen+json' "$home/mime/types"
grep -q 'application/x-officiele-publicatie+xml' "$home/mime/types"
echo "ok: $1"
