#!/usr/bin/env bash
# The commentary benchmark: import, incremental import, search, export and memory, each beside a
# plain-SQLite reference (sqlite3, and sqlite-utils outside smoke mode). `make bench` runs it on the
# release binary and writes BENCHMARKS.md; `make bench-smoke` runs every step once on 200 articles
# and fails when a step fails or a search misses rows the corpus guarantees.
#
# Environment:
#   BENCH_ARTICLES  corpus size (default 10000)          BENCH_BIN    binary (default .build/release/commentary)
#   BENCH_SMOKE=1   one run of each step, no sqlite-utils, no ratio checks, no BENCHMARKS.md
#   BENCH_LARGE=1   also a 100k archive (incremental, search at both sizes) and a ~1 GB JSONL (memory)
#   BENCH_HUGE=1    BENCH_LARGE with 1,000,000 articles instead of 100,000 (hours; about 9 GB of archive)
#   BENCH_RUNS (5), BENCH_SEARCH_RUNS (7), BENCH_SEED (42),
#   BENCH_LARGE_ARTICLES (100000), BENCH_LARGE_JSONL_MB (1024)
# Needs python3 and the sqlite3 CLI. Work files go to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_ARTICLES:-10000}
BIN=${BENCH_BIN:-.build/release/commentary}
SMOKE=${BENCH_SMOKE:-0}
LARGE=${BENCH_LARGE:-0}
RUNS=${BENCH_RUNS:-5}
SEARCH_RUNS=${BENCH_SEARCH_RUNS:-7}
SEED=${BENCH_SEED:-42}
LARGE_N=${BENCH_LARGE_ARTICLES:-100000}
if [ "${BENCH_HUGE:-0}" = 1 ]; then LARGE=1; LARGE_N=${BENCH_HUGE_ARTICLES:-1000000}; fi
LARGE_MB=${BENCH_LARGE_JSONL_MB:-1024}
if [ "$SMOKE" = 1 ]; then RUNS=1; SEARCH_RUNS=1; LARGE=0; fi

OUT=bench/out
# The large corpus and archive are kept per size, so a 1,000,000-article run does not replace the
# 100,000-article one (each takes minutes to hours to build).
LARGE_CORPUS=$OUT/corpus-$LARGE_N
LARGE_DB=$OUT/big-$LARGE_N.sqlite
CORPUS=$OUT/corpus
DB=$OUT/ours.sqlite
EXP=$CORPUS/expected.json
RESULTS=$OUT/results.json
M="python3 bench/measure.py --results $RESULTS"
START=$SECONDS

