-- Uploaded files for analysis, kept in the database so that every instance
-- can run the job; deleted when the organisation's retention runs out
-- (purge_after), by default as soon as the analysis is done.
CREATE TABLE analysis_uploads (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BLOB NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    purge_after BIGINT NOT NULL
);
CREATE INDEX analysis_uploads_purge ON analysis_uploads (purge_after);
