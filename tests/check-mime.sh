#!/bin/sh
# check-mime.sh MIME_XML - shared-mime-info accepts our MIME types.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/packages"
cp "$1" "$dir/packages/"
update-mime-database "$dir"
grep -q 'application/x-kamervragen+json' "$dir/types"
echo "ok: $1"
