-- Knowledge and learning. A measure taken from the catalogue remembers which
-- catalogue entry it came from, so that the public catalogue can say how many
-- organisations have used each entry and with what outcome.
ALTER TABLE measures ADD COLUMN catalogue_id TEXT;
CREATE INDEX measures_catalogue ON measures (catalogue_id);
