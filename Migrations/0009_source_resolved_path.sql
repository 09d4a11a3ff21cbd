-- The same file reached by another spelling of its path (relative or absolute, ./ or .., a linked
-- folder, another working directory) is the same source. Each source keeps, beside the name it was
-- given, the file's resolved path (absolute, symbolic links followed) with the record's key after
-- it, as found at import; a later import finds the source by it whatever the spelling. Sources
-- stored before this have none and are found by their name, as they always were.
ALTER TABLE article_sources ADD COLUMN resolved TEXT;
CREATE INDEX article_sources_resolved ON article_sources(resolved) WHERE resolved IS NOT NULL;
