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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:48:38.538',27,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:48:38.652',1,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:48:38.805',149,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:48:38.850',1,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:48:38.901',18,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:48:38.946',34,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:48:38.950',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:48:38.954',2,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 07:48:38.962',1,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 07:48:38.966',2,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 07:48:38.970',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 07:48:38.993',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 07:48:39.027',0,1);
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
INSERT INTO users VALUES('01a2452d-598f-7833-9bdb-ffdafb608a19','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$c9qASHZ6f0VvfzfiPc9uMw$C5l+HrVutLnPsOQcH/WgaIqzxFSrrZlkIWdTWAmaIFU',0,1796456929678,1796456929678);
INSERT INTO users VALUES('01a2452d-8009-75d4-b644-d14a67f976c8','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$jx2PFWrb/CBQ301EiXeztg$any40Rzg9xUT84e+ScF0Ph2/tIRqsue+4L/QYKuqMc4',0,1796456939528,1796456939528);
INSERT INTO users VALUES('01a2452d-cfa8-79fe-9408-de253795dd7a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$IESsxwlxaJ8w6j47HsXwvQ$brBpVgiLmpTP8ENDu15rsWrvx14xpYkBKwwl7LM9xmY',0,1796456959912,1796456959912);
INSERT INTO users VALUES('01a2452e-75b9-7a26-9eea-6b7ed2a993ef','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$cyEPhdaZE9ShtMlqFa1dBA$GMuwgxHwGkstCxg17ZWldjVUz3i7HHlFAJnKdazlh4M',0,1796457002425,1796457002425);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796456945557);
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
INSERT INTO role_permissions VALUES('admin','admin:identity-providers:read');
INSERT INTO role_permissions VALUES('admin','admin:identity-providers:write');
INSERT INTO role_permissions VALUES('auditor','notes:read');
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a2452d-598f-7833-9bdb-ffdafb608a19','user');
INSERT INTO user_roles VALUES('01a2452d-598f-7833-9bdb-ffdafb608a19','admin');
INSERT INTO user_roles VALUES('01a2452d-8009-75d4-b644-d14a67f976c8','user');
INSERT INTO user_roles VALUES('01a2452d-cfa8-79fe-9408-de253795dd7a','user');
INSERT INTO user_roles VALUES('01a2452d-cfa8-79fe-9408-de253795dd7a','auditor');
INSERT INTO user_roles VALUES('01a2452e-75b9-7a26-9eea-6b7ed2a993ef','user');
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
, login_session_id VARCHAR(36), resource TEXT, signed_in_at BIGINT, prev_refresh_hash VARCHAR(64), prev_rotated_at BIGINT, successor_sealed VARCHAR(160));
INSERT INTO sessions VALUES('synbmhHWbtDI2PJXL6HwZg','01a2452d-8009-75d4-b644-d14a67f976c8','gatehouse',NULL,'LQs1W2yVLsDhI_rOen0ft-8Cctab1uuR9gL306O2vvc',1796456992371,1796456992795,4950056992371,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796456992371,'8kWYVTv_MdzMput7CMnJskfcZ8SO452w5_KT9KJ4Fws',1796456992795,'4MBRuJJQOWtUUTF76lU7FV7fLrN91VOS5yWE5ijWo7VqCspdma-ACXidHjciirnRp4KK_igSBKpxhRpkR1-mdzbNN8Pk2Sc');
INSERT INTO sessions VALUES('2vARqd9DQvPyD4NETnGA0g','01a2452e-75b9-7a26-9eea-6b7ed2a993ef','gatehouse',NULL,'YuqsRrvhvYAMPQNMhe5p6hEKcQUQz4spJQlF_XHxMw8',1796457002942,1796457002942,4950057002942,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457002942,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('8kWYVTv_MdzMput7CMnJskfcZ8SO452w5_KT9KJ4Fws','synbmhHWbtDI2PJXL6HwZg',1796456992795);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('gU0uoVZaxlRPNgixnDtQbQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"gU0uoVZaxlRPNgixnDtQbQ","alg":"RS256","n":"1MyB1N7buCGiylQzYj8psEZjvZuJqGz44PN7sG9UO551jYIMYdIzbPbzTa6k-wP5Fo6jqm4ReoRF5iEOvBVqUJo9QrJMpN3wVqKx2q58AHT18AykSB7TkDe03PaHWxDdb2sNbC8FjL0fFTAcJljGTsXja9V--V8V1d9kDapgzYgF2rbZHUWVRcC4Oz-KuxnWND8-yWg55A94m6JEv637Hpi4UsKAfCHFJX-b1iRLfNe9DCMbBdXJFc9g7Bsrb8uv4VAZTotPEow-smUKc-5ios93Bec9Tvja9gv8ZxWy_PG3FCsJXkwEIECBV8g4sx4wbfooVw0RiC441QIBQx-3qw"}','6BWHrQFBxiXbiex88e7V66iJx883QSTvKKoGUCqb9df3rJSiCqZF7Afr9kySA3ul+kAQf0sPZV/nPYolr2mHVPg/iypPV59aRQy0IccFHFjfJoBQ+yJyha8IRW2EYa2f+OcQHIpAA0eJDWmjUBS4Vpwf6mCbOkXQZ0WcNoFAAZ7lfc+kLzu0gMtLonIgIvxiZvM7KkYxKU9wLBDkAp/Uq2acagTD66oOfyuPVv2To/oviTuRwonau3ekmCYmevm0ufkI67hezhwcaYjhHXd36Ly11b8jW3YEkxbVBrY6D0J3072YzUHyM206R0NLhyyo8jWQptkByEGwtyOX3AjwqZnQu3IxOxMrgHalcj/WPC9Krw4nCEdsRhG2moZL5mdQSiKsU26F3X/ss/PVlQuHgzEko4dKCJuEQePZ1k9bP/dXQpaOBdJMmYGzPeHu87kQKHDfdd6aPW6gZgzKHx52K8kYVMabo69W8/S7VOMkcEPOONVFgTS2Xgs1f6KsyQUosg/sSCTSqRW37G4Qkqjtp9CwL8KrFcI/3DUNwu+/i8UXLHyNQED1iMzL4ryR9cVG4v7YHvnnjbnuiAomV6CdfHlWdWrOQ2EBt6S+88ADIN7uyUt4mZW4jndijrOVZSoXKlO25kJIO9Jta7UX0bklCKK/CRaoobzYCSeiN0w8TOI7+owNdSzeECALg4h2TAiwhhdKxuw2z29FcfCuVhY+W5gygpvG9iYY+9mLk4VQXz4Sob801aaqUx9u1HzwhuFyFmNZedltOUS//hhLEp9B2k9qZeLTURKpP1jEVBy/kJzsmsSOPfcbwmTFNHGen82cY/zKqX5KTJ41tNZAdx4yxPwrW6WhJ5fztp6NrGVkcl+EYZQbCtoO+fyPnvK0AE1CHCOdqje2Lh2l61V1LNGWVQ7dL4Gjh3ZEe92dha21lxNzEgD7WxYkYL3vnZZ4Bq6+W8dd+U6DM7IoUOvDz6Ph2EYG6y2CBi1g6iXKOCerndFp7AZJbxMBXFMPpcVo8VYmHlZEE+XgjKohoPXQLkJgaji4X/7o0XQpgAxYwe11pCJRkij4BWTc9TjiZn1zw8yTE0YcoD8/l+97T1lnpTEiS3/mxOzadgm94XfytV0Oty7fLNb3WmqiIR/nFQd61AsBTxqxeW0D4zoN+Ke/z90FptTysagFSmbc7u8YlmVDk4TTlqmI7UEl9KGYDinJKxGvQjWtXfZ0XzNW5YZvBVIHRH18dBD8aDP0Yl1cEe8Qa8irsiGmqLaQEuZh70rnWlMQFI/RPs7+/2vRGmFYYovdv81bor9oP/c38zkfuGBrjGPW8zrrTnmjkwOrV8eI1FX2OIr0dfxODwXj4yCWAGSxEvVevFXkpB6sMRG0EpfesaLO8CDMI3Lb5tuHSaZl5XDMI3tRVl0gEBjbKWbl9t4B80C4TaJM46rvJaMOVPm2XIOwmDJ+IVcHIwzne4GSAlrwL4XMrDetMvqZAweHMPm9eksyaxB8LceyqIgvFLKGP4r0zkAA6jiFvQD23HEPp9xvLEb19DVLqRZrKTydsjahNuokbYdtVO9JGloXgRlf+SoY7MQGGYjrw2o1MCrehHu43dZLssOhYc8BvtNe18SLZSGTJLqrx1jokonPdnmjWf+OTvyytHRkNxVaptI=','active',1796456976849,NULL);
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
INSERT INTO audit_events VALUES('01a2452d-5a58-7d4b-928d-32c264bbf9cb','user_create','success','01a2452d-598f-7833-9bdb-ffdafb608a19','cli',NULL,NULL,'roles=[user, admin]',1796456929880);
INSERT INTO audit_events VALUES('01a2452d-814d-7aa8-863d-0ff9b2a702dc','user_create','success','01a2452d-8009-75d4-b644-d14a67f976c8','cli',NULL,NULL,'roles=[user]',1796456939853);
INSERT INTO audit_events VALUES('01a2452d-98ed-7d27-ba3a-f571e9617360','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796456945902);
INSERT INTO audit_events VALUES('01a2452d-d3e4-7e33-b3fa-5f3cc9b611c4','user_create','success','01a2452d-cfa8-79fe-9408-de253795dd7a','cli',NULL,NULL,'roles=[user]',1796456960996);
INSERT INTO audit_events VALUES('01a2452d-f5d0-7f9c-ac4a-853351de4581','admin_user_roles','success','01a2452d-cfa8-79fe-9408-de253795dd7a','cli',NULL,NULL,'roles=[user, auditor]',1796456969680);
INSERT INTO audit_events VALUES('01a2452e-1422-78fa-8d81-2e878d5d4b0e','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796456977442);
INSERT INTO audit_events VALUES('01a2452e-29d4-7173-b042-859089e30cda','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796456982996);
INSERT INTO audit_events VALUES('01a2452e-4e76-7fd9-9502-09eb8b70ed3f','login','success','01a2452d-8009-75d4-b644-d14a67f976c8','01a2452d-8009-75d4-b644-d14a67f976c8',NULL,'127.0.0.1','session=synbmhHWbtDI2PJXL6HwZg',1796456992374);
INSERT INTO audit_events VALUES('01a2452e-52bc-79c4-ab71-6594db9fed63','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796456993468);
INSERT INTO audit_events VALUES('01a2452e-766f-734a-80d5-e1f76ea0dc70','user_create','success','01a2452e-75b9-7a26-9eea-6b7ed2a993ef','cli',NULL,NULL,'roles=[user]',1796457002607);
INSERT INTO audit_events VALUES('01a2452e-77c0-7c48-878a-69889b8517f8','login','success','01a2452e-75b9-7a26-9eea-6b7ed2a993ef','01a2452e-75b9-7a26-9eea-6b7ed2a993ef',NULL,'127.0.0.1','session=2vARqd9DQvPyD4NETnGA0g',1796457002944);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','qEvcMhBEXUl2knHgPBpRQHrYDanVt0H9bZaJs7V8YE0','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796456975994,1796456975994,NULL,'');
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
, idp VARCHAR(32));
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
, resource TEXT, session_created_at BIGINT);
CREATE TABLE identity_providers (
    id                   VARCHAR(32)   PRIMARY KEY,
    type                 VARCHAR(16)   NOT NULL,
    name                 VARCHAR(256)  NOT NULL,
    enabled              INTEGER      NOT NULL DEFAULT 1,
    create_users         INTEGER      NOT NULL DEFAULT 1,
    trust_email          INTEGER      NOT NULL DEFAULT 0,
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','/hL5toquvubl+w7AGtK3PDTjwURvzawmYowqBGjiMlYg9D/ueQBlGAY4YPWCOSNq4hoA','read:user user:email','',NULL,NULL,NULL,'{}',1796456982596,1796456982596);
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
CREATE INDEX sessions_prev_refresh_hash ON sessions (prev_refresh_hash);
CREATE INDEX sessions_successor_sealed ON sessions (prev_rotated_at) WHERE successor_sealed IS NOT NULL;
CREATE INDEX upstream_logins_binding ON upstream_logins (binding_hash);
CREATE INDEX upstream_logins_expires ON upstream_logins (expires_at);
COMMIT;
