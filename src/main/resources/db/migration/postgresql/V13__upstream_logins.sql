-- Sign-in through upstream identity providers (API.md §6): what a browser round trip to a provider
-- must remember until it comes back, on any node. One row per
--   round_trip:  keyed by the SHA-256 of the `state` sent upstream; bound to the browser by the
--                SHA-256 of a random value in a short-lived cookie; the PKCE verifier and where to
--                continue (a local return_to, e.g. a pending authorization request) sealed with the
--                master key (AES-256-GCM, the key hash as associated data);
--   confirm:     an upstream sign-in whose email matched an account, waiting for that account's
--                password (link_policy confirm), keyed by the SHA-256 of a ticket in the page's form;
--   link_ticket: a signed-in user's request to link a provider, keyed by the SHA-256 of the ticket
--                in the authorization_url handed to their app.
-- Every row is spent by one DELETE that only one caller can win (a replayed callback finds nothing);
-- housekeeping deletes expired rows.
CREATE TABLE upstream_logins (
    key_hash         VARCHAR(64)  PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL,
    provider_id      VARCHAR(32)  NOT NULL,
    binding_hash     VARCHAR(64),
    nonce            VARCHAR(256),
    verifier_sealed  TEXT,
    return_to_sealed TEXT,
    user_id          VARCHAR(36)  REFERENCES users (id) ON DELETE CASCADE,
    subject          VARCHAR(255),
    email            VARCHAR(320),
    amr              VARCHAR(128),
    created_at       BIGINT       NOT NULL,
    expires_at       BIGINT       NOT NULL
);
CREATE INDEX upstream_logins_binding ON upstream_logins (binding_hash);
CREATE INDEX upstream_logins_expires ON upstream_logins (expires_at);

-- The provider a login session was signed in through (the ID token's idp claim); NULL for a password.
ALTER TABLE login_sessions ADD COLUMN idp VARCHAR(32);
