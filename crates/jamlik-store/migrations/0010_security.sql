-- Security: password-reset requests, counted per address and per client so a
-- burst of requests sends no more mail; one-time links found by their person,
-- so using one ends every other.

CREATE TABLE reset_requests (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    client TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX reset_requests_email ON reset_requests (email, at);
CREATE INDEX reset_requests_client ON reset_requests (client, at);

CREATE INDEX links_user ON links (user_id, purpose);
CREATE INDEX api_tokens_live ON api_tokens (user_id, revoked_at);
