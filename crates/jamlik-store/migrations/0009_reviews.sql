-- National monitoring, part 2: instructors' assignments, reviews of plans
-- and their answers, deadline reminders with their run log, unsubscriptions
-- and the lease that lets one instance at a time run a scheduled job.

-- The organisations an instructor supports (and may read).
CREATE TABLE instructor_assignments (
    user_id TEXT NOT NULL REFERENCES users (id),
    org_id TEXT NOT NULL REFERENCES organisations (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX instructor_assignments_org ON instructor_assignments (org_id);

-- A monitor's review of an organisation's plan or self-report. `verdicts`
-- is JSON: one verdict and note per required element of the framework.
CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    framework TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT,
    subject_label TEXT NOT NULL,
    reviewer_user_id TEXT REFERENCES users (id),
    reviewer_label TEXT NOT NULL,
    verdicts TEXT NOT NULL,
    findings TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    feedback TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
CREATE INDEX reviews_org ON reviews (org_id, sent_at);

-- The organisation's answers to a review, and the monitor's replies.
CREATE TABLE review_answers (
    id TEXT PRIMARY KEY,
    review_id TEXT NOT NULL REFERENCES reviews (id),
    author_user_id TEXT REFERENCES users (id),
    author_label TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX review_answers_review ON review_answers (review_id, at);

-- Deadline reminders sent: at most one per organisation, framework,
-- deadline, step (`before-30`, `after-7` …) and recipient. The key is what
-- makes the job safe when the lease below is lost mid-run.
CREATE TABLE deadline_reminders (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    framework TEXT NOT NULL,
    deadline TEXT NOT NULL,
    step TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, framework, deadline, step, user_id)
);

-- Reminders a person no longer wants (only those that are not mandatory).
CREATE TABLE reminder_unsubscribes (
    user_id TEXT NOT NULL REFERENCES users (id),
    topic TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (user_id, topic)
);

-- The links in reminder mails that unsubscribe without signing in: the
-- secret is in the mail, its SHA-256 here.
CREATE TABLE unsubscribe_links (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    topic TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Each run of the deadline reminder job: when, how much it queued.
CREATE TABLE reminder_runs (
    id TEXT PRIMARY KEY,
    job TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    considered BIGINT NOT NULL DEFAULT 0,
    queued BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX reminder_runs_started ON reminder_runs (started_at);

-- One row per scheduled job: the instance holding it until `lease_until`.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until BIGINT NOT NULL
);
