-- Appends cost what they write, not what the archive holds: FTS5's automatic merging folds new
-- index segments into ever larger ones, so an append to a large archive paid for merging segments
-- it never touched (1.9x the cost at 100,000 articles against 10,000). Without it, segments
-- accumulate until FTS5's crisis merge (16 at one level) combines them; measured on the bench's
-- 100,000-article archive, searches were no slower. https://sqlite.org/fts5.html#the_automerge_configuration_option
INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('automerge', 0);
