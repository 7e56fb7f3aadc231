-- 001: initial schema. Whole values the code only reads back as a unit
-- (analysis, dropped lines, embeds, aliases, roles, event sides) are JSON
-- columns; everything a query filters or joins on is its own indexed table.
-- Every table with a full-text index has an INTEGER PRIMARY KEY "n" so that
-- the FTS rowid survives VACUUM.

CREATE TABLE articles (
	n            INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	hash         TEXT NOT NULL UNIQUE,
	source_file  TEXT NOT NULL DEFAULT '',
	item         INTEGER NOT NULL DEFAULT 0,
	url          TEXT NOT NULL DEFAULT '',
	format       TEXT NOT NULL DEFAULT '',
	charset      TEXT NOT NULL DEFAULT '',
	outlet       TEXT NOT NULL DEFAULT '',
	lang         TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	dateline     TEXT NOT NULL DEFAULT '',
	body         TEXT NOT NULL DEFAULT '',
	dropped      TEXT,          -- JSON []news.Dropped
	embeds       TEXT,          -- JSON []news.Embed
	notes        TEXT,          -- JSON []string
	analysis     TEXT,          -- JSON news.Analysis
	duplicate_of TEXT NOT NULL DEFAULT '',
	ingested_at  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_published ON articles(published DESC, n DESC);
CREATE INDEX articles_lang ON articles(lang, published DESC, n DESC);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE article_countries (
	article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	code    TEXT NOT NULL,
	PRIMARY KEY (article, code)
) WITHOUT ROWID;
CREATE INDEX article_countries_code ON article_countries(code, article);

-- entity holds global entity ids; no foreign key, since the linker may store
-- an article before (or while) it stores the entities it names.
CREATE TABLE article_entities (
	article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	entity  TEXT NOT NULL,
	PRIMARY KEY (article, entity)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity, article);

CREATE TABLE quotes (
	n            INTEGER PRIMARY KEY,
	article      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker      TEXT NOT NULL DEFAULT '',
	speaker_code TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	start        INTEGER NOT NULL DEFAULT 0,
	"end"        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE entities (
	n       INTEGER PRIMARY KEY,
	id      TEXT NOT NULL UNIQUE,
	kind    TEXT NOT NULL,
	name    TEXT NOT NULL,
	sort_name TEXT NOT NULL DEFAULT '', -- name folded (case, accents) for ordering
	aliases TEXT,               -- JSON []string
	country TEXT NOT NULL DEFAULT '',
	roles   TEXT,               -- JSON []string
	code    TEXT NOT NULL DEFAULT '',
	locked  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_kind ON entities(kind, sort_name, n);
CREATE INDEX entities_country ON entities(country, sort_name, n);
CREATE INDEX entities_name ON entities(sort_name, n);

CREATE TABLE entity_keys (
	key    TEXT NOT NULL,
	entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);

-- A merged entity's old id keeps resolving through its redirect.
CREATE TABLE entity_redirects (
	"from" TEXT PRIMARY KEY,
	"to"   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_redirects_to ON entity_redirects("to");

CREATE TABLE corrections (
	n      INTEGER PRIMARY KEY,
	kind   TEXT NOT NULL,
	entity TEXT NOT NULL,
	other  TEXT NOT NULL DEFAULT '',
	alias  TEXT NOT NULL DEFAULT '',
	at     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX corrections_entity ON corrections(entity);
CREATE INDEX corrections_other ON corrections(other);

-- Both directions are stored so SharedWith is one index probe.
CREATE TABLE shared (
	a         TEXT NOT NULL,
	b         TEXT NOT NULL,
	duplicate INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (a, b)
) WITHOUT ROWID;

CREATE TABLE bands (
	band    INTEGER NOT NULL,   -- uint64 stored as its int64 bit pattern
	article TEXT NOT NULL,
	PRIMARY KEY (band, article)
) WITHOUT ROWID;
CREATE INDEX bands_article ON bands(article);

CREATE TABLE signatures (
	article TEXT PRIMARY KEY,
	sig     BLOB NOT NULL       -- little-endian uint32s
) WITHOUT ROWID;

CREATE TABLE events (
	n           INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	type        TEXT NOT NULL,
	source      TEXT,           -- JSON []string
	target      TEXT,           -- JSON []string
	persons     TEXT,           -- JSON []string
	date        TEXT NOT NULL DEFAULT '',
	place       TEXT NOT NULL DEFAULT '',
	mode        TEXT NOT NULL DEFAULT '',
	articles    INTEGER NOT NULL DEFAULT 0,
	outlets     INTEGER NOT NULL DEFAULT 0,
	languages   INTEGER NOT NULL DEFAULT 0,
	independent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events(date DESC, n DESC);
CREATE INDEX events_type ON events(type, date DESC, n DESC);
CREATE INDEX events_mode ON events(mode, date DESC, n DESC);

CREATE TABLE event_keys (
	key   TEXT NOT NULL,
	event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	PRIMARY KEY (key, event)
) WITHOUT ROWID;
CREATE INDEX event_keys_event ON event_keys(event);

CREATE TABLE mentions (
	n       INTEGER PRIMARY KEY,
	event   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	article TEXT NOT NULL DEFAULT '',
	text    TEXT NOT NULL DEFAULT '',
	start   INTEGER NOT NULL DEFAULT 0,
	"end"   INTEGER NOT NULL DEFAULT 0,
	lang    TEXT NOT NULL DEFAULT '',
	date    TEXT NOT NULL DEFAULT '',
	place   TEXT NOT NULL DEFAULT '',
	trigger TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_article ON mentions(article, event);
CREATE INDEX mentions_lang ON mentions(lang, event);

-- Source and target codes, one row each, for country and dyad filters.
CREATE TABLE event_actors (
	event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	code  TEXT NOT NULL,
	side  TEXT NOT NULL,        -- "source" or "target"
	PRIMARY KEY (code, event, side)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event);

CREATE TABLE event_persons (
	event  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	entity TEXT NOT NULL,
	PRIMARY KEY (entity, event)
) WITHOUT ROWID;
CREATE INDEX event_persons_event ON event_persons(event);

-- Sequential id counters per prefix, so ids stay short and never repeat.
CREATE TABLE counters (
	prefix TEXT PRIMARY KEY,
	n      INTEGER NOT NULL
) WITHOUT ROWID;

-- Full-text search. unicode61 folds case in every script and, with
-- remove_diacritics 2, matches "Lawrow" and "Lawrów", "Mexico" and "México".
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,
	content='articles', content_rowid='n',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.n, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.n, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.n, old.title, old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.n, new.title, new.body);
END;

CREATE VIRTUAL TABLE mentions_fts USING fts5(text,
	content='mentions', content_rowid='n',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
	INSERT INTO mentions_fts(rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
	INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
CREATE TRIGGER mentions_au AFTER UPDATE OF text ON mentions BEGIN
	INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.n, old.text);
	INSERT INTO mentions_fts(rowid, text) VALUES (new.n, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text,
	content='quotes', content_rowid='n',
	tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts(rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.n, old.text);
	INSERT INTO quotes_fts(rowid, text) VALUES (new.n, new.text);
END;

-- Entities are indexed with their aliases joined by newlines (not the JSON
-- column), so snippets read as names; kept in sync by the store code.
CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases,
	tokenize='unicode61 remove_diacritics 2');
