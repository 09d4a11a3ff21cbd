-- Chinese, Japanese and Korean text is written without spaces, so unicode61 reads a whole run of
-- it as one token and no word inside can be searched. Paragraphs holding CJK script are also
-- indexed by character trigrams, through a view of exactly those paragraphs as the external
-- content: FTS5's 'rebuild' and full 'integrity-check' then work on this table as on
-- paragraphs_fts. Both use only tokenizers built into SQLite (3.34+), so sqlite3 and Datasette
-- still read the archive; the single-quoted content name keeps Datasette's ?_search= on
-- paragraphs_fts. The store keeps it in step with paragraphs in the same transaction.
-- Ranges: kana, CJK Extension A, CJK Unified Ideographs, Hangul syllables, compatibility
-- ideographs, Extensions B and later.
CREATE VIEW paragraphs_cjk_text AS
    SELECT id, text FROM paragraphs WHERE text GLOB '*[぀-ヿ㐀-䶿一-鿿가-힯豈-﫿𠀀-𯿿]*';

CREATE VIRTUAL TABLE paragraphs_cjk USING fts5(
    text,
    content='paragraphs_cjk_text',
    content_rowid='id',
    tokenize='trigram'
);

INSERT INTO paragraphs_cjk(paragraphs_cjk) VALUES('rebuild');
