-- A plan's texts in the organisation's other working language: one row per
-- text (which field of which entity) and language. The texts themselves stay
-- in their tables, in the organisation's first language.
CREATE TABLE text_translations (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    field TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (plan_id, field, entity_id, language)
);
