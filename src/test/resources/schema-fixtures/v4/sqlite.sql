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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:11:44.903',8,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:11:44.917',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',1326330661,'','2026-12-05 08:11:44.936',15,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:11:44.949',2,1);
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
INSERT INTO users VALUES('01a24542-73f6-7ed8-868f-d6f40caf6ee3','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$HawPNnBXIJhZlFMklM2wSQ$BMKcjPInutpBcrtXOng5zgHD7nkIM0iOYcPK7kDwxl0',0,1796458312694,1796458312694);
INSERT INTO users VALUES('01a24542-8db5-7bec-b057-05081f68df57','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$83rY6a4JgTr6vfOYO4ddTw$yU6GXDSkVJOuoHq25ydRsSTKZqJwpVIJ0WlUUZJw904',0,1796458319285,1796458319285);
INSERT INTO users VALUES('01a24543-1ebc-7ab0-b705-298ac72576b0','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$aa7etthRtv2R5fwC6Eg4oQ$oIaAATjMNz2k/1EgOiMMECjSjk1q8OaXwWgxI6ncB5E',0,1796458356411,1796458356411);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
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
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24542-73f6-7ed8-868f-d6f40caf6ee3','user');
INSERT INTO user_roles VALUES('01a24542-73f6-7ed8-868f-d6f40caf6ee3','admin');
INSERT INTO user_roles VALUES('01a24542-8db5-7bec-b057-05081f68df57','user');
INSERT INTO user_roles VALUES('01a24543-1ebc-7ab0-b705-298ac72576b0','user');
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
);
INSERT INTO sessions VALUES('ZlpTvkzkTeK9eEEyz5-E3w','01a24542-8db5-7bec-b057-05081f68df57','gatehouse',NULL,'HnV0_Ytfnt29ti-gwSJerWoXkrh-h8dhBCkRM9djRzQ',1796458340875,1796458341157,4950058340875,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('eIhECECderFEvUfjzs1w3Q','01a24543-1ebc-7ab0-b705-298ac72576b0','gatehouse',NULL,'agFG3myv3WvqUbTlAoewilD5Aee95Kk4KW2s5Wkse64',1796458356872,1796458356872,4950058356872,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('OoHM7Y1JTwm7uUyQZJFBOWXfWmaQ0UMmzNNthM4tNqg','ZlpTvkzkTeK9eEEyz5-E3w',1796458341157);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('s5RnzkOIz_ll0N8CWBJ0og','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"s5RnzkOIz_ll0N8CWBJ0og","alg":"RS256","n":"roDi9ET6BI5NiMV33GH2fbgz7WdkDniMqjSoH218q8hVFBEcbpBFK36PcQCm4h2F_zLqMbjyySJ9nnNUFGqlQt9kexLHzxjMsr2eI73lcsYaym2A3Sw_1zLyLrYGBKH8sSEKaiipqx4U0KHPXfLMvqDZOQj0pgIq4so5C2elRNsNuIMDutTff_Yr1cv89-9pcGTljKtKvtNvQ6yw8UdjbYxiRwHWuTO8RSgyTdGQHIM4ZhUeZXCP6vGJwKZqa7U8YRvSbLR3boQUM2A1iSqYA7S-_QlizvlO8bbIk60_TAMGqeQVDU3fkTjhMfG7_OZAcBBqumeEkXTE4MBhv_FxyQ"}','eygOy9Bf3jPPmvmQNOv7BDFV9hd+RnV30UrASuMML2AOMwLgcJl8fRbUDZUulP4RC6NqcyNqTbRJz88FEoHf6Lj+yp1zklctcBhUq864xWzthfuMPdD7jsBn+GoDaLvnX2386csG6vWbwKdDUUwH+o5CFgC+qnGpuKvRaSZH1GqFLY5NeIe7hgva+vxjrspQ5z9wyg76qOcov6N2uB3OnGEAipFJET06QbK8/qAWPezCsEBQFvIkl5AcJ02K2eNFt3koDEWJf/DOdjpFWvNF8hH8xx8xwmHKC86OF0ddTvoKA5HeM95G2q6GjQ4v2ESXS4NDs5wwxmmj1M40pVny42BkfkLOgL6mQ9t3XCn/tfNUh4I8U3mvZ+AyamOpIH90Sif9EQHpMwlZ9di8IUHeRN+2k1T//glAPxa69z5CtNLw5CCk0hcQOU160w/wbpAlPhhDpiLPrF7VaHGOLzLhIF1ZNwEolvYpcr+94km8aFwiy/g3yEyZel5x32jXsgmQH3kt9CqFbbzLjaXWTRtTQnRjq/rLBg8+VtgYzlHtlOim7zGZ+tjck/yJJnm1nSJ5/ONv0qWMbrLsXaKaeAnsBj225pMf96KB+i0rf8Ie5Szahfbxq5swcfq2ktl29+MlQU5wn6Z/ETj3NOZInINChh5z3plRUq2LEqLKgKBaiywhzPJ0DULxeFunkdazUYvI1wbhj8LpJ50vqkL7AlGmvNnj5pZAvqEoAeGzFEUEQVXUzFORmsMMjKpkL9uC//20IZ0mLRUVpYNw4xdk6MPGD4GbDZlJOf/bhZqxJ+PgcH+EFQvJcGu3civPZOFqIJBnRKdd0ZZgemiqoUNXPFGi5MizJu3BMMAFuv7rWpFJZKbXrxY+0TFlQpEwlhfW5a8bvpfizSBTk0S0kxmZmOnWmb/pJlbcNTsiQPtQizv3pjugjP0qe+jp0e5ReLKg7Fk6St9KQbn8gHuIH9sQj51/0oOAw+lwtsstMVWfRGTVwItsMHisW1obcPVUGUNhdR/7pFeXE4l2NJUN1wdGaBkKRwIJjyK/NMNDmr4aiYHAQBbn7uRzHizD0/mfyOyjnKTqnzGFtbHkFS/IcNFigBG9G2x58ekuGEMbkmFQVKNsBidXoC673sWO66pO7t712X577msnUAl2C0yA6V3gXg6dFb2uDFwzgSgrypItt3x7QPqi2vyj+W5832OH4jh33TN7ZyLS/NEqPjNhPGZZo44ItS8gSw6RwEgxy2JRHNGp7ZG3OL6LMrYtbpxdNJIiuemu9DCS8NdWTwG++4/Ir9OUwxZi6mDm9PMWtEtW5dFcIMwmil9R0EQzwMu4wkVdaGsGbn2BBaiDHCoMYROWkJi4otFMTAApfuQP50AXZf1UeFoLYVAH8XhdnQnvdaaXcu8Abjk7DuoizAdfOLIvdAj0zOnBu/7Li22/eHkxFb/X6PYzlR/YCWaHFepPN3Jb9PeU5aQAfYqNEyTkeM0lNSnEd51Aegxfr4FaaCYUIiuf3cdlfXob99DLw3g8AYB4DnqgI0I8sDtQfCCQXVVnCHOrNh8fIOODG5J3jTXkZEANKfhTYrUX9e5biCbstVxUjKmFpXHqjC3PQRC/OTanWwTNeMOKRPM1MGfX7lb1LryYtyBlYsUezh/jrI2t5OzMKw==','active',1796458333573,NULL);
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
INSERT INTO audit_events VALUES('01a24542-743a-7523-bc9d-41f5f13343e8','user_create','success','01a24542-73f6-7ed8-868f-d6f40caf6ee3','cli',NULL,NULL,'roles=[user, admin]',1796458312762);
INSERT INTO audit_events VALUES('01a24542-8e9f-77b7-bbd2-df9e89c6b400','user_create','success','01a24542-8db5-7bec-b057-05081f68df57','cli',NULL,NULL,'roles=[user]',1796458319519);
INSERT INTO audit_events VALUES('01a24542-a91b-74e5-a33c-8cf027950848','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796458326299);
INSERT INTO audit_events VALUES('01a24542-e20f-7f92-b7be-55d04ece2277','login','success','01a24542-8db5-7bec-b057-05081f68df57','01a24542-8db5-7bec-b057-05081f68df57',NULL,'127.0.0.1','session=ZlpTvkzkTeK9eEEyz5-E3w',1796458340879);
INSERT INTO audit_events VALUES('01a24542-e578-771c-88db-0a152eefa8a3','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796458341752);
INSERT INTO audit_events VALUES('01a24543-1f61-76c7-9b98-b02c2c5ca871','user_create','success','01a24543-1ebc-7ab0-b705-298ac72576b0','cli',NULL,NULL,'roles=[user]',1796458356577);
INSERT INTO audit_events VALUES('01a24543-2088-7a7f-a7cb-e961bc972f77','login','success','01a24543-1ebc-7ab0-b705-298ac72576b0','01a24543-1ebc-7ab0-b705-298ac72576b0',NULL,'127.0.0.1','session=eIhECECderFEvUfjzs1w3Q',1796458356872);
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
);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','LUlOckM8_-yrU0Tyx3kbA6OebZ5OqJmv5mNO_LC3Gnk','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796458325922,1796458325922);
CREATE TABLE client_assertion_jtis (
    client_id  VARCHAR(128) NOT NULL,
    jti        VARCHAR(256) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE UNIQUE INDEX roles_name_lower ON roles (lower(name));
CREATE INDEX user_roles_role ON user_roles (role_name, user_id);
CREATE INDEX client_assertion_jtis_expires ON client_assertion_jtis (expires_at);
COMMIT;
