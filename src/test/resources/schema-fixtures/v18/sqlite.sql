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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:03:46.379',5,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:03:46.387',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:03:46.392',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:03:46.399',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:03:46.451',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:03:46.503',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 08:03:46.586',42,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 08:03:46.655',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 08:03:46.663',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 08:03:46.693',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 08:03:46.763',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 08:03:46.889',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 08:03:46.987',1,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 08:03:47.026',26,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 08:03:47.057',16,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 08:03:47.101',3,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 08:03:47.114',5,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 08:03:47.115',0,1);
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
INSERT INTO users VALUES('01a2453b-2815-74b2-b987-18fc11fc9d7c','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$cXalzES0i1ESkXsUsZvEQg$pUmrLKJAIKkNd9H3jvtdsgJABEAP8dsicPNVXADTYiY',0,1796457834517,1796457834517,NULL);
INSERT INTO users VALUES('01a2453b-3f37-724d-b5e8-00b70f29a531','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$eW8vmZnl/Nvdeq6PyOAKTA$d7FLf0OiLTk8nnXeXsksMyakNpiTc+x6RkHPp+KeHMs',0,1796457840439,1796457840439,NULL);
INSERT INTO users VALUES('01a2453b-bbac-7b29-b44a-7fc16085ce35','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$acUOoCQCFhJh3ZVYqvs5xg$we5kuJHmBaeTdXqsyJ9hn7Lcg/VP6j032eTngpOFTVo',0,1796457872300,1796457872300,NULL);
INSERT INTO users VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$3aJeVi3hwUdHJ0iGfhRwZQ$6WZOWHTxX2jZNcJ8+/6MmjyHR+Y4AuNPfik50MnMfTg',0,1796457923952,1796457923952,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796457856452);
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
INSERT INTO user_roles VALUES('01a2453b-2815-74b2-b987-18fc11fc9d7c','user');
INSERT INTO user_roles VALUES('01a2453b-2815-74b2-b987-18fc11fc9d7c','admin');
INSERT INTO user_roles VALUES('01a2453b-3f37-724d-b5e8-00b70f29a531','user');
INSERT INTO user_roles VALUES('01a2453b-bbac-7b29-b44a-7fc16085ce35','user');
INSERT INTO user_roles VALUES('01a2453b-bbac-7b29-b44a-7fc16085ce35','auditor');
INSERT INTO user_roles VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','user');
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
INSERT INTO sessions VALUES('2CTTWfakO9CdfE43_G8qcw','01a2453b-3f37-724d-b5e8-00b70f29a531','gatehouse',NULL,'zhWld3oYjIMFKFAt2wCeLuyIDWzkfBRlhfo82y7VgCc',1796457916927,1796457917243,4950057916927,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457916927,'VXWYcINGDwNFrmT0QLqU-i2N2W-pk13Z6VfNDMmf8Bo',1796457917243,'bHVdHFMlvhK76JHPsFL6L9EWvftVRPijyHzvHVQKVZHA1RP9OmmQ1saFNT4gG3Jvmt_3m3P6a9_qc8sxJ76aYzo2p1tsgFo','pwd');
INSERT INTO sessions VALUES('YATS5j_DznWRIh8C8Xx4iw','01a2453c-8571-77a8-8e88-b4aa640ab40a','gatehouse',NULL,'cGpWhAnAjFljrAaRQ0000c1YjY69hRNRKjvi_AuZq6U',1796457924335,1796457924335,4950057924335,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796457924335,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('VXWYcINGDwNFrmT0QLqU-i2N2W-pk13Z6VfNDMmf8Bo','2CTTWfakO9CdfE43_G8qcw',1796457917243);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('H2p0ry2MOT4QmTl95IHQWA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"H2p0ry2MOT4QmTl95IHQWA","alg":"RS256","n":"tmntLjuLXRdRpLA88PsoYiUIOdyHMYmlr8meDQ85T4VzwINkZXDAGTlSbWXc8FNmEzVvJ4prupjSLM5MZPrWYZosSKstqKaVNShgWkob6_0ehS2tQRHHJJjQ5lloBo5rcr3m-u8jqfoOe_w87DtHXsDP42NJR7MUZBr5LDa0ns7hKLj7_dSku4CPy6O7E8LjRu7pJOzvOZat6hyeINwAkAsJNfa7d81YKpsVC_qmEpzu0mEI_hrVIG6T2_xJlF1j88W0EtVkeNVrHiFqkf7JyGqBoO44rW5vFSMT5TJcBgBxkOk8s9zjk4nQoGd-qcPZWYoPcZopz2wG9n4Un0orqw"}','5itRON29eqTUxOIY/Ni1NuaLz/kseyu6wkx+TBUK4DcmllxukUU1cbrati5cU+aknitPbqkSLnU1aLQandhSiOUWzLxMV6Hl4MKaHAkR/ybfwXNdyjqZNcvtcbZyH1mA+ci5ZlD7PMfl7ufPcKdANN/AVxiBp1eqv+kPvJhoK4PFiV+ToN9O3fhwGPmhb8nemMlS98GlaeBKQXNKMYv1c5yVxUGYKHQwWNB6bMJL00RqF+1RH7zb/nR1d/G68kk48xqUTj1nlLq8gicBqskqdeBa/HsvQsM6CU9g52MDaaiAt2oqp74iPd30qRj7TIp2BjxWvhZHHUi33eUsHm+lMrrV4PkqtYaIsQNFyE89vwy6+smTKXNFWloUVnS3YraTLrdrBCiJTfbXHa1a+Di/OTDW8OElTlSY0cZN+oBiFxSZIuhFbEW13c5hAzrsI3S7Il9RLvZ9rcpdwZmljL0Xa7tY5A4TYVQcW4v5O/HvF1dTLNRZlaylP3lJ8uAzLRVuPl/aQKw3oVOhIXGMQqsbGqGcqsoGpcn2cfevWpWYbUt1XiE6caU/pi6ZW23BQ+JHsYMNne+qwqr7EtUVHiMlrtwEjUJhF5Dv5rlp39ndWbYDAOoAtXVn6yVh7lsJkKEYoOaNuZAE7UZQp7XnIDd/uZe8jlrk3/F6XaGwc9jpuHTIggoUtiJgV0p5Sgj7Vuwvxma0F5DuY8ka/9njtBh5HIjyjnOKr5ug7u+gQlclMXIfw11JqRRkgK0NuqAmgVoeZdCot7yixTJ8vm06RZB4iYtdSNig37k4+auQ0nHuHq4ZEVyCf+qOl4p8YgR9UGYpIqPjzz0nDpKJvmbHSMzwxSaojD5qJPqDyQhbHjKWaOU3We4c42V18V+3OLkct/0S6w8beicANiAibP/8eDkX0mphHkH3I9vboYtlYGITokbX4Mx/aHmGa563q0Dc4GisuyDIceIKF7Yrgq2qkcrQ6JsNhGRL+OXIaOdAgA9x8LGO3ONXUOm3eS+Ou9lvIO1diVKV65bsnWxdERnpecsYxULjWgIlrR1iqETMiWXx57b9qRlbYtQKORWe0pZu20yMdgYOMNj/wcqhfPrcOVey7FXhxaGK6bowow57DAgTej6Zr41ff58m+z266Tjy/NHCPmXperDgAA/vsqxqAjKlb9VGGQTM6pnEGeUphI19KvrRH40b3bb0GW+NC95AUEjASzDNTDtX9Y+q0XpBkxFOgqQ9O6PaXrGKjA4zJGKTRb+r4sd1vmgwaY8xE3Hj1gYmqL97zFGnZ8GnouyHi35j53dQTZyQ6p7sv4EvLEoSzaT0JaKnXuNpGUlcrGxq1r3KJMJ6nWv1JzlrvSOZUxl1iB3I8PxOUlBNFV/BYfdyV5I/ml3aLvntKzEI08LKxi/Mb4ULPkG+GmvZ5DB19aGlE8gbY2TdxNlPNJ/TDj8DpiG5BIJcfvdMC5IgKtHpN69SKes880sl89Wm1p6IXGR1H/yrRxxOwZjtlhxA3m/hNplmtcm9fM8wEEno6I/FmN9kwKpqKLwlE+pgKiaWArMNGWvZa3AoznyC/JhvXUErvUolTsCvnhi8MCM76glwafLcRtNLxXwzRU/4KN9Inb6FLybKx7GQ8KuvFPNCiipw7lhVtTlSntjLjV6Gh9L0','active',1796457898486,NULL);
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
INSERT INTO audit_events VALUES('01a2453b-284d-704a-aab2-da54ddac4b16','user_create','success','01a2453b-2815-74b2-b987-18fc11fc9d7c','cli',NULL,NULL,'roles=[user, admin]',1796457834573);
INSERT INTO audit_events VALUES('01a2453b-3f4d-7d4f-a92d-3c51bee2d006','user_create','success','01a2453b-3f37-724d-b5e8-00b70f29a531','cli',NULL,NULL,'roles=[user]',1796457840461);
INSERT INTO audit_events VALUES('01a2453b-80d2-719e-9a54-806123106716','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796457857234);
INSERT INTO audit_events VALUES('01a2453b-bd54-7b43-80fe-0849cfdd84b0','user_create','success','01a2453b-bbac-7b29-b44a-7fc16085ce35','cli',NULL,NULL,'roles=[user]',1796457872733);
INSERT INTO audit_events VALUES('01a2453b-d4da-7935-b1c9-8fb65130e0eb','admin_user_roles','success','01a2453b-bbac-7b29-b44a-7fc16085ce35','cli',NULL,NULL,'roles=[user, auditor]',1796457878746);
INSERT INTO audit_events VALUES('01a2453c-230f-7482-bf24-54bad46293cd','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796457898768);
INSERT INTO audit_events VALUES('01a2453c-469f-7b84-8cfd-811b3ccd7ac3','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796457907871);
INSERT INTO audit_events VALUES('01a2453c-6237-7651-8171-01cab15d78c4','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796457914935);
INSERT INTO audit_events VALUES('01a2453c-6a41-7328-906c-6f22c7a7b518','login','success','01a2453b-3f37-724d-b5e8-00b70f29a531','01a2453b-3f37-724d-b5e8-00b70f29a531',NULL,'127.0.0.1','session=2CTTWfakO9CdfE43_G8qcw',1796457916993);
INSERT INTO audit_events VALUES('01a2453c-6d16-755f-9335-22f62638fad1','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796457917718);
INSERT INTO audit_events VALUES('01a2453c-8585-7b59-bf7a-75a154727163','user_create','success','01a2453c-8571-77a8-8e88-b4aa640ab40a','cli',NULL,NULL,'roles=[user]',1796457923973);
INSERT INTO audit_events VALUES('01a2453c-86f0-75df-a235-848a8440e107','login','success','01a2453c-8571-77a8-8e88-b4aa640ab40a','01a2453c-8571-77a8-8e88-b4aa640ab40a',NULL,'127.0.0.1','session=YATS5j_DznWRIh8C8Xx4iw',1796457924337);
INSERT INTO audit_events VALUES('01a2453c-8a04-7c53-8ba6-d6d8da3ef6c1','mfa_enrolled','success','01a2453c-8571-77a8-8e88-b4aa640ab40a','01a2453c-8571-77a8-8e88-b4aa640ab40a',NULL,'127.0.0.1','method=totp',1796457925124);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','F2HDSlEl566FR6uPJMReJVrFOVI4KJdVySUXqOXbn2I','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796457897180,1796457897180,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796457914862,1796457914862,NULL,'',0,'');
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','qvK9HL05Xl9kQa9ULT6YqMn1sdSwoCXMcm87qiH/VPnV3p83lLeXC0/wuiClKDycULVs','read:user user:email','',NULL,NULL,NULL,'{}',1796457907732,1796457907732);
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
INSERT INTO mfa_totp VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','dZJdbva/1xb4CLT24341obmOolWyRxWOyvrdFi3Uj77fPp3XI+APMhxb2Utv/iTJ',1796457925117,59881930,1796457924391);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','5OCNYN2sYq8c-8YmMj1BiXvrhGvCdFbZ_gZ0nFu8nDU',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','KmCYIEJByY2jU6tkmUlinEQwv4Bi9ws3ORH9jPHpEuw',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','Ic3Xinecwy3Z7glqSzoeUCH4bu-x_q5rMuYWVN5T3uI',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','58alRG7E078SCEvWzvZPDrjrNBA_civWntrzsMOEuRc',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','8HEZLEyHfr37MFAYnDk0_6nSJv1aI4l4tSbW3dw87ok',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','q-87d_BAOsKzK_tr6ef1TFliQqvIueL2G10az6N6VwQ',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','nqeeLQOIUhlBRhrM0Yk1Eqq3Xtrtmrhn94nOc9f8t0I',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','FUP0fKQnZyMvCHLQZYT00QouE7bA7Xm-MKjUF9mMb6E',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','4K0LnmSOxqcm7cXJdZWEf7RAshwxCb0VmvYp61R866A',1796457925141,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2453c-8571-77a8-8e88-b4aa640ab40a','6e0wuQ5KWBSo6RbAauK_V5zCmHLTMV8oJaZvkVDdJw8',1796457925141,NULL);
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
