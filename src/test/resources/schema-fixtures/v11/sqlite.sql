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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:25:27.096',3,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:25:27.121',9,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:25:27.128',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:25:27.167',7,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:25:27.189',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:25:27.214',14,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 08:25:27.236',5,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 08:25:27.241',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 08:25:27.258',13,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 08:25:27.302',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 08:25:27.306',1,1);
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
INSERT INTO users VALUES('01a2454f-0504-7f03-87dc-e735e3a69693','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$zlx0reTdS2ol7l27sr6Bzg$I76Oef5hwegVTk2DtQgHi46cFQ/Z1tRORahOhsokpyk',0,1796459136260,1796459136260);
INSERT INTO users VALUES('01a2454f-2338-7597-8db0-dbdbc3d836b6','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$t3YbxoTeehmDTiUv9U3o6Q$wr5ziRlXP9DtZ10VmWTvsZwUO1+GjKWfFvscvhLl92Q',0,1796459143992,1796459143992);
INSERT INTO users VALUES('01a2454f-4b1e-7efc-88fd-8a645814ab7d','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ren26iGl0YKC/ii2vjOunA$nNOZqo5Q45L+Jhbk7yNDlfzUtqdv19Otc0q2TmFNPMY',0,1796459154198,1796459154198);
INSERT INTO users VALUES('01a2454f-daf1-7ff1-b06d-cd6cb40f1a45','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$3j9amPPqdutE+5nkKICa2w$auVz6tC5gWwsf6xkPnpdEBtqEOvbG9JA2iSACEifNkI',0,1796459191024,1796459191024);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796459149896);
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
INSERT INTO user_roles VALUES('01a2454f-0504-7f03-87dc-e735e3a69693','user');
INSERT INTO user_roles VALUES('01a2454f-0504-7f03-87dc-e735e3a69693','admin');
INSERT INTO user_roles VALUES('01a2454f-2338-7597-8db0-dbdbc3d836b6','user');
INSERT INTO user_roles VALUES('01a2454f-4b1e-7efc-88fd-8a645814ab7d','user');
INSERT INTO user_roles VALUES('01a2454f-4b1e-7efc-88fd-8a645814ab7d','auditor');
INSERT INTO user_roles VALUES('01a2454f-daf1-7ff1-b06d-cd6cb40f1a45','user');
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
INSERT INTO sessions VALUES('aWPszLQhZPDlmuWgQGxsNg','01a2454f-2338-7597-8db0-dbdbc3d836b6','gatehouse',NULL,'PsUTLy8kkiQxnW7XBDDI8hiuMPpQdqW42q82IrGigFU',1796459180662,1796459181120,4950059180662,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796459180662,'mVdOSOs-6aX8sfftYWjrXV2VP-aWYVlGNrnEUDpZueg',1796459181120,'Sy5fAb7hZkkT0bPnquRPeG9iv6jk11W4fC54IzxsEZdqBCfDte0ZQ5AkOY5HZGi7Tp8ezJq0SDQD0xENzmtxPbVEVMp66L0');
INSERT INTO sessions VALUES('P1tH0zIv6ARMre6w4pMUow','01a2454f-daf1-7ff1-b06d-cd6cb40f1a45','gatehouse',NULL,'YUJi0hYu9xhN0dj3YoPSvJej8hzC2CR0vmQINuSVoR4',1796459191689,1796459191689,4950059191689,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796459191689,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('mVdOSOs-6aX8sfftYWjrXV2VP-aWYVlGNrnEUDpZueg','aWPszLQhZPDlmuWgQGxsNg',1796459181120);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('oid6dTHVIcZyYVgcSAhV-w','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"oid6dTHVIcZyYVgcSAhV-w","alg":"RS256","n":"nWJtllKg9TM_EfLnBZ7iwXmOpVZDfx5OpZaaV9VeBl3Lurq0c1maBzK7fJVA0HsxLxMf_Xrkbx3eeS4ken-ufEVe2seg1Siiwse0YOrezwpK6PoPYm_3_Mv1mS89XHGGdXypfy0s6LlpZuinr1jVIkf8B-JLk-1u58cWRvpEYPrIFS_oKVMkcFqvAKGye_0_N9VtJgecouKGkSdY0DmdEFFr5MGAw0w2agPNJmxIK98Hpe1fFbCp8STcbhYM8oXAbGLR95_g4ejFBOzTTXRMdkKQwdffuI_GTS9nDEbQt1UClKrcpdzQScrylmYyY2xOEeJAoGa9qm8CDQ0vzatdSQ"}','2nHPGC3QHz9Sxb2Yqdd5uXBnBnmR4Oty4MM8e02bFanNbVQl5xfBjsq3Rotje1ZXgUmvGMloSmUG2vDD+Eic24klw3AtjnUfMm4FDu0Pa/Ue+ZJaAr4iMWAEl7+4VniictBJCIHw9tsMC/3NGUCWzNjzTaid81FBCzdaMVD7GD5V2Su+CNWxnPByhbHmRIMlwnQyaW7krgT5U73fTLadqPS3BhpJWF/Xmjjp3iclTD/yf3HynELsdD96wq7JbqKZf1n0FSiZUK7wrWmNAhccssP9zFpYlD41pig8QckBExT9UWFC20QOrlsjuhhakZcw2w3S7QgRtlXPG2VcJgbltRSf7ipDp7fLLc+EXjfgiVYQKh/kAmtAYIsiHAeuOoQ5HW3qiI3SFcBLRbolfvmh0oWBRTDKPzspg4atF7xQ6LmYJnzvTMLim2fBmY+9CFib1R5qabP6l/OtfUAJs1RmuzS3xU4d1Jp0MMhQ/N2U3wZ4YFduLK0y0Ljs+tMNz5u1n9Oq0P8sWNrokGMa/YPDwp7DmhPK4Xae8RawwkFiibvwqG4syLHjKwDRfdWtYqSaErlg26gaPyN4mrbgVS11C4ACQqNX+0WkpGbtd0veYsJCJWNGWjqvcaM28v/HU9/0mUvLvrc3lx9WalV+OLyxGVFUsbJM6TGiGcjOHsEz+h8SM3u9FZGYAvIH1CqMc8yH4g96y3rlyRnuB5kYSmu4HJQQXMmL7If7Nl/GH80DsrZzxyqfsONKHXoz/LwhTdqUa98aZDzO4LCDXSXq3RKgOOvAUY4+xugR/jKb1zZVQq/bO3esq99a5Ecd0uBukr/vpNjqJ1MMUHjxBv3WqoWNvfFPVuoGfQDqS0NThK6YXSW3kcYV347xGmCeHNuVEkzMLSEFQLhWz2Ex8ETMbWG9ZJVRVGaNpSKqySw6NufbREwKdl3cP1YtjuUWzhKLIIrSbAlt5xaEIudyHNnnzxYbWRLxgGZtkqTjhZTbM2L2MC0igqoYanYdCOpJFuUJlO1YrmtgtzgXr8bNhXFq4aOfi3DjAFCkCqn28XipxW6Km1UPzigd2qmwrjoL6Zss7mhkxyypGKiHAJ8l/IFRDC+vOFK51+onNurenBoJmbR0aAXQXhghejpKCmiU1boOop5NDWKD0bbiWQmbUJopwOERJ4+Gw04b7xM2fY+ajwGjmlvIIag+j+NzpwXxsovWezosbipF0RDnBj13CUgsl/1vMySYLkZWXWqWF20IuvRpn1Vv9XzAQFRq9KwdvbzHeQd1DnnAyA4kEwaOXIgDKdxYIoYwZfpVj5Sl5fIMG2r9jIF1o62EwwliHyVBbdWNM1l9OJ+Js1R6MVs5J+sGVwDo3P77XcKhrV2OYF6drDlO3v1W8BTQxQF/zKgolGk9z6U8gOVGGf0jKeuOfSHRPzrG5oph8dVNcfLO8gtYR/ti3vtWIA1td9isMHtk/2aA0cbucY3ExnVNkPdBI2jNO4YVDC4kALObgEYDc+/O0qCnWnpd0+dTLIDJBgNKzKFx9O7q1DCOczk1AR9+0jxA+l/uu/IlpCWzUXnHSl9PCEjas+yH5wH+nAkphsxWv6V+12DXMEbF8qPq6dsO4FLpZpw4ogbNAztUhy2XiNBTfhqG1hwa5p9qEykfqtdJAAEl0w==','active',1796459165198,NULL);
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
INSERT INTO audit_events VALUES('01a2454f-0550-72ed-b360-6b00389c2033','user_create','success','01a2454f-0504-7f03-87dc-e735e3a69693','cli',NULL,NULL,'roles=[user, admin]',1796459136336);
INSERT INTO audit_events VALUES('01a2454f-23ca-7c4c-a49d-4d1dcdffd781','user_create','success','01a2454f-2338-7597-8db0-dbdbc3d836b6','cli',NULL,NULL,'roles=[user]',1796459144138);
INSERT INTO audit_events VALUES('01a2454f-3bd4-752f-a91d-1cf0af34a44b','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796459150292);
INSERT INTO audit_events VALUES('01a2454f-4bd4-7a19-b6d5-13376832565d','user_create','success','01a2454f-4b1e-7efc-88fd-8a645814ab7d','cli',NULL,NULL,'roles=[user]',1796459154388);
INSERT INTO audit_events VALUES('01a2454f-5f86-7d88-a214-c49ea4f54ab6','admin_user_roles','success','01a2454f-4b1e-7efc-88fd-8a645814ab7d','cli',NULL,NULL,'roles=[user, auditor]',1796459159430);
INSERT INTO audit_events VALUES('01a2454f-78e1-710c-87a2-66cc7de64006','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796459165921);
INSERT INTO audit_events VALUES('01a2454f-b2c5-71c0-abb7-0fa764f3e2d8','login','success','01a2454f-2338-7597-8db0-dbdbc3d836b6','01a2454f-2338-7597-8db0-dbdbc3d836b6',NULL,'127.0.0.1','session=aWPszLQhZPDlmuWgQGxsNg',1796459180741);
INSERT INTO audit_events VALUES('01a2454f-b639-700d-a7f4-ca62f1aee8af','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796459181625);
INSERT INTO audit_events VALUES('01a2454f-dbbb-7fef-afd4-07c2fb754096','user_create','success','01a2454f-daf1-7ff1-b06d-cd6cb40f1a45','cli',NULL,NULL,'roles=[user]',1796459191227);
INSERT INTO audit_events VALUES('01a2454f-dd8a-7d60-bddf-14547f928643','login','success','01a2454f-daf1-7ff1-b06d-cd6cb40f1a45','01a2454f-daf1-7ff1-b06d-cd6cb40f1a45',NULL,'127.0.0.1','session=P1tH0zIv6ARMre6w4pMUow',1796459191690);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','VDWYVrTksLZKVUB9gpIM8erq4wEqaktr3apYcufqdsQ','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796459164352,1796459164352,NULL,'');
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
, resource TEXT, session_created_at BIGINT);
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
COMMIT;
