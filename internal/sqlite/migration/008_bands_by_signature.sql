-- 008: an article's own fingerprints are kept on its signatures row (bands:
-- little-endian int64s), so PutBands deletes an article's old bands by
-- primary key and the bands(article) index goes. It was the largest index
-- ingest wrote in random order (article ids are hashes): every batch dirtied
-- pages all over it, more of them the larger the database, and the bytes
-- written per article grew with the database. Articles stored before this
-- migration have no bands value; PutBands finds their bands by a scan, which
-- only re-storing such an old article needs (bands_legacy: the last article
-- stored before).
ALTER TABLE signatures ADD COLUMN bands BLOB;
CREATE TABLE bands_legacy (n INTEGER NOT NULL);
INSERT INTO bands_legacy(n) SELECT coalesce(max(n), 0) FROM articles;
DROP INDEX bands_article;
