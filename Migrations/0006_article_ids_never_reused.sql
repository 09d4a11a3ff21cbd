-- Article ids are never reused: with a plain INTEGER PRIMARY KEY, deleting the newest article
-- and importing another handed the deleted id to a different text, so a coding sheet keyed on
-- article_id silently pointed at the wrong piece. AUTOINCREMENT needs the table rebuilt; the
-- columns, constraints and indexes are those of 0001-0005. Ids above the largest one stored now
-- cannot be known any more; from here on none is given twice.
CREATE TABLE articles_new (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    source             TEXT NOT NULL UNIQUE,
    content_hash       TEXT NOT NULL UNIQUE,
    title              TEXT,
    author             TEXT,
    author_description TEXT,
    outlet             TEXT,
    published          TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    published_time     TEXT,
    url                TEXT,
    language           TEXT,
    raw_text           TEXT NOT NULL,
    extractor_version  INTEGER NOT NULL,
    imported_at        TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    input_format       TEXT
);
INSERT INTO articles_new (id, source, content_hash, title, author, author_description, outlet, published,
    published_time, url, language, raw_text, extractor_version, imported_at, updated_at, input_format)
SELECT id, source, content_hash, title, author, author_description, outlet, published,
    published_time, url, language, raw_text, extractor_version, imported_at, updated_at, input_format
FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE INDEX articles_author ON articles(author COLLATE NOCASE);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_filters ON articles(published, author, outlet);
