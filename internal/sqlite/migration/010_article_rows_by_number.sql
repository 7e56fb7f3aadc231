-- 010: an article's countries and entities keyed by its row number
-- (articles.n) instead of its id. Ids are hashes, so every batch of new
-- articles inserted rows all over both tables and their indexes, one page
-- per row once the tables outgrew a batch; row numbers grow, so a batch's
-- rows land at the end of the table and at the end of each code's or
-- entity's range in the index. Rows whose article is gone cannot be
-- reached by any query and are not copied.
CREATE TABLE article_countries_new (
	article_n INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
	code      TEXT NOT NULL,
	PRIMARY KEY (article_n, code)
) WITHOUT ROWID;
INSERT INTO article_countries_new(article_n, code)
	SELECT a.n, c.code FROM article_countries c JOIN articles a ON a.id = c.article;
DROP TABLE article_countries;
ALTER TABLE article_countries_new RENAME TO article_countries;
CREATE INDEX article_countries_code ON article_countries(code, article_n);

CREATE TABLE article_entities_new (
	article_n INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
	entity    TEXT NOT NULL,
	PRIMARY KEY (article_n, entity)
) WITHOUT ROWID;
INSERT INTO article_entities_new(article_n, entity)
	SELECT a.n, e.entity FROM article_entities e JOIN articles a ON a.id = e.article;
DROP TABLE article_entities;
ALTER TABLE article_entities_new RENAME TO article_entities;
CREATE INDEX article_entities_entity ON article_entities(entity, article_n);
