-- National monitoring, first part: self-reports of plans made outside
-- Jämlik. Each submission is kept (the history); the newest approval per
-- organisation and framework feeds the status. The figures the framework
-- asks for are kept as JSON, women's pay as a percentage of men's also as a
-- column for the year-on-year check and the open data.

CREATE TABLE self_reports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    framework TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    approved_body TEXT NOT NULL,
    link TEXT,
    file_id TEXT,
    elements TEXT NOT NULL,
    pay_survey_on TEXT,
    followed_up_on TEXT,
    women_pay_percent DOUBLE PRECISION,
    figures_json TEXT NOT NULL,
    jump_confirmed BIGINT NOT NULL DEFAULT 0,
    submitted_by TEXT REFERENCES users (id),
    submitted_at BIGINT NOT NULL
);
CREATE INDEX self_reports_org ON self_reports (org_id, framework, approved_on);
CREATE INDEX plan_versions_plan_approved ON plan_versions (plan_id, approved_on);
CREATE INDEX organisations_country_code ON organisations (country, kind, code);
