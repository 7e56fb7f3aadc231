-- 009: event_dyads in three b-trees instead of five. The primary key is
-- (lo, hi, date, event) with type a plain column: a dyad's events, its
-- events from a date on and its latest dates are ranges of the key itself,
-- so event_dyads_date and event_dyads_type (lo, hi, type, date) go; a dyad
-- of one type is read from event_dyads_hi, which now holds (hi, lo, type)
-- and, as every index of a WITHOUT ROWID table, the key's date and event
-- after them. Every pair row was written to five places, each a page per
-- dyad and batch, for indexes the readers did not need. The rows are
-- copied as they are; their dates are their events' dates (PutEvent writes
-- both, and 005 backfilled them).
CREATE TABLE event_dyads_new (
	lo    TEXT NOT NULL,
	hi    TEXT NOT NULL,
	date  TEXT NOT NULL DEFAULT '',
	event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	type  TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (lo, hi, date, event)
) WITHOUT ROWID;
INSERT INTO event_dyads_new(lo, hi, date, event, type)
	SELECT lo, hi, date, event, type FROM event_dyads;
DROP TABLE event_dyads;
ALTER TABLE event_dyads_new RENAME TO event_dyads;
CREATE INDEX event_dyads_event ON event_dyads(event);
CREATE INDEX event_dyads_hi ON event_dyads(hi, lo, type);
