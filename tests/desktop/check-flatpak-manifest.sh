#!/bin/sh
# check-flatpak-manifest.sh MANIFEST - flatpak-builder reads the manifest without a complaint.
# It fails only on syntax errors; an unknown key or a wrong type is a mere warning on stderr,
# so any output on stderr counts as a failure here.
set -eu
manifest=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# flatpak-builder may leave its state folder in the current directory.
cd "$dir"
flatpak-builder --show-manifest "$manifest" > "$dir/shown" 2> "$dir/errors"
if [ -s "$dir/errors" ]; then
  cat "$dir/errors" >&2
  echo "flatpak-builder complained about $manifest" >&2
  exit 1
fi
# It shows the manifest's app-id as "id".
grep -q '"id" *: *"io.github.kamervragen.Kamervragen"' "$dir/shown"
echo "ok: $manifest"
