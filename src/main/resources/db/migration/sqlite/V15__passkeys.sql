-- WebAuthn passkeys (API.md §7). credential_id is the authenticator's id (base64url), unique across
-- users so a duplicate registration is refused by the index even when two nodes race it.
-- public_key is the COSE key from the attested credential data; sign_count the last counter seen
-- (W3C WebAuthn §6.1.1: a non-zero counter must grow). backup_eligible / backup_state are the BE/BS
-- flags (§6.1), transports a space-separated list, aaguid the authenticator model (zeros for "none").
CREATE TABLE passkeys (
    id                VARCHAR(36)   PRIMARY KEY,
    user_id           VARCHAR(36)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id     VARCHAR(1400) NOT NULL,
    public_key        BLOB         NOT NULL,
    sign_count        BIGINT        NOT NULL,
    backup_eligible   INTEGER       NOT NULL,
    backup_state      INTEGER       NOT NULL,
    user_verified     INTEGER       NOT NULL,
    transports        VARCHAR(256)  NOT NULL,
    aaguid            VARCHAR(36)   NOT NULL,
    name              VARCHAR(256)  NOT NULL,
    created_at        BIGINT        NOT NULL,
    last_used_at      BIGINT,
    CONSTRAINT passkeys_credential_id_key UNIQUE (credential_id)
);
CREATE INDEX passkeys_user_idx ON passkeys (user_id);

-- The stable random WebAuthn user handle of each user (§5.4.3: no personal data), made at the first
-- registration; a discoverable credential returns it as userHandle.
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);

-- Outstanding WebAuthn challenges, stored as a SHA-256 hash of the challenge (base64url). Single use
-- across nodes: spending is one DELETE ... RETURNING (or a DELETE whose row count decides), so of two
-- racing requests exactly one gets the row. purpose is registration, passwordless or second_factor;
-- user_id binds a registration or second-factor challenge to its user, NULL for passwordless (then
-- the id, returned to the client as challenge_id, is the binding).
CREATE TABLE webauthn_challenges (
    id             VARCHAR(64)  PRIMARY KEY,
    challenge_hash VARCHAR(64)  NOT NULL,
    purpose        VARCHAR(16)  NOT NULL,
    user_id        VARCHAR(36)  REFERENCES users (id) ON DELETE CASCADE,
    expires_at     BIGINT       NOT NULL
);
CREATE INDEX webauthn_challenges_expires_idx ON webauthn_challenges (expires_at);
