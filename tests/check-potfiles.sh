#!/bin/sh
# check-potfiles.sh SOURCE_DIR - po/POTFILES.in lists exactly the files that
# have translatable strings.
set -eu
cd "$1"
listed=$(mktemp)
trap 'rm -f "$listed"' EXIT
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$listed"
missing=$( (grep -rlE '(^|[^a-z_])(N?_|C_|g_dngettext) ?\(' src --include='*.c';
            grep -rl 'translatable="yes"' data --include='*.ui';
            ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml data/*.mime.xml) |
           sort -u | comm -23 - "$listed")
status=0
if [ -n "$missing" ]; then
  echo "not in po/POTFILES.in:"; echo "$missing"; status=1
fi
while read -r f; do
  [ -f "$f" ] || { echo "listed in po/POTFILES.in but missing: $f"; status=1; }
done < "$listed"
[ $status = 0 ] && echo "ok: po/POTFILES.in lists $(wc -l < "$listed") files"
exit $status
