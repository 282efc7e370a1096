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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:35:30.291',8,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:35:30.303',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:35:30.318',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:35:30.327',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:35:30.334',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:35:30.346',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:35:30.354',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:35:30.362',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:35:30.366',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:35:30.376',8,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:35:30.379',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:35:30.386',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:35:30.397',1,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 18:35:30.404',2,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 18:35:30.406',0,1);
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
INSERT INTO users VALUES('01a2477d-70c8-7716-9225-43b9248103de','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$33Kuk6QXSedUPd9jwUwpXA$5VEuhriYhWZQNcghV5yKREY2joyvlrsSCxoaSwZZ3Yk',0,1796495732935,1796495732935);
INSERT INTO users VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$EE8fIcL/vSDMTHQohduvqA$X2tAWTyxZRuqpYtiLAD5G+snOsM4Ig1dozqLEtBA6EM',0,1796495735401,1796495735401);
INSERT INTO users VALUES('01a2477d-9af8-72fe-b79a-4e0a6d2a9604','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$jekP/drLMitWDimLL8Rr2A$TRFXEeF13BiHfMv7QOXIOZQgDRe3odTthOG5Yu9J2og',0,1796495743736,1796495743736);
INSERT INTO users VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$hWrgM0zNoLqWAtd7umijTQ$7jYkQn781v0lhlW3L6bW8xEvxBRBS28/jnZRstXA5zc',0,1796495768452,1796495768452);
INSERT INTO users VALUES('01a2477d-febf-73fa-8312-587f5e7c35a2','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796495769279,1796495769279);
INSERT INTO users VALUES('01a2477d-ffae-7df5-88ee-9416b2e3700f','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xaSpzrsJiowKIoicfgpWEA$AemAsTa1cZYWo/wnb/30XaEua7OGHBSbV/hGf7zs/Rc',0,1796495769518,1796495769518);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495738090);
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
INSERT INTO user_roles VALUES('01a2477d-70c8-7716-9225-43b9248103de','user');
INSERT INTO user_roles VALUES('01a2477d-70c8-7716-9225-43b9248103de','admin');
INSERT INTO user_roles VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','user');
INSERT INTO user_roles VALUES('01a2477d-9af8-72fe-b79a-4e0a6d2a9604','user');
INSERT INTO user_roles VALUES('01a2477d-9af8-72fe-b79a-4e0a6d2a9604','auditor');
INSERT INTO user_roles VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','user');
INSERT INTO user_roles VALUES('01a2477d-febf-73fa-8312-587f5e7c35a2','user');
INSERT INTO user_roles VALUES('01a2477d-ffae-7df5-88ee-9416b2e3700f','user');
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
INSERT INTO sessions VALUES('YMCbzIDLjioy3szmZW2Y8Q','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','gatehouse',NULL,'vS84098qzaRXWrntVSwv0SdS-0G-FlseoCFLKCQZrV4',1796495762426,1796495762581,4950095762426,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495762426,'rLJg6bzPpQOQTu7l_Z0raFY7ZgvKX6Vf4zE49PM0mBw',1796495762581,'bkY8Q23oew-xZEBSP_wtlxUlkpRd0pAE4xFthGuT9oPybpe2F0Rio4rdOIasIR93bWnOJF1Gty8MbZDVSJByzWI4XIqBj7I','pwd');
INSERT INTO sessions VALUES('s64htuIfrFXzlJIn4Jhq2g','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','gatehouse',NULL,'sLYq9KwRLiLxkg6araquN8sRJ1xz8RHQTuY4bjVpRLY',1796495763378,1796495763378,4950095763378,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495763378,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('M8WVNLotL_8oCxyq7cjxKQ','01a2477d-fb84-7b0a-81e0-b03987030875','gatehouse',NULL,'44NzhVCgfgvMgdVxDG6XjuAgE43T94S_i-KD5QFCScc',1796495768649,1796495768649,4950095768649,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495768649,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('dW2BnVr5eGjsI4jUg5MZtw','01a2477d-febf-73fa-8312-587f5e7c35a2','gatehouse',NULL,'Qoz6CW-Z50_EVsprIws4wBnFd-0kP4pgMXyQ5mWhqOg',1796495769297,1796495769297,4950095769297,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796495769297,NULL,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('rLJg6bzPpQOQTu7l_Z0raFY7ZgvKX6Vf4zE49PM0mBw','YMCbzIDLjioy3szmZW2Y8Q',1796495762581);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('5cRdvKAvYKtdAWm7qEuNWw','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"5cRdvKAvYKtdAWm7qEuNWw","alg":"RS256","n":"kQFAJwZAD_D7QqDXjgp-tMwCC9GQs_tXQJIjbmRzr54bzH0_2ReLr3ojXLsxMABI_JqxSSYNmnlDm-jiAWRxZDNN_-gzYzL6qRKjjxB7mXS8ntMpz4gSuKR9yEC3bWOg59wNC3We8AI5ZP8Lsy2qZXTsKjHoWwWWmdbE_wardA0SoFNcgbkMjcwFTz54aw5V7ZWu7y3xQ5iDhyjOoI-n09BAQHji1_z5bgkX80s381PgvB52WqAAPg8rj52wmiVDDQ_NegT0XUpVHqiEYA7TWDMqc4qGKtkr3z91I3h2FLMh-5WnhZnGiUlZJEV6uxSsPE6QfJ6Ts8eAeT7hQIbSJw"}','TpgtdDkVnsv/QRgR8L0CUTWesYr0UD31vM3BcNBxmzlixVUvSqrQNQk/HrfyIhFku2PA0Aoyn4Q1WRLnIFzcI/hfMC+F8cxP+RVu+w1QN6O2yQ560PeW8ffth2RJoFanPL8TT/1MmhA0kPyTiIbaAlVJDyJs5kmVlbM0X1Czot+ZifV8xdEoeb57YfbeSjrRatPfsHm4kcNx5UaCMvTBjeC8aFvKjBOboFLqOSINCLOVs//Oa5cQSMrQqAj+iPJVO2DEZw8H18T3Tq4cNe+ymUhx53IJdVBKv4gvBycbz45RHJvVckiNcVc6xDe5R/YlWFueJAB5syZU3meC/PCJzcCxsQxU5CZ4U5eM7ubfIaBT7XWD7fiX1wVFiYt4RKgdfhFbEAbbYerW2V6wmbMFnvDaALtG3s2OS850ics9CHQAWwHUKjXtaYkKXB/x4vov4LkduVuOQghoicoyznqcpyBR0168bEAdUYaFXm4hjiyuL7yfKl+HFZDV1h88GPjjx15Ut0DUcfw6iWLjlBI3KHGTJ+2R3n9TCiqCOjlP/uKp5NgGgj7Li9XdawB981C8YhSn/pZSFtx7XNKeSJzwCOtV4W4hLE3k8zk1H0UbaWyhQ1legHTJcYPhV3S5q+tOKHAL0iyurP+yzGs/UE1j9+6FeDEK8/Oe1Nehzw3fwBdu0X9AxZsH+8+WCOH5eeqpNix/5QBuCopzy4+z9MsFCUlxF4YS2Bq5kAamRiXHcaBuSp8gU2SmHGw/Us48OJXM70TpqoIyQPbGtv1gOVZSNUmqPBrN+RwSAz9quiEA3CfGIwpnB+jp96LmP9/ryrGwSdXfPRYTnvRBy+QSIrLKt4uV5TybK2BOaJy7MdfmbzCWSq3Nbby9iarb8LtTrgVqTq0RlHJhdByJhkFC2ZaNUoVOA+88P5JpLjYWzCxaRk9F0Rc4TrfHRB792JfYr8pJDybSvrSmkO5zWndYrOKomLHXtoQKSXu6KtpQOpZQ3UUxzlmZwLXgLSSzTcd1Nnd+QL523hAThvSGy2CZilOoqnQCnY5De8L5ZrGkCtX9TmX+OXMErCzcibWKXscTDkYrj96m7j3DmH6lO2u6kfAoSaMZV/orEALFs0wilWARObvTwJKXTlIywONBVFpujwftB8L+jbLXOaIl6uJ3TthDt8OxoL+GluzvhvzlnGRL+mEH6+W2Bo66ZgHYc41GGIIzhUsYfDTY3Ayqra45mwuCsrNR/yebuNPYZFY2GB533hVgO26io/ZIVwC8ZUP6qTkIHzPnPRiW2kas4uNIkTsBFMl8YbZwGE5NnvW6C4ek4Lp38ZooNKxqBb2cqu4aysLS/f3mPAZg40/irDkoE9WOSb4H7IjtV7vOXmLw62MtvUBozYSr1QtMjM5ZFWbqawENLoBxxy/TsWslHfcjJLwdlFDoRH3yGs4juaQw0tNZOJONDKVtcXzHpZceGvXuCcnsJE5QyUvWk47YXoRvgS8n6CcvPKZVT2Q1v0FZll65E431xKiYjNFnT1+RN2xUv+nfDcV5Ry7cfMohom+eO3sk6BYITTOFurGIj3cb8vH/lqx4FYT05EoadjWruXWSBplwBQpCqheHzZNTtmuMROsXuf4XT/spu0gLy8GPYYZIoK8KSJqeOXnAAISq88FQ6w==','active',1796495748598,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495769570);
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
INSERT INTO audit_events VALUES('01a2477d-70e9-7b2d-b995-71c3ec269711','user_create','success','01a2477d-70c8-7716-9225-43b9248103de','cli',NULL,NULL,'roles=[user, admin]',1796495732969);
INSERT INTO audit_events VALUES('01a2477d-7a92-7572-bee2-6a15fee52b74','user_create','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','cli',NULL,NULL,'roles=[user]',1796495735442);
INSERT INTO audit_events VALUES('01a2477d-8809-7b4d-b9f2-6d33fc17b82f','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495738889);
INSERT INTO audit_events VALUES('01a2477d-9b59-74ef-804d-9f29b11770ee','user_create','success','01a2477d-9af8-72fe-b79a-4e0a6d2a9604','cli',NULL,NULL,'roles=[user]',1796495743833);
INSERT INTO audit_events VALUES('01a2477d-a410-7093-98be-9c4849b79f21','admin_user_roles','success','01a2477d-9af8-72fe-b79a-4e0a6d2a9604','cli',NULL,NULL,'roles=[user, auditor]',1796495746064);
INSERT INTO audit_events VALUES('01a2477d-ae34-7221-804a-f20efe6607f2','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495748660);
INSERT INTO audit_events VALUES('01a2477d-bf05-71be-963a-160a83c1b17f','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495752965);
INSERT INTO audit_events VALUES('01a2477d-cc5f-7c52-9e36-6229686231eb','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796495756383);
INSERT INTO audit_events VALUES('01a2477d-d923-7f6e-9304-b92131d6cd2e','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796495759651);
INSERT INTO audit_events VALUES('01a2477d-e413-769a-b71b-cd58b4010298','login','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55',NULL,'127.0.0.1','session=YMCbzIDLjioy3szmZW2Y8Q',1796495762451);
INSERT INTO audit_events VALUES('01a2477d-e54d-788e-b24b-f7778d9f8428','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495762765);
INSERT INTO audit_events VALUES('01a2477d-e6af-7b97-8f23-392f4ef9b989','login','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55',NULL,'127.0.0.1','login_session=01a2477d-e6ab-7acb-85c9-09a7ed4294b8',1796495763119);
INSERT INTO audit_events VALUES('01a2477d-e6ea-7501-9d43-e66f1fd81997','consent_grant','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55',NULL,NULL,'client=fixture-app scope=openid',1796495763178);
INSERT INTO audit_events VALUES('01a2477d-e6f0-74d8-b53a-1ac87c595c3b','authorize','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','fixture-app',NULL,'scope=openid',1796495763184);
INSERT INTO audit_events VALUES('01a2477d-e7b4-77f1-b828-19ca3b0268d6','login','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55',NULL,'127.0.0.1','session=s64htuIfrFXzlJIn4Jhq2g',1796495763380);
INSERT INTO audit_events VALUES('01a2477d-eafb-733a-9a87-463b0435481d','passkey_registered','success','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','01a2477d-7a69-76aa-be0a-ff3f00ec5d55',NULL,'127.0.0.1','passkey=01a2477d-eafa-7566-b6e4-086d67f4d94f',1796495764219);
INSERT INTO audit_events VALUES('01a2477d-fb9a-7d80-927a-e35363ef3418','user_create','success','01a2477d-fb84-7b0a-81e0-b03987030875','cli',NULL,NULL,'roles=[user]',1796495768474);
INSERT INTO audit_events VALUES('01a2477d-fc49-70b9-94e1-aba1642afd10','login','success','01a2477d-fb84-7b0a-81e0-b03987030875','01a2477d-fb84-7b0a-81e0-b03987030875',NULL,'127.0.0.1','session=M8WVNLotL_8oCxyq7cjxKQ',1796495768649);
INSERT INTO audit_events VALUES('01a2477d-fd3c-7ca3-b9d7-3b847f4b3405','mfa_enrolled','success','01a2477d-fb84-7b0a-81e0-b03987030875','01a2477d-fb84-7b0a-81e0-b03987030875',NULL,'127.0.0.1','method=totp',1796495768892);
INSERT INTO audit_events VALUES('01a2477d-fed1-792e-af8a-0203149d1c2f','upstream_login','success','01a2477d-febf-73fa-8312-587f5e7c35a2','01a2477d-febf-73fa-8312-587f5e7c35a2','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796495769297);
INSERT INTO audit_events VALUES('01a2477d-fed2-7987-ae23-91f82fd20eb7','login','success','01a2477d-febf-73fa-8312-587f5e7c35a2','01a2477d-febf-73fa-8312-587f5e7c35a2',NULL,'127.0.0.1','provider=fixture-oidc session=dW2BnVr5eGjsI4jUg5MZtw',1796495769298);
INSERT INTO audit_events VALUES('01a2477d-ffb2-79d6-9fe1-f5b14c6c2f39','signup','success','01a2477d-ffae-7df5-88ee-9416b2e3700f','01a2477d-ffae-7df5-88ee-9416b2e3700f',NULL,'127.0.0.1',NULL,1796495769522);
INSERT INTO audit_events VALUES('01a2477d-fff7-7c05-b571-4fecd5ff36bf','password_forgot','success','01a2477d-ffae-7df5-88ee-9416b2e3700f',NULL,'frank@example.com','127.0.0.1',NULL,1796495769591);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('wWKKj-Y5IYZ5UrZAuyO8WkxJS8l8_eNfbyxJSO4Ktjs','01a2477d-ffae-7df5-88ee-9416b2e3700f','email_verify','frank@example.com',1796495769522,4950095769522,NULL);
INSERT INTO account_tokens VALUES('9fKsyku3qfosPboo49TGzHGV2BsHzj5hx-dsR7_UKws','01a2477d-ffae-7df5-88ee-9416b2e3700f','password_reset',NULL,1796495769589,4950095769589,NULL);
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
INSERT INTO mail_outbox VALUES('01a2477d-ffb6-7404-be58-97cd80cca4a0','email_verify','frank@example.com','Verify your email address','j8tNRKzBYEo1UnIphyTqJPU+C46sut/URBXuw+1yfiKE9QwodLPfQdfe9N5eSCO4OSjIC9cZXThaVopO+GWbZBJsn75C1qmAZqCPdx9Rt42ifEp/OkvtVvqBu69954H8yZxA/n2M1smIwlQBNG565o/E/qjJHHY6VYb8bvNgmjSzAneG7d5qgRFdT9at9fG0HDz9GFJUsvzxjbi1p3gNtQLBjPVgQRv1+DGCpdEj95h3UuMUu00Uo0fOBDx+8xBOqqjKuurffesIgCjA/Zs/AjPaw9x63EykIAzLn60IggRg00aFOMoXPjsyWfHzspHFt6B8FzIXqKru7bIJ9rC2hwR9534meIq2wE0Hvc+IV28xMcXIHPaVsZ6lN06Tc6UCM3BrbwTD1Qs6klqQhd8k+HSbT4pOcB8lU6GVbVGzBpda4LO8UzUDzvdILc/5S3SR+w0J2G45WTsh1a0qnRM8UFGUBSQEqxmOKjWamO454roaCqITiOt1P5hqDbTMpGMFdPMRqhaSZKMd4rgO3Vk=','+IGdF/r7Vqq3NL4Kktl48P93WRmic1xJ2ZtS45AsjU0exZw9wa3SQjbqUrvvHCvRO1nK90uLaBCUwwDZ6gkuipo6Y03F1hwUQn4JYyD54wPJduUJsYm84KfIEzKsil7VMK/KVwlyAnNaQ3f61nRcqqu1VpKAGUMvIK135WFZTbfBovva1qt/aCn2ZglDCYkEBn6ia5RLPuUOLJJQYufOfOmeJYHcg6W7vfvCi5DG1BEpuBcE9gET8kwp7rP6Fvage2aSAas3d+kS133ti3bG2JTHB3L+TOu7SmJtbHRA1QCe70mzpxkYX/EMLIr8TbIk+q4AKbvhIvZbD0BoYAdEJlY8s7FUvk/6zJud82qEsgQ9nESaDq9rjMbg5QT79sVCFy7t2p0ktahdtNIpl9FuuUQbun7H8eIR/02DzDpeVWQ3OABm2rD5BSEzaCN+nxFUuPkTT0QhKPQm9Zf/S2gv+BItymrWKO47lnU0IrYp5Ffhy6GygDpK8VETrIZAcQDmeMHDOuCU0sdWpaN64lJ1vrgFZmrjzV+DYt3jhvQk5pM7Gmiq9tgZTacgoAVf7imHw8bwmLxR4Ug67A8I7b2TNslqoQHQxUOatIiL+f3VwfsAmF3ae6Xnn0r8Zsqa2971CQu2VhKCoqd9BoQ4XZN8pxne9SBRTdGpEX/SH9FQTfI/XVdnUHwXUppJecrqW/tVpvgu6wzymNy1pS5BhIjQnIefGX4lsVqoags6cQ3appNdzHZRYU1XnGEoH4zB1DUtcb807VI9PaAYoOlg9rtmX3+6+uNK1ukoX8LIz3rOEApIgkhvw3H8Yn6u6cTRJtVhuvWNlhAwJAPyvOGeWx+tSPxQTwNnWXahJj60/4YFhSKqxW5m8HY9VYOW3BFAv37X+AcVvt9/owrSU1ovhPJNXzoBqK8oCgbjE1sEr05HP5tMOV5KvdyRx45v8gi7Nyn0aYbhu069Pnb6B1hpcaIl8vCHnTGoB0BhP7m93GdTEHJa9eA7HYbttYdK2hIlxf9tOW/rgeWhOb8mCIHx2YkyPLGJP4POVm2+O5sAbAygQvsKav90iktSoUiFfWTYNbBtRE+6DT6uFa8IhaANCE38c4leQOoUuM9zCehflVOr0evwatX6Zc+DsbvWl/mHjJtZuTsQUm/iITN/94oeznW2UBPR5dBofqVUwjrWmwyRwsfoFHaMNkqg7ySOIY6E8qFrvdcXIkk1difN60xSq5Os0WzGqsNSDH83JRgdMCFqrVcktueIno4Eeoj9C9LQnYowsy1VnAR/r4PNopP4bMutL8ZakvVeqtz5hXN9gYJAZ6UY0/egb1Yqe3BH0JlPKM9beYxmtor5JivxwlhomgXeGxCktO2IIH1HtJHw8EBPQ3TyPMbbRLAU31P2W4z5CUf6PhaJ/k/NJVqo5Ve3CuUoV+fMcD4QArdR8STxG3zvjjWJ1f5GsAivhxw1s6r6kBUrG7V0LLsbpYrWtLthNc3OAauQrUJhLwNNR69gG51oNpHlt+oyiJvSSGBhKacTyF4B8cZXOGfo5ua3UdhVdJALYBehfp/LjF/xaODJEnSTKJOvBg298lZsTV149noD/bD+ag==','pending',1,1796495799559,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495769526,NULL);
INSERT INTO mail_outbox VALUES('01a2477d-fff6-7990-a96f-66d7c36b68b2','password_reset','frank@example.com','Reset your password','PnWdf+vYykmh3JAZJVX6uGPTbsaM3cdxUrKky7wBMmrM+KsDsOXUEYDo4KN5UJcIRyeP7cvIuOs9RBHeD0X4pMk8r+nvmmjaJPMU6Q0x7BZfnCsvWfDy0NSV7yW1E0/OagEa/vemtIVzYNbugHTzkSva9tYh1rA/VQ9IR/YGrggQ5YuQpINig7ZyB4xI4wA+YmwCvR9/TXXNNPuABe1BQ82o2qQE0HdyngzbkSAhFPBMZcQ22GkJB4w1ev6QZeLEt8hhfLtjWYGoxxfCWvPWjJF2ggmozbfjAayOUvZ5laAPP+WKKcK2ZMKVYrsplMzPFniMpXlKJao++/Grlnyji17zeJs1HpOrnE0N6FsLpFgugRqJLXePDMxyLXXhp+mUgh4j1rhrz/r2Ta6IId5LUbUz5mqOE0UsHNcoihWoJexdro5cR/B7DnSy74Ciw+4H8ThcIWuDZKvgxU4Tjtx5kEFGg2cnEX4PHzsgSzj58LbUUu4AAuemrCluJRw4UvkKAKaI8TBHOem/LWJyjpbB8kS5UhUiTQDhGIkr5vNS3I0=','l2HJzxWN9/upKeCV28f3L5ectSVkSaz+vw/L2Dk0P11k5vSX6icIIUuKpD7SXRzr6BEoJflC12UArk56DqKg9vf42HkPewQDWSGYAA0Cm95vJ/8qH1j/D+azX8c5Ahy+zNv3Ton6IPIMulxyA3BKYvzQUf3VNA/EaBsUOuuU799fTKtl/P6UbjemhZb8TuRaik6IXxCKWPJXNeNWAd9rMqRO90r37TmcBe9Gik1ISx+RSbxt+LdPcqUOEsQUg6gA8au0q0dI1t9kwqzopzJrVJItwzYVT/aS8X45tdKAEFy90xQNhQ0NCs8uGZf8h4c/mT7wp6sUgDz46rn1mCEgWLCSmtRIEDCn71cGi0jCk+XrSF2YvbMuR921wZ+r03D/WqqxwfH65dzzuUIafGu/IvZLpoORjO8b6LXMxB6DGtyafywiVJB/v9TRdnW2RCKwLZ9ZW3w7UanWWmhB8LhelPT9vKkFVL9KmQ3AcJE27pcROeZgMv20/h+Ul1sTwgjsNZlMKYuM+dxp4/fnlte5kw6L9B8KyX/ElI5PykhhjSkQO9VXz1XTGrjHAgmF3bbCFDQzM8Th9e2yPOadm8D7gZEvJ+NL+CSzKhqGMxafGVvfqLQvnkf7/ZA1rDwk7xmacxOQhO2GcYODB+EgWWV+gYy+9ede62cXZt4bAkBRKwjECfwZOHHvfDjZnfMbcCzTzCDegKNCkz9oU4rd2g/Bx1FJX0WbUimM7sBJ1mEfaQCkxV+E59gKwBnduWQpOwtl4UnZPwpALWhOYfXZa+ZCX2yeOAfGV4xzToi6QfyjjWJfmw4sFABwDC0UQEugubTwm2XTTtLTcoAki6vj3MF1Qftd1gyYuRmriVL0iC2k0g3zrBvDgXpKJkJ0A4Hp0a0/gC7TUgkYHqcobJxHANWuOCNsZgOTSiY4vnuRUDqmUCfA4zu3+zQfJJSanmEEFbMXseJnOQLSC2QsDANAhr7YdMqTR9iVjSedlCjnc8Tf0f1nc+IlgglkItm49KyQJkQ2IarDepbZfVEjQDUtYAWZeJ9rlWZJ5q+ZMhg4P2E6b0Sb0LLhxcD9QDUAx9a1+XlkxZIBNirUo3tLglE3BF828gBMLxL3bx8yyZABcJwiYQGFiz8wBlobj+9QOL+dcO2jE3vAp86Qpgj5j8jo+VS+6IFX/3kIXxjK9jBRS4JOS0oTyAie0skJv2VI6rGNm30WhxAtmFoE6Kt8yI9Mm83ji1u2KHPqzgd3IcsxHYvERsDo20ZssidMxnKy8x5Eb7v3C7D0hp0GE1jvFfnHssd2IK/gT7wIgR+KMX4iZyh74ZnMez7vMmUie/zyGuk5DU5TCMzLVp6P3m4o4UFBVx0HpFwXdnu9/VwRGypM9ELW1h/el+cea4kAOhUK/A7zgicUOb8+jwy2qS2bZTf3mcfWvdfHnZ2FHIeJ8NKMVrfbfqbqYN/wllzUhSzVgWuUg43I+9zH1Ye2A5+5qBHFWbGta7WhGhT4rZmBCK+6HbUMY7AQmYfXkNtz34vGaJZh0NCNQ5pjeP05/csOpmmkX7XfIaxH0ZjIk6jfiquOpmxhvqsuYW2adSwfPixEknsE4jZgcy3CEC9t3UXSaQ==','pending',1,1796495799593,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495769590,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','L8RPMYbmb_Xh-I1uF-9bkhYIezCyMJ3iR1yaJLvEkoE','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495748464,1796495748464,NULL,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495751985,1796495751985,NULL,'');
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
INSERT INTO login_sessions VALUES('01a2477d-e6ab-7acb-85c9-09a7ed4294b8','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','5Qp9h3mbFVk731oSZQuRsks4zxCqbvq_MNB6TbriqaE','_MTGZsyOJ_tQTU6eg8eMTIYSrahuKlj4-J2os2X6TrY',1796495763115,'pwd',1796495763115,1796538963115,1796495763115,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','fixture-app','openid',1796495763177);
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
INSERT INTO authorization_codes VALUES('Rd4CRSLnpc_xm12XOzeWTVe_CAWuLUvSqaOXokijF7E','fixture-app','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','http://127.0.0.1:9/callback','openid',NULL,'nh99rNDTwc0p9KYBxbBoe447YXlZ_i3TnJjust3IPBs',1796495763115,'pwd','01a2477d-e6ab-7acb-85c9-09a7ed4294b8',1796495763178,1796495823178,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','uOvTsQ317O4xtIxsVx23aTTt4rZJCpSpT0R/4DhcZcF4RNP38VW/LaIGqMlUy9n1BCsr','read:user user:email','',NULL,NULL,NULL,'{}',1796495756202,1796495756202);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','1nPQhhIJARPpUBMEZF7pLJBSqjAAERRppfKCVaX+ldJiPlQmqdq2SSwa75mRVTg=','openid email profile','',NULL,NULL,NULL,'{}',1796495759274,1796495759274);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a2477d-febf-73fa-8312-587f5e7c35a2','erin@example.com',1796495769287,1796495769296);
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
INSERT INTO mfa_totp VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','5Bt0Z0a4vqtQjfHwifiLmAEygwZCTCYONqpO6IqrJSq3B5tYH1iFl6dwpc49WmoQ',1796495768877,59883192,1796495768669);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','A9posjcXJ0ApjBkLtS1cFMZj-WJNmaZiNdldjc4_RZU',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','Ny6Z7_Kp-RAi8TP5jjNHRrqOgCeBrIJxPD-zDxkzT1k',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','OlxWRYFxSYkXahIRi5Eu9WYJsL6lU66uI6bjqdO6e9k',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','YUqZebKRx5MMSJo__mBa6DyruG3Ect2q0qvqj4gyOYc',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','Qh2tVlTr5gdWi9gIoUg5MAI1FvNyAIhDgLK8vAsLC8k',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','wJh6Lm7rMg6PLadrfmPoU4MhtJ-ZzC4F2qK9DkwqlEU',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','QbwQ99nI3i1rWO1oLg-ap-XL56aqFwJ7LHo8DMyC_hg',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','0QJqv8asLXCJ150-Rq54H5yYR39UlP3eRTcuYv4_U3c',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','8fjAxvSjF1nomZUQdCNLiMwH63o0rzIQ9iwNiQ6kE9U',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','_NKX3cGOQ1ieuj6vwGgZuzWrNfWvz4Ecb_A4XEY7k1k',1796495764226,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','KnbArUTj2y__XKHE91j5UEyeSCRshy_fT571iLm7B_I',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','sGQsQQA6MWecvy-MZtFn1nFBJXkRdnir6d7BX44kzrc',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','cjCzksO5xBs1KSV9VccdZJi5-NDcpTxv-YT8zuE-eLs',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','cq4Dqk8DTkNYb-jydNNUlNtk4LO0gzsrcFWGM5lBLA4',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','xEwmaCnYjTqf56KFTcE-A5qC3g2C5ULoVKelZ9Pd55Y',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','gR1Ou7v57BdY6-CiPYzio-c7VOA-tBHgunHw0w-q5iA',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','6dbhLisxi9mJebSjRH1i4D8QehX9uj5-z-XmH9YTE04',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','yL3RDgcTG2xlwKE2nDwxDaIO4n7yguh-IUQVtTf1obY',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','rv22smRevaPNVTnPdkM00JnOR-pWe7YerA1mouOed0w',1796495768896,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477d-fb84-7b0a-81e0-b03987030875','AwYBxSw_f6tvPj7O9OuEvycq40weLYufned0xIxCZec',1796495768896,NULL);
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
);
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
INSERT INTO passkeys VALUES('01a2477d-eafa-7566-b6e4-086d67f4d94f','01a2477d-7a69-76aa-be0a-ff3f00ec5d55','rfVN4nJSZMLpY1jNMtIiOR8ueHnmSuAV9gi5tSU_HW0',X'a5010203262001215820cc02517385e3b907ddd638ef763650d3eff706850afe4ce228b300ce48ca9b6b2258205b41926a96a62e15d4e3cdcf3ce67597426aea0ad0396d33821494fdffbe6e60',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796495764218,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a2477d-7a69-76aa-be0a-ff3f00ec5d55','EtcREP_DVYZJAXIvU-eH_Ddebv0q4ZVE9Odw7MEe89A');
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
