#!/usr/bin/env bash
# run-tests.sh BUILD_DIR - the whole test suite, headless: the regular build, the same suite
# again under AddressSanitizer and UndefinedBehaviorSanitizer, and a short run of each fuzzer.
# Runs in the build environment (see build-aux/dev); ends with "N passed, N failed".
set -uo pipefail

BUILD=$1
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ASAN_BUILD=$BUILD-asan
FUZZ_BUILD=$BUILD-fuzz
# A fixed seed and a cap on the inputs make each run try the same inputs, so that a pass here is a
# pass in CI; a slower machine stops earlier in the same sequence. KV_FUZZ_SEED=0 picks a random seed
# and a longer KV_FUZZ_SECONDS with a larger KV_FUZZ_RUNS searches further.
FUZZ_SECONDS=${KV_FUZZ_SECONDS:-30}
FUZZ_SEED=${KV_FUZZ_SEED:-1}
FUZZ_RUNS=${KV_FUZZ_RUNS:-15000}

passed=0
failed=0

say() { printf '\033[1m[kamervragen]\033[0m %s\n' "$*" >&2; }

# Adds meson's own counts ("Ok: N", "Fail: N", ...) from its summary to ours.
count_meson_results() {
  local log=$1 ok fail
  ok=$(sed -n 's/^Ok: *\([0-9]*\) *$/\1/p' "$log" | tail -1)
  fail=$(sed -n 's/^\(Fail\|Timeout\|Unexpected Pass\|Skipped\): *\([0-9]*\) *$/\2/p' "$log" |
         awk '{ sum += $1 } END { print sum + 0 }')
  if [ -z "$ok" ]; then
    say "meson test did not finish; counting it as a failure"
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + ok))
  failed=$((failed + ${fail:-0}))
}

# Every GTK test gets its own X server and session bus.
headless() {
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$@"
}

run_suite() {
  local build=$1 label=$2 log
  log=$build/meson-test-summary.log
  say "Running the test suite ($label)"
  headless meson test -C "$build" --print-errorlogs --num-processes 2 2>&1 | tee "$log"
  count_meson_results "$log"
}

run_fuzzers() {
  local corpus name artifacts
  say "Building the fuzzers with clang"
  # The options are set each time: a build folder someone configured otherwise cannot link fuzzers.
  if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
    CC=clang-19 meson setup "$FUZZ_BUILD" "$SRC" >/dev/null || { failed=$((failed + 1)); return; }
  fi
  if ! meson configure "$FUZZ_BUILD" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
         -Dbuildtype=debugoptimized >/dev/null ||
     ! meson compile -C "$FUZZ_BUILD" > "$FUZZ_BUILD/compile.log" 2>&1; then
    tail -20 "$FUZZ_BUILD/compile.log"
    echo "FAIL: the fuzzers could not be built"
    failed=$((failed + 1))
    return
  fi
  for fuzzer in "$FUZZ_BUILD"/tests/fuzz/fuzz-*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue   # not the objects' folders (fuzz-*.p)
    name=$(basename "$fuzzer")
    corpus=$(mktemp -d)
    cp "$SRC"/tests/data/* "$corpus"/ 2>/dev/null
    artifacts=$FUZZ_BUILD/artifacts/$name
    rm -rf "$artifacts" && mkdir -p "$artifacts"
    say "Fuzzing $name: seed $FUZZ_SEED, $FUZZ_RUNS inputs or $FUZZ_SECONDS s"
    if "$fuzzer" -seed="$FUZZ_SEED" -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
         -artifact_prefix="$artifacts/" "$corpus" > "$FUZZ_BUILD/$name.log" 2>&1; then
      echo "ok: $name ($(grep -c 'NEW\|REDUCE' "$FUZZ_BUILD/$name.log") new inputs)"
      passed=$((passed + 1))
    else
      tail -40 "$FUZZ_BUILD/$name.log"
      # CI keeps only this output, so the input itself is shown to make the failure reproducible.
      for artifact in "$artifacts"/*; do
        [ -f "$artifact" ] || continue
        echo "the failing input, $(basename "$artifact"), in base64:"
        head -c 65536 "$artifact" | base64 -w 0
        echo
      done
      echo "FAIL: $name; the failing input is in $artifacts/"
      failed=$((failed + 1))
    fi
    rm -rf "$corpus"
  done
}

# The Flatpak, for real but against a stand-in GNOME 48 runtime made from Debian 13 packages
# (build-aux/flatpak-stand-in.sh; its Debian trees come from build-aux/dev). One counted step.
# The time limits keep a hung build or sandbox within CI's budget.
run_flatpak() {
  local log=$BUILD/flatpak-test.log
  say "Installing the stand-in GNOME 48 runtime and SDK"
  if ! timeout 1200 "$SRC/build-aux/flatpak-stand-in.sh" install; then
    echo "FAIL: the stand-in Flatpak runtime could not be installed"
    failed=$((failed + 1))
    return
  fi
  say "Building, installing and running the Flatpak"
  if FLATPAK_USER_DIR=$("$SRC/build-aux/flatpak-stand-in.sh" user-dir) \
       timeout --kill-after=30 1200 "$SRC/tests/desktop/test-flatpak.sh" "$SRC" "$BUILD" 2>&1 | tee "$log"; then
    echo "ok: flatpak"
    passed=$((passed + 1))
  else
    echo "FAIL: flatpak (log: $log)"
    failed=$((failed + 1))
  fi
}

run_suite "$BUILD" "regular build"

say "Building with AddressSanitizer and UndefinedBehaviorSanitizer"
if [ ! -f "$ASAN_BUILD/build.ninja" ]; then
  meson setup "$ASAN_BUILD" "$SRC" -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
if meson compile -C "$ASAN_BUILD" >/dev/null; then
  # GTK, fontconfig and Mesa keep caches alive until exit; only real errors count here.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    run_suite "$ASAN_BUILD" "AddressSanitizer + UndefinedBehaviorSanitizer"
else
  say "The sanitizer build failed"
  failed=$((failed + 1))
fi

run_fuzzers

run_flatpak

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
