-- Planning workspace, first part: plans, the services and units assessed,
-- findings, measures and their dated status history.

CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    frameworks TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    working_group TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX plans_org ON plans (org_id);

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_user_id TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX services_org ON services (org_id);

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    service_id TEXT REFERENCES services (id),
    ground TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    affected TEXT NOT NULL,
    severity BIGINT NOT NULL,
    likelihood BIGINT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX findings_plan ON findings (plan_id);

CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    finding_id TEXT REFERENCES findings (id),
    title TEXT NOT NULL,
    goal TEXT NOT NULL,
    owner_user_id TEXT REFERENCES users (id),
    owner_unit TEXT NOT NULL,
    budget_cents BIGINT,
    start_date TEXT,
    due_date TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX measures_plan ON measures (plan_id);
CREATE INDEX measures_due ON measures (due_date);

CREATE TABLE measure_updates (
    id TEXT PRIMARY KEY,
    measure_id TEXT NOT NULL REFERENCES measures (id),
    at BIGINT NOT NULL,
    author_user_id TEXT REFERENCES users (id),
    author_label TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX measure_updates_measure ON measure_updates (measure_id, at);
