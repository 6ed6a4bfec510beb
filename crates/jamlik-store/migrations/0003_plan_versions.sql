-- Plan versions: each approval freezes the plan as a numbered version with the
-- approving body, date and decision; publishing a version gives it a stable
-- public address.

CREATE TABLE plan_versions (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    number BIGINT NOT NULL,
    snapshot_json TEXT NOT NULL,
    approved_body TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    decision_ref TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    public_id TEXT UNIQUE,
    published_at BIGINT,
    UNIQUE (plan_id, number)
);
