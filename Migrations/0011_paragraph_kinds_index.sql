-- Each paragraph's article and kind by its id, apart from its text: the analysis commands (`code`,
-- `count --paragraphs`, `collocates`) join every paragraph FTS5 matches to its article and kind, and
-- through the table that read the text's pages too (660 MB at 100,000 articles): 207 ms for
-- `cooperation` against 23 ms for the match itself. Ids only grow, so an import appends to it.
CREATE INDEX paragraphs_kinds ON paragraphs(id, article_id, kind);
