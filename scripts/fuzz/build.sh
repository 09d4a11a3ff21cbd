#!/usr/bin/env bash
# Builds the fuzz targets into .build-fuzz/ (debug, AddressSanitizer, libFuzzer coverage).
#
# SwiftPM's own `--sanitize=fuzzer` cannot build this package: it compiles every executable with
# -parse-as-library and links libFuzzer's main into each, and the migrations plugin's tool
# (Sources/EmbedFiles/main.swift) is a plain program built the same way. So the frontend alone
# gets -sanitize=fuzzer (coverage instrumentation, nothing linked), the driver gets
# --sanitize=address, and the fuzz targets link libFuzzer without its main
# (libclang_rt.fuzzer_no_main from the toolchain), starting it through LLVMFuzzerRunDriver
# (FuzzHarness.run, compiled in with -DFUZZING).
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
TARGETS=${FUZZ_TARGETS:-FuzzText FuzzHTML FuzzJSON FuzzNormalize FuzzCSVDOCX}

swiftc=$(command -v swiftc)
toolchain=$(dirname "$(dirname "$(readlink -f "$swiftc")")")
libfuzzer=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1)
if [ -z "$libfuzzer" ]; then
    echo "fuzz: libclang_rt.fuzzer_no_main not found under $toolchain/lib/clang (a swift.org Linux toolchain has it)" >&2
    exit 1
fi

mkdir -p .build-fuzz
start=$(date +%s)
for target in $TARGETS; do
    # ld.gold warns once per AddressSanitizer symbol it cannot export: thousands of lines, dropped.
    status=0
    nice -n 10 "$SWIFT" build --scratch-path .build-fuzz --product "$target" \
        --sanitize=address -Xswiftc -DFUZZING -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer \
        -Xlinker "$libfuzzer" -Xlinker -lstdc++ >.build-fuzz/build.log 2>&1 || status=$?
    grep -v "Cannot export local symbol" .build-fuzz/build.log || true
    if [ "$status" -ne 0 ]; then echo "fuzz: building $target failed" >&2; exit 1; fi
done
echo "fuzz: built $TARGETS in $(( $(date +%s) - start )) s"
