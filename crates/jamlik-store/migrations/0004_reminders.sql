-- Reminders sent: at most one per measure, kind and period (an ISO week).
-- The primary key is what makes the reminder job safe when several
-- instances run it at once: only the insert that wins sends the mail.

CREATE TABLE reminders (
    measure_id TEXT NOT NULL REFERENCES measures (id),
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (measure_id, kind, period)
);
