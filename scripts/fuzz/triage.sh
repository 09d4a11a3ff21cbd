#!/usr/bin/env bash
# Replays every saved crash (.build-fuzz/crashes/TARGET/*) with the ordinary debug build of its
# target, which prints a Swift backtrace, and groups the crashes by their message and the first
# frame in the project's own code: one line per distinct crash, with its shortest input.
set -uo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
for dir in .build-fuzz/crashes/*/; do
    target=$(basename "$dir")
    [ -n "$(ls "$dir")" ] || continue
    nice -n 10 "$SWIFT" build --product "$target" >/dev/null 2>&1 || { echo "triage: cannot build $target" >&2; exit 1; }
    for file in "$dir"*; do
        output=$(SWIFT_BACKTRACE=enable=yes,interactive=no,color=no timeout 60 ".build/debug/$target" "$file" 2>&1)
        # The message up to its first detail ("date value not ISO: DateMention(…)" → "date value not ISO").
        message=$(grep -m1 -o "Fatal error: .*\|Precondition failed: .*\|Assertion failed: .*" <<<"$output" | cut -d: -f1-2 | cut -c1-120)
        [ -n "$message" ] || message=$(grep -q "ran without a crash" <<<"$output" && echo "no crash on replay" || echo "crashed: $(tail -1 <<<"$output" | cut -c1-80)")
        # The first frame in the library; for a broken rule (ArticleChecks), the check that found it.
        frame=$(grep -m1 "at /.*/Sources/Commentary/" <<<"$output" | sed -E 's/^.*0x[0-9a-f]+ //; s/ \+ [0-9]+ in [^ ]+ at .*\/Sources\// @ /')
        [ -n "$frame" ] || frame=$(grep -m1 "at /.*/Sources/FuzzSupport/" <<<"$output" | sed -E 's/^.*0x[0-9a-f]+ //; s/ \+ [0-9]+ in [^ ]+ at .*\/Sources\// @ /')
        printf '%s\t%s\t%s\t%s\t%s\n' "$target" "$message" "${frame:-?}" "$(wc -c <"$file")" "$file"
    done
done | sort -t$'\t' -k1,3 -k4n | awk -F'\t' '
    { key = $1 FS $2 FS $3; if (!(key in seen)) { seen[key] = $5; size[key] = $4; order[++n] = key } count[key]++ }
    END { for (i = 1; i <= n; i++) { k = order[i]; split(k, f, FS)
        printf "%s: %s\n    at %s\n    %d file(s); shortest (%d bytes): %s\n", f[1], f[2], f[3], count[k], size[k], seen[k] } }'
