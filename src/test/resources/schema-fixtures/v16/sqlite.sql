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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:53:36.548',51,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:53:36.896',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:53:37.000',26,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:53:37.042',28,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:53:37.086',1,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:53:37.218',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:53:37.283',58,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:53:37.310',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 07:53:37.343',18,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 07:53:37.354',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 07:53:37.389',29,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 07:53:37.409',17,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 07:53:37.428',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 07:53:37.431',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 07:53:37.469',1,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 07:53:37.471',1,1);
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
INSERT INTO users VALUES('01a24531-fcb8-721f-bd02-f1ac495ad38e','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$hFAEFsRK2GdTirNfpWitJA$lXfI1lAMYNhphSMwlFcG3w+blobZUzr2XiL8HHKq0rM',0,1796457233592,1796457233592);
INSERT INTO users VALUES('01a24532-200c-71c6-bfbb-3b42807f83ef','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$osax2lMeOZK38PkUjEwLNA$/jpmMSzm9EeEHb1jE7zirX4O/J2SF+cSUq0fs+EOLLg',0,1796457242636,1796457242636);
INSERT INTO users VALUES('01a24532-548a-7532-9fed-fe3341238a96','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Rz3Yq6YjAbCaPAxh3M3N5g$O5MCTGwqGg0MIoCcWTXFkQgvtcJ0n6FefRABmHdQ4oU',0,1796457256073,1796457256073);
INSERT INTO users VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$fhpRiMlxEvy0Zwj6+/Ovbw$ndfpStqNTzyNirQ7Z+23oShRLwMS8nByyTcNaNVS7XM',0,1796457303236,1796457303236);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796457247777);
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
INSERT INTO user_roles VALUES('01a24531-fcb8-721f-bd02-f1ac495ad38e','user');
INSERT INTO user_roles VALUES('01a24531-fcb8-721f-bd02-f1ac495ad38e','admin');
INSERT INTO user_roles VALUES('01a24532-200c-71c6-bfbb-3b42807f83ef','user');
INSERT INTO user_roles VALUES('01a24532-548a-7532-9fed-fe3341238a96','user');
INSERT INTO user_roles VALUES('01a24532-548a-7532-9fed-fe3341238a96','auditor');
INSERT INTO user_roles VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','user');
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
INSERT INTO sessions VALUES('MqblC4E2hrkHA61hPRkoAg','01a24532-200c-71c6-bfbb-3b42807f83ef','gatehouse',NULL,'_OVxm8X3lN_7odAKeW-yY5cgE0thyQGk0fPD03_gYm4',1796457295542,1796457295912,4950057295542,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457295542,'ArWNu6t-Des6yZ5tWzCOcT9It9zRf8K5Z-PgqI0xiZg',1796457295912,'FbAtsPHDTmVEO5MJFTHJ1l9sCcBlsSOGZBRKiboV1EiT2WuKyiAoIHIu2cwVOseaq8esJxgIiWnYMNULhgPqsA5NohEI1bs','pwd');
INSERT INTO sessions VALUES('1O4pDyfxJgXGz9-njNlAog','01a24533-0ccb-7e07-a90d-7fdfc9276d7a','gatehouse',NULL,'4yy0yRhDamaDblQPRO4FawlMHiXLVpjViEWIODgndHA',1796457304071,1796457304071,4950057304071,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457304071,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('ArWNu6t-Des6yZ5tWzCOcT9It9zRf8K5Z-PgqI0xiZg','MqblC4E2hrkHA61hPRkoAg',1796457295912);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('VXOCSMfjG1gjQEOZCpoP9A','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"VXOCSMfjG1gjQEOZCpoP9A","alg":"RS256","n":"4TLBfXTixrsXKwMYchaPPtzCaPRtZHuR6rOsRosGe1AFm5kOzD2aQ1mfHTo1LgXzXZ8srZ2xI1RwL6dKMKM1dyxDb_uk3sYXayNweYSuO7mKBVG4KlmvB0Ri-uAFMlOwut4k-vwUl16PxXOXcqulcLMD4_JN447mGc8PEcnXu1mgZuZCqQ6NwvRKCX6m2yzghIAQvFzQGmmfoip8jldPy80UJeJKcAvFffGL2-Vvy67dvvpmZP6tQGVHQWEcKfVj5axuKYl5d2v4V-5zXBZjtOJhHxELANkpOM_ZdOghD2vWLG-4z5DXnNOxkyidKAb1CZr7aE3mn7ZYSQv_gf5Z8w"}','h+C0K8lOokHOafo40V0WTFjKyYE1s2j3gfBi2GuXkMgcaZVo7ZoV9QkVH2SA64PbM0eaO0gBzhp+nRVKxKr8gwPqgl0fO0Jw4nxqQVR0Hy0pTicZUZUjrXvnvsGONhwBPpVLIPQsnLsLXwzEwrMGZTyLDKMFh4GHWFT/ki4eQLblRz8evECTHjSd05u4nBKeZM0i+yxPqpzaIsN2P0CvhCQ2cDMMFbOMX8Hcb5vkUPtXO3DoL0jgMux8KaYDhwsYznKREFO1VUt+HhmeyU29YUfj4gQ7ExSTFoqNWL0JFlR9Rb1n5c2ZiJOz1bwcOWFCDf6nrMykBeQkzbqI/XVApKaEfsDHiPtstdfn8aW8qbkaGKd5cL1MT6Zpl2WZtZk5UoGi7HiPgXXCgZmSmLtr6Fg9kXPEV5HnLpmfkI/Qrb82LT4/mTjxZKT+gEg4jPRrbHHHV/bfCP66daL/c9LElQEKKkX3WzBEWi0IVqDRla8FCJ3aPfcuSjPEsJlX3Jlrjq4Y+KYEhU7e7rRzwQXPkq6lDBuZIkRqpnQNRsHA6rD+kIUdXQssG+Vp8NIbEpqHgg2hVU+0P80ErWbdWTc/luscJvW1L2mKYDGli+pKyajNmA2LDAYIcoHCcrvy2v0N/+1HRPni668gY1AJgzhJQ9ortifZ4exhoAvHmDnpE5SOcMhiGRAGZ4krJIr0MrrEsewx5O6zHtXSKEcECswSyoN1JJuat1iePAVf+WoZSE+BbMfrhOQ33zyjzwaLYYrrOcyXGf2CuYAuWIFvsarJes8DQQ5fkWgxiTBx3KvrCsCL6oguDoqSms8SIPExpj8XMSngvXTSQKnwxt3Hvc5ULFBJtk7Er8sBIKuAaw4g7kzvoiUvITu+qSW6YdL/hm5QeXn9dD4clPDgaoYYhfSS6KGnZQ1zxJcXG41M74ynFYG1rwnF08snW6rS8wadTEJpWESDCKOSEpRjLdFyD0+7Ok4/4HNMqTB3/1znNzvSWrYpbeypRNIW37rMNTIDITiOxLG4V/XCQZdTy87b1cnpgeSuaVzKeXVr/lHaCgqi7Bde7gT/dD+oW556xvHE1FmUGDHQLhNKu2KXjM996DBnxExboG0Z41w9gdNNgZbQYotp6dZ+DLJe7GrL97ycNM3WOEg8Evip4+01rxjwPWB6tNqV3TiysLe2PZkKJX0IIrI9lsJlyAZysBJ2GdLIUSbjKuxhBaNMo7f3Lslf4k1DJbYeuYNeiufw/dS1qcayGLTvVu3RBJcfhChv0BbokLykJcScIUoLwGdeiiIAme0AEL+0y+BSPUj3JZs74PZmRjKKlCvTCwNMLaOmfirlDF15u/3uRc1FyrsBdWRWSLoC8cBSN7LX7rWgC20YO2QCPWHqktcYecD7GeuQ8WD9X6YIi25ROJzJfJKOnFECTus7bX4BHbM7TBaM/Q9s2tpQMh5n9LrKrzJOslTWmBQvDsqMTg3ftccfOay9ugCudhNgArNDJJABuIdrsTfk3Q+tDtgI/ZWg+3aDwgAOCi5/dusxmRDCOuvqcBtr7KBgEa8IJ/huT2asnTVGWFmoe5bDwsHY1tBFzukJIcQ1EoEJUtTkA666Gw9Ojif6w+S8r9N9O4PNpvK74heylGJImjblIjMVSq9EtgvEQ1rtYEsM','active',1796457272832,NULL);
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
INSERT INTO audit_events VALUES('01a24531-fd9c-7ad3-a26f-2f04e2c030fe','user_create','success','01a24531-fcb8-721f-bd02-f1ac495ad38e','cli',NULL,NULL,'roles=[user, admin]',1796457233821);
INSERT INTO audit_events VALUES('01a24532-2065-7384-b47e-4d5f7344fe28','user_create','success','01a24532-200c-71c6-bfbb-3b42807f83ef','cli',NULL,NULL,'roles=[user]',1796457242725);
INSERT INTO audit_events VALUES('01a24532-35bc-7225-9916-3dfdb583dfa6','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796457248188);
INSERT INTO audit_events VALUES('01a24532-5572-775d-91ea-b2f7328216d1','user_create','success','01a24532-548a-7532-9fed-fe3341238a96','cli',NULL,NULL,'roles=[user]',1796457256306);
INSERT INTO audit_events VALUES('01a24532-78d7-7663-991e-95d02b5b4ea3','admin_user_roles','success','01a24532-548a-7532-9fed-fe3341238a96','cli',NULL,NULL,'roles=[user, auditor]',1796457265367);
INSERT INTO audit_events VALUES('01a24532-97df-733f-9d6c-dca92b989e35','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796457273311);
INSERT INTO audit_events VALUES('01a24532-b7ba-7514-83ed-854059689f09','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796457281466);
INSERT INTO audit_events VALUES('01a24532-ef08-70b0-9ed2-a6944e88abd0','login','success','01a24532-200c-71c6-bfbb-3b42807f83ef','01a24532-200c-71c6-bfbb-3b42807f83ef',NULL,'127.0.0.1','session=MqblC4E2hrkHA61hPRkoAg',1796457295624);
INSERT INTO audit_events VALUES('01a24532-f0e5-7f5e-a7ce-80c8c8a9eee4','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796457296101);
INSERT INTO audit_events VALUES('01a24533-0d87-72d0-aa48-f85d9d1183e3','user_create','success','01a24533-0ccb-7e07-a90d-7fdfc9276d7a','cli',NULL,NULL,'roles=[user]',1796457303431);
INSERT INTO audit_events VALUES('01a24533-1008-767b-9e44-7a58606dc782','login','success','01a24533-0ccb-7e07-a90d-7fdfc9276d7a','01a24533-0ccb-7e07-a90d-7fdfc9276d7a',NULL,'127.0.0.1','session=1O4pDyfxJgXGz9-njNlAog',1796457304072);
INSERT INTO audit_events VALUES('01a24533-1398-7cf8-ada1-7d809d0f9ca2','mfa_enrolled','success','01a24533-0ccb-7e07-a90d-7fdfc9276d7a','01a24533-0ccb-7e07-a90d-7fdfc9276d7a',NULL,'127.0.0.1','method=totp',1796457304984);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT, require_mfa INTEGER NOT NULL DEFAULT 0);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','VtkNSFQ_LigDA_kteN0h7mwF1UJIpg1o24wwiTC1my4','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796457271631,1796457271631,NULL,'',0);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','Ij1dMtYW2UBs7QHMD9N4QZd+kPILIKZFi9xh2FxNPIx5V7GcJCl0I1ffwE/9Cr6Y7exb','read:user user:email','',NULL,NULL,NULL,'{}',1796457280495,1796457280495);
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
INSERT INTO mfa_totp VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','PbJ8hSh+SZ44NThq1DFpJWPagWzz4bJoG5jh+GdnuQDu7G8+/W2+YinPrmjnRfBS',1796457304973,59881910,1796457304220);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','ucJNDnexFrX9ZnRfRWrySa_JlF96TFVw1H7RnI2x7o0',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','_729wqA8gKBaG55i22bLDmplfpvee1Ox1Qh-wVi5_84',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','0TZRU-XsKaT1IFNaofgmVqYNOtW0agmuE1EpsRhlmkA',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','wOQ50aiOVHLuhQevouQdJyxsiL2f5WmT5qvybpIF__M',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','Jov_WjMJCzQ3ZNwqmx3ug3mMUFVW927Pt4HpwaIbU9I',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','fUQW_sDbbsn4duAaYkqscQHQEZGdqiVNLwn_ZZSK1ow',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','43l7N7QBGrdAv9Cfibew7i7djw1R31G7dJoYSlI4vBc',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','ewR4z4RjOBKZ2cO-G5cqkv6Tc-VAaDDaFCYyfrqKacY',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','3wYnXOA_IN_JWQGdEglmx19MD36a3Oz1r9QEl3H7TPQ',1796457304985,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24533-0ccb-7e07-a90d-7fdfc9276d7a','XIz8c9LuM2GiAKWyOS2jtGYyp7yKSmB-wD3d72IQo4c',1796457304985,NULL);
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
