-- 011: the linker's rows keyed by the article's row number (articles.n)
-- instead of its id, as 010 did for countries and entities: signatures
-- (one row per article), shared (two per link), bands (per fingerprint)
-- and the mentions' article index. Ids are hashes, so each batch of new
-- articles inserted these rows all over their b-trees, a page per row once
-- a table outgrew the batch, and ingest wrote more per article the larger
-- the database. A new article's number is the largest so far, so its
-- signature lands at the end of the table, its links and mentions at the
-- end of their index, and a fingerprint's list, kept in number order,
-- takes no more rows once it holds news.BandsKept of them.
--
-- The linker writes these rows before it stores the article, and a caller
-- may link ids it never stores; such an id's number is kept in
-- article_stubs until its article is stored (the store reserves numbers
-- past both tables). mentions keeps its article id column, which every
-- reader of an event shows.
CREATE TABLE article_stubs (
	n  INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE
);

-- Every id these tables name but no article has, numbered after the
-- articles.
CREATE TEMP TABLE m011_ids (id TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO m011_ids(id, n) SELECT id, n FROM articles;
INSERT INTO article_stubs(n, id)
	SELECT (SELECT coalesce(max(n), 0) FROM articles) + row_number() OVER (ORDER BY id), id FROM (
		SELECT article AS id FROM signatures UNION SELECT article FROM bands
		UNION SELECT a FROM shared UNION SELECT b FROM shared
		UNION SELECT article FROM mentions WHERE article <> '')
	WHERE id NOT IN (SELECT id FROM m011_ids);
INSERT INTO m011_ids(id, n) SELECT id, n FROM article_stubs;

CREATE TABLE signatures_new (
	article_n INTEGER PRIMARY KEY,
	sig       BLOB NOT NULL,    -- little-endian uint32s
	bands     BLOB              -- little-endian int64s (see 008)
);
INSERT INTO signatures_new(article_n, sig, bands)
	SELECT i.n, s.sig, s.bands FROM signatures s JOIN m011_ids i ON i.id = s.article;
DROP TABLE signatures;
ALTER TABLE signatures_new RENAME TO signatures;

-- A fingerprint's list is read in number order (the articles stored
-- first); every row is copied, lists cut at their first ids by 008 keep
-- those.
CREATE TABLE bands_new (
	band      INTEGER NOT NULL, -- uint64 stored as its int64 bit pattern
	article_n INTEGER NOT NULL,
	PRIMARY KEY (band, article_n)
) WITHOUT ROWID;
INSERT INTO bands_new(band, article_n)
	SELECT b.band, i.n FROM bands b JOIN m011_ids i ON i.id = b.article;
DROP TABLE bands;
ALTER TABLE bands_new RENAME TO bands;

CREATE TABLE shared_new (
	a_n       INTEGER NOT NULL,
	b_n       INTEGER NOT NULL,
	duplicate INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (a_n, b_n)
) WITHOUT ROWID;
INSERT INTO shared_new(a_n, b_n, duplicate)
	SELECT x.n, y.n, s.duplicate FROM shared s
	JOIN m011_ids x ON x.id = s.a JOIN m011_ids y ON y.id = s.b;
DROP TABLE shared;
ALTER TABLE shared_new RENAME TO shared;

-- 0: a mention of no article.
ALTER TABLE mentions ADD COLUMN article_n INTEGER NOT NULL DEFAULT 0;
UPDATE mentions SET article_n = (SELECT i.n FROM m011_ids i WHERE i.id = mentions.article)
	WHERE article <> '';
DROP INDEX mentions_article;
CREATE INDEX mentions_article ON mentions(article_n, event);

DROP TABLE m011_ids;
