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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:21:45.209',5,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:21:45.219',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:21:45.225',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:21:45.232',3,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:21:45.236',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 08:21:45.243',0,1);
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
INSERT INTO users VALUES('01a2454b-8a75-70a7-84ba-f75e9a074cd1','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$w/x8zfnOdaAIUi1BYh0b0w$um9NqWL8xW1N/Sui5X3R0JeWYQE5LoU1ADxJF1NgOLY',0,1796458908276,1796458908276);
INSERT INTO users VALUES('01a2454b-94f0-7485-8140-039ad789488c','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$/kIcNNf0HTcK4XZKGJTy6A$iuNFhSG9Ztk6eTNxUO0DQUUn2HzeAyTA1PtF8AQX0UA',0,1796458910959,1796458910959);
INSERT INTO users VALUES('01a2454b-acb5-78e7-831a-094581b2cda4','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$dOVxw+oK6svcqnIzmuFncQ$hGOi769Zxrcsp9KzcOgmiENFVEGE9oyyGo6pF7oB26o',0,1796458917044,1796458917044);
INSERT INTO users VALUES('01a2454b-f130-7e54-b036-c7a08e9a8b90','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xehdw9PsfSuLYj9DVJsV3w$hwxhvdJYuPuD//b6p+UMH/4BF+906MXdW4uB+0vUcPI',0,1796458934576,1796458934576);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796458913935);
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
INSERT INTO role_permissions VALUES('auditor','notes:read');
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a2454b-8a75-70a7-84ba-f75e9a074cd1','user');
INSERT INTO user_roles VALUES('01a2454b-8a75-70a7-84ba-f75e9a074cd1','admin');
INSERT INTO user_roles VALUES('01a2454b-94f0-7485-8140-039ad789488c','user');
INSERT INTO user_roles VALUES('01a2454b-acb5-78e7-831a-094581b2cda4','user');
INSERT INTO user_roles VALUES('01a2454b-acb5-78e7-831a-094581b2cda4','auditor');
INSERT INTO user_roles VALUES('01a2454b-f130-7e54-b036-c7a08e9a8b90','user');
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
, login_session_id VARCHAR(36));
INSERT INTO sessions VALUES('c92XiOMiUzDtomEzm406Lw','01a2454b-94f0-7485-8140-039ad789488c','gatehouse','','4u5Wj57WvraWuAnOuR-vmoNt1kL5H2kRbKQpeGbHjjk',1796458930592,1796458930673,4950058930592,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('0gIsAktiewEeTb6mwzCLmA','01a2454b-f130-7e54-b036-c7a08e9a8b90','gatehouse','','zFJJj-h7ui18uMjiG8MoQR5SNq7i0TyfeRiWCxX9oEE',1796458934770,1796458934770,4950058934770,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('egGfQU5ReZfdKS7nY-mP0Pm6u9QKACwpD-XTV2UQ6v8','c92XiOMiUzDtomEzm406Lw',1796458930673);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('pdNMG_jIB7QANpw7IVRGkA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"pdNMG_jIB7QANpw7IVRGkA","alg":"RS256","n":"p-GukEntbpUB7MWrcf781pThjztlVZ5TZVHxCQnuhLYpUy9QTsbMub1vkjAfwQq5raK3KMvD_nqS_BtxXRncQVPp_6PWZRwE42pqBaBogSmWbrg7SOSxgHINucc7ex0Qxr_kD9v0PrSN_JN5zvB0miIjkyll8QX3_GuDLykd7CZF4IVZDKeiUfR6du-xJBqVnSK-lCcUi2hZYxt2EaUwcdcwV5ApS7cexAw5XLUXbuhp4YdDFvBYV_rmXf9QmeUqDcpRPhQF9lESYbuVQ5bdm6YnjwuuGj0_ibzSDPllphwGAZvd5V5iNEGQr9_tNQqjR3nbpyxb9cG31zhlu5dtdQ"}','FwbO7Uo8F+czmtkYhL/tXPa12C65OWCVQvgyNlcKkPQhUUJlD7ozWVDwc3X/wrvrU6TiTTmHpLwqd2KIvGtfHTSY/GKbpVCzPVQIJCXtXJA0MAI5aHVClXWju2WOU3jT4txNLT/nVM1WhoS1WLVnVNT3qhjpExjq9i1RclE2BNn5bK+mTiQUb5+0Jz5s8l72EnFzKjQ9fT5/6RIolp9flRxLAVavige/gals/SgM4yIrGPckSeotMB1y4Gtmr4qhmFFOi0JRWZ0fuHpSuvd3A8UQhT5FeeSWJdzmhflY7Dl02uRpnDk/EzjMxVWP77rpXvYA7JWvJXWBkKuHXXST+eWo0MeawmIh+W8KtrGbCxeINtmmrMLo8j2J9cOVaou3yJapq/xKHXr9bbTQtyWl9+E/OpHd3H8FizkpD6nCvzm8t9q8YKR65A9BLwRa1iWSAF88dHlHilZ2e7xyZemmVHsGkAqhhChRIUoo6tiOVISTXOWGpzK9cONk0cB6c9NPj7rEI2WSgeGgu8LOG3nqIRZAhr/woRf9TJ/9ANkBHuiMpT3O8oBCbMQN+mCxY8+R6ERq7tOIEMVaoq525NWT5T1fwG1pYdNnes1nl6IuyGc6M8WLy0DkawSvkAY8qw4fpKmbimilLUKLYOqeOe+pCF3YlRdDFONoF3gF0cX6mFG+isGL2Eg4WVo4Iie2FPs3ax0q5nMLoy6aGhFJ2otIM5OK7JyiWljjOLpR5hmaOtQ0yMqh/7YLRbKJjzzjFrSew0emrB6SBAaDm2llsEQ0JOT3Tg6Pg6+PkZFkvpEOHP6+EfyHkfFUX9fPk+lUIqPS1ntb4ZKcStSId5JnX/9WT5GKrBnEmhlqxJm9HgI4iwHwV/vJv47ulKH5rOi65kjQxGMJQqZ28qi5OPnU9mR4chvFBB5AOP8LYc3qbsctm3W5E4F5q27nouRpafey87yTCZa8f65sQ0aAji+DbPXiP/LLnTA8Jg59fcwoC2eShLgbWofgWxb80keB6kkN8hRhCgmHn4WfOK85B6r4ZJRvEdin0WII0kOPmro7MXm860/65rogGTU/ZTs85ySEmCdLniomCgZO69nMmD/GNGWF7s0ky2zBrRpeBYNqT9/Mto9CYAhddGAPzMyfBI7vw196GTo6/HxgXVPT/7snL4mom+gj0Tka7ZrmYRkLQdqMWYQrr6WC7Od34PkC6A55PMXqikeqQYQMtuhnHwuK4VsZgyGd/MsZbk4LJK+2YwQp+8SdPDZKxdojNQ2RhE7fkP3aPHI6n+8sbkLsEEmYbMjinUGYih7256+g9GIMVOhJXgm0gvb4mtZande/CSCTgdVhOwIwhrMke38FU6BSYBeNJWFvOk6f5x9chCt1+wiiFCC6wVS4BSN53qGspVLRvMet4paR1BIlcbP1LufJTHZYVd6NrE5rrabMmWKWEZ9vmXcRCpkYuOPemI9GaFj4EQV18debsUNPM8WFnrM3p1Cftf0eQeJ6G4oxYEm6YvmOIukOtqTSr/lYGi/FlaT6171mhVCsxWCH1Xfccc7qSqpiOVpxGlC+PuxkfI5ApfEHcA7SrrN92om/PTa9j7VqX1AaSYZr8bN/ihUaKH3vtlTP3ehhA11NiOYFAWASLFFyMqW5bkXk7gFqU26g8i4=','active',1796458927989,NULL);
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
INSERT INTO audit_events VALUES('01a2454b-8aa5-7302-8a6e-2bc1e3c0e756','user_create','success','01a2454b-8a75-70a7-84ba-f75e9a074cd1','cli',NULL,NULL,'roles=[user, admin]',1796458908325);
INSERT INTO audit_events VALUES('01a2454b-953d-79db-97d5-43b768775a3b','user_create','success','01a2454b-94f0-7485-8140-039ad789488c','cli',NULL,NULL,'roles=[user]',1796458911037);
INSERT INTO audit_events VALUES('01a2454b-a12d-7b97-8ea7-a9819ea6f9b4','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796458914093);
INSERT INTO audit_events VALUES('01a2454b-acf7-7265-b01a-21cf850348be','user_create','success','01a2454b-acb5-78e7-831a-094581b2cda4','cli',NULL,NULL,'roles=[user]',1796458917111);
INSERT INTO audit_events VALUES('01a2454b-b84d-7422-b32e-f7bb8eb7dde2','admin_user_roles','success','01a2454b-acb5-78e7-831a-094581b2cda4','cli',NULL,NULL,'roles=[user, auditor]',1796458920013);
INSERT INTO audit_events VALUES('01a2454b-c6c0-7f82-9068-2974d903ed1a','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796458923712);
INSERT INTO audit_events VALUES('01a2454b-e1aa-781b-89ca-8a4580e6a118','login','success','01a2454b-94f0-7485-8140-039ad789488c','01a2454b-94f0-7485-8140-039ad789488c',NULL,'127.0.0.1','session=c92XiOMiUzDtomEzm406Lw',1796458930602);
INSERT INTO audit_events VALUES('01a2454b-e3cd-7c28-9ef7-d7de0b848325','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796458931149);
INSERT INTO audit_events VALUES('01a2454b-f146-7193-9c87-7d9b0878f0e2','user_create','success','01a2454b-f130-7e54-b036-c7a08e9a8b90','cli',NULL,NULL,'roles=[user]',1796458934598);
INSERT INTO audit_events VALUES('01a2454b-f1f2-7577-8a84-cd89af52a3a8','login','success','01a2454b-f130-7e54-b036-c7a08e9a8b90','01a2454b-f130-7e54-b036-c7a08e9a8b90',NULL,'127.0.0.1','session=0gIsAktiewEeTb6mwzCLmA',1796458934770);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','FVky2G4UDCqLwh_8Z0-niWR-M3DrauqNnBy_YDTbb6o','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796458922937,1796458922937);
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
);
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
CREATE INDEX role_permissions_permission ON role_permissions (permission, role_name);
CREATE INDEX user_roles_role ON user_roles (role_name, user_id);
CREATE INDEX client_assertion_jtis_expires ON client_assertion_jtis (expires_at);
CREATE INDEX login_sessions_user ON login_sessions (user_id);
CREATE INDEX login_sessions_expires ON login_sessions (expires_at);
CREATE INDEX authorization_requests_expires ON authorization_requests (expires_at);
CREATE INDEX authorization_codes_expires ON authorization_codes (expires_at);
CREATE INDEX sessions_login_session ON sessions (login_session_id);
COMMIT;
