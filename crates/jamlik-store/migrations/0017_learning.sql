-- Online training. A person's place in a course (which cycle: the first, or
-- a re-certification), the lessons they have read, their quiz attempts with
-- the questions drawn and the answers given, and the certificates issued.
-- A certificate is written once, in the transaction that meets the course's
-- last requirement, and never rewritten: the unique (user, course, cycle)
-- refuses a second one, and it keeps the course version and title it was
-- earned with. Revocation is the only change, and it is audited.
CREATE TABLE course_enrolments (
    user_id TEXT NOT NULL REFERENCES users (id),
    course_id TEXT NOT NULL,
    cycle BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    completed_at BIGINT,
    PRIMARY KEY (user_id, course_id)
);
CREATE TABLE lesson_reads (
    user_id TEXT NOT NULL REFERENCES users (id),
    course_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, course_id, lesson_id)
);
CREATE TABLE quiz_attempts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    course_id TEXT NOT NULL,
    module_id TEXT NOT NULL,
    course_version TEXT NOT NULL,
    cycle BIGINT NOT NULL,
    questions_json TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    submitted_at BIGINT,
    answers_json TEXT,
    correct BIGINT,
    passed BIGINT
);
CREATE INDEX quiz_attempts_person ON quiz_attempts (user_id, course_id, module_id);
CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    course_id TEXT NOT NULL,
    course_version TEXT NOT NULL,
    course_title_json TEXT NOT NULL,
    kind TEXT NOT NULL,
    cycle BIGINT NOT NULL,
    holder_name TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    issued_on TEXT NOT NULL,
    expires_on TEXT,
    revoked_at BIGINT,
    revoked_reason TEXT,
    UNIQUE (user_id, course_id, cycle)
);
CREATE INDEX certificates_person ON certificates (user_id, issued_at);
-- The name a person chose to show on certificates (their display name when
-- they chose none).
CREATE TABLE certificate_names (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    shown_name TEXT NOT NULL
);
