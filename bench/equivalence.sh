#!/usr/bin/env bash
# Imports a corpus with one binary and exports every table in every format, so two builds can be
# compared byte for byte: a refactoring must leave every exported table unchanged.
#
#   bash bench/equivalence.sh BINARY OUTDIR INPUT...
#   diff -r OUTDIR_BEFORE OUTDIR_AFTER && echo identical
#
# The archive's own metadata (import times, tool version) is left out: only what extraction stored.
set -euo pipefail
bin=$1 out=$2
shift 2
rm -rf "$out" && mkdir -p "$out"
db="$out/archive.sqlite"
"$bin" import --db "$db" --quiet "$@" 2>"$out/import.stderr" || true
for table in articles paragraphs captions entities mentions dates; do
  for format in csv jsonl; do
    "$bin" export --db "$db" --format "$format" "$table" > "$out/$table.$format"
  done
done
"$bin" export --db "$db" --format csv --query "China OR Russia OR minister" hits > "$out/hits.csv"
rm -f "$db" "$db-wal" "$db-shm"
# Import times differ from run to run; the rest of each row must not.
sed -i -E 's/,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z(,|$)/,IMPORTED\1/g' "$out"/articles.csv
sed -i -E 's/"(imported_at|updated_at)":"[^"]*"/"\1":"IMPORTED"/g' "$out"/articles.jsonl
wc -l "$out"/*.csv | tail -1
