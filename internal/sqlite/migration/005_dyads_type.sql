-- 005: the event's type and date on each pair row and actor row, so a
-- country's partners, a dyad's counts by month and type, and "CONSULT events
-- of RUS" are read from one index range alone, instead of one events probe
-- per event (tens of thousands for a large country). PutEvent rewrites an
-- event's pair and actor rows on every write; backfilled here.
ALTER TABLE event_dyads ADD COLUMN type TEXT NOT NULL DEFAULT '';
ALTER TABLE event_dyads ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE event_dyads SET (type, date) = (SELECT v.type, v.date FROM events v WHERE v.id = event_dyads.event);
CREATE INDEX event_dyads_type ON event_dyads(lo, hi, type, date);
DROP INDEX event_dyads_hi;
CREATE INDEX event_dyads_hi ON event_dyads(hi, lo, type, date);

ALTER TABLE event_actors ADD COLUMN type TEXT NOT NULL DEFAULT '';
ALTER TABLE event_actors ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE event_actors SET (type, date) = (SELECT v.type, v.date FROM events v WHERE v.id = event_actors.event);
CREATE INDEX event_actors_type ON event_actors(code, type, date);
