-- OAuth clients (API.md §5). List columns hold space-separated values: redirect URIs, grant types
-- and scope tokens are validated to contain no whitespace. The client secret is stored only as a
-- SHA-256 hash (it is 256 random bits, so no slow hash is needed); NULL for clients without one.
CREATE TABLE oauth_clients (
    client_id                    VARCHAR(128)  PRIMARY KEY,
    name                         VARCHAR(256)  NOT NULL,
    client_type                  VARCHAR(16)   NOT NULL,
    secret_hash                  VARCHAR(64),
    token_endpoint_auth_method   VARCHAR(32)   NOT NULL,
    redirect_uris                TEXT          NOT NULL,
    post_logout_redirect_uris    TEXT          NOT NULL,
    grant_types                  TEXT          NOT NULL,
    scopes                       TEXT          NOT NULL,
    jwks                         TEXT,
    jwks_uri                     VARCHAR(2048),
    first_party                  BOOLEAN      NOT NULL DEFAULT FALSE,
    access_token_ttl_seconds     BIGINT,
    refresh_token_ttl_seconds    BIGINT,
    id_token_signed_response_alg VARCHAR(16)   NOT NULL,
    created_at                   BIGINT        NOT NULL,
    updated_at                   BIGINT        NOT NULL
);

-- private_key_jwt assertions already used (RFC 7523 §3 item 7): kept until they expire, so a
-- replay is refused; the primary key makes the check one atomic insert.
CREATE TABLE client_assertion_jtis (
    client_id  VARCHAR(128) NOT NULL,
    jti        VARCHAR(256) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE INDEX client_assertion_jtis_expires ON client_assertion_jtis (expires_at);

INSERT INTO role_permissions (role_name, permission) VALUES
    ('admin', 'admin:clients:read'),
    ('admin', 'admin:clients:write');
