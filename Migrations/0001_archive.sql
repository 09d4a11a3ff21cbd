-- The commentary archive: articles, their paragraphs, captions, entities, mentions and dates.
-- Shipped migrations are never edited; changes come as new numbered files.

-- 'CMNT': lets the tool recognize its own archives without trusting file names.
PRAGMA application_id = 1129139796;

-- One row per distinct normalized text.
CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    source             TEXT NOT NULL UNIQUE,        -- the first source the text arrived under
    content_hash       TEXT NOT NULL UNIQUE,        -- SHA-256 of the normalized text, hex
    title              TEXT,
    author             TEXT,
    author_description TEXT,
    outlet             TEXT,
    published          TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    published_time     TEXT,                        -- the timestamp as given, or null
    url                TEXT,
    language           TEXT,
    raw_text           TEXT NOT NULL,               -- the input as read, for reprocessing
    extractor_version  INTEGER NOT NULL,
    imported_at        TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_author ON articles(author COLLATE NOCASE);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

-- Every source a text arrived under: duplicates and syndicated copies. A source names one article.
CREATE TABLE article_sources (
    source     TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_sources_article ON article_sources(article_id);

CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    kind       TEXT NOT NULL CHECK (kind IN ('title', 'metadata', 'caption', 'editor_note', 'body', 'trailer')),
    text       TEXT NOT NULL,
    UNIQUE (article_id, position)
);

CREATE TABLE captions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL UNIQUE REFERENCES paragraphs(id) ON DELETE CASCADE,
    text         TEXT NOT NULL,                     -- without the credit
    credit       TEXT,                              -- normalized: 'CFP', 'VCG', 'Xinhua/Li Ming'
    date         TEXT                               -- ISO date the caption states, or null
);
CREATE INDEX captions_article ON captions(article_id);

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                             -- canonical name
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'location', 'event')),
    UNIQUE (name, kind)
);

-- User-editable: 'UN' → United Nations.
CREATE TABLE aliases (
    alias     TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE INDEX aliases_entity ON aliases(entity_id);

-- Offsets count Unicode code points from 0 into paragraphs.text.
CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    length       INTEGER NOT NULL CHECK (length > 0),
    surface      TEXT NOT NULL
);
CREATE INDEX mentions_paragraph ON mentions(paragraph_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    length       INTEGER NOT NULL CHECK (length > 0),
    surface      TEXT NOT NULL,
    value        TEXT,                              -- 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; null when unresolved
    precision    TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    resolution   TEXT NOT NULL CHECK (resolution IN ('absolute', 'inferred_year', 'relative', 'unresolved')),
    anchor       TEXT CHECK (anchor IN ('published', 'caption')),
    CHECK ((value IS NULL) = (resolution = 'unresolved'))
);
CREATE INDEX dates_paragraph ON dates(paragraph_id);
CREATE INDEX dates_value ON dates(value);

-- Full-text index over paragraph text. External content in the form Datasette and sqlite-utils
-- recognize, so `?_search=` works on the paragraphs table with no configuration. The store keeps it
-- in step with paragraphs in the same transaction as each write.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text,
    content="paragraphs",
    content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
