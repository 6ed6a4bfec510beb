-- What an upload's mapping page shows (its columns with their types and
-- counts, the first rows, the bad rows), read once when it arrives, so that
-- the page never parses the file again; the bytes are read only to run.
-- Empty for uploads kept from before.
ALTER TABLE analysis_uploads ADD COLUMN profile TEXT NOT NULL DEFAULT '';