say() { printf '\n### %s\n' "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }
# Single-quotes one word for the command strings measure.py splits with shlex.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
expected() { python3 -c "import json,sys; print(json.load(open('$EXP'))['queries'][sys.argv[1]][sys.argv[2]])" "$1" "${2:-articles}"; }

# --- tools -------------------------------------------------------------------------------------
command -v python3 >/dev/null || die "python3 is needed"
command -v sqlite3 >/dev/null || die "the sqlite3 CLI is needed (apt-get install sqlite3)"
[ -x "$BIN" ] || die "no binary at $BIN (make release, or set BENCH_BIN)"
if [ ! -x /usr/bin/time ] && [ "$SMOKE" != 1 ]; then   # smoke mode reads RSS from wait4 instead
  echo "installing GNU time (for peak RSS)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null || die "cannot install time"
fi
SU=""
if [ "$SMOKE" != 1 ]; then
  if [ ! -x bench/.venv/bin/sqlite-utils ]; then
    say "installing sqlite-utils into bench/.venv"
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install -q sqlite-utils >&2
  fi
  SU=bench/.venv/bin/sqlite-utils
fi

mkdir -p "$OUT"
rm -f "$RESULTS"
# A previous run's archives and 1 GB JSONL are all rebuilt below. Removed first, their gigabytes leave
# the page cache, where they made the kernel reclaim memory in the middle of the timed appends. The
# large archive goes only when this run builds it again (a 1,000,000-article one took 42 minutes).
rebuilt=(ours floor su inc inc-big jsonl big-jsonl none)
[ "$LARGE" = 1 ] && rebuilt+=("big-$LARGE_N")
for name in "${rebuilt[@]}"; do rm -f "$OUT/$name.sqlite" "$OUT/$name.sqlite-wal" "$OUT/$name.sqlite-shm"; done
rm -f "$OUT/big.jsonl"
$M meta nproc "$(nproc)"
$M meta memory "$(free -h | awk '/^Mem:/ {print $2}')"
$M meta sqlite_version "$(sqlite3 --version | cut -d' ' -f1-2)"
$M meta binary "$BIN ($(stat -c '%y' "$BIN" | cut -d. -f1))"
$M meta load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
$M meta runs "$RUNS"
$M meta search_runs "$SEARCH_RUNS"
$M meta smoke "$SMOKE"

# --- 1. corpus ---------------------------------------------------------------------------------
say "1. corpus: $N articles (seed $SEED)"
STAMP="$N $SEED $(sha1sum bench/generate.py | cut -c1-12)"
if [ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$CORPUS"
  python3 bench/generate.py --out "$CORPUS" --articles "$N" --seed "$SEED"
  echo "$STAMP" > "$CORPUS/.stamp"
else
  echo "reusing $CORPUS" >&2
fi
$M meta jsonl_mb "$(python3 -c "import os; print(os.path.getsize('$CORPUS/corpus.jsonl') / 1e6)")"

# --- 2. import ---------------------------------------------------------------------------------
say "2. import"
rm -f "$DB" "$DB"-wal "$DB"-shm
summary=$("$BIN" import --db "$DB" "$CORPUS/txt" 2>&1 >/dev/null | tail -1)
echo "$summary" >&2
[[ "$summary" == "imported $N, duplicates 0, updated 0, failed 0, "* ]] || die "import summary: $summary"
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null

$M floor-prepare --db "$DB" --dir "$OUT/floor" --script "$OUT/floor/floor.sql"
import_cmds=(--setup ours "rm -f $DB $DB-wal $DB-shm" --cmd ours "$BIN import --quiet --db $DB $CORPUS/txt"
             --setup floor "rm -f $OUT/floor.sqlite*" --cmd floor "sqlite3 $OUT/floor.sqlite < $OUT/floor/floor.sql")
if [ -n "$SU" ]; then
  import_cmds+=(--setup sqlite-utils "rm -f $OUT/su.sqlite*"
                --cmd sqlite-utils "$SU insert $OUT/su.sqlite paragraphs $OUT/floor/paragraphs.csv --csv && $SU enable-fts $OUT/su.sqlite paragraphs text")
fi
$M bench import --runs "$RUNS" --rss time "${import_cmds[@]}"
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
$M check-same-rows --db "$DB" --db "$OUT/floor.sqlite"
$M sizes --db "$DB" --key "$N"

rm -f "$OUT/none.sqlite"
# CPU-bound: flush the imports' writes first, so the kernel's writeback does not share the cores.
$M bench extract --runs "$RUNS" --setup dry-run "sync" --cmd dry-run "$BIN import --dry-run --quiet --db $OUT/none.sqlite $CORPUS/txt"
[ ! -e "$OUT/none.sqlite" ] || die "import --dry-run created $OUT/none.sqlite"

# --- 3. incremental ----------------------------------------------------------------------------
say "3. incremental"
# Each append starts from a fresh copy of the same archive. An append ends by folding its
# write-ahead log into the main file (every writing command checkpoints before it exits, so the
# .sqlite file alone is the archive), so that fold is part of the timed append, as it is for a user;
# and the archive it changed must be copied again before the next run. The copy is synced and read
# back before the clock starts, so both sizes start from the page cache with no writeback pending.
append_setup() { # NAME SOURCE: the setup command restoring the archive copy for one series of appends
  local copy="$OUT/$1.sqlite"
  printf '%s' "rm -f $copy $copy-wal $copy-shm; cp $2 $copy; sync; cat $copy >/dev/null"
}
inc_cmds=(--setup append-base "$(append_setup inc "$DB")"
          --cmd append-base "$BIN import --quiet --db $OUT/inc.sqlite $CORPUS/append")
if [ "$LARGE" = 1 ]; then
  say "3b. building the $LARGE_N-article archive"
  LARGE_STAMP="$LARGE_N $N $SEED $(sha1sum bench/generate.py | cut -c1-12)"
  if [ "$(cat "$LARGE_CORPUS/.stamp" 2>/dev/null)" != "$LARGE_STAMP" ]; then
    rm -rf "$LARGE_CORPUS"
    python3 bench/generate.py --out "$LARGE_CORPUS" --articles "$LARGE_N" --first "$N" --seed "$SEED" --txt-only
    echo "$LARGE_STAMP" > "$LARGE_CORPUS/.stamp"
  else
    echo "reusing $LARGE_CORPUS" >&2
  fi
  $M meta large_articles "$LARGE_N"
  $M bench large-import --runs 1 --rss time --setup ours "rm -f $LARGE_DB*" \
    --cmd ours "$BIN import --quiet --db $LARGE_DB $CORPUS/txt $LARGE_CORPUS/txt"
  sqlite3 "$LARGE_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  $M sizes --db "$LARGE_DB" --key "$LARGE_N"
  inc_cmds+=(--setup append-large "$(append_setup inc-big "$LARGE_DB")"
             --cmd append-large "$BIN import --quiet --db $OUT/inc-big.sqlite $CORPUS/append")
fi
# Appends are short and touch the disk: more runs, so the median is not one noisy run.
INC_RUNS=$RUNS
[ "$SMOKE" = 1 ] || INC_RUNS=$((RUNS > 9 ? RUNS : 9))
$M meta inc_runs "$INC_RUNS"
$M bench incremental --runs "$INC_RUNS" "${inc_cmds[@]}"
added=$(sqlite3 "$OUT/inc.sqlite" "SELECT count(*) FROM articles")
want=$((N + $(python3 -c "import json; print(json.load(open('$EXP'))['append_articles'])")))
[ "$added" = "$want" ] || die "after the append the archive has $added articles, expected $want"

# --- 4. search ---------------------------------------------------------------------------------
say "4. search"
mkdir -p "$OUT/ref"
# Process start alone, the fixed part of every search below.
$M bench startup --runs "$SEARCH_RUNS" --cmd ours "$BIN --version" --cmd sqlite3 "sqlite3 --version"
# Each query type of issue 16 beside SQLite's own article-level query (bench/search.sh).
source bench/search.sh
search_all "$DB" "" "$EXP"
if [ "$LARGE" = 1 ]; then
  say "4b. search on the $LARGE_N-article archive"
  search_all "$LARGE_DB" "@large" "$LARGE_CORPUS/expected.json"
fi

# --- 5. export ---------------------------------------------------------------------------------
say "5. export"
EXPORT_SQL="SELECT p.article_id, a.source, p.position, p.kind, p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id ORDER BY p.article_id, p.position"
$M bench export --runs "$RUNS" \
  --cmd ours "$BIN export paragraphs --db $DB --format csv > /dev/null" \
  --cmd sqlite3 "sqlite3 -csv -header $DB $(q "$EXPORT_SQL") > /dev/null"
$M check-export --ours "$BIN export paragraphs --db $DB --format csv" --ref "sqlite3 -csv -header $DB $(q "$EXPORT_SQL")"

# --- 6. memory ---------------------------------------------------------------------------------
say "6. memory"
$M bench memory --runs "$RUNS" --rss time --setup jsonl "rm -f $OUT/jsonl.sqlite*" \
  --cmd jsonl "$BIN import --quiet --db $OUT/jsonl.sqlite $CORPUS/corpus.jsonl"
got=$(sqlite3 "$OUT/jsonl.sqlite" "SELECT count(*) FROM articles")
[ "$got" = "$N" ] || die "corpus.jsonl import stored $got articles, expected $N"
if [ "$LARGE" = 1 ]; then
  python3 bench/generate.py --big-jsonl "$OUT/big.jsonl" --megabytes "$LARGE_MB" --articles "$N" --seed "$SEED"
  $M meta big_jsonl_mb "$(python3 -c "import os; print(os.path.getsize('$OUT/big.jsonl') / 1e6)")"
  $M bench memory-large --runs 1 --rss time --setup jsonl "rm -f $OUT/big-jsonl.sqlite*" \
    --cmd jsonl "$BIN import --quiet --db $OUT/big-jsonl.sqlite $OUT/big.jsonl"
fi

# --- 7. report ---------------------------------------------------------------------------------
$M meta load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
say "7. results ($((SECONDS - START)) s)"
if [ "$SMOKE" = 1 ]; then
  $M report --expected "$EXP" --smoke
  echo "bench smoke: passed in $((SECONDS - START)) s" >&2
else
  $M report --expected "$EXP" --write BENCHMARKS.md
fi
