-- 002: one row per unordered pair of actor codes on an event (lo < hi), so a
-- dyad timeline ("all events between RUS and VEN") is one index range
-- instead of a join of event_actors with itself. Backfilled from
-- event_actors; PutEvent keeps it in step.
CREATE TABLE event_dyads (
	lo    TEXT NOT NULL,
	hi    TEXT NOT NULL,
	event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	PRIMARY KEY (lo, hi, event)
) WITHOUT ROWID;
CREATE INDEX event_dyads_event ON event_dyads(event);

INSERT OR IGNORE INTO event_dyads(lo, hi, event)
	SELECT x.code, y.code, x.event FROM event_actors x
	JOIN event_actors y ON y.event = x.event AND y.code > x.code;
