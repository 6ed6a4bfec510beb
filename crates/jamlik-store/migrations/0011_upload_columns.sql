-- An upload's column names, read once when it arrives (each cut to a sane
-- length), so that pages offering it as a baseline never read its bytes.
ALTER TABLE analysis_uploads ADD COLUMN columns TEXT NOT NULL DEFAULT '[]';
