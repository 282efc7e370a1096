-- Second factors (API.md §7). V13 is kept for the federation flow's pending round trips.
--
-- One TOTP factor per user (RFC 6238). The secret is stored only sealed with the master key
-- (AES-256-GCM, base64; the associated data names the purpose and the user, so a ciphertext copied
-- to another row does not open). confirmed_at is NULL while the enrolment waits for its first code.
-- last_step is the last accepted time step: a step at or before it is refused (RFC 6238 §5.2), by
-- one conditional UPDATE, so two nodes cannot both accept the same code.
CREATE TABLE mfa_totp (
    user_id       VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_sealed TEXT        NOT NULL,
    confirmed_at  BIGINT,
    last_step     BIGINT      NOT NULL DEFAULT 0,
    created_at    BIGINT      NOT NULL
);

-- Recovery codes: a keyed hash (HMAC-SHA-256 under a key derived from the master key; the codes are
-- high-entropy, so no slow hash is needed), spent by a conditional UPDATE of used_at.
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- The second step of a password login: the mfa_token (stored as its SHA-256) is bound to the user,
-- the client and the scope that login granted; it is spent by a conditional UPDATE and good only
-- until expires_at. scope NULL: the login asked for none (unrestricted, as sessions.scope).
-- purpose: 'verify' (show a factor the user has) or 'enrol' (a role requires a factor the user has
-- not set up yet: set up TOTP to sign in, GATEHOUSE_MFA_REQUIRED_ROLES).
CREATE TABLE mfa_challenges (
    token_hash VARCHAR(64)  PRIMARY KEY,
    purpose    VARCHAR(16)  NOT NULL,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scope      TEXT,
    user_agent VARCHAR(512),
    ip         VARCHAR(64),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
CREATE INDEX mfa_challenges_expires ON mfa_challenges (expires_at);

-- How the user of a token session signed in (RFC 8176 amr, space-separated): kept for every
-- refresh, like signed_in_at. NULL for sessions from before this version (a password login: pwd).
ALTER TABLE sessions ADD COLUMN amr VARCHAR(128);
