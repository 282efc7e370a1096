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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:43:13.899',27,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:43:14.122',1,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:43:14.302',170,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:43:14.357',1,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:43:14.362',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:43:14.365',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:43:14.368',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:43:14.371',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 07:43:14.627',30,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 07:43:14.711',16,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 07:43:14.799',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 07:43:14.902',1,1);
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
INSERT INTO users VALUES('01a24528-9c60-74f9-ab85-7767828f9f62','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$CrHzeyfBkh9V8KFR3OGOjg$328/RlzWrjKwY2eJorhumXRSnDNe9U8MuwotwczEFWY',0,1796456619104,1796456619104);
INSERT INTO users VALUES('01a24528-e46c-708e-b3b5-e9bcf82aa8dc','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$YZGNGqzupsgZUqwVvaZYfQ$uSgTPnuc0CUNQNJsVfgStE7rp2YDmRfiLBpB+wntsBM',0,1796456637548,1796456637548);
INSERT INTO users VALUES('01a24529-683d-7085-8d6b-6af11966c033','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$j2DR/1GmiRES++us8GLMLQ$hyWngkn0zbnONhZ3aZuyur8lSObFq5ZS/32r2szlr2I',0,1796456671292,1796456671292);
INSERT INTO users VALUES('01a2452a-7e7c-709b-9983-c447e8f76415','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$QMjxFv12wyyG4MrZ1N1thw$UAdWWSizG+P9Pvbb5RRNJN3AaTM1/Ml6VFdDvxb0ePw',0,1796456742524,1796456742524);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796456648633);
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
INSERT INTO user_roles VALUES('01a24528-9c60-74f9-ab85-7767828f9f62','user');
INSERT INTO user_roles VALUES('01a24528-9c60-74f9-ab85-7767828f9f62','admin');
INSERT INTO user_roles VALUES('01a24528-e46c-708e-b3b5-e9bcf82aa8dc','user');
INSERT INTO user_roles VALUES('01a24529-683d-7085-8d6b-6af11966c033','user');
INSERT INTO user_roles VALUES('01a24529-683d-7085-8d6b-6af11966c033','auditor');
INSERT INTO user_roles VALUES('01a2452a-7e7c-709b-9983-c447e8f76415','user');
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
INSERT INTO sessions VALUES('qW9Oj4h9qwbw5QuPtWYEIQ','01a24528-e46c-708e-b3b5-e9bcf82aa8dc','gatehouse',NULL,'7qp3td6IwLxqMOeJKLBKO9TasGSZeAdiuIGcND1GLYI',1796456727958,1796456728753,4950056727958,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796456727958,'HXAqxWHq3d_ASMM3rosMElmeM-I3Qknp5zZGvHLa424',1796456728753,'RiQhXCwyF67uB59t5ydwXxyyNZgPiNOtJulPQqy2-R0a-bur1WVeXp3-4QXJi0NB8Y5tHWf9veYuUIZ8-egq-6kXTiEwMzs');
INSERT INTO sessions VALUES('X_SZhufuBfGrGm-kI9Dw4A','01a2452a-7e7c-709b-9983-c447e8f76415','gatehouse',NULL,'nMHQFd6DZhzf00j1_p0OONWmyqOmR5sJ1VvY4xLvIkI',1796456742975,1796456742975,4950056742975,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796456742975,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('HXAqxWHq3d_ASMM3rosMElmeM-I3Qknp5zZGvHLa424','qW9Oj4h9qwbw5QuPtWYEIQ',1796456728753);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('1RLfIvSbtHEa7Sk-DTj1vA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"1RLfIvSbtHEa7Sk-DTj1vA","alg":"RS256","n":"nVCUyQtOmEqd9Va2F6Dg6wUuJVcinlAEZ3gfyS-gv60Pm09nN7EPXgm2zIOFSRJc_MUzSU3ewHoFdQdMO2DurRTpCmM0pSjp-EeJNzXBIZVxxqGwrrZUBGW2MM_C-XS1ciTqoCEFmNR8aUW5BmUm1uwc9tJfNO75RXGhi_CTgT2L6f9xGiuTzxCyFNEZUTT6bPCeLOh5Nl2eyfTw84uRCXT0SCuW2pwoHqLVnOe_Kb84_c13rkRAm9xz9lUlGty-EPhW1CwtzlcDr0XHDp7sNOtoFIBzBTc2c1CAfPGylCo99q5LPqMWZynMRRTR-y-fEU1CIPv3HSxxxIM24jFuhw"}','1t33a8B49eUiB/6f+zoskBaBSVMxtcTtyaL+S4FkUa0r9rFA4bdick32b4kvHfUVVWGmp9xNdjeKpkYE078U0El33zihVSC8XTZiEq/JaVJeq3y+SS77SPfYnQAIecAQEA+Qnj3bQzr2yzrkbAP+GD/frRboHJYXily4HK5A6HYAltXhTZwz0PNfLG5YrDKId/3uQG1f/+JGmJbbboZkrCkr54SXICyQ27A/YNqYEP3WO+HooxliQqZs6RfOhhI6Cx5EZhfju0ilR7RTpTlOcOqDPqTSbsCmi9UFTWXADB1/tUvT8tzireCPO7bcvYCDWQKiHCmvpr92HzNg7ZOckm9RDqAGYrbAhWef8UEL5D18BZcynr6QD8ZstOI7SofS+2nGsbopyYKHMmqr946X8UIO2+xlvADbSOS2hKzj2GYiT278Lpr0l5Ubf6T6oF6akyjMVAZRq65pAECRMHX6pyRdnDQlHJp+qbwsp9/PHfqPjPw9QAW4X8FKR9g8D00Rwzj891udd5TyHQ9Ug1RtrhiR1+4FsFBE0M4+DBcqksz3YtzvU7pcBoePhQxRNRgBfyjRLNyxpg82GJ/UqhZK/qm2lKYp3916KP1wvzPkdI79wb8yyJZ23P35Pt3oFq1f7esNF/TJsZnp1vPy6RSeTTdlAZy6ALQOaY+Tmor7q9H/PJW2p45S9nWOZhjT9XcPhzxGiNLZKMh0fYsaZlXtgKBxW3z5zfjxddXC2a6xeG7f2V58t/CAxwMkIZlvy0zSOH1d/M6qID0BtsSscmBLJh9Yre2oHg0JpWikTYkrndnd6/WSyWKF806L+fts9Zs059dhbWsv3goGrQL9w0UEj5pCkQplVyzjPnXK5Cgq1bb8V6CIQ4TMTQ6kXb9VzsJ27LzNPbTVc7vvYCvWRR/Lqb5lVnaC0vWtIz6YOpbId2/r/C1jlYw2MtbacxdMOJPUJ7nOWqXANq8PgSq1cuZiLg0ynDXGceXDmQLUJYj1WuHe+Ds6QoWbVFhLKGcBLtszHvRqkr0xPI21VIk5xmy6/tdzvINbTK+lAN4dfJJTeqGj4kZNO4s+mIasCoHcTvUIm2hZyEjqpRMXQiG0/ZxFBrd1xc1793D7yzkGulb1hSNkT8zQtoZWqZsndsGMPDpX6lECgf2I69u0o/8uPZj2kjc94UXJVpoR+Pe19XfJPzrbgIASIWhvbLxZ1EqAvNdyK2rQCzp8LRxBFM8/AdZav0X+EMJqLpvylyt2TE/vB1IXbS27wUjwA0A3pkWgFTJYsV+ZEzDRn0Xf/rA2Wn4405cz5AUZosMlK4k4TddZzJeUO/MlVkDroi/Dr/eac8Y2GNaQ6BN2WFgp4a15aZ1NJj1fQn4wYKZ/yLMrZp2IPUgN3aTwbV6UjH5C8iPZ7yeyCguhteoA//BGs+mAP4gdSS+HS8T93iFbnbmfEUOlLgDIGLsP6a0JaiNz98jte52mK5PaLZF9nmeIbHVf1dRjFOUufszdGB9oq78ZyZwP9VNLqtFWXgSbQ84aVgo6QQ5KveTx+XOVixswN8Qg7mqYA4Yio8BA+46j/JLbYPSDcmsDxialOGrAHkOMHFoXWdKywuAmXcoAmpyAe0e6icHa/UdB191kV2pooBsfsU5HBOlYw1eLL1vGRDTKK3Cwog==','active',1796456692738,NULL);
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
INSERT INTO audit_events VALUES('01a24528-9cc7-7378-adb2-4165f4394d2a','user_create','success','01a24528-9c60-74f9-ab85-7767828f9f62','cli',NULL,NULL,'roles=[user, admin]',1796456619207);
INSERT INTO audit_events VALUES('01a24528-e5b1-7fb1-a226-6283b824ddac','user_create','success','01a24528-e46c-708e-b3b5-e9bcf82aa8dc','cli',NULL,NULL,'roles=[user]',1796456637873);
INSERT INTO audit_events VALUES('01a24529-18da-7fca-86a4-5e9da1db0b59','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796456650970);
INSERT INTO audit_events VALUES('01a24529-6b18-7327-bb40-a8bf278624a5','user_create','success','01a24529-683d-7085-8d6b-6af11966c033','cli',NULL,NULL,'roles=[user]',1796456672024);
INSERT INTO audit_events VALUES('01a24529-a402-78af-b2ce-d31d5004a123','admin_user_roles','success','01a24529-683d-7085-8d6b-6af11966c033','cli',NULL,NULL,'roles=[user, auditor]',1796456686594);
INSERT INTO audit_events VALUES('01a24529-bedd-72c8-996d-540cde55a1b5','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796456693469);
INSERT INTO audit_events VALUES('01a24529-f292-7235-a198-043dace0016b','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796456706706);
INSERT INTO audit_events VALUES('01a2452a-459f-71a4-bdd9-4e9bd25f8333','login','success','01a24528-e46c-708e-b3b5-e9bcf82aa8dc','01a24528-e46c-708e-b3b5-e9bcf82aa8dc',NULL,'127.0.0.1','session=qW9Oj4h9qwbw5QuPtWYEIQ',1796456727967);
INSERT INTO audit_events VALUES('01a2452a-4da5-7dd9-bf9a-3605beb0a220','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796456730021);
INSERT INTO audit_events VALUES('01a2452a-7f62-735e-a555-c2abcaad1a38','user_create','success','01a2452a-7e7c-709b-9983-c447e8f76415','cli',NULL,NULL,'roles=[user]',1796456742754);
INSERT INTO audit_events VALUES('01a2452a-8042-7926-a477-7ec857462088','login','success','01a2452a-7e7c-709b-9983-c447e8f76415','01a2452a-7e7c-709b-9983-c447e8f76415',NULL,'127.0.0.1','session=X_SZhufuBfGrGm-kI9Dw4A',1796456742978);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','Irj2avQkYxCueUZeYRpYMaV9D1iNXLqbxHbpgka4ELo','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796456692467,1796456692467,NULL,'');
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','CpaONtndAFnl5d/i+jITtw2WQp+Sjd0SBEjg8EiWBasGMIQh/OYiBxO1CufTQrnacmwD','read:user user:email','',NULL,NULL,NULL,'{}',1796456705698,1796456705698);
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
