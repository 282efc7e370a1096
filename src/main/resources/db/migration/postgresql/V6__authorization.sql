-- The authorization code flow (RFC 6749 §4.1, OAuth 2.1, OIDC Core §3.1).

-- An authorization request waiting for the user (login or consent). The browser carries only a
-- random handle whose SHA-256 is the key; the request's own parameters are kept here (urlencoded)
-- and validated again when the flow continues, so a client changed meanwhile is judged as it is now.
CREATE TABLE authorization_requests (
    handle_hash VARCHAR(64) PRIMARY KEY,
    parameters  TEXT        NOT NULL,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);
CREATE INDEX authorization_requests_expires ON authorization_requests (expires_at);

-- Authorization codes, stored only as SHA-256 hashes. used_at is set by the one conditional UPDATE
-- that redeems a code (single use); reused_at marks a second redemption, which revokes session_id,
-- the token session the first redemption started (RFC 6749 §4.1.2).
CREATE TABLE authorization_codes (
    code_hash        VARCHAR(64)  PRIMARY KEY,
    client_id        VARCHAR(128) NOT NULL,
    user_id          VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    redirect_uri     TEXT         NOT NULL,
    scope            TEXT         NOT NULL,
    nonce            TEXT,
    code_challenge   VARCHAR(128) NOT NULL,
    auth_time        BIGINT       NOT NULL,
    amr              VARCHAR(128) NOT NULL,
    login_session_id VARCHAR(36)  NOT NULL,
    created_at       BIGINT       NOT NULL,
    expires_at       BIGINT       NOT NULL,
    used_at          BIGINT,
    reused_at        BIGINT,
    session_id       VARCHAR(64)
);
CREATE INDEX authorization_codes_expires ON authorization_codes (expires_at);

-- A token session started from a browser login (authorization code grant) names that login
-- session, so RP-initiated logout ends both (OIDC RP-Initiated Logout 1.0 §2).
ALTER TABLE sessions ADD COLUMN login_session_id VARCHAR(36);
CREATE INDEX sessions_login_session ON sessions (login_session_id);
