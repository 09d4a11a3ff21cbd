#!/usr/bin/env bash
# Runs each fuzz target for SECONDS on its corpus (.build-fuzz/corpus/TARGET), after
# scripts/fuzz/build.sh and scripts/fuzz/seeds.py. Crash, timeout and out-of-memory inputs are
# written to .build-fuzz/crashes/TARGET/; the exit status is 1 when any target found one.
#
#   bash scripts/fuzz/run.sh SECONDS            stop each target at its first crash (make fuzz-smoke)
#   bash scripts/fuzz/run.sh SECONDS --keep-going  go on after crashes, collecting them (make fuzz)
#
# --keep-going is libFuzzer's fork mode, whose first pass over the corpus leaves out inputs that
# crash without reporting them; the first mode runs every corpus input and stops at a crash.
#
# Each target's log is .build-fuzz/logs/TARGET.log; its last lines give the executions run.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: run.sh SECONDS [--keep-going]}
keep_going=${2:-}
TARGETS=${FUZZ_TARGETS:-FuzzText FuzzHTML FuzzJSON FuzzNormalize FuzzCSVDOCX}
# Per input: a slower one is reported as a timeout (a debug build with AddressSanitizer).
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-30}
# Longest input libFuzzer makes up; the seeds are articles of 2 to 7 kB.
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-8192}

mkdir -p .build-fuzz/logs
# libFuzzer reports crashes itself; the Swift backtracer under AddressSanitizer only adds noise.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

failed=()
for target in $TARGETS; do
    binary=.build-fuzz/debug/$target
    corpus=.build-fuzz/corpus/$target
    crashes=.build-fuzz/crashes/$target
    log=.build-fuzz/logs/$target.log
    mkdir -p "$corpus" "$crashes"
    [ -x "$binary" ] || { echo "fuzz: $binary missing (run scripts/fuzz/build.sh)" >&2; exit 2; }
    # A crash found again is written again under the same name: count what this run wrote.
    touch .build-fuzz/logs/.start-$target
    options=(-max_total_time="$seconds" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=4096 -max_len="$FUZZ_MAX_LEN"
        -artifact_prefix="$crashes/" -print_final_stats=1)
    # Words the code compares input with (scripts/fuzz/seeds.py writes them).
    [ -f ".build-fuzz/dict/$target.dict" ] && options+=(-dict=".build-fuzz/dict/$target.dict")
    if [ "$keep_going" = "--keep-going" ]; then
        options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    status=0
    nice -n 10 "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    found=$(find "$crashes" -type f -newer .build-fuzz/logs/.start-$target | wc -l)
    # Executions: the final stats line (single process) or the last progress line (fork mode).
    runs=$(grep -o "stat::number_of_executed_units: [0-9]*" "$log" | tail -1 | grep -o "[0-9]*$")
    [ -n "$runs" ] || runs=$(grep -o "^#[0-9]*" "$log" | tail -1 | tr -d '#')
    echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, $found crash file(s) written, exit $status (log $log)"
    if [ "$found" -gt 0 ] || { [ "$status" -ne 0 ] && [ "$keep_going" != "--keep-going" ]; }; then
        failed+=("$target")
        grep -m1 -A3 "Fatal error\|ERROR: AddressSanitizer\|ERROR: libFuzzer" "$log" | sed 's/^/    /'
        find "$crashes" -type f -newer .build-fuzz/logs/.start-$target | head -3 | sed "s|^|    |"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]}; reproduce one with: swift build --product TARGET && .build/debug/TARGET CRASH-FILE" >&2
    exit 1
fi
echo "fuzz: no crash"
