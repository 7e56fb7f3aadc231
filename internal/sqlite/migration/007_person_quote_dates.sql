-- 007: a person's events and a speaker's quotes in date order from one
-- index range. event_persons carries its event's date (as event_actors and
-- event_dyads do since 005), so the latest page of a person's events is
-- bounded by the page's oldest date instead of probing every event; quotes
-- carry their article's publication date, so a speaker's newest quotes are
-- read in index order instead of sorting all of them. PutEvent and
-- PutArticle write the dates; backfilled here. event_actors_date does the
-- same for a country's events of any type.
ALTER TABLE event_persons ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE event_persons SET date = (SELECT v.date FROM events v WHERE v.id = event_persons.event);
CREATE INDEX event_persons_date ON event_persons(entity, date);

CREATE INDEX event_actors_date ON event_actors(code, date);

ALTER TABLE quotes ADD COLUMN published TEXT NOT NULL DEFAULT '';
UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article);
CREATE INDEX quotes_speaker_published ON quotes(speaker, published DESC, article DESC, start, n);
DROP INDEX quotes_speaker;

-- A code on both sides of an event is one actor row (side "both"), so that
-- counting a country's rows counts its events.
UPDATE event_actors SET side = 'both' WHERE side = 'source' AND EXISTS
	(SELECT 1 FROM event_actors t WHERE t.code = event_actors.code AND t.event = event_actors.event AND t.side = 'target');
DELETE FROM event_actors WHERE side = 'target' AND EXISTS
	(SELECT 1 FROM event_actors b WHERE b.code = event_actors.code AND b.event = event_actors.event AND b.side = 'both');
