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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:07:36.541',58,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:07:36.977',333,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:07:37.019',4,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:07:37.063',24,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:07:37.113',1,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:07:37.175',15,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 08:07:37.216',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 08:07:37.237',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 08:07:37.262',13,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 08:07:37.285',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 08:07:37.302',5,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 08:07:37.347',1,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 08:07:37.527',1,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 08:07:37.532',1,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 08:07:37.537',0,1);
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
INSERT INTO users VALUES('01a2453e-d704-7bda-8d74-54c3f6413d25','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$DLcnT0iki2ECYmNBAWFa6w$ctJJs1GIJhSv9OfyuEfIwiF/TmUkHlwUYQaBORq17BY',0,1796458075908,1796458075908);
INSERT INTO users VALUES('01a2453e-f391-72e3-9028-b8f0be670ea1','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$FZqtpZUzwpINi1Lkm/AZiA$GXksJ5ok7tlpsQfw3VNrHcF+p8CeSGLDoM8cXP4JSYU',0,1796458083216,1796458083216);
INSERT INTO users VALUES('01a2453f-7ad1-75f7-9178-a2f95b1a360a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$P54rHzNMyZhKgIx7vV5Hbw$NwvbdCIl+TPPoVTPb2RP1wRpg3UL205zytyvCL3clZA',0,1796458117840,1796458117840);
INSERT INTO users VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$T6iLHSA8SDEHFBPrWJphMA$HtUFaIQMXHR6Eqvp9x+kwRpRYCtA48dI2InUzUciCVc',0,1796458170244,1796458170244);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796458100848);
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
INSERT INTO user_roles VALUES('01a2453e-d704-7bda-8d74-54c3f6413d25','user');
INSERT INTO user_roles VALUES('01a2453e-d704-7bda-8d74-54c3f6413d25','admin');
INSERT INTO user_roles VALUES('01a2453e-f391-72e3-9028-b8f0be670ea1','user');
INSERT INTO user_roles VALUES('01a2453f-7ad1-75f7-9178-a2f95b1a360a','user');
INSERT INTO user_roles VALUES('01a2453f-7ad1-75f7-9178-a2f95b1a360a','auditor');
INSERT INTO user_roles VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','user');
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
INSERT INTO sessions VALUES('bUHBE35avd4r7r7fr-6iug','01a2453e-f391-72e3-9028-b8f0be670ea1','gatehouse',NULL,'lLNfoluCLTOt4lUPecnbgGv_vCQ_l7by8gDg4HrYTBY',1796458162992,1796458163277,4950058162992,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796458162992,'MHhYVOOaUUIFWS2YhM0h97jCkzUs6d9vRWTs5a1Wp18',1796458163277,'mSKp2x-Df7Fts3NEX7Xu06znqeBG_QQf2B7OY6F2_PrlGzXOwEPdXVYdOFUatrotZLXotQA02wZRmqtk_wNIuhg4oAhw39M','pwd');
INSERT INTO sessions VALUES('7tBD-3EFs50LrqmdXfkn3A','01a24540-4784-7a1f-b248-50c9da4b149e','gatehouse',NULL,'nMlNl2iOBSh3bJAz4m8-Jr-717uCcXglSEibcToJsVQ',1796458170576,1796458170576,4950058170576,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796458170576,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('MHhYVOOaUUIFWS2YhM0h97jCkzUs6d9vRWTs5a1Wp18','bUHBE35avd4r7r7fr-6iug',1796458163277);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('O3wjLA5pX94QTZ5RK1mtHQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"O3wjLA5pX94QTZ5RK1mtHQ","alg":"RS256","n":"u260WZpvrWp_QL21fPbIrb6FUgO_mh-YJLpf9c448NMHHxdbG9UUVMyCpzcWJ5OUjOof1E0dPKnS0SXNIMVNwubPneM6SJW5_Uk-r8gvzH44bIi_LrZF_ZF9jRgUilWRnkQkgyuG11p8jd12Z4-vYkN6Uayu9L8c8g1LV9t6mJidpUI6h68aw4eBoCG6LHrluzvs4T76KVPs7BXYeB3CHc7ceXJKqw3mXWsGq7T1oCqQtRZTBvndF--NKSiuGDmelUU-HO8j-LfS1VX_AkMWL3IZsTp-VSZvaMjPLKxJbVBI1cptlj5oFaUs-LqZ3iJsQ8mdB0Bvf9yp2miYJXy35Q"}','XYRhjy7cG1rhzR+WbzkwGAWDoyud7ViLvk04+SwjIjSN1tYfAtUUrYSdnQCJVGhuudtDmwCXj6OFHNw4IirAbRXNI1f9ZnpXnVT7AOEDuuBm+wapAS3EFSwbn1IzboxSf50v9lPEOYXr59OnkZ+MmkEE8CWG2DmolGG9m460zcvXyyVCwKj5MU4EH5b+ymPZ8VprmUMl3UepfTaRt50mKEMsukTlQF8yXfKH9/mrNGy7x9HkKzOSUa/JEmmP7XWOeJhzP0lD28qcPApPk23XWgCnmydEeDVgYsAbkuCnMUy6g1HixwDpK75x7Sq1WkD3R7dBzqudMqur+qRK1xe69xotYI9Y7nyCNImpqSkYYP8JVQzHwOAzAsI3dxcmuN6LR8XXMC5BQpLhVnzHMziVRSBUzILixF70SqaL3NJxua4AK2Le+LizS6fyEU9praXfirCQp+uFG90kHuZB0jOJgc+OUQXhFo9FCe63ibSoYfEOYAlgH14bzzUMZkswOfVKc+bHwfxuu/wtcbwk3PqZJoZAcpciff6vyG+2UDq98oIrgZFx/gNM2O51/A8KBwx3gLQR7MW1Au2HrY8EeoNovYkv8BLitl8vQDxqELmthNbHxkEtQ7Eura6b7fDRyEXoXLdB9+rRHKzrWCorbEvFH5JmVklT4DaVb1s0Y19XFNsIfwbkZJP8/oEwYG+5qQQynk2V3VaeZxQ7Ldu05AxSDhRCZBDJ3qbJvb7hl+Srks1euU1ByxHe62UaZnGFx896jEfKEVqqyRFFbmOs5aQGQi4oGNihmB4jhowSyFOo9WgfQfUcQcFOpNQOdvXgNZ4a4nginxAWOAV/ZULFK4Eq1DCTJX5yIViWgZYYkKoe88hnijxLL+qcFv+uzXjPC0+FTKEIq3HdGdw9UwAbiCFUhQ5NW1ulvhG+rtv8s2LHh3BQm7p0587H66AOPAyxp9I10f3qeafR0xZ3lchx0OueSrRYOTKildVLkFtlN++kkBOUCtT1XeTOE7T1deSEJ/7OCvU1Wa3K6qvl0HImMZUW5KRk3nPe/1Wh3YTEloGpWccSQHrPy7ip5NBm9gm1C8Dj7y18fztk3qPh5gxxKgDUIVwu7FM3g2/KJ65iFHN0gHLBF11RSfvtL0gr8SXU0fymJHyWb8OAB27Xqe9h3/VpuufYXDH6Nr3wNdUyWEY5Wwwr28k+yH8L0rNvTaIueWHswKO5IGSHZx1RTkckCr6btbQTBWSm/iLzfrql3YKX77OB0D0kiopzYwMzGCl5YCL6wxAkrfj5acaaTR1GaGzxKXz16+NLYTLYVXnCQeyzL3DcyEDyoad2JqVd1ZP38ZyZ9pl7t0UZTq/fhSQB9aERfUb4rbZuqARKsEz1BSvv49Md5RQVQq481Eltuh7eyNZuwvk+OEpiAdft4PCokCkkJoB42PIpzBQSoyup/tygKBNvSKdRSbUJRO4UEGkuO4D1FDvSYe1Sq/TXHU4Nx10txVxSzEv3J6ByWEcrFcq6SE7xVjgYpa9nNuI8SR6V0ZdP8UzgiroV8dF5cWMBfq4GCGDaTZurdjDqXZJ9DMHF7J7Sdw3kb7EVqwkhRH90xrHGSUH/m+Lu9lf7yqvNn8OhkDyPMpaArKg3NcycLfRH6iFv2Hwi1eAfUmnbjngtOg==','active',1796458132753,NULL);
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
INSERT INTO audit_events VALUES('01a2453e-d7e6-78e9-8d8f-67d96c960ee6','user_create','success','01a2453e-d704-7bda-8d74-54c3f6413d25','cli',NULL,NULL,'roles=[user, admin]',1796458076134);
INSERT INTO audit_events VALUES('01a2453e-f3c0-7baf-b600-238ec52696f1','user_create','success','01a2453e-f391-72e3-9028-b8f0be670ea1','cli',NULL,NULL,'roles=[user]',1796458083264);
INSERT INTO audit_events VALUES('01a2453f-3d23-7022-b8c9-fa4e69cdbdf3','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796458102051);
INSERT INTO audit_events VALUES('01a2453f-7b39-7170-8a9a-ed0b421109cd','user_create','success','01a2453f-7ad1-75f7-9178-a2f95b1a360a','cli',NULL,NULL,'roles=[user]',1796458117945);
INSERT INTO audit_events VALUES('01a2453f-a51a-7f06-8a48-bcfdcef849c0','admin_user_roles','success','01a2453f-7ad1-75f7-9178-a2f95b1a360a','cli',NULL,NULL,'roles=[user, auditor]',1796458128666);
INSERT INTO audit_events VALUES('01a2453f-b71a-7313-b50e-3bd15cbaedd7','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796458133274);
INSERT INTO audit_events VALUES('01a2453f-ce80-7c74-99f7-ffcf6e1019a0','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796458139265);
INSERT INTO audit_events VALUES('01a24540-2b68-70bf-8e65-0f7cbb46df19','login','success','01a2453e-f391-72e3-9028-b8f0be670ea1','01a2453e-f391-72e3-9028-b8f0be670ea1',NULL,'127.0.0.1','session=bUHBE35avd4r7r7fr-6iug',1796458163048);
INSERT INTO audit_events VALUES('01a24540-2ce3-73dc-bfe2-9fb74d982a44','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796458163427);
INSERT INTO audit_events VALUES('01a24540-47a4-7c4d-b988-84cee7fcd70c','user_create','success','01a24540-4784-7a1f-b248-50c9da4b149e','cli',NULL,NULL,'roles=[user]',1796458170277);
INSERT INTO audit_events VALUES('01a24540-48d3-7f8b-9efb-12cd0305a26d','login','success','01a24540-4784-7a1f-b248-50c9da4b149e','01a24540-4784-7a1f-b248-50c9da4b149e',NULL,'127.0.0.1','session=7tBD-3EFs50LrqmdXfkn3A',1796458170579);
INSERT INTO audit_events VALUES('01a24540-4c45-7d26-8e42-ad859caf2883','mfa_enrolled','success','01a24540-4784-7a1f-b248-50c9da4b149e','01a24540-4784-7a1f-b248-50c9da4b149e',NULL,'127.0.0.1','method=totp',1796458171461);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','Kjb4nyELpKxEmogyd9aR4Px8J-AFXzdis-RYryL9CG4','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796458132582,1796458132582,NULL,'');
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','UHmmC6XDbKe7SdFJQ7MFBg7I/s4u8TksE8E7FZmM4HnYHN8BTZ6FO5rcQy9ilPiml1Tm','read:user user:email','',NULL,NULL,NULL,'{}',1796458138971,1796458138971);
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
INSERT INTO mfa_totp VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','I0Z7D8LUUX6g5PaC2OjDGQ23yV7lwgG4/fvAKtGPlXNP8vv/2Cv51xLGzPCR2WaL',1796458171460,59881939,1796458170741);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','vEEsZj2pZU4eZIyAww8Y5AOYpF4Y4zlly-r9v_D_Apo',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','9ZNrxGKsAEciaUHBDwfnQzEdcW6jV4xpyBIV6tugWr4',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','-EW1wDBPO4AU3ZLi4J__19oxGXnDzjjHCFzcwUtPwTc',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','-y-c6BMC4LLlHs99i2Kf7bSHbbUJaVhLLCRK30pgjeo',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','mertV7gxsrc27rLQaEYSj7GhTjt03ccPZSiyKF3uMhU',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','TyKVe3Z4KshdDEGyakypXaabRhWCrvpoXxVHy0S4e0A',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','uy9VqtA_XUfYhgqRGCXHH2bUb7uiPMgewR3_UvqMO18',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','p8ufrTO5jXtRxXG6QfdPH71PYspo04DS7bHnmKwzwF4',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','iD_fI-ZkrQwZ-IhFEiToFvSjLtUNcvnPi2TqmDI_bAI',1796458171466,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24540-4784-7a1f-b248-50c9da4b149e','axUhHlz5T7a6J1J5idFIVVKWR_UUkQWJ0VAuZmCdnU8',1796458171466,NULL);
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
