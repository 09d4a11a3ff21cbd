-- Search ranks articles, not paragraphs: words are ANDed across an article and results are
-- articles. Matched and ranked paragraph by paragraph, a query cost what each of its words costs
-- over the whole archive (every paragraph holding 'business'), then BM25 over every paragraph
-- matching any word, ranked outside SQLite: seconds at 100,000 articles. This index holds one row
-- per article and one column per paragraph kind, so one MATCH with a column filter answers which
-- articles match within the kinds in scope, and `ORDER BY rank LIMIT` ranks them inside SQLite.
--
-- A kind's paragraphs are joined in order with a separator token, U+E000 (a private-use
-- character, which unicode61 indexes as a token of its own; the search language never emits it),
-- so the last word of one paragraph and the first of the next are never adjacent and a phrase
-- matches only within one paragraph, as it does in paragraphs_fts.
--
-- External content through a view, as paragraphs_cjk (0007): 'rebuild', 'delete' and FTS5's
-- 'integrity-check' read the view, and only SQLite's built-in tokenizers are used, so sqlite3 and
-- Datasette read the archive. paragraphs_fts stays: snippets, `search --paragraphs`, exports and
-- Datasette's ?_search= on paragraphs read it. The store keeps both in step in one transaction.
CREATE VIEW articles_fts_text AS
SELECT a.id AS id,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'title' ORDER BY p.position)) AS title,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'body' ORDER BY p.position)) AS body,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'caption' ORDER BY p.position)) AS caption,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'editor_note' ORDER BY p.position)) AS editor_note,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'metadata' ORDER BY p.position)) AS metadata,
    (SELECT group_concat(text, ' ' || char(57344) || ' ') FROM
        (SELECT text FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'trailer' ORDER BY p.position)) AS trailer
FROM articles a;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, caption, editor_note, metadata, trailer,
    content='articles_fts_text',
    content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
-- The kind weights of search as column weights, stored with the table: `ORDER BY rank` in
-- sqlite3 or Datasette ranks as commentary does. https://sqlite.org/fts5.html#the_bm25_function
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0, 1.2, 0.9, 1.0, 1.0)');
-- As for paragraphs_fts (0003): an append pays for the segments it writes, not for merging old ones.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 0);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
