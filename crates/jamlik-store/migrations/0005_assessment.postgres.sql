-- Files attached as evidence to a service's assessment, kept in the database
-- so that every instance serves them.
CREATE TABLE evidence_files (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    service_id TEXT NOT NULL REFERENCES services (id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX evidence_files_service ON evidence_files (plan_id, service_id);
