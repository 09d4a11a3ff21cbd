-- Articles per publication date, kept in step with `articles` by triggers: `count --by
-- month|quarter|year` without filters reads its totals here, a row per date, instead of stepping
-- through every article (a pass over 100,000 index entries was most of the time of a count of a
-- rare word). Undated articles are counted under ''. `commentary check` compares the table with
-- `articles`.
CREATE TABLE article_dates (
    published TEXT NOT NULL PRIMARY KEY,
    articles INTEGER NOT NULL CHECK (articles > 0)
) WITHOUT ROWID;

INSERT INTO article_dates(published, articles)
SELECT coalesce(published, ''), count(*) FROM articles GROUP BY 1;

CREATE TRIGGER article_dates_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_dates(published, articles) VALUES (coalesce(NEW.published, ''), 1)
    ON CONFLICT(published) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER article_dates_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_dates WHERE published = coalesce(OLD.published, '') AND articles = 1;
    UPDATE article_dates SET articles = articles - 1 WHERE published = coalesce(OLD.published, '');
END;

CREATE TRIGGER article_dates_update AFTER UPDATE OF published ON articles
WHEN OLD.published IS NOT NEW.published BEGIN
    DELETE FROM article_dates WHERE published = coalesce(OLD.published, '') AND articles = 1;
    UPDATE article_dates SET articles = articles - 1 WHERE published = coalesce(OLD.published, '');
    INSERT INTO article_dates(published, articles) VALUES (coalesce(NEW.published, ''), 1)
    ON CONFLICT(published) DO UPDATE SET articles = articles + 1;
END;
