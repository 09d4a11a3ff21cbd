-- Chinese, Japanese and Korean text is written without spaces, so unicode61 reads a whole run of
-- it as one token and no word inside can be searched. Paragraphs holding CJK script are also
-- indexed by character trigrams, through a view of exactly those paragraphs as the external
-- content: FTS5's 'rebuild' and full 'integrity-check' then work on this table as on
-- paragraphs_fts. Both use only tokenizers built into SQLite (3.34+), so sqlite3 and Datasette
-- still read the archive; the single-quoted content name keeps Datasette's ?_search= on
-- paragraphs_fts. The store keeps it in step with paragraphs in the same transaction.
-- Ranges (code points, spelled with char() so that no editor's Unicode normalization can change
-- them): kana, CJK Extension A, CJK Unified Ideographs, Hangul syllables, compatibility
-- ideographs, Extensions B and later. CJKScript.ranges in the code names the same ones.
CREATE VIEW paragraphs_cjk_text AS
    SELECT id, text FROM paragraphs WHERE text GLOB '*['
        || char(0x3040) || '-' || char(0x30FF) || char(0x3400) || '-' || char(0x4DBF)
        || char(0x4E00) || '-' || char(0x9FFF) || char(0xAC00) || '-' || char(0xD7AF)
        || char(0xF900) || '-' || char(0xFAFF) || char(0x20000) || '-' || char(0x2FFFF) || ']*';

CREATE VIRTUAL TABLE paragraphs_cjk USING fts5(
    text,
    content='paragraphs_cjk_text',
    content_rowid='id',
    tokenize='trigram'
);

INSERT INTO paragraphs_cjk(paragraphs_cjk) VALUES('rebuild');
