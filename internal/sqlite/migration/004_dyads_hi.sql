-- Partners of a code that sorts last in its pairs: the pair index read from
-- its second column (the primary key serves the first).
CREATE INDEX event_dyads_hi ON event_dyads(hi, lo, event);
