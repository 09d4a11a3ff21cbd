#!/usr/bin/env bash
# `make bench-web CORPUS=DIR`: the HTML reader's article bodies beside trafilatura's on a corpus of
# real pages (DIR/NAME.html with the expected body in DIR/NAME.txt; bench/web/corpus.py builds one
# from a public test set), scored by bench/web/score.py and written into BENCHMARKS.md; where the set
# states each page's headline, author and date (NAME.meta.json), those too (bench/web/metadata.py).
#
# Environment: CORPUS (required), BENCH_BIN (default .build/release/commentary),
#   BENCH_WEB_RUNS (3: time per page is the median run), BENCH_WEB_WRITE (1: write BENCHMARKS.md).
# trafilatura comes from PyPI into bench/out/web-venv. Work files go to bench/out/web/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."

CORPUS=${CORPUS:?set CORPUS=DIR (NAME.html + NAME.txt pairs; see bench/web/corpus.py)}
BIN=${BENCH_BIN:-.build/release/commentary}
RUNS=${BENCH_WEB_RUNS:-3}
WRITE=${BENCH_WEB_WRITE:-1}
OUT=bench/out/web
VENV=bench/out/web-venv
TRAFILATURA_VERSION=2.0.0

die() { echo "bench-web: $*" >&2; exit 1; }
[ -d "$CORPUS" ] || die "no corpus folder $CORPUS"
[ -x "$BIN" ] || die "no binary at $BIN (make release, or set BENCH_BIN)"
command -v python3 >/dev/null || die "python3 is needed"
mapfile -t PAGES < <(find "$CORPUS" -maxdepth 1 -name '*.html' | sort)
[ "${#PAGES[@]}" -gt 0 ] || die "no .html pages in $CORPUS"
N=${#PAGES[@]}

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
  echo "installing trafilatura $TRAFILATURA_VERSION into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "trafilatura==$TRAFILATURA_VERSION" lxml_html_clean >&2
fi

rm -rf "$OUT" && mkdir -p "$OUT/commentary"
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# commentary: one import of every page into a new archive, one worker (trafilatura runs on one core
# too); the wall time of the whole import, entities and indexing included, per page. The two take
# turns, run by run, so that a change in the machine's load falls on both alike; the ratio of each
# round is kept too.
ours=()
theirs=()
ratios=()
for _ in $(seq "$RUNS"); do
  rm -f "$OUT"/ours.sqlite*
  start=$(date +%s.%N)
  "$BIN" import --db "$OUT/ours.sqlite" --jobs 1 --quiet --input-format html "${PAGES[@]}" 2>"$OUT/import.err" || true
  end=$(date +%s.%N)
  mine=$(python3 -c "print(($end - $start) / $N)")
  rm -rf "$OUT/trafilatura"
  other=$("$VENV/bin/python" bench/web/trafilatura_run.py "$CORPUS" "$OUT/trafilatura")
  ours+=("$mine")
  theirs+=("$other")
  ratios+=("$(python3 -c "print($other / $mine)")")
done
OURS_TIME=$(printf '%s\n' "${ours[@]}" | median)
THEIR_TIME=$(printf '%s\n' "${theirs[@]}" | median)
RATIO=$(printf '%s\n' "${ratios[@]}" | median | xargs printf '%.2f')
echo "time per page: commentary ${ours[*]}; trafilatura ${theirs[*]}; ratio by round ${ratios[*]}" >&2
python3 - "$OUT/ours.sqlite" "$OUT/commentary" <<'PY'
import os, sqlite3, sys
db, out = sys.argv[1:3]
bodies = {}
for source, text in sqlite3.connect(db).execute(
        "SELECT s.source, p.text FROM article_sources s JOIN paragraphs p ON p.article_id = s.article_id "
        "WHERE p.kind = 'body' ORDER BY s.source, p.position"):
    bodies.setdefault(os.path.basename(source)[:-5], []).append(text)
for name, paragraphs in bodies.items():
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(paragraphs) + "\n")
PY

args=(--system "commentary=$OUT/commentary:$OURS_TIME" --system "trafilatura $TRAFILATURA_VERSION=$OUT/trafilatura:$THEIR_TIME"
  --pages "$OUT/pages.tsv"
  --note "Method: a page is refused when no body text comes out of it (commentary: the import reports it, or stores no body paragraph). Body = paragraphs of kind \`body\`; captions, title, byline and editor's note are kept apart and not scored. commentary's time is the wall time of one whole \`import --jobs 1\` of the corpus into a new archive (process start, reading, entities, dates, SQLite and FTS5 included) divided by the pages; trafilatura's is \`extract()\` alone (include_comments=False, include_tables=True), the pages read and the library loaded beforehand. Medians of $RUNS runs, the two taking turns run by run; the median of the rounds' ratios (trafilatura's time over commentary's) is ${RATIO}×. Per-page scores: $OUT/pages.tsv.")
# Headline, author and date, where the set's tests state them (NAME.meta.json; bench/web/metadata.py).
if compgen -G "$CORPUS/*.meta.json" >/dev/null; then
  args+=(--note "" --note "Headline, author and date against what the set's own tests state (\`bench/web/metadata.py\`: the same text, the same names, the same day; per page: $OUT/metadata.tsv):" --note "")
  while IFS= read -r line; do args+=(--note "$line"); done < <("$VENV/bin/python" bench/web/metadata.py "$CORPUS" "$OUT/ours.sqlite" --trafilatura --pages "$OUT/metadata.tsv")
fi
[ "$WRITE" = 1 ] && args+=(--write BENCHMARKS.md)
python3 bench/web/score.py "$CORPUS" "${args[@]}"
