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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:33:38.985',95,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:33:39.031',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:33:39.134',1,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:33:39.181',17,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:33:39.224',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:33:39.277',49,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:33:39.333',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:33:39.372',36,1);
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
INSERT INTO users VALUES('01a2451f-902f-7d0b-bd25-07b266e392c4','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$yY0kWO5dFVlU9guYEPDPCw$mPnzZ/C1s93ctBgyM8tNC6mqJzWzUMflswfZJXevE7A',0,1796456026158,1796456026158);
INSERT INTO users VALUES('01a2451f-c2d0-7ced-98a9-27d1d61d385e','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Qrt1YYZZ2QGrBW70JRYmSg$7Obzcc7swt5K93xIGL+FzFMy+eXPDKk5cVvk+i5Mmb8',0,1796456039120,1796456039120);
INSERT INTO users VALUES('01a24520-377e-799a-b3e7-c23b8257b394','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Gor9cGyqC/mC7XSIMjOtkw$ObrJXqpllPtdhNKuGHer7AUeOH+Hm9Ow7Yh8YyTmPgA',0,1796456068977,1796456068977);
INSERT INTO users VALUES('01a24521-2050-7add-a916-ebe5194e3330','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$8kBc08LFU7iDz0ZK7+/6xw$Nvhh38ddQPB2IVGzbUgaU00lecTfUXEn+rOnIosIttM',0,1796456128589,1796456128589);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796456058014);
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
INSERT INTO user_roles VALUES('01a2451f-902f-7d0b-bd25-07b266e392c4','user');
INSERT INTO user_roles VALUES('01a2451f-902f-7d0b-bd25-07b266e392c4','admin');
INSERT INTO user_roles VALUES('01a2451f-c2d0-7ced-98a9-27d1d61d385e','user');
INSERT INTO user_roles VALUES('01a24520-377e-799a-b3e7-c23b8257b394','user');
INSERT INTO user_roles VALUES('01a24520-377e-799a-b3e7-c23b8257b394','auditor');
INSERT INTO user_roles VALUES('01a24521-2050-7add-a916-ebe5194e3330','user');
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
INSERT INTO sessions VALUES('KaYJFYZDpAMnL1pnSR-idg','01a2451f-c2d0-7ced-98a9-27d1d61d385e','gatehouse','','r3tumGh8Z4WvfWFGDlWZFBdB08xdgyA6GWGRl0bBt4Q',1796456114704,1796456115064,4950056114704,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('0JGdMvlRsv356Ti-6CFecA','01a24521-2050-7add-a916-ebe5194e3330','gatehouse','','jxWNiJZ649oLVXzr27q3f5hnGQbBfu0WKkEtBqUpaDo',1796456129011,1796456129011,4950056129011,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('BjsTjWkLKJZUA3cz5wzKCPcO1gmVp6OBIddFjdXzDfo','KaYJFYZDpAMnL1pnSR-idg',1796456115064);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('Z9E3GScTy1OGpgK9z9tCAg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"Z9E3GScTy1OGpgK9z9tCAg","alg":"RS256","n":"iaiEN6NwRl715nqkrYjOHlhQmYttLdPql51Yu8Y7mh89HqmCS8mbp7TioJawp0mw68BbPWDmKodfcS8eQK90NdTm6IlJf4QI8RsnSl8P74d8imDpJYSIg6JDwLHDQdYLdaSnaMCxC_ZKtIEzJiYusre4pf6fh_CZVn7bQgCrFVGrML3H1C0SH5ds6vj_CJLsOkOVWznjdhYm16mfOsHoZjuI-MQNhmJUt_WtpSBpj7IG2S1gb6PvyguMCqIUIALH3TrH6fCFTEFaHbxM79ulNrkvIpZe_x0OjoEWk-UQgJJWgTmLrYed-7cfVWo_3esmai5F9dfRBw4Nm7nbB318gQ"}','WKBQ9l2DyVPs9Z9get+tg7CcICXAMfqIhn6NSjjIioyOZmOXD73IUFV96xdqiX018LQXykJADzgoD+ZnlcrYI5sIghcVC3P3oSLGVStxzQGijtCmY4xZs7Q+TtH0sWJ/nptGIx+8HFI7Q3L66bk45gy4+XYdm2sxCJwS5fqDb643W86yKl3wfgXXvItJCGxGqHAaUlxpRqdTO+WH4qqyWmmjHZ6zp1ee/CRz2XJyZMjwnWL4JZSlcKgrfXTEZ3EMHuYnCCpKhJb8oLV7BSieBS316Txg1CFpBYyumJicwz3otdMEUagbZAmoiw3WURvsWG8Jymrw580yhcus6oRKRRUxeRCIAtgPjhjy8Gr5HN28XB9AEJG0gxKueep7ap0Lx40Ype3ajYGF84PmiIoeUnTKcsdSrZWiAwUipStqKxQMhyQr/F6cfM3aN4uHvo6/9ku/EyKk0cmWJQFEdygKOpXBLGpRC2M/eRPQxiKCsqCEyoCRER73W+j66BipVXzFwtXC/XTnUzMtlVtXVt4LIPZELzpIGHyZb9cpKl2+BtZcMk6Ig9/D8Dwc632Ew4qfmilNNhKmyjfjmJ55dIVCXxjitYVkypydIyK67F9rDw/v7qTe/9KRPcoqWBOqB/tIAClMS1nBHrjBkvY9q5CZo1Fif4o8iE8ksyVJCRdURijY1iL6II/LoK8zuhUn9JcSlO+HkDI1v9KpqE8F4T6+8KycUo1Gx9qLqKXvWk7/MPXsqVWhHnS5CGshPbib7rpJNHtbXWBU5czU8ZWcEYHvN3BmROpr/fXffCoWiCJVkIRmfBg4f2W7hrpgPSHVRQnt3+WP3SxZFyu9AfCQqPz9bkkyuwipfIcFA+EOPE21zgUBsXYuP66Qw2Bzi2FbZGTVvcPvfWRGZ/azBZ8lSA0xhr8wxNa4l20OO9mZAtBnlIt78FJdVr3O08TwmGcAVLeN5OshBhjSxWZvx1whH88AbcFci/pBIZmN3uBbPcL9tfdc+DxYg5cMBGnkH5F+WB1CvrK53uDQaNkVcnqWAtNoq1PA9eDpLKpOhUjoQNMDyrUFPv/iBos56m42m+yeVmNvZJG0B1I4Y3zV6X6Kd4OXtugCaqisqJyJMGBIehyfIgVxbBK02vvcy9Af/V8FmKni+OEFeXwBOvEC5FVv2FRl8PtJjX5X03T6PBRn3xyxGUGQOaAiUUxL6JSqEP+hWcb7Om16OgzMXOIPEYnsnqVk8phZeve7Cmltx9Tc7iQEqowBZprNJiTWfYLluvnCJpgdqRy7TArwQaS57yTq6W5Zac1OWgvzEZ8alCZpHletilTes/PbehVFX2euzr3X9MTha60w9Pg0PuaBqCSsz03r3C8QjP622/r1hMItN+sz6aFQ/TreGkbBHeb5qOzydnbCGyAxzfLkYefycN90BJmfCKqz7BPbSTmsUvhwadgCiLVcU575CmrgucBQWOt8BpRyrLPRqib55Cihntb35sS84gt5TDcAWLpcmpmbZoVS6bLCRLBSnK/HJlBWMsABn1hImmk2m0yJBjhv6PdexA2LC9sVvqaOsbzvszwN7jTu9OwB9gmsLkQXnhxW5pql9PbUKOhd+YF6EVMKmCVmFqyWzEtiXqJSRDsG3mNQauHuP7Wd5n17an+lcN6z4qlvQg==','active',1796456089956,NULL);
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
INSERT INTO audit_events VALUES('01a2451f-916d-76ce-a280-64d0c6b5ec69','user_create','success','01a2451f-902f-7d0b-bd25-07b266e392c4','cli',NULL,NULL,'roles=[user, admin]',1796456026477);
INSERT INTO audit_events VALUES('01a2451f-c564-7ca9-8a80-2253a57f7860','user_create','success','01a2451f-c2d0-7ced-98a9-27d1d61d385e','cli',NULL,NULL,'roles=[user]',1796456039780);
INSERT INTO audit_events VALUES('01a24520-1394-7ca9-9954-e16be621902e','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796456059796);
INSERT INTO audit_events VALUES('01a24520-3849-7d98-bb07-20556ca5468b','user_create','success','01a24520-377e-799a-b3e7-c23b8257b394','cli',NULL,NULL,'roles=[user]',1796456069193);
INSERT INTO audit_events VALUES('01a24520-61c2-7fc8-96e8-81f49f191862','admin_user_roles','success','01a24520-377e-799a-b3e7-c23b8257b394','cli',NULL,NULL,'roles=[user, auditor]',1796456079810);
INSERT INTO audit_events VALUES('01a24520-8f7b-71fc-aa5f-6e6e9877027a','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796456091515);
INSERT INTO audit_events VALUES('01a24520-ea25-7e5e-b342-a9cf216bb24e','login','success','01a2451f-c2d0-7ced-98a9-27d1d61d385e','01a2451f-c2d0-7ced-98a9-27d1d61d385e',NULL,'127.0.0.1','session=KaYJFYZDpAMnL1pnSR-idg',1796456114725);
INSERT INTO audit_events VALUES('01a24520-f0c3-77f6-9eea-8eff5a452573','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796456116419);
INSERT INTO audit_events VALUES('01a24521-20d3-7ad5-9549-7d18febd6943','user_create','success','01a24521-2050-7add-a916-ebe5194e3330','cli',NULL,NULL,'roles=[user]',1796456128723);
INSERT INTO audit_events VALUES('01a24521-21f3-7fd0-9c11-dabb8d941264','login','success','01a24521-2050-7add-a916-ebe5194e3330','01a24521-2050-7add-a916-ebe5194e3330',NULL,'127.0.0.1','session=0JGdMvlRsv356Ti-6CFecA',1796456129011);
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
, access_token_signed_response_alg VARCHAR(16));
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','CzAMnTK8lsynhFZlWYkF5U5YSr9ghPqSo3G7kX2lPJU','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796456087061,1796456087061,NULL);
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
COMMIT;
