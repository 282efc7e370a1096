-- Upstream identity providers (API.md §6). The client secret (for apple: the PEM of the team's
-- private key) is stored only sealed with the master key (AES-256-GCM, base64; the associated data
-- names the provider id, so a ciphertext copied to another row does not open); NULL when it comes
-- from configuration (GATEHOUSE_IDP_<ID>_CLIENT_SECRET) or the upstream app has none. List columns
-- (scopes, audiences) hold space-separated values, validated to contain no whitespace; endpoints is a
-- JSON object of overridden endpoint URLs, '{}' in production.
CREATE TABLE identity_providers (
    id                   VARCHAR(32)   PRIMARY KEY,
    type                 VARCHAR(16)   NOT NULL,
    name                 VARCHAR(256)  NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    create_users         BOOLEAN      NOT NULL DEFAULT TRUE,
    trust_email          BOOLEAN      NOT NULL DEFAULT FALSE,
    link_policy          VARCHAR(16)   NOT NULL,
    issuer               VARCHAR(2048),
    client_id            VARCHAR(512)  NOT NULL,
    client_secret_sealed TEXT,
    scopes               TEXT          NOT NULL,
    audiences            TEXT          NOT NULL,
    tenant               VARCHAR(128),
    team_id              VARCHAR(64),
    key_id               VARCHAR(64),
    endpoints            TEXT          NOT NULL,
    created_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL
);

-- Upstream accounts linked to local users, keyed by (provider, upstream subject), never by email
-- (API.md §6). The unique keys decide two nodes racing one first sign-in, and keep one identity per
-- provider and user; their names say which collided. email is the last address the upstream
-- reported, for display only.
CREATE TABLE user_identities (
    provider_id  VARCHAR(32)  NOT NULL REFERENCES identity_providers (id) ON DELETE CASCADE,
    subject      VARCHAR(255) NOT NULL,
    user_id      VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email        VARCHAR(320),
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT       NOT NULL,
    CONSTRAINT user_identities_subject_key UNIQUE (provider_id, subject),
    CONSTRAINT user_identities_user_provider_key UNIQUE (user_id, provider_id)
);

INSERT INTO role_permissions (role_name, permission) VALUES
    ('admin', 'admin:identity-providers:read'),
    ('admin', 'admin:identity-providers:write');
