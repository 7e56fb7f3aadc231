-- The outlet of each mention's article, so the clusterer can count distinct
-- outlets of an event without reading its articles.
ALTER TABLE mentions ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
