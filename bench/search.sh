#!/usr/bin/env bash
# The search step of the bench: each query type of issue 16 (phrase, compound, one common word, two
# common words, one rare word, a prefix, a filtered query) on one archive, beside SQLite's own
# article-level query on the same rows (bench/reference.sql, checked to return the same articles),
# whole processes alternated run by run.
#
# bench/run.sh sources it. Run alone, it measures an archive already built (the 1,000,000-article
# rows of BENCHMARKS.md came this way, after one `commentary import` of bench/generate.py's corpus):
#
#   bash bench/search.sh ARCHIVE EXPECTED.json [KEY_SUFFIX]
#   e.g. bash bench/search.sh bench/out/big-1000000.sqlite bench/out/corpus-1000000/expected.json @huge
#
# Environment when run alone: BENCH_BIN (.build/release/commentary), BENCH_SEARCH_RUNS (7),
# BENCH_RESULTS (bench/out/results-search.json; bench/measure.py adds to it, `report` or the
# figures' p50 and p95 come from it), BENCH_SEARCH_ALL (0: set 1 to also compare every matching
# article, which takes minutes at 1,000,000 articles).

# The default scope as a column filter of the article index, as commentary writes it.
IN='{title body caption editor_note} : '

# DB, key suffix, expected.json, name, plain query, its FTS5 expression over articles_fts (what the
# reference matches), reference filter, extra options
search_step() {
  local db=$1 suffix=$2 exp=$3 name=$4 query=$5 fts=$6 filter=$7; shift 7
  local extra="" arg
  for arg in "$@"; do extra+=" $(q "$arg")"; done
  local ref_sql="$OUT/ref/$name$suffix"
  mkdir -p "$OUT/ref"
  $M render-ref --template bench/reference.sql --match "$fts" --filter "$filter" --limit 20 --out "$ref_sql.sql"
  local ours="$BIN search --db $db --format json --limit 20 $(q "$query")$extra"
  local ref="sqlite3 -readonly $db < $ref_sql.sql"
  local cmds=(--cmd ours "$ours" --cmd sqlite3 "$ref")
  local want
  want=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['queries'][sys.argv[2]]['articles'])" "$exp" "$name")
  local checks=(--expected "$want")
  case $name in
    phrase|common) checks+=(--require-rows) ;;
    rare) checks+=(--require-rows --require-exact) ;;
  esac
  if [ "${SEARCH_ALL:-1}" = 1 ]; then
    $M render-ref --template bench/reference.sql --match "$fts" --filter "$filter" --limit -1 --out "$ref_sql-all.sql"
    checks+=(--ours-all "$BIN search --db $db --format json --limit 1000000 $(q "$query")$extra"
             --ref-all "sqlite3 -readonly $db < $ref_sql-all.sql")
  fi
  if [ -n "${SU:-}" ] && [ -z "$filter" ] && [ -z "$suffix" ]; then
    local su_fts=${fts#"$IN"}
    cmds+=(--cmd sqlite-utils "$SU search $OUT/su.sqlite paragraphs $(q "$su_fts") --limit 20")
    checks+=(--su "$SU search $OUT/su.sqlite paragraphs $(q "$su_fts") --limit 20")
  fi
  $M check-search "$name$suffix" --ours "$ours" --ref "$ref" "${checks[@]}"
  $M bench "search-$name$suffix" --runs "$SEARCH_RUNS" "${cmds[@]}"
}

# Each query type on one archive: DB, key suffix, expected.json (whose filter_author and
# filter_since the filtered query uses).
search_all() {
  local exp=$3 author since
  author=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['filter_author'])" "$exp")
  since=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['filter_since'])" "$exp")
  search_step "$@" phrase '"China-Russia Business Forum"' "$IN\"china russia business forum\"" ""
  search_step "$@" compound 'China-Russia Business Forum' "$IN(\"china russia\" AND \"business\" AND \"forum\")" ""
  search_step "$@" common cooperation "$IN\"cooperation\"" ""
  search_step "$@" two_common 'cooperation energy' "$IN(\"cooperation\" AND \"energy\")" ""
  search_step "$@" rare zyxquartz "$IN\"zyxquartz\"" ""
  search_step "$@" prefix 'coop*' "$IN(\"coop\" *)" ""
  search_step "$@" filtered cooperation "$IN\"cooperation\"" \
    "AND +rowid IN (SELECT a.id FROM articles a WHERE a.author LIKE '%$author%' AND a.published >= '$since')" \
    --since "$since" --author "$author"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  [ $# -ge 2 ] || { echo "usage: bash bench/search.sh ARCHIVE EXPECTED.json [KEY_SUFFIX]" >&2; exit 2; }
  OUT=bench/out
  BIN=${BENCH_BIN:-.build/release/commentary}
  SEARCH_RUNS=${BENCH_SEARCH_RUNS:-7}
  SEARCH_ALL=${BENCH_SEARCH_ALL:-0}
  M="python3 bench/measure.py --results ${BENCH_RESULTS:-$OUT/results-search.json}"
  q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
  search_all "$1" "${3:-}" "$2"
  $M bench "startup${3:-}" --runs "$SEARCH_RUNS" --cmd ours "$BIN --version" --cmd sqlite3 "sqlite3 --version"
fi
