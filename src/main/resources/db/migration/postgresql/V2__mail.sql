-- Account lifecycle by mail: single-use links (verification, password reset) and the mail outbox.

-- Links sent by mail. Stored only as SHA-256 of the token; the purpose is part of the row and is
-- checked on use, so a reset token never verifies an email and the reverse. For email_verify,
-- email is the address the link proves (a pending new address until it is verified).
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);

-- Mail accepted for delivery. A background sender on each node claims due rows with a conditional
-- UPDATE (lease_owner, lease_until) before sending, so two nodes never send one row twice; a failed
-- attempt is retried at next_attempt_at with exponential back-off. Bodies are encrypted with the
-- master key (they carry single-use links) and erased once sent.
CREATE TABLE mail_outbox (
    id              VARCHAR(36)  PRIMARY KEY,
    kind            VARCHAR(64)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(512) NOT NULL,
    text_enc        TEXT         NOT NULL,
    html_enc        TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at BIGINT       NOT NULL,
    lease_owner     VARCHAR(64),
    lease_until     BIGINT,
    last_error      VARCHAR(512),
    created_at      BIGINT       NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
