-- The reference for `commentary search --format json --limit N QUERY`, in plain SQLite over the
-- same archive: SQLite's own article-level query, the one a person would write with sqlite3 over
-- the article index (migration 0008): the articles matching the query's FTS5 expression within the
-- default scope's columns, ranked by the rank stored with the table (bm25 with the kind weights),
-- best first. Nothing else: no total, no snippet, no exact-phrase-first ordering, so it is the
-- floor commentary's search is measured against. Its articles are checked to be commentary's.
--
-- Placeholders, substituted by bench/measure.py (render-ref) before sqlite3 reads the file:
--   @MATCH@   the FTS5 expression, already SQL-escaped:
--             {title body caption editor_note} : ("china russia business forum")
--   @FILTER@  empty, or an AND clause over the article id: author, publication date. Written on
--             +rowid, so that SQLite hands FTS5 the MATCH alone and `ORDER BY rank` stays FTS5's
--             own (on a plain rowid, FTS5 runs the MATCH, and bm25's count of rows per term,
--             once for each id the filter allows)
--   @LIMIT@   20 (or -1 for every row, to check counts)
-- Run as: sqlite3 bench/out/ours.sqlite < rendered.sql
.mode json
SELECT rowid AS article_id, round(-rank, 3) AS score
FROM articles_fts
WHERE articles_fts MATCH '@MATCH@'
  @FILTER@
ORDER BY rank
LIMIT @LIMIT@;
