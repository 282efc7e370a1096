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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:20:47.813',44,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:20:47.864',6,1);
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
INSERT INTO users VALUES('01a24513-c70d-7be0-830f-13cede5e00da','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$MhOA2veADJ0DtALFii7vzQ$rddFzajjKk4r5EDSIEv+ZnjxOK27jxTGXVGFNWnf+ps',0,1796455253773,1796455253773);
INSERT INTO users VALUES('01a24513-e159-7840-8859-46952026ca4b','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$c8PqyRlO2RsBJ8PmL/hiHA$2qA152B1gYW6llqRUeE3OFjP87VDdLAhznkx7XdghVQ',0,1796455260505,1796455260505);
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
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24513-c70d-7be0-830f-13cede5e00da','user');
INSERT INTO user_roles VALUES('01a24513-c70d-7be0-830f-13cede5e00da','admin');
INSERT INTO user_roles VALUES('01a24513-e159-7840-8859-46952026ca4b','user');
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
INSERT INTO sessions VALUES('sAWXDIalVIMZj_9gXD6P9A','01a24513-e159-7840-8859-46952026ca4b','gatehouse',NULL,'Ebiuc_JcP7jOH9Q_vMNe-lvXFJqA2pWADA7ZxORSaqQ',1796455270000,1796455270269,4950055270000,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('1qk0l8QKYQ8kHbaxdWwQJhh1_Ut5xs5GXYg04BZIDY4','sAWXDIalVIMZj_9gXD6P9A',1796455270269);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('ez8DDpJ5Er685e7o40C_Sg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"ez8DDpJ5Er685e7o40C_Sg","alg":"RS256","n":"5z0w8Eb_OVtimZpjb79ai-OZrhApb7WkDN8OK6QuURuTwyHWPPO40JVa-b26skF68EbQu5c3uga9ehyHXasYCpSkUsLlhAuiJBxZNFII0rn0yjD1L2inD7O0dChpeIBcQscuszBFw5-KBBTtYVAzb4KVig6VvuqKncjDjiuco-dhpSv2bZcMOFR81rW-sDoJmW0GFYXawE7Ydt6nVadtEv7GA6_przqCz-SLyvHBqz54RaNtPR4bHJXTA0vzlOt4zB428_k6PCBHOmnanDH6DT_Bn5HJPymNurTe3aQ0ayvuf_yQ2W8EDMu2b091_KUg_uY5iJaT3qZH29NJJ1UkBw"}','+JEWHHnRkAcGls90Y/Ab60vgFJgFtKfRhvJEu6sPm01IgG8r6kohCcL5JbukwONClfsrKfMouETs5bMdL9AONdJAk5Hj0+PTFl0qdqPNVCXwgOqNJBcbVu+3KL9V17eYZcDwxznoRodPi91csssi+pqxDa+OghEsQNH8WegBXmFsSZkU1/sc0P/Wxx2Qw1r3wbZ2FC5oYthlsfSc1OEGmj/CiIWRfRdRkAlC2ErBEZV9J8O0Z9igFE+st+VFfEHJmkeyp/Ep4rSSh81N46FTgZQXLC5gSeZ9l6kiNYUE9jYzi9s01askW/IR2JTynPq/opKoWRRjMSCVEJHuuNPkukmvd4pu/nIG+u5nxnHLokZfetI7Ru1IAocaqdCVRyoWC57HotJRi7ry+W1DHUo528FrHaCAYIjgMKpRL7swjNDoKlzXyO+9n7kdZHse4DhzOaPiPCXYx84TfM6hDVrFv0r+2Mj/tDOiL3vWJpQdgDMaBhfeVl62gzFTozx9qyoEFRfKFtU+0hjaees8B1tyCUsRxdSIbNead05PFN51nDbduhOrvCaS6PXvrGaLsZ0u7iRIhY35JZS0ksHkm2SETzoHKaRrYYj+3Avgzj9HNBx/mP1PA2S/Izgju3GrJHk/aO739c3hca0Pta4JCgjTBnlEZTAXvVG9Jb6UKiQm4USwtjxr7m50wKSf/xxOxB3oMZvs16ZgB4VwX6+86NeCwHFvq0f7xj1lIZrl9Y2A0XKf33AYrHqLgLjSqcGD98pvVcmYHnWshrUECw98FAWhC6IAxN806fek7z3Vb1GkuZQXg76G6Myq4aG2mgSQmJv/XtYbUraaG0Ka+Vfka4QnTn/YdE6ZtIUVu6MFz4u4DaVQr3l2fzwUJLs2SmIsZGptFYmzeo9n4TlI7DX3dFrhPlVUlnhLmAo++oQyZiY3PEwXYAZLS2NWP1y32F6xvY/JQ48dURdCNnbhfFrRv7ufoDIi+PcOUlo5rveohOY7Z360cMBhWH+MM5UVKv0//c5kzzSR2csQqlQ4FFSPqVYzZcvetfJKslewwxlkFLzQ+XPwJAywNNiLgaVhHEjKpu53UGTYSm1zncgmQpdFmR0Zgw0dwxWzh9zULq8U+S0wf5mCY/Z8hLE/jb+jLYa4CDT5SfMgQir/M6f/BE/f6U92rX2FqPP6DFLb684dhJgSJ/Ip4s+WRoAGHSwpaskoitl2Z5jM49ZyReesZV6qv93+p87RpZMfXEVcgQYq45R2sONQ2P/MnkIKsx6ha1kA+/tITLrsueAHfNkjDpVaqKAvbFyY4LAL5P/vSy6euWLUWV6LmxGs4gnr2W1iHfbhF2jzft/+i+B/oHYwT6ZwLYQYl+bc1jyPyk+MIlZzd9iTSuu+Yw3oymFF/82Wk9y/iLpmOFrRlWx0NRfHSIza4doIkqabqnH/NUdapjXB85fURfiRMVvcOaF0OxvBUvX6rc15d07jM1HP3FpH7vNnBKg6XZhFuZQzgLVZCDIswiRAXLWhTZyfFwOt0SIM1pcqdk4bDobLCX8C6V8mZR0gMAwwYYCMmVlA/ELaywU4ZKklMxxkIMo0oa45MNf3m8WSYGyJgKZ92zpIMdi+oySbPeM4ifF6ZAT3OB+DVJxvqh4DOtiTMGyoWvKoB8G7LXN1','active',1796455265328,NULL);
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
INSERT INTO audit_events VALUES('01a24513-c7c4-73d8-8243-39c4ab2f1e24','user_create','success','01a24513-c70d-7be0-830f-13cede5e00da','cli',NULL,NULL,'roles=[user, admin]',1796455253956);
INSERT INTO audit_events VALUES('01a24513-e235-7eaa-8a2f-c7a97c0358eb','user_create','success','01a24513-e159-7840-8859-46952026ca4b','cli',NULL,NULL,'roles=[user]',1796455260725);
INSERT INTO audit_events VALUES('01a24514-0673-7f77-b09d-0aa9c3a7b861','login','success','01a24513-e159-7840-8859-46952026ca4b','01a24513-e159-7840-8859-46952026ca4b',NULL,'127.0.0.1','session=sAWXDIalVIMZj_9gXD6P9A',1796455270003);
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
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
COMMIT;
