#!/bin/sh
# check-po.sh PO - a translation has no untranslated or fuzzy messages.
set -eu
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$1" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "$1 is incomplete" >&2; exit 1 ;;
esac
