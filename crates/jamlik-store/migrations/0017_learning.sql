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
-- The reminder before a certificate expires: one row per certificate, so
-- however many instances run the job, the mail goes once. The certificate
-- itself is not touched.
CREATE TABLE certificate_reminders (
    code TEXT PRIMARY KEY REFERENCES certificates (code),
    sent_at BIGINT NOT NULL
);
-- An organisation's training targets: a share of its members in a role (or
-- all members: role '*') who hold a valid certificate of a course by a day.
CREATE TABLE training_targets (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    course_id TEXT NOT NULL,
    role TEXT NOT NULL,
    share BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    set_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, course_id, role)
);
-- Invitations to a course, one per member and course: inviting again does
-- not mail a person twice.
CREATE TABLE course_invitations (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    course_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, course_id, user_id)
);
