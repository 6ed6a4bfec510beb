-- A follow-up round's report as published: the plan, the round and its
-- updates frozen at publication (units, never people), at an address of its
-- own. Publishing the round again replaces the frozen report at the same
-- address; the audit trail keeps each publication.
CREATE TABLE published_rounds (
    public_id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL UNIQUE REFERENCES followup_rounds (id),
    plan_id TEXT NOT NULL REFERENCES plans (id),
    org_id TEXT NOT NULL REFERENCES organisations (id),
    as_of TEXT NOT NULL,
    report_json TEXT NOT NULL,
    published_by TEXT,
    published_at BIGINT NOT NULL
);
CREATE INDEX published_rounds_org ON published_rounds (org_id, published_at);
