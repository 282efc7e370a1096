PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "flyway_schema_history" (
    "installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL
);
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:23:23.274',7,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:23:23.291',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:23:23.302',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:23:23.323',1,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:23:23.363',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:23:23.395',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 08:23:23.419',0,1);
CREATE TABLE users (
    id             VARCHAR(36)  PRIMARY KEY,
    username       VARCHAR(256) NOT NULL,
    username_norm  VARCHAR(256) NOT NULL UNIQUE,
    -- Look-alike key (confusable letters mapped to Latin): one account per skeleton, so "pаypal"
    -- with a Cyrillic а cannot sit beside "paypal".
    username_skeleton VARCHAR(256) NOT NULL UNIQUE,
    email          VARCHAR(320),
    email_norm     VARCHAR(320) UNIQUE,
    email_verified INTEGER      NOT NULL DEFAULT 0,
    name           VARCHAR(256),
    password_hash  VARCHAR(512),
    disabled       INTEGER      NOT NULL DEFAULT 0,
    created_at     BIGINT       NOT NULL,
    updated_at     BIGINT       NOT NULL
);
INSERT INTO users VALUES('01a2454d-12bd-70ef-9940-dc506075def1','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$/q+HdlBu6K8S2cbZzQB2aA$OlQSrVsYoRWCIqN0Mz9FvwMx/fZpieEpAwJ4lBfwbNo',0,1796459008701,1796459008701);
INSERT INTO users VALUES('01a2454d-26b5-7f46-a2c8-43fed69ead11','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$n046rXDqlVoEhS62bF/7WA$1uQTSiq+RftAB5cQBqTA7MgQKQYER8QbGMa0D/0rRXc',0,1796459013813,1796459013813);
INSERT INTO users VALUES('01a2454d-4f8c-7f64-8a6b-a16ecc7b6f80','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$axeLiY3oVEPFbLkq1EHQJQ$VniMoY/lA5tTe7OPsyexBMsiWCJfOsJfTAtIvG/WIrU',0,1796459024268,1796459024268);
INSERT INTO users VALUES('01a2454d-a174-7a58-83e5-8cdea9944644','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$nUinuGEyTR/RkLXYzdtNEA$ZhschIepAplVQBXGOLpPpI2Ku/j8g+J41fYfS8i3x6Y',0,1796459045236,1796459045236);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796459018190);
CREATE TABLE role_permissions (
    role_name  VARCHAR(64)  NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    permission VARCHAR(128) NOT NULL,
    PRIMARY KEY (role_name, permission)
);
INSERT INTO role_permissions VALUES('admin','admin:users:read');
INSERT INTO role_permissions VALUES('admin','admin:users:write');
INSERT INTO role_permissions VALUES('admin','admin:roles:write');
INSERT INTO role_permissions VALUES('admin','admin:sessions:write');
INSERT INTO role_permissions VALUES('admin','admin:keys:write');
INSERT INTO role_permissions VALUES('admin','admin:events:read');
INSERT INTO role_permissions VALUES('admin','admin:roles:read');
INSERT INTO role_permissions VALUES('admin','admin:sessions:read');
INSERT INTO role_permissions VALUES('admin','admin:keys:read');
INSERT INTO role_permissions VALUES('admin','admin:clients:read');
INSERT INTO role_permissions VALUES('admin','admin:clients:write');
INSERT INTO role_permissions VALUES('auditor','notes:read');
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a2454d-12bd-70ef-9940-dc506075def1','user');
INSERT INTO user_roles VALUES('01a2454d-12bd-70ef-9940-dc506075def1','admin');
INSERT INTO user_roles VALUES('01a2454d-26b5-7f46-a2c8-43fed69ead11','user');
INSERT INTO user_roles VALUES('01a2454d-4f8c-7f64-8a6b-a16ecc7b6f80','user');
INSERT INTO user_roles VALUES('01a2454d-4f8c-7f64-8a6b-a16ecc7b6f80','auditor');
INSERT INTO user_roles VALUES('01a2454d-a174-7a58-83e5-8cdea9944644','user');
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
, login_session_id VARCHAR(36));
INSERT INTO sessions VALUES('algdYHwAPSTh-UinAsRQZQ','01a2454d-26b5-7f46-a2c8-43fed69ead11','gatehouse','','A9-uDJjw8XluT1HNB_r3U073F2lwBwQQAlPnWZyx3Uk',1796459040538,1796459040774,4950059040538,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('H8MrhrXK9GK2rMawmskhEw','01a2454d-a174-7a58-83e5-8cdea9944644','gatehouse','','EKQnRuy8eE6KF62lDwb2LqDAIUe3Dv04SSuXkSAunLg',1796459045691,1796459045691,4950059045691,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('8KqYqt3aA63GwXO9NhWK3WqzVt8bhDJVLO4XOtg_e5A','algdYHwAPSTh-UinAsRQZQ',1796459040774);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('J8BPJXuUj5rgG5OaxCbp8A','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"J8BPJXuUj5rgG5OaxCbp8A","alg":"RS256","n":"4QC0PVEc7QCzUz1KXkDjnv8D5lthz4BKJOAvfDQ32DqiUztG99T2VRBCT-8RRXMQWYv78cTMwyNoxXdtTKs1AK7N19VoXZGEuGY4UFmIPuPfSNzVbM8ypwn-PfS9dLY1AQhSZ5AjhmEGeQqZbktaChS0lOH3vYkqo5GcdhaRdKTHFcOiDuW75hstITyXcgM97ICLNmfOTqrdeX-Of49aovfiAPFV-LIc5hIvVdjIZ3OxpTj16a4r6NKnPi8wQyQ99gE5oMGQb_6FdYMMdGcLWMBV-5SQdC234a3BU_iTatvTiarwpzOI9Cl_yFO2o4ciuDDIHnZeBkHZAQUeXP7Rzw"}','UzslNYbJSizAvsZ1QtJKxezb7fATRdrBT7cYO1VY9+gLCGiZuMjWTM/102gSPpLZF9HzQ4/RFJyulLyZ5g+mSLKogaDNJmpJPexZhW6VMrjcCjFAzIXH9sHAI8jnmzPfMRcvdrfYl8cSgN7edjnz/ZSLYsd+RvP2Fqhyf3eTnRdVk4mTLYZCbG/a21b7f7HqjWPFKbHHUtbB9afGddSLB0fQK1SxuELHvMbPeCBYJ0MVg6A5K0BabLO2Otkwz5635XmEeytgxSfVA0pOYWbBC2a4ibqGfEN4jBtc24bw9/Stvupdif+rctUwhMqrv5/GvKOsBV/Z+Uggq2aZDyV8iQ1iZYIc4BSl1F+8s9jPng4aST9+pNwKhhjOkNc2inID1x7yIKJyzoFRV5cjX+1cNdcTe1K0QIEBALfr363TUR8PtERY3tigl/nCvifxVG1br6SwW8VgrQDQKiRH/kknZ/qunBYKpNb8Fm6m9WDHc0W4rfMNHmZAMGJi+/NI5eq+y3cpuntBF1G5DOoKuOk1Cta08KgGMvmE0a9sHU8RCfGbtM1yqHdkukOUGS9n4ek2KgnIvJdslDceOctbhtPHI41dM/78SQwsHv6V6Ka0C+P7Lk/1UXNCRMu2eGOCvLb7Xt1mh/dA5Z6PdYj9HuTct6PqAPnHOVf4b4yvZeXL0j/RRlqhRh+c38asGUXeilODuPM/YKA7K/T0wyBKz5SyTaDR7GwrqzaRcpnYgLqu2nqu6pdiJzAkQBNXB0bgsjQgzowy6vu7VjIHIgisX4uUBo+lHiqHm79eDDWeTx2aOqj85Ggx/5snp+juqfeoYrREE4dpJxiMLtHvHl813giW79T18hcQUxWsXbCOaBGrBRKU+8krj/bHd5W+OYbusz6YNBoGV7YfP070VGM0bDJijE+FIspN/L0dPxVv8pyI480ZdOyAe8yfJvF/8MHEJsWlDrhNVmKQ1Lx6/uVyGeF6HIh+ptZu/0kg97CG+Us+jq8IFmiV/4mk8e0eNp3DU/0rPflKOTXp34CkrAnjJDkFQcQhMQ8RgzhZf3pVdPhsVvPnNZn1S2Tj34qRDszrpOAa0bH+G7tb6FUSIaDhNJU0pUpyzbEAEL5OJKPVeQR6Y3DVYpSdSuzNzKB6sjXHXM/sR8CVwd1gHL/Hwv2cLcw8AzFBs+zecTill3mzJizhIRs7Eoja1dK/gvjMDvRf1flFrppjAO7m92mqupmmjpK8lMqY2F0uP7CzMmYZvO3hYM37NHg9slKisxq8CZDNzYEaH4qpjFdWvaqBUTO4mLZYN0+6kP0SAGD6wwsPD0EOfPz3uhzvsSaPihacEhjB0mmnVxEBJCsZvBOLGsmO7yzpDmtm58cJRZZ7weZsgMX4fv8oWqbNlt6BNJz4GWLQEOHrHyAuKqe+flcNR0JLjO5A044/Iz9uYg4srTj3G2fUzgI5y3BoxcKZAPgGIEu6llane21BaVQkEVtoXsqk/v8RgKN5HC88esg68P5+78VDyqmCm1Uo3fejL4Ck5yueXdD4/vFpC1sHnyv/m9/hH/782ZChEd7eqPv2jdCfnlwwNE1+uPrgIiv1VH6zfnFYQ/wSQFaAG7uQFBQ7cDzVEOea9niXdNDUpzKH7XefNusOImeBNRgut0nB41uJrU2p','active',1796459033738,NULL);
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
INSERT INTO audit_events VALUES('01a2454d-130a-75a0-8ed7-3ca15aee0062','user_create','success','01a2454d-12bd-70ef-9940-dc506075def1','cli',NULL,NULL,'roles=[user, admin]',1796459008778);
INSERT INTO audit_events VALUES('01a2454d-61c5-7f61-8074-d8a38e7a48d4','admin_user_roles','success','01a2454d-4f8c-7f64-8a6b-a16ecc7b6f80','cli',NULL,NULL,'roles=[user, auditor]',1796459028934);
INSERT INTO audit_events VALUES('01a2454d-7571-7412-a124-f8afee0d2f5b','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796459033969);
INSERT INTO audit_events VALUES('01a2454d-8f1d-7fb6-8a6d-09963283c4c2','login','success','01a2454d-26b5-7f46-a2c8-43fed69ead11','01a2454d-26b5-7f46-a2c8-43fed69ead11',NULL,'127.0.0.1','session=algdYHwAPSTh-UinAsRQZQ',1796459040541);
INSERT INTO audit_events VALUES('01a2454d-9273-7824-a8c1-7159387a8132','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796459041395);
INSERT INTO audit_events VALUES('01a2454d-a22c-7fef-a450-a8327772aaf8','user_create','success','01a2454d-a174-7a58-83e5-8cdea9944644','cli',NULL,NULL,'roles=[user]',1796459045420);
INSERT INTO audit_events VALUES('01a2454d-a33c-71e0-9dbe-812ae16206a6','login','success','01a2454d-a174-7a58-83e5-8cdea9944644','01a2454d-a174-7a58-83e5-8cdea9944644',NULL,'127.0.0.1','session=H8MrhrXK9GK2rMawmskhEw',1796459045692);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
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
CREATE TABLE job_leases (
    name       VARCHAR(64) PRIMARY KEY,
    holder     VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL
);
INSERT INTO job_leases VALUES('audit_purge','',0);
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
    first_party                  INTEGER      NOT NULL DEFAULT 0,
    access_token_ttl_seconds     BIGINT,
    refresh_token_ttl_seconds    BIGINT,
    id_token_signed_response_alg VARCHAR(16)   NOT NULL,
    created_at                   BIGINT        NOT NULL,
    updated_at                   BIGINT        NOT NULL
);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','wC9paajW9Y05WZAU0KcF1_iR65XDCyl1MnqcvzrSzps','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796459032842,1796459032842);
CREATE TABLE client_assertion_jtis (
    client_id  VARCHAR(128) NOT NULL,
    jti        VARCHAR(256) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE TABLE login_sessions (
    id                   VARCHAR(36)  PRIMARY KEY,
    user_id              VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash           VARCHAR(64)  NOT NULL UNIQUE,
    password_fingerprint VARCHAR(64)  NOT NULL,
    auth_time            BIGINT       NOT NULL,
    amr                  VARCHAR(128) NOT NULL,
    created_at           BIGINT       NOT NULL,
    expires_at           BIGINT       NOT NULL,
    last_seen_at         BIGINT       NOT NULL,
    revoked_at           BIGINT,
    ip                   VARCHAR(64),
    user_agent           VARCHAR(512)
);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
CREATE TABLE authorization_requests (
    handle_hash VARCHAR(64) PRIMARY KEY,
    parameters  TEXT        NOT NULL,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);
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
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE UNIQUE INDEX roles_name_lower ON roles (lower(name));
CREATE INDEX role_permissions_permission ON role_permissions (permission, role_name);
CREATE INDEX user_roles_role ON user_roles (role_name, user_id);
CREATE INDEX client_assertion_jtis_expires ON client_assertion_jtis (expires_at);
CREATE INDEX login_sessions_user ON login_sessions (user_id);
CREATE INDEX login_sessions_expires ON login_sessions (expires_at);
CREATE INDEX authorization_requests_expires ON authorization_requests (expires_at);
CREATE INDEX authorization_codes_expires ON authorization_codes (expires_at);
CREATE INDEX sessions_login_session ON sessions (login_session_id);
CREATE UNIQUE INDEX signing_keys_one_active_per_alg ON signing_keys (alg) WHERE status = 'active';
COMMIT;
