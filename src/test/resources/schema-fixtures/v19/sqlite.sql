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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:19:22.578',66,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:19:22.643',5,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:19:22.701',1,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:19:22.765',21,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:19:22.800',32,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:19:22.812',5,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 08:19:22.815',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 08:19:22.819',1,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 08:19:22.823',1,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 08:19:22.827',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 08:19:22.831',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 08:19:22.837',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 08:19:22.839',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 08:19:22.846',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 08:19:22.850',1,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 08:19:22.854',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 08:19:22.857',0,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 08:19:22.859',0,1);
INSERT INTO flyway_schema_history VALUES(19,'19','audit actor index','SQL','V19__audit_actor_index.sql',673669343,'','2026-12-05 08:19:22.862',0,1);
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
, locale VARCHAR(35));
INSERT INTO users VALUES('01a24549-756e-7e86-aa19-501195902b39','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$7x3O7eaaz9HMD8y/DPZmyg$R+ZdBgIL0WRK2ihucMsseHVbxfzfe7xDszLba2FGiwo',0,1796458771821,1796458771821,NULL);
INSERT INTO users VALUES('01a24549-9351-7b21-8aae-da97f9afe6c3','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$GQmJxy3C3hRqHTZDVnn2hA$F/SDScIjv9nIvvVRuddaT/jANZrGPhU6fRQqVsYGC/o',0,1796458779472,1796458779472,NULL);
INSERT INTO users VALUES('01a24549-bb85-79e3-b549-bce5521b378d','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$kIuDqbLqpNoUCcgm/kjIfg$m5m98MujSC30zSsR6yjCKu5aZDsPUN6o1kdW/+sSeLM',0,1796458789764,1796458789764,NULL);
INSERT INTO users VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$0eCO+KEKTyRYcEq2LehguA$BMOdgOKBfBzxJOWcKEA4cvnhRo0Cbx4SRrIEj3GPJo0',0,1796458820502,1796458820502,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796458784864);
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
INSERT INTO user_roles VALUES('01a24549-756e-7e86-aa19-501195902b39','user');
INSERT INTO user_roles VALUES('01a24549-756e-7e86-aa19-501195902b39','admin');
INSERT INTO user_roles VALUES('01a24549-9351-7b21-8aae-da97f9afe6c3','user');
INSERT INTO user_roles VALUES('01a24549-bb85-79e3-b549-bce5521b378d','user');
INSERT INTO user_roles VALUES('01a24549-bb85-79e3-b549-bce5521b378d','auditor');
INSERT INTO user_roles VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','user');
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
INSERT INTO sessions VALUES('QyvhAundngYlWSWXhVofow','01a24549-9351-7b21-8aae-da97f9afe6c3','gatehouse',NULL,'lo3sPAxKw5Izh1LpO-M1-ewCiuU61nhTyVRAyK8rR7A',1796458814117,1796458814425,4950058814117,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796458814117,'PaQdj6loMFb6pUMROzW4dy1TNtox98XClOm1A1t69ns',1796458814425,'eUUR73R_M55b542NzZpTiib0fU-c58_cBKsnH3OkZFnkvsFtN67B_6MkBPU1RvrU2S03YX7LM9b5swITrVPBeZJq3Pwu-CM','pwd');
INSERT INTO sessions VALUES('5Rb9QcGeuK-VIFATkYxwdg','01a2454a-339c-7607-b96f-d8d8cfb2c5a2','gatehouse',NULL,'HIVO-HZAykbWxd6VmIo0JDeT2A2A9hG0Gd5VVSLCvqE',1796458820953,1796458820953,4950058820953,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796458820953,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('PaQdj6loMFb6pUMROzW4dy1TNtox98XClOm1A1t69ns','QyvhAundngYlWSWXhVofow',1796458814425);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('eP--IXbKSd8ZH9FqfM5VFg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"eP--IXbKSd8ZH9FqfM5VFg","alg":"RS256","n":"8_EPK389hkjkGNtTrGVuay8cl7MPYwbwcLrzlvKrKsVxaqRzhwJq0zrcIYrjR5ni5lb35GbCEB7lZAvqS9fu7lZp5OKmlmAS2TwcbCfPWVHTyt6Gd4opyeOwU6WiBQsKUnc3bHXowmVszyRx3M-LhTtDcjt17LFFmFpn1RT_Lu_tJWZZdJpLMxVGL6NZ-XtDFkUzsT7FX0qDQSw_VgWZ2vI9tlGxCchh0hhv_sJ8CL79Uc4CPzm-ztiY8tO_Nb-2_Zj2RJBqHxR9xpzOZIrlHRBmnasfqnYPetDfGrMx7WH8rRZs6x2aTqi-lq1mL3OeYDp5nLi5z_JH8HhmuiOyhQ"}','1jJ91aJn7IO/dteAVxiMv3/goevo6DWYIIE9sNyU2ljSqhuf6F0LkEzxXO8g4mUibKZPdvjBxnUNRrnksK/a9ex7IQhSEove5TVisFZcre4ZJPxaWP1R5Duw+kXFdB3NtqNCSPDjD+JlVB/zYquuKkGtdCqx0Y2CF38wZCvMpV+TSvQvbvFiHiLwAiI/u5VTpRu7KyG4GChOSh5DkumgCp/vd3qbHEHnN134vp/VN0doT1mK1/PcWc3FIlQM0EQH2nw0sqtNxGni/b4p03DfJx2zPPpgnLJadb2FIHOCoM2KWp9lfRwAq2a6MvS5nRpHiZcLyL3HN0qJUDx5zt2SVqQzj2CurHA4rbbzxQUn8qit1+yfIhlo+WM1UusHUm8A31z88+Eb7rhDeLmeN13jFBkpwdArxKfxH2HdybgeSIWMpdps5KjALnJBaD1c0KHO7OlAsIL6mPgoOhUHnIwSi8ApvgjVE2KPO+sO1CMMxmh8AQaTpkNdxa7MWH4Gha9wNGNs9P3vi5y8PzFY/tQ4K+vLbFxEgw5YRsLqFrHkUMb3EElToLqUMd0a8voPwbAt6kvqqAfaGqFm9ZZ1I10PXH6jeM2bCDEE1AvB4SEwaqsMJQYxEz3IlYdnJDEiIwUlXiJpixn48DK0sQWkr2z6Ly0P10TC4TXyPSV4Bw6Ewbwe0U8kQIp6RCAAjyKTuTDPvUne1DOAaf7SEZsx4UM3e7IYJPzwW+BV1W+nVCKuNQ8A1LtYKapWNdawVLB1EB5bNjFlZGniYeILXNqht9IlidO8A70Y6KQ7IIFW1C6CWZZGjgyVP72pAbm7adrivGYdeJ1tgVub8z0vqVH5T9+uOxitIBiTq+VkRlG8FFdPnMp9+ca0wLBDPYCXaufx7BBL86ATPIZJLoxmof8LRDxQ4B2ykAzjFXRDVpmhFDb3HIa7OAUD1isjc2AbqT77Wvq25VCA1QIp12qH8xU9BMi6dNiCvrCz3+l8gEVIOc4c31/5LLjH79tHo7YEjaND5WF/WS8A8rEtEBA1O0lwr9qKrQwhcmgFEFy0YlBJSDWtQLxS8GGKVqwRUY/LJ/JkJZHiJodqgYFm1sWHV8AVmXGiw7SFnGiz1Q+dvSYOUFMKt+V6N5XjqpUD4SZXTBJCvPgYZ5Ep9VCyoz5W+bwKFR249lqj4mmzdQ1l0z2qzEwJWOtAB4BaMKYDS4d4G8XOl4k8urjttvtgtkYAMOq/HTMG+R9ZUdum+fiVFhoShynnz+hu7H2XGy1W8xH3zdpIld4griS43YMuchLv1ofFI4SonkWEIPOj4pxDa9fMEJK3JGpy8sG/b+Ku2VZAldVYEd1VUpHh3a6r63b0gy9tJehMiuANTyW+2UZ+ziE3jlvtw3HzZ8wyRCWijbvBQtc0LD1pIPK/vEmaGw635IH1EWL5YWUOLtv4ci2urgv08lYygXZFXT8o7BeX6AaY9O0AGFJ3mAvTxbPenkS0ALgLCd/QbgfbtZHlH3sEiaZOTRm+0XOs/o6g2l+v3blaRZMKYQUyKhDVuIS7CMw1/JKCz9dOiG4fQhv5L/ZIoiO0COA6Pb4xHu0yCoGJ/VB9yIoOAY+UU4IcZyZzljIDsY8hD0URZNVDhwLYZ33FMkg12+ym/tnH93PEkDGbxBzALpo=','active',1796458802082,NULL);
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
INSERT INTO audit_events VALUES('01a24549-75a1-7e8a-8621-3e83c24a0a68','user_create','success','01a24549-756e-7e86-aa19-501195902b39','cli',NULL,NULL,'roles=[user, admin]',1796458771873);
INSERT INTO audit_events VALUES('01a24549-93a8-7662-90a1-d10812829bef','user_create','success','01a24549-9351-7b21-8aae-da97f9afe6c3','cli',NULL,NULL,'roles=[user]',1796458779560);
INSERT INTO audit_events VALUES('01a24549-a8ce-7338-a506-8d78b4cd64c6','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796458784974);
INSERT INTO audit_events VALUES('01a24549-bbab-7cf1-87f4-23ff873c9cc3','user_create','success','01a24549-bb85-79e3-b549-bce5521b378d','cli',NULL,NULL,'roles=[user]',1796458789804);
INSERT INTO audit_events VALUES('01a24549-d1a2-7bc1-b063-2d0572b847eb','admin_user_roles','success','01a24549-bb85-79e3-b549-bce5521b378d','cli',NULL,NULL,'roles=[auditor, user]',1796458795426);
INSERT INTO audit_events VALUES('01a24549-ecdf-78e8-8afd-b741171f0b52','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796458802399);
INSERT INTO audit_events VALUES('01a24549-f9ed-76b0-b66b-47c3c97e0693','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796458805741);
INSERT INTO audit_events VALUES('01a2454a-10a6-7e99-bf03-9f667431377a','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796458811558);
INSERT INTO audit_events VALUES('01a2454a-1afd-7465-9a39-ee562cc642bd','login','success','01a24549-9351-7b21-8aae-da97f9afe6c3','01a24549-9351-7b21-8aae-da97f9afe6c3',NULL,'127.0.0.1','session=QyvhAundngYlWSWXhVofow',1796458814205);
INSERT INTO audit_events VALUES('01a2454a-1d02-7397-8542-079bba04b61c','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796458814722);
INSERT INTO audit_events VALUES('01a2454a-3408-7a8f-a1ff-5faa78d28e25','user_create','success','01a2454a-339c-7607-b96f-d8d8cfb2c5a2','cli',NULL,NULL,'roles=[user]',1796458820616);
INSERT INTO audit_events VALUES('01a2454a-355a-78c1-af44-1d93a79705a0','login','success','01a2454a-339c-7607-b96f-d8d8cfb2c5a2','01a2454a-339c-7607-b96f-d8d8cfb2c5a2',NULL,'127.0.0.1','session=5Rb9QcGeuK-VIFATkYxwdg',1796458820954);
INSERT INTO audit_events VALUES('01a2454a-389c-7619-814b-3ec38b379c53','mfa_enrolled','success','01a2454a-339c-7607-b96f-d8d8cfb2c5a2','01a2454a-339c-7607-b96f-d8d8cfb2c5a2',NULL,'127.0.0.1','method=totp',1796458821788);
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
INSERT INTO job_leases VALUES('key_rotation','',0);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','9j1IzAeEPBth2Dlvbd3MlpKXvZDZbw99FqTwMYBsNyE','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796458801852,1796458801852,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796458811502,1796458811502,NULL,'',0,'');
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','wqYARIrb7DQn90NrcveFCvlPKGXXvf9k7q692ipBAi/fOWmjn4wWjwWdJ6BxzGOHKH5M','read:user user:email','',NULL,NULL,NULL,'{}',1796458805684,1796458805684);
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
INSERT INTO mfa_totp VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','l/ZA+YaxBi2G/eIOr+uETAYZ8Ooq50sqvxOJTe+rG/5KKBTjmcugbgiRiIKb6ZNZ',1796458821779,59881960,1796458821169);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','vCjr4aH-UezWMFHH4n2EHUhL19oqqqTiDH6v9EqdFaY',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','rbSCsQ8ZcHuXmBrUh5SMd0onEjNNmRnQZTu7jX2hKHc',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','MwLeI26KLjRubhSlJUyJbKUWsBqSyPIFzMzG5FVuHUc',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','fuBfNE6U1Evps6oj4AILtenhep7fx9ZjAo3rLNGe_ro',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','38KOa0ZlcbXI4d_exRdFLcfo_NDrV3vJkKDhxNEQndQ',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','M342hKCQ7Eson9Ifc8MRxi69yfidq8ycL8urBENAppw',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','EtemjBUOVem8i-h3xGiq_nsVR1tfotuvf7I74GcVDEY',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','MRievyLVW4X3QjnyrHKPyQbArFGnlcEs8hS4m2B7Klw',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','gwM6wuj9F0O9AepIJs9m7D47Z5QsbXJYvLEW8mY3ygU',1796458821790,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2454a-339c-7607-b96f-d8d8cfb2c5a2','UM0uM3Y5WffixdmIGJC-Mo6Cc_9jWpm4pLBHgOYh4R0',1796458821790,NULL);
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
CREATE INDEX audit_events_actor ON audit_events (actor, created_at);
COMMIT;
