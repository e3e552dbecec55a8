#!/usr/bin/env bash
# bench-startup.sh BUILD_DIR - start-up time and memory of Kamervragen showing a document, against
# the floor (kv-bench-floor: a bare libadwaita window of the same shape) in the same run, under
# Xvfb; then the time to filter 10,000 questions per keystroke. Prints medians of RUNS runs
# (default 11) and the ratios to the floor. Use a release build (build-aux/dev bench does).
set -euo pipefail

BUILD=$(cd "$1" && pwd)
RUNS=${RUNS:-11}
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$BUILD/tests/bench

# Inside Xvfb and a private bus.
if [ "${2:-}" = --measure ]; then
  docs=$(mktemp -d)
  trap 'rm -rf "$docs"' EXIT
  cp "$SRC/data/samples/2025Z04271.txt" "$docs/example.txt"
  "$BENCH/bench-reader" --write 1000 "$docs/questions-1000.txt"
  "$BENCH/bench-reader" --write 10000 "$docs/questions-10000.txt"

  # One "name key=value…" line per run, floor and app taking turns.
  for doc in example questions-1000 questions-10000; do
    for _ in $(seq "$RUNS"); do
      echo "floor $doc $("$BENCH/kv-launch-timer" -- "$BENCH/kv-bench-floor" "$docs/$doc.txt")"
      echo "app $doc $("$BENCH/kv-launch-timer" -- "$BUILD/src/kamervragen" "$docs/$doc.txt")"
    done
  done > "$docs/runs"

  awk '
    function median(list, n,    i, j, t) {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j-1] > list[j]; j--) { t = list[j]; list[j] = list[j-1]; list[j-1] = t }
      return n % 2 ? list[(n+1)/2] : (list[n/2] + list[n/2+1]) / 2
    }
    {
      key = $1 " " $2; n[key]++
      for (i = 3; i <= NF; i++) { split($i, kv, "="); value[key, kv[1], n[key]] = kv[2] }
    }
    END {
      printf "%-16s %-6s %9s %9s %10s %8s %9s %10s\n", "document", "", "first ms", "frame ms", "settled ms", "redraws", "complete", "peak MiB"
      split("example questions-1000 questions-10000", docs, " ")
      for (d = 1; d <= 3; d++) {
        for (w = 1; w <= 2; w++) {
          who = w == 1 ? "floor" : "app"; key = who " " docs[d]
          split("first_ms frame_ms settled_ms redraws peak_rss_kb", fields, " ")
          for (f = 1; f <= 5; f++) {
            for (r = 1; r <= n[key]; r++) list[r] = value[key, fields[f], r]
            m[who, fields[f]] = median(list, n[key])
          }
          complete = 0
          for (r = 1; r <= n[key]; r++) if (value[key, "complete", r] == "yes") complete++
          printf "%-16s %-6s %9.0f %9.0f %10.0f %8.0f %6d/%-2d %10.1f\n", docs[d], who, m[who, "first_ms"], m[who, "frame_ms"],
                 m[who, "settled_ms"], m[who, "redraws"], complete, n[key], m[who, "peak_rss_kb"] / 1024
        }
        printf "%-16s %-6s %8.2fx %8.2fx %9.2fx %8s %9s %9.2fx\n", docs[d], "ratio", m["app", "first_ms"] / m["floor", "first_ms"],
               m["app", "frame_ms"] / m["floor", "frame_ms"], m["app", "settled_ms"] / m["floor", "settled_ms"], "", "",
               m["app", "peak_rss_kb"] / m["floor", "peak_rss_kb"]
      }
    }' "$docs/runs"

  echo
  "$BENCH/bench-filter" "$docs/questions-10000.txt"
  exit 0
fi

export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$BUILD/data GSK_RENDERER=${GSK_RENDERER:-cairo}
echo "Start-up under Xvfb, $RUNS runs each, medians (GSK_RENDERER=$GSK_RENDERER):"
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" "$BUILD" --measure 2>/dev/null
