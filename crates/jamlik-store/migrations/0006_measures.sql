-- Measures, second part: indicators on measures, where a carried-forward
-- measure came from, the evaluation of the previous plan, and one stable
-- public address per plan (each published version keeps its own as well).

CREATE TABLE measure_indicators (
    id TEXT PRIMARY KEY,
    measure_id TEXT NOT NULL REFERENCES measures (id),
    name TEXT NOT NULL,
    baseline TEXT NOT NULL,
    target TEXT NOT NULL,
    current_value TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX measure_indicators_measure ON measure_indicators (measure_id);

ALTER TABLE measures ADD COLUMN carried_from_measure_id TEXT REFERENCES measures (id);
ALTER TABLE measure_updates ADD COLUMN carried_from_plan_id TEXT REFERENCES plans (id);
ALTER TABLE plans ADD COLUMN previous_plan_id TEXT REFERENCES plans (id);
ALTER TABLE plans ADD COLUMN public_id TEXT;
CREATE UNIQUE INDEX plans_public_id ON plans (public_id);

CREATE TABLE plan_evaluations (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    measure_id TEXT NOT NULL REFERENCES measures (id),
    evaluation TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (plan_id, measure_id)
);

-- Plans published before this migration get their stable address from their
-- first published version's random id, so it is as hard to guess.
UPDATE plans SET public_id = 'plan' || (
    SELECT plan_versions.public_id FROM plan_versions
    WHERE plan_versions.plan_id = plans.id AND plan_versions.public_id IS NOT NULL
    ORDER BY plan_versions.number LIMIT 1
)
WHERE EXISTS (
    SELECT 1 FROM plan_versions
    WHERE plan_versions.plan_id = plans.id AND plan_versions.public_id IS NOT NULL
);
