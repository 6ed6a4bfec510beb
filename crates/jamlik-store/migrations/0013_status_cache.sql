-- Statuses are computed from facts and never stored. Each instance keeps its
-- last computation in memory, tagged with the generation of the facts it was
-- computed from; every change to a table a status is computed from moves the
-- generation on, in the writing transaction (the triggers in the backend
-- parts), so any instance sees at once that its copy is old, whichever
-- instance made the change.
CREATE TABLE facts_generation (
    id INTEGER PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO facts_generation (id, n) VALUES (1, 0);

-- The start page and the organisation pages list the newest publications.
CREATE INDEX plan_versions_published ON plan_versions (published_at);
