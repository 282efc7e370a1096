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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:23:47.151',52,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:23:47.329',3,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',1326330661,'','2026-12-05 07:23:47.385',1,1);
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
INSERT INTO users VALUES('01a24516-8990-77ac-8268-fc42ca0ee7ee','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$UwP/MI9H2jllSfl0pY3pxQ$6ZobNd/XZqYajiponD7+R9GsF4Pc2qSYQP3y3+FdYvg',0,1796455434640,1796455434640);
INSERT INTO users VALUES('01a24516-a6be-75a1-9e0c-f9424c6663b0','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Wuzxxm3Bu8cAi2nxuuVGtA$ppTqcr3GHJqB9cJVzdb6+f9R1icbjqTq7lq0jNizF2A',0,1796455442110,1796455442110);
INSERT INTO users VALUES('01a24517-2027-7c52-8d8b-d2b12a03e373','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xldSTLiC/+nPT+zIauaB9g$V/vK4ZuHA4nsfzJANrGhKJuarNHujFQ02vbQur06gB0',0,1796455473191,1796455473191);
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
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24516-8990-77ac-8268-fc42ca0ee7ee','user');
INSERT INTO user_roles VALUES('01a24516-8990-77ac-8268-fc42ca0ee7ee','admin');
INSERT INTO user_roles VALUES('01a24516-a6be-75a1-9e0c-f9424c6663b0','user');
INSERT INTO user_roles VALUES('01a24517-2027-7c52-8d8b-d2b12a03e373','user');
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
INSERT INTO sessions VALUES('1adTrH7JmeEqAHh4nGUgRA','01a24516-a6be-75a1-9e0c-f9424c6663b0','gatehouse',NULL,'OlHPyjm3f8pod-82dmkLlrEOhGCi4HQ3zvSnrElSgc8',1796455463121,1796455463550,4950055463121,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('fKBFtqlIIIpbWPZ_tK3KEQ','01a24517-2027-7c52-8d8b-d2b12a03e373','gatehouse',NULL,'vA7aG5GVgAvKo355Al3vXU8fGaROKIW_f48A_dEDR10',1796455473854,1796455473854,4950055473854,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('9LerDSKMrsNQUL_phyzBNOLdDgA1zn3BA8fjMT7pACY','1adTrH7JmeEqAHh4nGUgRA',1796455463550);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('5w0n4JWuSvEtLjQu0WYclQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"5w0n4JWuSvEtLjQu0WYclQ","alg":"RS256","n":"ryaPlIMQPz2OolQH36oYknytziws2k9ji_-tspO672dSrb5m2N08DIhfbijalecl-a98vw7hdV3WzYb9OeI2jaramv2waMyu4MaX9UDa5FeHYRWaEsxxQfg-mEHHn6FNGY1WJ3335QVGSrQrJQhwBbTX8Gz5ex2LHFoAGf_YtBVBhDhtot48tWJAp8t3Vt9T4qXTqiZSf0Jp_W1lskyAIjjGLk-p6BjXiWLWO-BiSjxw06jKfrwcs5WnhtlP6-d2z3Dm-9uPmffae7EE2GmTi3TMV8W69FuDhvBr1Cg1u2YyKSdMwDY75EmmQwIYgFgP5qUn_KDp43d1rIP62N9i3w"}','GgQJ/fNGGoNHD+kiA2XDut11RGpHa97rhR1n4ZnU1Yd2Qpb7ywqD+CNnbMef2EoNpz8igPEi4oINQmkI6TQ5xmSfJBVGekjfICwQ2mfZE1ZQ6aMWOEZJ87m6npW1DtIME3Mxn8UFcncI3eK/DQWf2IRZGHL1XS35n+cl6Bq8wHGb2ab9COUuvf7og3VufuNgRE73+1OIRfiH3e1Db6p3BpqX4hAQ44CGd4kuIxiuvoIDmF9GS3UBBqHLiEfrFga0Zuyee4msSEmj3ymwYOHdDgSi78We6mKDK3UldkQh6LHd2I4E1yQa82hKZ3kl6dh0y16J1lChbpm4kp0hecg2pNDS5lrqHx/exuOW1l9AuoNAZC75pdRzjQHQC2e0z6Co3k/4yAXHOj/O+KO+b3E3AH/iwvwOLP1yPk45xdqpbTda+g18ZRhUToJmuLQvbbyFOKJQgOPqR7cic8TE6hfi1qsPO1Gn2F1Ai0Hmd+ISXCE79RM6hp/akINMcQWnzXyTnmy3WOI3KCpk6LJQIQr7UYzQ1LbG5is+cCITrJH0sZ1OxhmI7WBPz7edcy+gqAVLNM0FJsFqGNM74KkXgUByIvdaXTDCwbZ7K6cf6A5IPIiQtd4IKN4HvFZ5Du0XSIMQcKBB3wIcVJABwLqnkENF7uMkctACOqlNv4m83TQV1f1D/2nJEwPBiAHB5jmiQWpeuXVXJI1IsdsMO6tdYnxSTBQlAEwilBsUUjWFL44Hi+fNLGMICMr8BSrVW9UqMBFE2kroBAhXW0q/YgerOpLl5vEMnc6zoaKKE8IsUwD2YvQa+F70rDFMjyRats4uPsDPLgUreunMfN7G/1NTpgxKFy9RrDmqhvyfiHCED0iV7JIidYeQKyoxXLGoYi2TQzrsu6Y1z2Qdq+wlS1aCqZBJYeNR4v9nYdvMZ550gaXpZANGkTfWuMJfg4yHpHiwZDtEUOfdzC8Nmto+DOkdFpsP4rgUggmHz+f/yO9FiEtzLRkhDo9TeAco1Fs7hhKo9qWAPn4EPzLiRZFMMIveS9eo9KDVekdmS6ZjZNaM73hzdvXacrmQGrN7m2O7PLpuQZx0VZQqgfNEUrYqPSu6ViykzBangTUeVFINxU1XbumqL0oFAJ/8ISrLnNeSUpcZ5xbqrASBu60XK40sOuIXtNDFDTS9s1eUjAfkRODRen1yiVPfWWwQxLuaD6aCwZxhuSnNQMeplSfBvMI0bzemNAt8RTpliBniQvGSxWyX+HbxftsZqESCrl7s1VuHO3tGjxXIUuSk8s/BQjvpq5ntOWzR5zkeB/QFxtWy3AifcER1N4pUOr8bHIBR5XXlaTTQOhnbg34dd+fJk/CwSe6t049F7L3gRVLnbo3+aLGub8p9/ypAni+WV0kkEoT2kf4jScBYut1/dBf0eCNsRubeskDHSR4hq2S6I1cjewHefB5cPgz/Rr65+w63SdAvGgCUrGL10qpZUZZNgX0w+jnZIKoRp7s/KFb/BPd0Fo/JtmhVp52yxLDwUgQlFHY11DSQ0IExhbpC4oP5hlRROwqrut9duro8ZtBRrAa6OevRAUedQYfriEQrZeHwXGfRakT4L8sf661w23YLxWSlddLL7vlVj1WUP51FDQMK3GjZmRNplmgOLR2ZnZdvQRn7vhas','active',1796455453316,NULL);
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
INSERT INTO audit_events VALUES('01a24516-89f5-7d8d-a4ce-6e75687e798a','user_create','success','01a24516-8990-77ac-8268-fc42ca0ee7ee','cli',NULL,NULL,'roles=[user, admin]',1796455434741);
INSERT INTO audit_events VALUES('01a24516-a7b4-7810-84fd-86922ec34988','user_create','success','01a24516-a6be-75a1-9e0c-f9424c6663b0','cli',NULL,NULL,'roles=[user]',1796455442356);
INSERT INTO audit_events VALUES('01a24516-f901-7809-a781-3f3b9514366f','login','success','01a24516-a6be-75a1-9e0c-f9424c6663b0','01a24516-a6be-75a1-9e0c-f9424c6663b0',NULL,'127.0.0.1','session=1adTrH7JmeEqAHh4nGUgRA',1796455463169);
INSERT INTO audit_events VALUES('01a24517-2195-7fac-bbbf-e746ded3ce73','user_create','success','01a24517-2027-7c52-8d8b-d2b12a03e373','cli',NULL,NULL,'roles=[user]',1796455473558);
INSERT INTO audit_events VALUES('01a24517-22be-7a1d-b0d5-3b4f7997f1cd','login','success','01a24517-2027-7c52-8d8b-d2b12a03e373','01a24517-2027-7c52-8d8b-d2b12a03e373',NULL,'127.0.0.1','session=fKBFtqlIIIpbWPZ_tK3KEQ',1796455473854);
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
COMMIT;
