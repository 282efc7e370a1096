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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:13:37.691',50,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 08:13:37.721',17,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 08:13:37.733',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 08:13:37.741',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 08:13:37.743',0,1);
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
INSERT INTO users VALUES('01a24544-3660-7703-8455-63746f223967','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$BoQoG3PuOYBESslcE3KLSw$zHSk5OnL2dK8YC/XSn/evOFoNFxTfkPJdkGcq1iw13M',0,1796458428000,1796458428000);
INSERT INTO users VALUES('01a24544-6449-7c30-9dfd-38f1bd5d5094','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$UgxZMQ20K16gED7B1o7bgg$q9KrtwVBQSwKJRKj+2+3sFZUmgAA+24ixIL2AfWpLRI',0,1796458439753,1796458439753);
INSERT INTO users VALUES('01a24545-0db3-7796-988d-307c69e779c5','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$2db9xEQDM2W8OfJwzL9e7g$vy+m4EFkI6tKaL6hXHhHu8KyHfM74BVxLN56jO86HZE',0,1796458483116,1796458483116);
INSERT INTO users VALUES('01a24546-1743-7714-8e57-294cc27339f4','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$1iOIMFqt+VhuLZTywRQRrQ$Xdd/QJnE29gMpf71QGd4k0LKDXL/g0a5wkEeI8tZ8do',0,1796458551107,1796458551107);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796458456865);
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
INSERT INTO user_roles VALUES('01a24544-3660-7703-8455-63746f223967','user');
INSERT INTO user_roles VALUES('01a24544-3660-7703-8455-63746f223967','admin');
INSERT INTO user_roles VALUES('01a24544-6449-7c30-9dfd-38f1bd5d5094','user');
INSERT INTO user_roles VALUES('01a24545-0db3-7796-988d-307c69e779c5','user');
INSERT INTO user_roles VALUES('01a24545-0db3-7796-988d-307c69e779c5','auditor');
INSERT INTO user_roles VALUES('01a24546-1743-7714-8e57-294cc27339f4','user');
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
INSERT INTO sessions VALUES('p5Y1KpehO2SG1b_Ii96NgA','01a24544-6449-7c30-9dfd-38f1bd5d5094','gatehouse','','bH5LmVr5SAf0LVZjoYA-kXfFATwCS5npnIO50uNom7U',1796458537127,1796458538169,4950058537127,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('94y0Kvdx_4ZUm51DGbRizQ','01a24546-1743-7714-8e57-294cc27339f4','gatehouse','','wfxVpAebqEwrNMXuh3eneg3SfKzz_6Vf7aysjj0Vk2g',1796458551866,1796458551866,4950058551866,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('Z_Wno3hpwSbS5s6A1W8osp_7oxhJW3fKNcflLI2xK94','p5Y1KpehO2SG1b_Ii96NgA',1796458538169);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('ppcLwBjXwWD-nCazYfvsQQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"ppcLwBjXwWD-nCazYfvsQQ","alg":"RS256","n":"uLk8zHZbl4A-Q7YRZcy-Q3ZuVjY2ZgqvmkcncmY5kHX1kuWwHiKDvHvI37ODQe50H5JVQy-w1abyjxz46l4Czol-3KO3gnEuBNiF8MXD9yxD-x_JHzXhQLNjrBngOdRrZa3BO5cShVh5kD1cjbrZYQoxZSkg7jgeGPV1jZprsJL06bNEB365lhTjoXxXeKrhISKDtpwTJLt8-6NHwxVlc2Wkfw2_63DBfbwAPkfFogb99QFq4S77QkjcMteBGSX6t_Z6pkUF3I_gxqF29Pg72UAl0V8l40TfpJJAhzrFfOknZ-vXCd58BgfQeXZXL-3a_ef0Wr91PU9uLvAZnCKgTw"}','+2KJ5QR7td+zlaOhwz5W6iaDTuQ/yhZo/LkZ+pi6HMwKo6wR8/rVJxZVJ/dpb5MZ0F3BZlpmPW5IlzLgm6SducSV3MQprUGk3qh7oItQlIvHwYugH2mMr7s2WPoqa8yVsIewjRa4JJJ3MlkLoKZhYBUpo1u29GgU1pKCq7PBH9299XEYWiqnZRScfz01eaAjP3l9pOlle9YBdBTZw78bC+wYN7DP4OPkJW+NSmYwSd6nNVkM1mDAYM/n30OjPTwlxspHS9RYbqx6t7d3WGXlBETpnY99Nl/IqsKoLqoH0GiWkzUSCm1DjFcCuyOZRmQLqUo0zTg1aQdegTy6MK99tK30UAqzIUgnf1NqCmo2ek7V6+/jKVj0lwDlIpMadREPgrEawxYUDR1uR/oBMNxmSotawWJXM9ptknCIuYas8gxJ4qo9Wvam4ci5L9Ub/K+TEgYS5kbyOW6PmlWKi41O1Gw1TGBkXWG4uYBSYCheAdy1X3UK0UJVIbTTpFIlifV6U0AkoCOtObrAD/+Bo3SFmXzgNZ9c58icZ5K1a7x8xDQ3Bm5OvA3DgPa1AXjRF0NIwZ/Uk30GYFlEa2TqOi8uDfBAqMoE0ufPlWsmvcoqTGPnKWzomjHFl2eGEJRpFAqOhD/I074KOusO2U6NEBIcBrK3uA301N6nz/ZeWnqZNXTFGrk0P0JN2A/zVx/FRRU53r4kB4PupUK2zmzCa2Smpv5sggkfqqMavpFIYtD2S5L/OlKDn40NLfWeAGt3JpeMen7XRboGImsXUV2kKKVKeCNo6qER8bw9z+hllwkQaFry7sRIOS70I5cpP3gN596WosXyq52jV6o34oJ3hCUjestqfs/iqfrCKwZ7J180YpimWGhnA/rQZqrLW7oEXfLBJGfrpfxIHMKantpTYwt5FDTTNFpXoOVhwb3JnYOwOsieoZj8MOBjDF8lisk/u9ooJb5ANycmdxZLSTEmvQ3Ly6lbDUUE9h6FzeHT/n+3w+KqhYWO6GX/3Jx5CXrSFJyPrfoI57Y9hx+4bHNGleLjR7awEwEsmHqMuznUN3qDQ0YYQ4KjABtam2HqlclCy+ilmMfQqGaHgYfn8pfK3Hu6ETllf2tD48p9x/L+1qIX5PiAg8p6KTAzhJnBuAmQ73ANh65TscLd6MndHcE4flHPyhJo/AS3v1lQsVUpWqRH+NJKNF1SICRGxEv6SlxCVpG/4SkY6l2DtQavwm3rPa9oerT99SU7YGm4c5pa4unpJU+nNYVwxz6T1EGQjwgVoKg/IkEaRKPMlG4Wrr8ArHsy6R7wZncIbZCvxf4oPOhRXSbypnkcziV5zLOaVa5jO9HaZlURYaI+X9KmNjUjxBWnoGdLptt7jhY1YUV2idZqSUBLf2jidqLEuA4ezEUmSCxmdOwq//r05pz3E55iku/8gY3lt2Y4sKXnDR+dzZik1N/9+fcSQIJNM6IdilTP7++3Wg2Mqg1cGlR0g14LW/e1a+qB91to4fzXLISspi9YhC5v5uDzgUpCG29wzACYP8stP96Nc1OH+Ncr7fpCVIrI6BX8083jeacecAt0lEZrGM5YFmScSuSULx+Xcd9c0o+J3ytm0Ofzr9sDFNLEg/T4rMESxI40qjRP1qiOeoLwYYp/8HJzCPe0Du6nB2Y0','active',1796458530073,NULL);
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
INSERT INTO audit_events VALUES('01a24544-3785-7c7d-b258-3ec30cd1f661','user_create','success','01a24544-3660-7703-8455-63746f223967','cli',NULL,NULL,'roles=[user, admin]',1796458428293);
INSERT INTO audit_events VALUES('01a24544-6719-7410-b97f-b7ba03ba91a1','user_create','success','01a24544-6449-7c30-9dfd-38f1bd5d5094','cli',NULL,NULL,'roles=[user]',1796458440473);
INSERT INTO audit_events VALUES('01a24544-b05b-72bd-9b17-b9c13d3d8572','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796458459227);
INSERT INTO audit_events VALUES('01a24545-1359-78dd-90b2-6d81fd28365e','user_create','success','01a24545-0db3-7796-988d-307c69e779c5','cli',NULL,NULL,'roles=[user]',1796458484569);
INSERT INTO audit_events VALUES('01a24545-63df-716f-84ef-2d10c285a274','admin_user_roles','success','01a24545-0db3-7796-988d-307c69e779c5','cli',NULL,NULL,'roles=[user, auditor]',1796458505183);
INSERT INTO audit_events VALUES('01a24545-9ef1-7d7d-8cdc-308f10e02319','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796458520305);
INSERT INTO audit_events VALUES('01a24545-e227-7201-96a2-bb2e9bab39ea','login','success','01a24544-6449-7c30-9dfd-38f1bd5d5094','01a24544-6449-7c30-9dfd-38f1bd5d5094',NULL,'127.0.0.1','session=p5Y1KpehO2SG1b_Ii96NgA',1796458537511);
INSERT INTO audit_events VALUES('01a24545-eaba-7f4f-b164-e22b14aac9c1','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796458539706);
INSERT INTO audit_events VALUES('01a24546-1811-7ed6-b89e-1dc0eccb1ba1','user_create','success','01a24546-1743-7714-8e57-294cc27339f4','cli',NULL,NULL,'roles=[user]',1796458551313);
INSERT INTO audit_events VALUES('01a24546-1a3b-76ef-9745-492b069b42b6','login','success','01a24546-1743-7714-8e57-294cc27339f4','01a24546-1743-7714-8e57-294cc27339f4',NULL,'127.0.0.1','session=94y0Kvdx_4ZUm51DGbRizQ',1796458551867);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','VhqC4A5fRNFyRFGJTpv_NfNJfGqox51QoVd-H_hdlGk','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796458518748,1796458518748);
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
COMMIT;
