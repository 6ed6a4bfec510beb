-- Planning workspace, second part: who was consulted, the assessment of each
-- service per ground with its evidence, answers to the frameworks'
-- checklists, the plan's free-text sections, and follow-up rounds.

CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    party TEXT NOT NULL,
    party_name TEXT NOT NULL,
    held_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX consultations_plan ON consultations (plan_id);

-- One conclusion per plan, service and ground.
CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    service_id TEXT NOT NULL REFERENCES services (id),
    ground TEXT NOT NULL,
    conclusion TEXT NOT NULL,
    evidence TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    UNIQUE (plan_id, service_id, ground)
);

-- Answers to checklist questions: scope is empty for the plan as a whole,
-- or the id of the service assessed.
CREATE TABLE answers (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    scope TEXT NOT NULL,
    framework TEXT NOT NULL,
    checklist TEXT NOT NULL,
    question TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (plan_id, scope, framework, checklist, question)
);

CREATE TABLE plan_sections (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    framework TEXT NOT NULL,
    element TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (plan_id, framework, element)
);

CREATE TABLE followup_rounds (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    name TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX followup_rounds_plan ON followup_rounds (plan_id);

-- A status update made while a round is open belongs to it.
ALTER TABLE measure_updates ADD COLUMN round_id TEXT REFERENCES followup_rounds (id);
