-- 006: a dyad's events by date, so a page of its latest events finds its
-- oldest date in the pair index and lists about one page, not every event.
CREATE INDEX event_dyads_date ON event_dyads(lo, hi, date);
