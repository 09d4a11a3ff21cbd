-- The reference for `commentary search --format json --limit N QUERY`, in plain SQLite over the
-- same archive: every paragraph in the default scope (title, body, caption, editor_note) that
-- matches, ranked by bm25 weighted by paragraph kind as commentary weights it; one row per
-- article (its best paragraph: highest score, then lowest position); articles by score, then id;
-- a snippet of the best paragraph with matches in [ ]. The rows and their order are the ones
-- commentary prints for a query of one clause.
--
-- Placeholders, substituted by bench/measure.py (render-ref) before sqlite3 reads the file:
--   @MATCH@   the FTS5 expression, already SQL-escaped: "china russia business forum", "coop" *
--   @FILTER@  empty, or an AND clause over the article (author, publication date)
--   @LIMIT@   20 (or -1 for every row, to check counts)
-- Run as: sqlite3 bench/out/ours.sqlite < rendered.sql
.mode json
WITH hits AS (
    SELECT p.article_id, p.id AS paragraph_id, p.position, p.kind,
           -(bm25(paragraphs_fts) * CASE p.kind WHEN 'title' THEN 2.0 WHEN 'caption' THEN 1.2
                                                 WHEN 'editor_note' THEN 0.9 ELSE 1.0 END) AS score
    FROM paragraphs_fts
    JOIN paragraphs p ON p.id = paragraphs_fts.rowid
    WHERE paragraphs_fts MATCH '@MATCH@'
      AND p.kind IN ('title', 'body', 'caption', 'editor_note')
      @FILTER@
),
best AS (
    SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY score DESC, position) AS pick
    FROM hits
)
SELECT a.id AS article_id, a.source, a.title, a.author, a.outlet, a.published,
       round(b.score, 3) AS score, b.position AS paragraph_position, b.kind,
       (SELECT snippet(paragraphs_fts, 0, '[', ']', '…', 24) FROM paragraphs_fts
         WHERE paragraphs_fts MATCH '@MATCH@' AND rowid = b.paragraph_id) AS snippet
FROM best b
JOIN articles a ON a.id = b.article_id
WHERE b.pick = 1
ORDER BY b.score DESC, b.article_id
LIMIT @LIMIT@;
