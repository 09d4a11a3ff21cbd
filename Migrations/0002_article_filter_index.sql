-- Searches and exports filter articles by publication date, author and outlet. A covering index
-- answers those filters without reading the article rows, which carry the raw text.
CREATE INDEX articles_filters ON articles(published, author, outlet);
