-- Appending to a large archive should cost what appending to a small one costs. Two indexes made
-- every import write pages all over the file, more of them the larger the archive:
--   dates_value: about 15 date values per article, inserted at random places in an index of
--     every date in the archive. No query of ours reads it; a filter on dates.value scans the
--     table, which stays fast at millions of rows.
--   articles_published: a duplicate of articles_filters, whose first column is published.
DROP INDEX IF EXISTS dates_value;
DROP INDEX IF EXISTS articles_published;
