-- Equality analyses on the web: how long an organisation keeps uploaded
-- individual-level data, the analysis jobs (leased by any instance, their
-- results holding only aggregates that passed disclosure control), and
-- results linked to measures as evidence. The uploads themselves are in the
-- per-backend parts (their bytes column differs).

ALTER TABLE organisations ADD COLUMN analysis_retention_days BIGINT NOT NULL DEFAULT 0;

CREATE TABLE analysis_jobs (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    upload_id TEXT,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    spec TEXT NOT NULL,
    state TEXT NOT NULL,
    progress BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT NOT NULL DEFAULT 0,
    attempts BIGINT NOT NULL DEFAULT 0,
    result TEXT,
    error TEXT,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX analysis_jobs_org ON analysis_jobs (org_id, created_at);
CREATE INDEX analysis_jobs_state ON analysis_jobs (state, lease_until);

CREATE TABLE measure_analyses (
    measure_id TEXT NOT NULL REFERENCES measures (id),
    job_id TEXT NOT NULL REFERENCES analysis_jobs (id),
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (measure_id, job_id)
);
