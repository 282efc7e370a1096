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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 13:42:24.627',2,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 13:42:24.638',2,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 13:42:24.647',4,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 13:42:24.664',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 13:42:24.677',1,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 13:42:24.692',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 13:42:24.717',2,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 13:42:24.727',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 13:42:24.733',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 13:42:24.743',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 13:42:24.760',5,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 13:42:24.816',46,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 13:42:24.842',9,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 13:42:24.867',7,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 13:42:24.883',8,1);
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
INSERT INTO users VALUES('01a24671-2089-7526-a485-c87551939b96','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$jIn6v8+zAP2tBdbtyCJuWg$VPi6S+nySvUOO7x81W3MRiCitGVBzIFGHe08fc0Tm3w',0,1796478148744,1796478148744);
INSERT INTO users VALUES('01a24671-2c1c-7791-97ea-52331f41d030','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xcLa206gjBruWSgwECOG1g$aZA7SaLyETpacmPYGarSpjolx3meUIUfgsijLr6Tras',0,1796478151707,1796478151707);
INSERT INTO users VALUES('01a24671-5870-73c1-b0cb-a5b0c4acd48c','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Yu/fJOuKKiCbMGs1OMXvOg$j+uYrMyakaxHkhiIQCCvURQRczQ683lJ3zpMj/zUZzU',0,1796478163056,1796478163056);
INSERT INTO users VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$PkVPMcBwip8Uw4bPcK8Qnw$Pf0oo0Pd9iJ/r6bmOCO244QiND0ooHoF/3Lu8J0iuMY',0,1796478209486,1796478209486);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796478155381);
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
INSERT INTO user_roles VALUES('01a24671-2089-7526-a485-c87551939b96','user');
INSERT INTO user_roles VALUES('01a24671-2089-7526-a485-c87551939b96','admin');
INSERT INTO user_roles VALUES('01a24671-2c1c-7791-97ea-52331f41d030','user');
INSERT INTO user_roles VALUES('01a24671-5870-73c1-b0cb-a5b0c4acd48c','user');
INSERT INTO user_roles VALUES('01a24671-5870-73c1-b0cb-a5b0c4acd48c','auditor');
INSERT INTO user_roles VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','user');
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
INSERT INTO sessions VALUES('LPRKCFz9lg8gEiw5GNB0wA','01a24671-2c1c-7791-97ea-52331f41d030','gatehouse',NULL,'94MlEGBt4jKU5g5Y5gaRCaR3J8GFDseUFt-X9e_o_uU',1796478204597,1796478204691,4950078204597,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478204597,'SNzt92myNkX-OL78siJb-NJpRILEwQmIiRQcILPKcCE',1796478204691,'3GIvyDNLshnBDPdYPNtwKs_TdTBVU8ZtwQNPtEtCOIkSgEdL89ctusTylZqYDZP93Lk2EJOjRb0gqHOV6uSaTpFQzMF94lc','pwd');
INSERT INTO sessions VALUES('AU-GfRADdY5tVqCz_ARbdw','01a24671-2c1c-7791-97ea-52331f41d030','gatehouse',NULL,'n1YQ8aRJQXC7S_gniJzUYLfetdrnEit3Gpl7vpYLERU',1796478205559,1796478205559,4950078205559,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478205559,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('Ql2BU8Yj2wG9n5bb85o5NA','01a24672-0dd0-769d-820d-81d8176ffefa','gatehouse',NULL,'WaqUtnEAn1VSnsYoUpSqXJAIf5-CswlsZVejrBRa3aQ',1796478209695,1796478209695,4950078209695,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478209695,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('SNzt92myNkX-OL78siJb-NJpRILEwQmIiRQcILPKcCE','LPRKCFz9lg8gEiw5GNB0wA',1796478204691);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('wQ-X0FxX_pQp5UOQ9GXODg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"wQ-X0FxX_pQp5UOQ9GXODg","alg":"RS256","n":"7oUiiHYk0TCmhmHl3dBW8fEPWgeNcDueU2VKpUg1lXTHr405sIoHgYCNCkt_hNEzsd9_ZLtI_aNWM3Ta8WJ0Wyb46Hh0h-hcjeSmxKNW9t3HVFKpMUwrEmTIqbnnKbKGW8lMQXDKwJjSMPPsnH00gX99TSi_5OM6WYkwYHYAoXrP_mvEJwrwNyOAiLHDfMYX-5XOy80mroSvlQQ88l-Hb52shPBMxoXCP8q9LoNz1aJR0B45tCWq1g69JjKv0WIUK0Km3XSW49KZMAcAv0BwDkx_l6Vf16OO2pNoDZ3H3TnqJN77-HXKM-2pu_TvgpyMQpGWfvenEA1dFIYWXJvO8w"}','lJQt1z7FEhXlYItjUIER4Q/azc4zt8WB3SAois8dn8Tk+aTtEqC5ZWph4szUxN+RsXEGTsNmUDhz1ah0eqjBuWKVkIg7fOYjN7SMXf/jlNV2YGYbmUZanv8tq5ilW/t187rHxm7djatXSkRbsqrW5FLUzORsRxfyfG5mVVNWvWD/amplHsMSeZZtHi8Ty7I1ncrFZZ58IiZrejKX280n77l8k41RvutynOnS9Qp6wIfLbJMbo9bCgNtt/au0A8BIDVNyXrJ2BW3BcZaRM4fw4n5yUT12Kwp/cB2+dz+wMu1gb1lU2rlXnZrKde4fdMHWwLc3VUHqPv9lXBJvVTvRsIMLXXZdNy1hwEyM8cpJKBQTdN2hjHBT9vzWFwLAGKC4CpjXlSTs3QVFXLoTRkSEtQzU1sxgN9wNibdY2Ai5jsQilF5QgQDjvCBYNpNJtwm5pxnCFHL3lNTJX+lscZnKREsbr//pBq0bB8sOYiXwJb3ftFEp6VxeZGWuXQ7Z6LNSE1KDQESp9Va+NwJHezmPB1xY0ysyG3rx0k9d7VFbKUIAxW6/Mpa/eaXShSJcCu02kFvfGdiP5IqngeiUL76MGx3RDiKy8lROlyGONO2HPa750K9d4m7T/DQjBu8rF8sBkGRqsFLiLoIr7sdnLV7wgbnxIlXu/Kqpr4FtXX5J0dVDYITP9QvmfPla7A/UaefbY+jmTycsCZIX4s9syGzTjJ4a+HRrJQ8JEUh3S+w9EpTmMaJyayeUzAKvoVBERR2XWVyu++NqXyijc/fSFi3isQBvNcEcwQ9kSa8O5rV+PvQp1O505noAsq59lwT5LmHoPuXE4jTGTGxDznud/4XJ1ieuNRYXs9TYCWd3yTo4rDdsxj3gObOvp5BTC2KamKeV70sH60WiyGmkEfK431/5+lV73TW2Tw1cxw1nNb1dD5tMNWUw47YRhyXMaki4THHvqJVug4p/HI6wt2cHp0YiYbJsawe7iLWUpzGBjT9qWd8iJ81BOPWkrnyDLAM/4Z9Lsi/ahBgFkyX7aa7TwOW4xVcso07XxFJSFITfeKXDR0QU6znf0kMlmax1qzncqQjNPY1Vt7AM+fK54RQa8yE0zeKYf/rp//GufOG5mCBpT+Eg9gLgMMdy+7knijyjrm/xDq+gSs5o4GCr9HflotdN8cKyFpF+dOUNwNxyfoG8f1YNRrJt3DNXVUo5tvRuWUJaP4BRp+zGdy+JQ+PP1cwJDVhDchClCZJeNvFE5lcQQyRNrwLlZNfKpni1f3I5M7VwYl+nF2nCiAIA0uKxvYIVglP2tAZMwT1h6twnKsMiQueEf274PqzTKnZ/z/Zyegw64ShCTXUMWptn5KJC/JgkX9N559JiJYLhYefBUhhFww/G2C0eGk6L0BEGJsUgHTQH8BSyklMJ2iw/PKM150O8LzJCO5CjEp/6Nkup5uLz05qKJgZz/48bbeCWjiLQhB2fkSue+OD1LUKLl2mB7W7m6dEon2+SE0jugugJ030VdNpG4VJgl89Pzd8ELb0VfDr2EcMObBlLehbsSjcMq9ENSj8TFMlZ7hUrR6RerGDKGEwOQKgx2YoMCGJd5VA2HKY164LxeNPliLhSIvcfSkKj6n2tbxDWbcVAFgQKGsqOQf5t2qVrYlWCQiDq3YW6','active',1796478178419,NULL);
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
INSERT INTO audit_events VALUES('01a24671-20d9-7790-a788-6c39d20bad11','user_create','success','01a24671-2089-7526-a485-c87551939b96','cli',NULL,NULL,'roles=[user, admin]',1796478148825);
INSERT INTO audit_events VALUES('01a24671-2c49-7700-9182-2359ce5dc9b2','user_create','success','01a24671-2c1c-7791-97ea-52331f41d030','cli',NULL,NULL,'roles=[user]',1796478151753);
INSERT INTO audit_events VALUES('01a24671-3d46-725d-974b-6e19ecf773b7','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796478156102);
INSERT INTO audit_events VALUES('01a24671-5958-7e9c-b7a6-0d4f6833ad6b','user_create','success','01a24671-5870-73c1-b0cb-a5b0c4acd48c','cli',NULL,NULL,'roles=[user]',1796478163288);
INSERT INTO audit_events VALUES('01a24671-75bc-790c-a1ed-d81ce8bf8e22','admin_user_roles','success','01a24671-5870-73c1-b0cb-a5b0c4acd48c','cli',NULL,NULL,'roles=[user, auditor]',1796478170556);
INSERT INTO audit_events VALUES('01a24671-990a-7824-897e-a6c9ae8bb4a0','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796478179595);
INSERT INTO audit_events VALUES('01a24671-c012-7ae1-90a7-a2a21deaa18b','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796478189586);
INSERT INTO audit_events VALUES('01a24671-e09e-761c-9136-5ecd70a56332','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796478197919);
INSERT INTO audit_events VALUES('01a24671-fabb-767e-8ec9-a9cf04301c35','login','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030',NULL,'127.0.0.1','session=LPRKCFz9lg8gEiw5GNB0wA',1796478204603);
INSERT INTO audit_events VALUES('01a24671-fbb0-7674-9a63-ec49579b5454','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796478204848);
INSERT INTO audit_events VALUES('01a24671-fdd7-7af8-b13b-b511737c73b9','login','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030',NULL,'127.0.0.1','login_session=01a24671-fdd5-7659-a1bc-997c193f28f3',1796478205399);
INSERT INTO audit_events VALUES('01a24671-fe00-7bfc-b797-b154e561681f','consent_grant','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030',NULL,NULL,'client=fixture-app scope=openid',1796478205440);
INSERT INTO audit_events VALUES('01a24671-fe04-7eed-979e-63209b2cd98d','authorize','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030','fixture-app',NULL,'scope=openid',1796478205444);
INSERT INTO audit_events VALUES('01a24671-fe78-7ebf-87b6-ad160a5215aa','login','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030',NULL,'127.0.0.1','session=AU-GfRADdY5tVqCz_ARbdw',1796478205560);
INSERT INTO audit_events VALUES('01a24672-015f-7e97-9828-8f866ccf301b','passkey_registered','success','01a24671-2c1c-7791-97ea-52331f41d030','01a24671-2c1c-7791-97ea-52331f41d030',NULL,'127.0.0.1','passkey=01a24672-015c-7484-bd27-0efd8a9e9705',1796478206303);
INSERT INTO audit_events VALUES('01a24672-0dfd-73bd-8168-5c4d9fd64cef','user_create','success','01a24672-0dd0-769d-820d-81d8176ffefa','cli',NULL,NULL,'roles=[user]',1796478209533);
INSERT INTO audit_events VALUES('01a24672-0ea0-7690-ba4d-c3891660f617','login','success','01a24672-0dd0-769d-820d-81d8176ffefa','01a24672-0dd0-769d-820d-81d8176ffefa',NULL,'127.0.0.1','session=Ql2BU8Yj2wG9n5bb85o5NA',1796478209696);
INSERT INTO audit_events VALUES('01a24672-1143-7800-b837-501396695054','mfa_enrolled','success','01a24672-0dd0-769d-820d-81d8176ffefa','01a24672-0dd0-769d-820d-81d8176ffefa',NULL,'127.0.0.1','method=totp',1796478210371);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','PrFNSRzpuhYN16AJFtPg9THmaz-ZeJ8ZgEXGj3pA3o8','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796478177670,1796478177670,NULL,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796478187428,1796478187428,NULL,'');
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
INSERT INTO login_sessions VALUES('01a24671-fdd5-7659-a1bc-997c193f28f3','01a24671-2c1c-7791-97ea-52331f41d030','vrtK5tCBHNYK3FD283sgk__4sSeWDxmiK2Wt1Ajd9Mk','vCz-_Crt_1Gnx3_S6HnTiK3OqF99rv5NyySGM-v8fjY',1796478205397,'pwd',1796478205397,1796521405397,1796478205397,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24671-2c1c-7791-97ea-52331f41d030','fixture-app','openid',1796478205437);
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
INSERT INTO authorization_codes VALUES('FiEAXgUXcarh5mCBSChraBkQ1xNH7vi00wc6zKhwBCE','fixture-app','01a24671-2c1c-7791-97ea-52331f41d030','http://127.0.0.1:9/callback','openid',NULL,'42Ij5wr_aZ5goASjOZcPUTGkz2JCpK2MuM4YrLdMPxM',1796478205397,'pwd','01a24671-fdd5-7659-a1bc-997c193f28f3',1796478205441,1796478265441,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','x6qxVHk7W3AXSqlO9t9iodLAlyityncW1CHqKi0ypPvneN7LDCc06XAkYgEXsyPWYKPe','read:user user:email','',NULL,NULL,NULL,'{}',1796478196847,1796478196847);
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
INSERT INTO mfa_totp VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','jFpO/XZBKxi/XsfkInAhrSR/gcHrMVQ+G497t9odAq+vkcD///WaksdLpuNCimX2',1796478210363,59882607,1796478209724);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','siCXoPHmX_pL-tP1HKQDuI8_qxkvY4rYSLYyVl3Pluc',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','N34jKCVB2nOvJFRRNTjUoInyTAcgieQ3kgsqTc6VHFE',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','muKbDREg2W3rNtIHL2eg2IXXCyUrmBCV40H8ALuMG2Y',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','RgH3qzKHdn1bSQ6IgP8mPU0gIAm8QHOt3cYwN_hrTkE',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','1jN24i2HnefZ4fvNTqeT1zN8Jbp6_sqtV2c43pvMht0',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','ZE1gEiQdD3BFknjOeNX3SSm8D5jv1t_BIEvGO8-B26Q',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','XvLTD_G2GqDv6_JjRN-cZ0jhh_dfjFARK5P3fVqNBvU',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','rZaSQOnNb1X8TMxXlu1ERRw55ug8z5m1gp3QnQ0Zrlw',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','DQ4eqbCA95es8XmB18VdmRaTvrD4WeFGAyLe7iNXRZw',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24671-2c1c-7791-97ea-52331f41d030','UIdOjKaQ0Qvd-d08CicJ6dF3-F5NwNUOD0v1MaW0DIQ',1796478206306,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','UNS-vMtTuI4rII3TzNe90DAw8sRgPbZZ1VZiV6pcvWw',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','MdMarV7hUsvcdkgD7Hc3VDCWvdB5MDsDjr-UpGJe9U0',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','owM5OAZSVvv7OsuBJokx4xjVAIDzfEU1gVVJKT9_r9o',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','yeNK9qbL4XWto9ivLx5ei_79XLJS4Os7ZuznSzzvARE',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','ZdvwRgk1YndbAN3dloR7zKDbM9NP7gXsy7Sv2zcxvj0',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','8aZlcSY_siaBltyFDvXybBbW0vGJb0k5Eba_HNzuMBQ',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','ultHdnGMyB_NeufUPv5TD4x9gtEsKRqaXL5oxUNv3Mw',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','iN750dCZzeJhf1EYFQaf7mottyMmH94hgZlcp0uLEhE',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','k4jRdH5MPXcAF3SPR-97hyF89kHj7e5-4WFH2997jPU',1796478210372,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24672-0dd0-769d-820d-81d8176ffefa','SkPlNITGlmo0sVNd8EqmRceoiIZOWx0YioGEEeOwqSs',1796478210372,NULL);
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
INSERT INTO passkeys VALUES('01a24672-015c-7484-bd27-0efd8a9e9705','01a24671-2c1c-7791-97ea-52331f41d030','NuO3VTeULeAguBqrdQZNAj3gczbWUqwHLSAG9X3hlgI',X'a5010203262001215820d15fa96bca83a2f6078d7fa3c9c1fc5e470e0300d4841de153ab6e07dd32ac26225820a17755c6f193525907126c51470c7b0ac39731464b01929705695ba5c7bff1d7',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796478206300,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a24671-2c1c-7791-97ea-52331f41d030','2adeVD54V8Iir6vPkDW-jv5C7B7g22JOMhtROAGOTuY');
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
