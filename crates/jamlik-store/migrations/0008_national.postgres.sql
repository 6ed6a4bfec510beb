-- The PDF of a self-report, kept in the database so that every instance
-- serves it (as evidence files are).
CREATE TABLE self_report_files (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX self_report_files_org ON self_report_files (org_id);
