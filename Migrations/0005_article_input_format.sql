-- The format each article was read as (text, html, json, jsonl), so that `reprocess` reads the
-- stored raw text the same way whatever the source's name says (a page imported with
-- --input-format html from page.txt, a feed piped in with --source notes.html). Null for articles
-- stored before this migration: reprocess then goes by the source's extension, as it did.
ALTER TABLE articles ADD COLUMN input_format TEXT;
