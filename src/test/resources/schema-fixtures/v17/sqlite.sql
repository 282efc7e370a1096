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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:58:41.363',76,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:58:41.391',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:58:41.403',2,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:58:41.547',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:58:41.555',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:58:41.650',46,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:58:41.672',9,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:58:41.677',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 07:58:41.681',1,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 07:58:41.686',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 07:58:41.692',3,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 07:58:41.702',7,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 07:58:41.721',10,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 07:58:41.746',1,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 07:58:41.760',1,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 07:58:41.766',2,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 07:58:41.769',1,1);
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
INSERT INTO users VALUES('01a24536-7a59-7b0b-9254-431cb832fbdd','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Phd9nP36Y9vkPQwFAbFFWA$9FpFKe1JgwvOkmkquP7j0DylqcVITpXTMC/OAGknrDg',0,1796457527896,1796457527896);
INSERT INTO users VALUES('01a24536-fb92-7ccb-b125-05d4f87b267b','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$G3SjxsLFrvHvfr5q3ja1sw$NGvfmxFmvSlj6U7D7UC2LYiFbOpXHFlz/0GdIQT8L1s',0,1796457560978,1796457560978);
INSERT INTO users VALUES('01a24537-6937-74c4-9409-2d387d47ef20','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$etrLwCUWXjWsQMttlwPkHw$i6hCd6ckaCx5uJEuD7ppaWANhYsIaztwv2qJuzaSjXc',0,1796457589047,1796457589047);
INSERT INTO users VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$4x3Qi1AkoXMx+qQQaG8PZA$iMVg6D2ilpMdaSua449g6Tn3Kr69JkJDeJ2agwS9waw',0,1796457650504,1796457650504);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796457568550);
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
INSERT INTO user_roles VALUES('01a24536-7a59-7b0b-9254-431cb832fbdd','user');
INSERT INTO user_roles VALUES('01a24536-7a59-7b0b-9254-431cb832fbdd','admin');
INSERT INTO user_roles VALUES('01a24536-fb92-7ccb-b125-05d4f87b267b','user');
INSERT INTO user_roles VALUES('01a24537-6937-74c4-9409-2d387d47ef20','user');
INSERT INTO user_roles VALUES('01a24537-6937-74c4-9409-2d387d47ef20','auditor');
INSERT INTO user_roles VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','user');
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
, login_session_id VARCHAR(36), resource TEXT, signed_in_at BIGINT, prev_refresh_hash VARCHAR(64), prev_rotated_at BIGINT, successor_sealed VARCHAR(160), amr VARCHAR(128));
INSERT INTO sessions VALUES('wuvL7DxEg-5Axn1fBxGLnA','01a24536-fb92-7ccb-b125-05d4f87b267b','gatehouse',NULL,'ikYfj0CZcDYSymQGHYU7afepIf4Bgwb7uhQ-EsDb3kY',1796457644810,1796457645297,4950057644810,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457644810,'W-lOyoK9AIf0lWhd-xhnutTd36dbzHHAmZS3Ot-z9-c',1796457645297,'kJFh4cnAYE6VUF7suDTimc7qQf8kLahudZHEvzcwj6mYWPAbsNZy9RgPTXcNYGPkKlAmaSOLvdKccmtrbQEx3llYAjUsGf8','pwd');
INSERT INTO sessions VALUES('KXhv1s-aSCBbEKY4dKAEpg','01a24538-5949-7f6a-9f42-a19be77a2b94','gatehouse',NULL,'9kv_EMP9MM6DCldfIdOilgmjFAE5rM9N85enZ5rVZx4',1796457650723,1796457650723,4950057650723,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457650723,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('W-lOyoK9AIf0lWhd-xhnutTd36dbzHHAmZS3Ot-z9-c','wuvL7DxEg-5Axn1fBxGLnA',1796457645297);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('2Vd-dN400QQzzUhNgEHQZg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"2Vd-dN400QQzzUhNgEHQZg","alg":"RS256","n":"vuwZxm53-6N0MkEqpAVyXsJsBihvfDC7gOcqqql-QqTKewNE28crG7ojjS2kM0fsq90Qn5ROnEV7mAsPkie9vn4u96yWPMCx_4eZlp99fPeQv2a4BljJnR2oN6LBYg525CZF4IbVWbjbC2pkHZSwirAHxx_rJXaJ5ILRzrZrp6X17vB-iHpWZwirp88M2I12Cj_4iiP7JWsDq_40Jryjz_8ZIne6zfc5NcoTAjOAICgBSylJnsQ4YjdkBjtoSQwFo_HyBIcj-BfCjpzcdwVF1LSlPrJmeAs5yFHpJC-GAzMdps2F2-VRG_y3M7ObMrDkZs9_56FWxGUaVLGUw_XrHw"}','ppdUtEDvu9LUlvgFYJ0kfmxEgQBOQRJ+vNMlu+cRmrgvMQLyT6xBN/YXOferAtavpSVJT9tzppu50olROoLFP8JRzaKkNOqrUjCjtRlzmLNl/SqwfhoUOkt0P897xVU6I9/JRmlv70D8u5rWyFsorAMM0/mvg6jo1wb/+56xexLh9nXnyc/dKj/FgNsVcc48xIngOhFsUuh1YWR/iVXZJTB77ZAjAco8AZqUkuGhcnzyXX++1kh229OEmB0/lYGLZuodZSV4L9qRzv7UZCi+e4aMmW2kTXJa2502stmdpxEZhEm6FdrT+FKKH3BRWSEXoHf4r0EuUTmQNlRzGtLukPBiHoUDonxEBbhnXIjlVXxvPJF3dvpmg0XqfoqgxJdhwaKWoF4Z7ZOy+O09cJM7oaPyxywsuAkH1f2N+emmGVOYkoZAsOfuFxOxQ2R7EmQdCf/J9YHBPagcSsJo11JZBm7MnoZzadmMiES24j9WttlJGq+gk9rqQ8cYKXPGqTDFy1GAuGtg5RlvU04nplbnE9mqS5H3584fOwFH9zOVT2IQ5qI3BBmFaj70ixQ5yu8a8GBYLfHds5z/Rc0mlnkRTZy+nXLqGDnv1oSjk36WqReeCQN6FDfHcFvLCAckXqobC74r3bbj1vVsRWoaBj4fY9gWPMsjgknNgk+Ltp87HDAKZHcGLTQdtl1ZyapzEG/MQzaTBrQPCfEjSc3i1i1wyVSHf1XJOSyiQmPCxlKBod0UnOW45IFEJo9GeXyMgcu1Iqg9MZcbCy1oeGc5d4JD1gLr4XKrKkCopUhSs5rIkPyE4gjrLSPIChXSktZUKpX7vV28eRnlHj7mzyVl5DWdtq4OHHurRyToKHSaCrE2UELSpXxF3pt1kQslaM/Sefv4lRCxftZdMFs99LK6BzDGQ05nkcWBd3raZpWrWPGpRsgmFnSLXTMUxDFbcij+veI9Q/TinoyvOzwibL1JyqWCelCUCyGfahP34t+ryX1D7hGuN8OxJgMcX5rs3TLayUvgXdVcb8m/Xd3aYtYPxFlUGtQtro9ZLuVxSZak/KDhg3hEYgFt1ErqEWRAXz6FcJTvxXfirRO96hgyiYB7x58Q+8V6P7dftcTp+OiWdjSlyoqkX6yOJiKdxWfbwgVBypyheeQ1MkXR7CsNMvSPW+ZDguFhu8mWQSn+YFg1cZ57Si2JLhOYr8aoz6I50JJQ5HUbm5Y5K/YFi9HnjCVYMHenCxSCbX1MIwYT0wgudbtdvG9VeoMqZWPB1gRO0b7NGGVdoSKCZCzpJ6LNEbXLVyYp7Z85rNhLu2CQeDskqnkvFeA7s73f+jr/IDNTr/6J8ZqQqXHOMIRAW6AJOs0YCp2vRLTMSXgwCl4gnYS9roXQpJo1jX3uCxN6BOGXAxfZigYISGjqlAIKGZWbjbbeW4Tx6mAZFFxk/FWuYgwVTeDccdUTBiis6h6K98Y2MCNd13YOtjfuPJl1jm/0a8nm/vmDWm5KaGsHI7Zqmfr2RrScsVP+Ez/maxlB8LT3qc9aH4vz/36BOOCwG+QmxZ48Dq6qRW3RwjuUEal9QOM2JBRZF4bJpENEUYhDHT2jI0eEz8nMjL5Lmv0QCgtrOsc22dT8ejOsGCOl/q08Rt+/OQt2WXoM4gSmH20LhRS3qa0d','active',1796457623022,NULL);
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
INSERT INTO audit_events VALUES('01a24536-7ad5-7504-92ac-5a9a3542ebd2','user_create','success','01a24536-7a59-7b0b-9254-431cb832fbdd','cli',NULL,NULL,'roles=[user, admin]',1796457528021);
INSERT INTO audit_events VALUES('01a24536-fbf6-7c40-b1d6-a12325b5b1d8','user_create','success','01a24536-fb92-7ccb-b125-05d4f87b267b','cli',NULL,NULL,'roles=[user]',1796457561078);
INSERT INTO audit_events VALUES('01a24537-1f0f-7a01-86f8-dfef7be3ed08','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796457570064);
INSERT INTO audit_events VALUES('01a24537-69c1-7f0c-a88e-c4c065529f1c','user_create','success','01a24537-6937-74c4-9409-2d387d47ef20','cli',NULL,NULL,'roles=[user]',1796457589185);
INSERT INTO audit_events VALUES('01a24537-96c2-791e-a3f9-6bb10a925a42','admin_user_roles','success','01a24537-6937-74c4-9409-2d387d47ef20','cli',NULL,NULL,'roles=[user, auditor]',1796457600706);
INSERT INTO audit_events VALUES('01a24537-f13f-71ba-926f-b1604df1763a','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796457623871);
INSERT INTO audit_events VALUES('01a24538-17c8-7bab-be61-c11ce9ff7d6b','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796457633736);
INSERT INTO audit_events VALUES('01a24538-430f-74b5-8e41-1805dd029337','login','success','01a24536-fb92-7ccb-b125-05d4f87b267b','01a24536-fb92-7ccb-b125-05d4f87b267b',NULL,'127.0.0.1','session=wuvL7DxEg-5Axn1fBxGLnA',1796457644815);
INSERT INTO audit_events VALUES('01a24538-46b5-7865-98c9-37b17c1b0cb2','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796457645749);
INSERT INTO audit_events VALUES('01a24538-5962-7031-a37d-54106e47244a','user_create','success','01a24538-5949-7f6a-9f42-a19be77a2b94','cli',NULL,NULL,'roles=[user]',1796457650530);
INSERT INTO audit_events VALUES('01a24538-5a23-7406-b990-7f94679de473','login','success','01a24538-5949-7f6a-9f42-a19be77a2b94','01a24538-5949-7f6a-9f42-a19be77a2b94',NULL,'127.0.0.1','session=KXhv1s-aSCBbEKY4dKAEpg',1796457650723);
INSERT INTO audit_events VALUES('01a24538-5b3c-7f6d-9c74-0e2e2d3eef56','mfa_enrolled','success','01a24538-5949-7f6a-9f42-a19be77a2b94','01a24538-5949-7f6a-9f42-a19be77a2b94',NULL,'127.0.0.1','method=totp',1796457651004);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT, require_mfa INTEGER NOT NULL DEFAULT 0, web_origins TEXT NOT NULL DEFAULT '');
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','BSFkUqdNOSVto9t1h5Bx9qt8kAsp0bmCJ4gHmDEEWnA','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796457621571,1796457621571,NULL,'',0,'');
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','HuNU9JH7wcMFhpVlBAQ0QTuiMjlL5nTI72kNW6U4U8kFWO2f2qAAtpHX3KrxOYYaitJF','read:user user:email','',NULL,NULL,NULL,'{}',1796457633529,1796457633529);
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
CREATE TABLE mfa_totp (
    user_id       VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_sealed TEXT        NOT NULL,
    confirmed_at  BIGINT,
    last_step     BIGINT      NOT NULL DEFAULT 0,
    created_at    BIGINT      NOT NULL
);
INSERT INTO mfa_totp VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','vnBt853B+oLcQsUq3iGXu6yXtqpUdC959IpEo3ynthCfG2jmC6BO1O7kNW7KTYo+',1796457650998,59881921,1796457650780);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','1Vkp0KvY0ftJ6mQfRUAYO0pY7U0aPCmEX_3pDBQA66U',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','1yqzuuMcgjy2Uec9Z55PPBOnXAVHnp6sFrHIXsBwrVw',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','YetiA1c3C9pAIltFxeawEeZufZ3lTF1fMP8VcN92gUk',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','mhDnQKvNDfXlUpZHIbDooGrLgic1zS9Jgp4m10v7Fa4',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','mlYZhg2OBj3o9cUnE8mPz0Sr_tpbjzDOHdrEUA4W4Ys',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','DRkSarjZ3hBSqZeyE-D6cBQLYnGIRDDVfIFmgEUMFjE',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','ADBBQvl8AIZrHJBZjrv4l1OXditk_13zxcGuayotU3M',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','uOggwXSdIjoNTgRhv-sjgQpohN3jRAmtF4jae3PfeCY',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','Q9HJwwlMZIlSMbEi4Ztaj8gkwFXvylwF_HM8RSxlkIk',1796457651005,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24538-5949-7f6a-9f42-a19be77a2b94','MPzsGEnobJeGkUC77Cgy_64dyo_7MM55XmVTHNkCW8Y',1796457651005,NULL);
CREATE TABLE mfa_challenges (
    token_hash VARCHAR(64)  PRIMARY KEY,
    purpose    VARCHAR(16)  NOT NULL,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scope      TEXT,
    user_agent VARCHAR(512),
    ip         VARCHAR(64),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
, amr VARCHAR(128), idp VARCHAR(32));
CREATE TABLE passkeys (
    id                VARCHAR(36)   PRIMARY KEY,
    user_id           VARCHAR(36)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id     VARCHAR(1400) NOT NULL,
    public_key        BLOB         NOT NULL,
    sign_count        BIGINT        NOT NULL,
    backup_eligible   INTEGER       NOT NULL,
    backup_state      INTEGER       NOT NULL,
    user_verified     INTEGER       NOT NULL,
    transports        VARCHAR(256)  NOT NULL,
    aaguid            VARCHAR(36)   NOT NULL,
    name              VARCHAR(256)  NOT NULL,
    created_at        BIGINT        NOT NULL,
    last_used_at      BIGINT,
    CONSTRAINT passkeys_credential_id_key UNIQUE (credential_id)
);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
CREATE TABLE webauthn_challenges (
    id             VARCHAR(64)  PRIMARY KEY,
    challenge_hash VARCHAR(64)  NOT NULL,
    purpose        VARCHAR(16)  NOT NULL,
    user_id        VARCHAR(36)  REFERENCES users (id) ON DELETE CASCADE,
    expires_at     BIGINT       NOT NULL
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
CREATE INDEX mfa_challenges_expires ON mfa_challenges (expires_at);
CREATE INDEX passkeys_user_idx ON passkeys (user_id);
CREATE INDEX webauthn_challenges_expires_idx ON webauthn_challenges (expires_at);
COMMIT;
