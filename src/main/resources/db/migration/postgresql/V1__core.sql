-- Core schema. Timestamps are UTC epoch milliseconds (BIGINT) so both dialects share one mapping.
-- Tokens are stored only as SHA-256 hashes, never as issued.

CREATE TABLE users (
    id             VARCHAR(36)  PRIMARY KEY,
    username       VARCHAR(256) NOT NULL,
    username_norm  VARCHAR(256) NOT NULL UNIQUE,
    -- Look-alike key (confusable letters mapped to Latin): one account per skeleton, so "pаypal"
    -- with a Cyrillic а cannot sit beside "paypal".
    username_skeleton VARCHAR(256) NOT NULL UNIQUE,
    email          VARCHAR(320),
    email_norm     VARCHAR(320) UNIQUE,
    email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    name           VARCHAR(256),
    password_hash  VARCHAR(512),
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     BIGINT       NOT NULL,
    updated_at     BIGINT       NOT NULL
);

CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  BIGINT      NOT NULL
);

CREATE TABLE role_permissions (
    role_name  VARCHAR(64)  NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    permission VARCHAR(128) NOT NULL,
    PRIMARY KEY (role_name, permission)
);

CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);

CREATE TABLE sessions (
    id           VARCHAR(64)  PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id    VARCHAR(128) NOT NULL,
    scope        TEXT,
    refresh_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT       NOT NULL,
    expires_at   BIGINT       NOT NULL,
    revoked_at   BIGINT,
    user_agent   VARCHAR(512),
    ip           VARCHAR(64)
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every refresh token already rotated away, so that presenting one again is recognised as reuse
-- (RFC 9700 §4.14.2) and revokes the session.
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);

CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
-- At most one active key: two nodes starting together cannot both create one.
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';

-- Failed-login counters per normalised identifier, shared by every node.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);

CREATE TABLE audit_events (
    id         VARCHAR(36)  PRIMARY KEY,
    type       VARCHAR(64)  NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,
    user_id    VARCHAR(36),
    actor      VARCHAR(256),
    identifier VARCHAR(512),
    ip         VARCHAR(64),
    detail     TEXT,
    created_at BIGINT       NOT NULL
);
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);

INSERT INTO roles (name, description, built_in, created_at) VALUES
    ('user', 'Every registered user', TRUE, 0),
    ('admin', 'Full administrative access', TRUE, 0);
INSERT INTO role_permissions (role_name, permission) VALUES
    ('admin', 'admin:users:read'),
    ('admin', 'admin:users:write'),
    ('admin', 'admin:roles:write'),
    ('admin', 'admin:sessions:write'),
    ('admin', 'admin:keys:write'),
    ('admin', 'admin:events:read');
