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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:25:01.877',24,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:25:01.899',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:25:01.918',7,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:25:01.965',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:25:01.978',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:25:01.986',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:25:01.989',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:25:01.991',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:25:01.993',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:25:01.995',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:25:02.005',3,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:25:02.007',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:25:02.018',1,1);
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
INSERT INTO users VALUES('01a24773-df00-7abd-875f-4fea0806cc56','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$6BI7gHS782V4eprlnxfkWw$m4x0J14wUCf4DRmAmD8byk6Wf7b//gZ9uKq3+wkYj0c',0,1796495105792,1796495105792);
INSERT INTO users VALUES('01a24773-e9ab-72fc-8a33-c36b946229e6','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$y7jLuyzd17C7NPozCBlcAw$S4jqnI49hoCDqgeHaJzzpCOqaI+RZtDSBC7+9msU3h0',0,1796495108523,1796495108523);
INSERT INTO users VALUES('01a24774-0227-75c5-af63-12a239dec6d2','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$s9pRsz37HWRzVzL70uAHmw$bN2K6je4qweSfzKmSuK1ZEyIXrQ8SbEjlUC09cCRMCE',0,1796495114791,1796495114791);
INSERT INTO users VALUES('01a24774-519c-7b55-9d25-4fd7dd863b36','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$NJ6Rz1qD4BgU64PI1Ez2wQ$aW0PdE3yoIwEMuOMkch2I1dwVa1wxVJCYgLeEDgbh24',0,1796495135131,1796495135131);
INSERT INTO users VALUES('01a24774-5381-7062-8630-1f6caf844980','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796495135617,1796495135617);
INSERT INTO users VALUES('01a24774-5556-7622-bf4a-2379fc737e90','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$bAlD2ZSseHRpcNKUMQ7dSw$ce19S4raIblQYjBKLomKH9MYdF9MVpxmFJoB7I5xgTs',0,1796495136086,1796495136086);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495110309);
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
INSERT INTO user_roles VALUES('01a24773-df00-7abd-875f-4fea0806cc56','user');
INSERT INTO user_roles VALUES('01a24773-df00-7abd-875f-4fea0806cc56','admin');
INSERT INTO user_roles VALUES('01a24773-e9ab-72fc-8a33-c36b946229e6','user');
INSERT INTO user_roles VALUES('01a24774-0227-75c5-af63-12a239dec6d2','user');
INSERT INTO user_roles VALUES('01a24774-0227-75c5-af63-12a239dec6d2','auditor');
INSERT INTO user_roles VALUES('01a24774-519c-7b55-9d25-4fd7dd863b36','user');
INSERT INTO user_roles VALUES('01a24774-5381-7062-8630-1f6caf844980','user');
INSERT INTO user_roles VALUES('01a24774-5556-7622-bf4a-2379fc737e90','user');
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
INSERT INTO sessions VALUES('7iUEZlywN1Wt22DT_cqseg','01a24773-e9ab-72fc-8a33-c36b946229e6','gatehouse',NULL,'qT4yh3Xc2SZ5egKkhYeIhZuEJaCjqCCB6Cp7VPrx88k',1796495131857,1796495131900,4950095131857,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495131857,'bpbKYjTwomejnpaPTctlY8-LMshZXkY2lmXtGxbkHkE',1796495131900,'cgCz536QaWbH0dZNaNvQF3YioaF8_otmNNc5nlSNy0KDiIrvU84znrmIoGJ4HWtEb0qOCMrVmMyN6WGSO4r9BQ9gmDkLgiQ');
INSERT INTO sessions VALUES('FXSFXxePj74RgjMxle2gfw','01a24773-e9ab-72fc-8a33-c36b946229e6','gatehouse',NULL,'LGYfvolo7fT9CJP5cG5NeHRTBhmEM576av04I1jExSY',1796495132878,1796495132878,4950095132878,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495132878,NULL,NULL,NULL);
INSERT INTO sessions VALUES('NEjuDFV_2NQIQwUPzhsVOA','01a24774-519c-7b55-9d25-4fd7dd863b36','gatehouse',NULL,'LbNYHWQV9SJf3tJXintUFmcyFMZxOa68fgqRiHLv7pQ',1796495135251,1796495135251,4950095135251,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495135251,NULL,NULL,NULL);
INSERT INTO sessions VALUES('kWqnNdvok3tcEYnIwl8dGQ','01a24774-5381-7062-8630-1f6caf844980','gatehouse',NULL,'Ofq47yTUhnN3xuFfP-zgk8-TGVflkkDzFpROXFHURH0',1796495135624,1796495135624,4950095135624,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796495135624,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('bpbKYjTwomejnpaPTctlY8-LMshZXkY2lmXtGxbkHkE','7iUEZlywN1Wt22DT_cqseg',1796495131900);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('f5cOFwl5V6sUqpqHVpHt3w','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"f5cOFwl5V6sUqpqHVpHt3w","alg":"RS256","n":"y1-xxXFu29DkkwASVIkYDqA9ese1y_vDUIwHxpzXcH7129QL1bKGSqo1NA2SLEImBI9_y54xTYK3ie73UN_4kKgCeaA4lM-vLxQ_353f6Df9kitRb2DgAqfMk7jUUWS_PWzbptdXayXrF2d_tZink9uMnVou3CtCvUErrP7iYl516pNEGgFaACxKraGqBRcdlaG36_xoMnqBQPzag85zSnRz1SVpUKJ97K_NoM56VuigmNLt113EUuChCb___Ncd2jv_1PknR9gIVHK_1gt2TceU674svH4gBZK_nOIGhnKqwKyU5P10Gl8lwVcFgYFaod56nG0IPxYoviJ8H1LgEQ"}','XsL+Opw7q24g7Jz8GcQgOErMs5q07ifaCXUZF9BoamBgghQ1wSfpJy6K9oMrDXVUHaRQMXs5Pcr867mzJT8HVyV8JXrt8bqwMNsnZj83m7ITT8shJ5gEdWcBmv/T9IjbxMHOz7zTyGCNHlZ3RF4rJCDy2ut+OwHbWCGUhnbujEYT9SEX/4o7U7c7j6C3Zt058FX8aOdAuKxnhBoHrO4hFGYDGDyFRQUZqyBZ5AEK5uWDy5ke2FFKpIYoiuXsYSmJPKyT9uV+st3Dt7nhQQX4vViz1xS3fekdOAZ5hHxA2XAySXVGESigeRLvkfBr8oo0OeFNAtguC8PFmvPRl/2lk5ZIwEStQ0I6jzs/DsHVp1/6TU5R/ta971wrPxXWOMF8WZGJlSpfp5dPRXlwHDO+M+UdA0VWVeU1VxbfFlvawinJBMUMRzMjhLYGCEPjKYlwqw98MR5/THGWXZ8mMDM//DcOqDGG6YN6corVIiAxZP/We74qGSvRWPsoBu8vc5kMkFHLNNje4KhgBGYX6307+7jf76ZwPZuaMXLJ2yjIf0D3TlGf0U+qSLPZpHgdxppgAoHKspiUTuPuqV6hxM6SwKpvvVD5yp25BTbtLu+saazRq6qTuqe9eitB7VeC0+QpnHJEHxDGiXhtTFjvr8eqGgO51ZbaAwPIVUjoSMdcJYKR84FOW6/xMCm/i+chRBt23mz7dvXLKpJoA6GXNpc4HOR8ZmYOXJyKBDueheNBtCx/nTPiB0WnD7nUT+Y1X7nw16Bd5ciDJRuB8qbI+KYjZfs4oTbdJGC4r30aiDX0G0qRryUi+4umIXSVYkQuVgFD1uWeVf9QmQml5RToV11woaHLP5oTA4wK4GtjWcidXI+diezE8BJhDG7/4+Bz/ynnZLTd+juMMwoFh7kvCnJN72eEK1UuMeoMQGJUB07/Qpmr1FEs2gB8rgGRcimQZZGyaIjDe0HVGEFm8wkLXGWkFTTBhelTHAzeyFcNyySHwIO64CUN7FdDNJVUckmZu4Gn3UYC8/4gWt+mXOG4kfhXo77vih8do5nlkZbAhZyJx6+qIjA/roh70T4znm4uO+ljxcMfEF9POi6neWwueMxCkMwqlgvEI1gGB4QcSqHtuJp9RgyaplZBG98gdJQRSajKceEmReVT8wQBa/7+SzX17wupYFa5Ol3aA+p7AwoG6aJtVZ9/z43w6DNkObHGDDwe86cssgP1dmbEhfkut6U5rZ5WVIym/MZJzIFuqfCfylsljk/D+oFNv5GYrLbeVEyclauPOe5NsHI0Wjo6VJbnNMulJAko5EZRks0B0kPYEMOZy/yx9vebkPdJ5bXcyU3QQsosWIEMENi2gBWfAepY5lUP+f/cIC8acEf6sho+reSYOKvLqbJtQmWYJqC0jNaRuU2ZGg/hnlV8M8MSykoLzNNfXAez5QZyr4skplJRXtx9Xc0HqMEQoRPpWak0Z/McQt0NNhO1o02XtXj5iLCAylqFoQTCKp7DW2a9v/9qVpUpeXTM4DXW826tPdhigvRIuV/Dbl30DNWuIQVGzk0Fkjj8Sbxi8b/QAJrf7iW1vIJ3G9ab9Dcf1PaTLhAMx/5ThptfZW8qk3R2hop8rAXCwVDQGIB7YMCJXaAuQ8URMl/P+Y900rgI1X1O5PU=','active',1796495121985,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495136179);
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
INSERT INTO audit_events VALUES('01a24773-df26-72e5-8bb2-19ab30cf9a4a','user_create','success','01a24773-df00-7abd-875f-4fea0806cc56','cli',NULL,NULL,'roles=[user, admin]',1796495105830);
INSERT INTO audit_events VALUES('01a24773-e9d1-7bb4-939f-9dcdc0b26a13','user_create','success','01a24773-e9ab-72fc-8a33-c36b946229e6','cli',NULL,NULL,'roles=[user]',1796495108561);
INSERT INTO audit_events VALUES('01a24773-f129-7cc4-b472-36ed9e3f13a9','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495110441);
INSERT INTO audit_events VALUES('01a24774-02b7-7164-9ec5-285a0021e583','user_create','success','01a24774-0227-75c5-af63-12a239dec6d2','cli',NULL,NULL,'roles=[user]',1796495114936);
INSERT INTO audit_events VALUES('01a24774-11f1-7e80-a2a1-4cb0be4ea614','admin_user_roles','success','01a24774-0227-75c5-af63-12a239dec6d2','cli',NULL,NULL,'roles=[user, auditor]',1796495118833);
INSERT INTO audit_events VALUES('01a24774-1e99-7c6b-8b30-7d11461ad837','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495122073);
INSERT INTO audit_events VALUES('01a24774-26ca-7f1f-9497-0597621dbb75','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495124170);
INSERT INTO audit_events VALUES('01a24774-2f4a-7840-8a97-f3551e035c4e','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796495126346);
INSERT INTO audit_events VALUES('01a24774-3b34-70de-b3eb-e4af1698908f','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796495129396);
INSERT INTO audit_events VALUES('01a24774-44d4-773f-b3b1-2cf559eb0861','login','success','01a24773-e9ab-72fc-8a33-c36b946229e6','01a24773-e9ab-72fc-8a33-c36b946229e6',NULL,'127.0.0.1','session=7iUEZlywN1Wt22DT_cqseg',1796495131860);
INSERT INTO audit_events VALUES('01a24774-45a7-7178-a5c2-82f9386b599a','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495132071);
INSERT INTO audit_events VALUES('01a24774-46c5-7b08-a0d5-39dd8d6a37a4','login','success','01a24773-e9ab-72fc-8a33-c36b946229e6','01a24773-e9ab-72fc-8a33-c36b946229e6',NULL,'127.0.0.1','login_session=01a24774-46c3-75d6-9f2b-283f67257319',1796495132357);
INSERT INTO audit_events VALUES('01a24774-473f-742e-9dea-40d6e4886656','consent_grant','success','01a24773-e9ab-72fc-8a33-c36b946229e6','01a24773-e9ab-72fc-8a33-c36b946229e6',NULL,NULL,'client=fixture-app scope=openid',1796495132479);
INSERT INTO audit_events VALUES('01a24774-475a-7336-b8fd-5045978d3ec3','authorize','success','01a24773-e9ab-72fc-8a33-c36b946229e6','01a24773-e9ab-72fc-8a33-c36b946229e6','fixture-app',NULL,'scope=openid',1796495132506);
INSERT INTO audit_events VALUES('01a24774-48cf-70dd-bd75-33f3f0918c8d','login','success','01a24773-e9ab-72fc-8a33-c36b946229e6','01a24773-e9ab-72fc-8a33-c36b946229e6',NULL,'127.0.0.1','session=FXSFXxePj74RgjMxle2gfw',1796495132879);
INSERT INTO audit_events VALUES('01a24774-51bc-7617-9816-e5f907a86af6','user_create','success','01a24774-519c-7b55-9d25-4fd7dd863b36','cli',NULL,NULL,'roles=[user]',1796495135164);
INSERT INTO audit_events VALUES('01a24774-5215-750c-9c19-080b3ab4a06a','login','success','01a24774-519c-7b55-9d25-4fd7dd863b36','01a24774-519c-7b55-9d25-4fd7dd863b36',NULL,'127.0.0.1','session=NEjuDFV_2NQIQwUPzhsVOA',1796495135253);
INSERT INTO audit_events VALUES('01a24774-5388-7070-b1ae-25c5f545f804','upstream_login','success','01a24774-5381-7062-8630-1f6caf844980','01a24774-5381-7062-8630-1f6caf844980','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796495135624);
INSERT INTO audit_events VALUES('01a24774-5389-7fdb-a01e-9e661e149dd4','login','success','01a24774-5381-7062-8630-1f6caf844980','01a24774-5381-7062-8630-1f6caf844980',NULL,'127.0.0.1','provider=fixture-oidc session=kWqnNdvok3tcEYnIwl8dGQ',1796495135625);
INSERT INTO audit_events VALUES('01a24774-555d-76da-ab6e-928997ec9bff','signup','success','01a24774-5556-7622-bf4a-2379fc737e90','01a24774-5556-7622-bf4a-2379fc737e90',NULL,'127.0.0.1',NULL,1796495136093);
INSERT INTO audit_events VALUES('01a24774-55ea-7af9-a38b-c4d725bbb69c','password_forgot','success','01a24774-5556-7622-bf4a-2379fc737e90',NULL,'frank@example.com','127.0.0.1',NULL,1796495136234);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('7cPnIU0v1IRVboqLztKdbM6BY_4PqWetCzrGvm5g0ZI','01a24774-5556-7622-bf4a-2379fc737e90','email_verify','frank@example.com',1796495136093,4950095136093,NULL);
INSERT INTO account_tokens VALUES('FVsZShbRLFluMNrItoBE4ArpWRfzTugFVPn9ubnqm4k','01a24774-5556-7622-bf4a-2379fc737e90','password_reset',NULL,1796495136221,4950095136221,NULL);
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
INSERT INTO mail_outbox VALUES('01a24774-5565-74b7-ac55-66b688ae874c','email_verify','frank@example.com','Verify your email address','kti3lL1Bqckr8rGtNHVrwAbhg8MmQRrhXnUmiE/KOe06qjSWyISNVfCDS1uj3nlXlxF2oPXv7vCjr6PL469aX358QtDdnE163qIlpD9EIgDnIgM/61EpQx+eJ3rbUZ+HkWp7piqJor34Z8y/2w5QC4SSSw1NfDzFwUF/H9w7FAtbKs0OT8jlzdG7f/SYlOTdtv5jynZ2/bgP94Jc26xvD4yypEY/PQa2K79GtpXbPTZUvwekvpKmY9X4AkIPwsw2RAGVPl//Vp1SHzeRT1BqMFSGouaeqKywjoaDsxFh+jiG+VOzomN+IFXNv5TfTRqaMwg/rO5B5LoJlpeDpQ1r7NYneSlnHGW7hFwGDIEKl/4y6ZS9qrXz0ymxbuwE2UK2MNZ9VOduVpi2k5nHyZsEzteNKSUKnX/C7QT8lOdMc4LbVPwLGcKcmatLU/GzbCHlog0mm37a5xJ1uJ/9AVzEXhIPGxs0d/3C/l6H7uQK4YN6bX3pvR70mtca460msTB4h0ABoow/mr35iHDMXGg=','NL7z0qI8QvQILeT1Uop1kIax915eD2AUjwriMp1SGtW6VrXkwDLxDXWpCx2G4OVSLgUik/+6scXacx5f9/PkFjhra7r+jypxkJ7HR3ev56NmjHb+7d7UCv3DPxWXUtKAhze98cTxxgSLihSqjuW0x3XPD/PgaHElQWB1HM7aDciJLdwad2RIqdkxb1nMccEKWt3Zw7+rxjfknnDZGgREoK0gxJZ172Dcs+QgXYO+nwxKud4OZyiWMAaODiCSi8MX10RrtahT/Q98SwGr75BWq5IRkB6pyLIHxUA4XZWOSPkvZzvuQFbtTog9oOF/8dOGZuWcdZVYJrRJZ/TVmemCVOqa7v1ZD1HvqyIWt8usUuQabMr6sAy+CLoM+A7hgZtgaocL6g35bL30r+Gj1biDV8Kitza9rk0pvMXNsr8J6i5fa7KP0hi2UthZBLiilz69QoMjqI1clDAyf6Wc7hwyWFAUgLjSbDB90DKFDdOrX3oIUtNrg8okhH6QR/FPUWLTQmknFLhroxRJd6rCqezxa2NJZttZOfh2Zcl3KamClji6mbAKa6MSKU3tpQE9YmSzl93NAgnmbCadWXPVyFYvLeb/js9n6/i9QyY5B10DGa/5QhkWkqB1Xz+LrPQLr/nNLVwCFlbnBi4JAONgL3kv36+F9AypfwD92Chy5LwBhcQpulqNACw3OD1XqDSpyoRV58qSRwjwfpnqlFmfwlMBdG5wg7RCIoxGvxGmS/k3wgv7igDNThsdm8UaH1LpooMcFmsvKiDKSIbT0vHFG0BKBhO0rPe/Bu8rMY740lgbmvYDb4RBfuzNpC03Hy/xnIRDUEwY3rGG8PJDEqB31X+nmFus6qX02YsUng/wSrCRqmUZJlvcdMYddHfIM8Rg2d2+7TobBou5FSq3rYny6vVUoJl869IGBLoO5XUD+MJi7UCeN88xqVxnp2sBJ7rN2+XecRJuDtcqXyrZqJzJoXinnCC3xL3vn7/Q0m9kOAEedtngO+nd8N72vZlXUtRTxplaN/UAz6eui7i40dxMndL+uxs5Juajqic6Exe87NbCs9U+5/H8BaK7xWdR6ZSEYxTfbRTlaJXEqxemHz/iIwp38hEUWOa9lVWY3yg5bKV1lSW5zXePMThDjf6knQa9JN7obipbMkb4nReekaV+vcZJ+X9T3O3n7XF6j+k2y97lFEqawn+kukKGG3smwFHf0m80TZSm2ac+M2RCy8KVt48edXYXmxoORla8qkjYC4cERfEdDQhXSfREQ2D3Wv5sHQE8n6Z1RjTlHb1H3xsbSSxdG8XZzyI6nEJVXO+lYrbX0VFJxu2+T2Ml8RqlACjkhjZ18ph69/nC38keQuCKeNf0YvoQjbMHDIU3xmPBVnTyP3TjeCMlF5eMRz8V6GmbZmEzl9y0MKAs56K/F9i2Abj9ZWivSf8S+buTSaIUphbC4dsUHQVKRzmPRGZw3kZxm0eNVpbE0mIzN3SorMCQHovBhdkAhmmhA+x7/Bu3hS2ItN7HmFFMcEfsZCjWrUItyGmLPwWhuTJObd7vFGhUgbv/ko8y7B9GY/InoFU9RkqF8NTujfY6/+4jr/WSsTxZzTn/og==','pending',1,1796495166183,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495136101,NULL);
INSERT INTO mail_outbox VALUES('01a24774-55e9-7023-bf5d-e515cb7ad4cc','password_reset','frank@example.com','Reset your password','G+Sds6bXlUbelHeOYdv9k1T0XbT0H4/2sQ0hhQ3/qZEPvqAqYYtXpeboWA+AtR5O/SggpjTHR0G1tZaYmpbJFlr73zd1VP/gnVlFmODh+eREdDFLJk2RS7Xj8M9zE4trZZTb2Gkfebd7sp1HjWiIWa1fbPT5hCMU/ZWv8/t4BpRtS6umfKxvFeBGiTdhm6jF+VZXZSXtdooRJwU355M6UZgCGmQ3RLUheHRfpP+4tPhiwi5jas3pJwgXXDI70ZAWjKodjhvM+Fudw2bkRzfWt+o33qke21S4n8/i+tdYD8NfOHCd/CzaRLKmyL4hpFgURJgv46uHpY++5zG6LWBRcOyuS6HrKbGqzx63HkL0HAZTTA/m5aAc52pkD3jXZfddpvUlXf0iMb+ugKGnAa6LvtYK+oNnE5WRBGrv2jsb59qooSaIsXYDMIFyX0FLf6/iL3ceZ3JlTq3Ix93yOfC8R4/8jnuHnNnA5NWzuM4I6LhEfGHeaT1ZhlEwJRqo+2/ZtdV9NR7o8S8Yt/iQdh9BBo6R8noJ5A79jdrm8I70jQY=','bp/Qbt6hoG1fIEXCjeiFhZ09EhYGjPFoYeroxaMU0kK6X/OveuriyD1smrmAqTnFygBEdY0rE8H+NGhp0kVaOVIVlhi6LSbxhjHcda5miFgS3XrhkHDWw+UVXui1DdgI/eTYvbF+B2MNxmflHH9eBRMYG4WYbYtb/1pcJz6Cw0OxT4ouUQSWLLz3O0DCsICqe1oBeSxQNB1UwK0EBFRoN937tlG6ljGW9tRlL85xHmXjpefA2JCfA4plRiC6zyU6+CTLI8nvW1j/+qY4ToFrcz0pEyEbpnwRyIwWQJBJL3WrbhGM9U1HwD+ga6VSg4IIgdNYemsUOf64SnefZ8+SuxC0K/IDuHV0i+PZcDtbElX3cLSLwQQK4fQNNzJNnhdyXfC7I55OREHpdAbBQllt1qlKWFDbEo2P7Cdluc68csEQE9iEGRLGXMjnqesPJlfMrQELr+wd+gBG9GPbEUfLfB9+MQaFCKXXPlBzu1GyjEMbwJppiURD6d4MBQc4asZwqn4y2DDLxPnkxDbgdL3bKqF+BcG7C0wu+5uBcpVJ+ieu3i51CvQWhX9iaQdc7zroqz+IZJcQ8R200VG/GsSn5uHr02zRecNzrRR+1LLrXOYb6k4QOg8i9RGATDoAPn+Zm+JCv/jpesse6uaDIS9abLXQMKr+0vXUrPrIr+cZ/XErBJ8VtBLfSLmisplcIIJBcJv+JRdZV9cad2lKF1W+tBN9RVzxyzOdb+Dwo+fqk9cfxjTDA7yzO/ZfohyrdrNFJNnVndVFNBML7kHoLyquDvst3hm2roQ14LdPOs6P+Wu05HoFCJc6/uXxBMImKY+zFO8kXo31XOYcFqWmO2XLY9+gj+1xG5dg1/oD/zsqNhtl9kIA8bDvUBgsKODGwiuK+GYMbh1DJA2HnkqkMRJp2CNDXA+LNg6+fkrXM88ByS4zo5wpUW5MK4xXlPDtjRK/Oc7g5rsJyFAOhVe13OeIIhK2swKgT2mndFSgmC+J4gVMB0Lvhpe/Vm1kVEFsruG9YnuJh9tZmQRAyxZM0fOd062UG2vI4HZA/fGMmyDQocqG9MkRldczXCwkBT2T4S6DF5wG9gAdj95FaEHV85ype3cnObXIYWXJQ7gvYkFbdX8VXj0wwsdZEgsC3s97R3rC8wNxoDMmqlw4aqsg0poRrgsEJdNcqypXfoRhA1C15urL0u5Y82of5vGnP4rR3kZtIT2NMHajJKliK4lxAL2dnRU2wFczsBAMvIZkE+DgvQgm1Fhr8ormT0Pl0AYXqna7FOyZ1+u0b9791gc9tauULVZwK2LyAaI/RJMlC7Ksr5Pk2OaddFXLtMAX7NCehIAEvXK5QA+EnEnJq0K1m4B9Pg9XdmGKUg3EIciyQAATk7UvtrSHP6amwyLOjvsOV01sztVM3czIyESziq/B4AF3M8mxl2DRoEIpgaXMC76vhMVkLI3lAWfINZ9FRSIK6fZXvDlQqqbVtxtNc+UqVgCzhpUpCR4hCG87JXp+k3+mQ3D874ZAOBCBMK+b7lW0+iYzfJ6tGAPWYczUSF/8jjnUsrUoB4AeHzfMkO7K3u5+19HEIiOMjSviDEwvQxmPzg2XtPNDMPX1W5VlRg==','pending',1,1796495166239,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495136233,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','cQnsm3UzTJ8wSBWF8-giTAqiX9UG_dFzIgzGLIHPGX0','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495121692,1796495121692,NULL,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495123893,1796495123893,NULL,'');
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
INSERT INTO login_sessions VALUES('01a24774-46c3-75d6-9f2b-283f67257319','01a24773-e9ab-72fc-8a33-c36b946229e6','BlgbabgSbC43EA9zxTpRmdlRWA8Dm3ry4hFsy9bCMbU','JW8L6-ELzKN1-BKzAJePWWrWjH3PUflT3seA6MRw9eY',1796495132355,'pwd',1796495132355,1796538332355,1796495132355,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24773-e9ab-72fc-8a33-c36b946229e6','fixture-app','openid',1796495132478);
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
INSERT INTO authorization_codes VALUES('am9dKQb2Vgxv6AcIHRiwAc_Em7jxvJEWhF6sIUhkgb4','fixture-app','01a24773-e9ab-72fc-8a33-c36b946229e6','http://127.0.0.1:9/callback','openid',NULL,'68ZupR8HT2-Qli9qgu5RDdxEfJhQpNew8fukmPU1zWs',1796495132355,'pwd','01a24774-46c3-75d6-9f2b-283f67257319',1796495132479,1796495192479,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','lc/fGNfc9DFJlQmjevYK5y3gBIGZ/uHyVf4spjb6gVajorWwppzfVaRkDfUHIgi8k5EW','read:user user:email','',NULL,NULL,NULL,'{}',1796495126099,1796495126099);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','iaBmIt168LH1SBEHRo3uYkFcRCuCbvpmdfoCVM2Z4iqR+uL+9p/Wt9B2VjNjiR8=','openid email profile','',NULL,NULL,NULL,'{}',1796495129242,1796495129242);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a24774-5381-7062-8630-1f6caf844980','erin@example.com',1796495135618,1796495135619);
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
