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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:30:47.623',11,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:30:47.656',8,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:30:47.667',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:30:47.687',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:30:47.710',10,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:30:47.723',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:30:47.738',0,1);
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
INSERT INTO users VALUES('01a24779-24b7-7d7a-8467-2ade07b4fc3a','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$079x4ARuEcgd8jSVErpwkw$wtZKRWdc835/j0P1DAgzZOOfPVoRs+u/nHy/KJXd6b0',0,1796495451318,1796495451318);
INSERT INTO users VALUES('01a24779-3161-7417-a4f3-61aaf23ddf38','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$I9sUCeaduya1v7oIjMu32g$eo+KjKR81ZgMMdsjtYrINSLbJL/g7idyMoPAOanTnpg',0,1796495454561,1796495454561);
INSERT INTO users VALUES('01a24779-4e4f-705b-8cc6-5f114e50bb32','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$7M4SRpy/JSZMvC9Y5OJYpA$+QQaz5CdwX2s4nRd7La7hB+D07lnWYKDm76mTNNFf3A',0,1796495461943,1796495461943);
INSERT INTO users VALUES('01a24779-aa6a-71d6-a267-db359b391ecd','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$OBHsDdbfIq7vMHi84WskBg$Qar3BWESYK44MpFMIL+C8eh84B91ChlUtkuHxW/BabQ',0,1796495485545,1796495485545);
INSERT INTO users VALUES('01a24779-ab68-778a-846d-ec8bfa194f20','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$51Wub1MGvNrW3fZFTwet9w$dwm1KQJOswYtU/J6ePUUd88wg3RpGXSEaMsbUs1aKAk',0,1796495485800,1796495485800);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495457935);
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
INSERT INTO user_roles VALUES('01a24779-24b7-7d7a-8467-2ade07b4fc3a','user');
INSERT INTO user_roles VALUES('01a24779-24b7-7d7a-8467-2ade07b4fc3a','admin');
INSERT INTO user_roles VALUES('01a24779-3161-7417-a4f3-61aaf23ddf38','user');
INSERT INTO user_roles VALUES('01a24779-4e4f-705b-8cc6-5f114e50bb32','user');
INSERT INTO user_roles VALUES('01a24779-4e4f-705b-8cc6-5f114e50bb32','auditor');
INSERT INTO user_roles VALUES('01a24779-aa6a-71d6-a267-db359b391ecd','user');
INSERT INTO user_roles VALUES('01a24779-ab68-778a-846d-ec8bfa194f20','user');
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
INSERT INTO sessions VALUES('-6qcfbB0dP3vvzjzNpHtPw','01a24779-3161-7417-a4f3-61aaf23ddf38','gatehouse','','b_v0Q7NatBBWdvSiqxUhwEwDAGoe-IKU7AEEBSzNbh4',1796495479193,1796495479390,4950095479193,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('bmXzUSvW4YoJPvOae2lUyA','01a24779-3161-7417-a4f3-61aaf23ddf38','gatehouse','','CCk-Blw98_P50gWZmp93Kr5K8kjhs6_Heaivat5pv5g',1796495480340,1796495480340,4950095480340,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('nLIbp5IZvBuG8RULxO1Zjw','01a24779-aa6a-71d6-a267-db359b391ecd','gatehouse','','V8jiZ8S4xO1DWzYhZLpvg39JXcWQepIpd9fTpQKH6qA',1796495485732,1796495485732,4950095485732,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('W7N8b5K1C9xug3YCHaI6df181Du4xowtW4CeW_bzf4o','-6qcfbB0dP3vvzjzNpHtPw',1796495479390);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('K5BL8_Wu8-SwRHfFQHKxMg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"K5BL8_Wu8-SwRHfFQHKxMg","alg":"RS256","n":"i3glz_CWWprKjzMvwatdo0Wxvbkt8oV5WKpZpJTDyLRqSRLIcuMJf95X03iIT1jLi5B3eMbm-BDpGOTkSFWjWw5NjNMYbtI1n7F0rHFd1BwwniZD8ZZLMBmjrtcuBrZxn8wVnZVemVLRUfNCwzULzuGiEGqceQDLTjbHFRM4XiALyTP25ylh_fc91gijr1g404jZmRC7Ev63ZOoPps9YYjBJFLTKdMCx3Hn7lWO2humRUMFg-aIYXqJv0sFbk8o06xjC3hS5GX7RW1FnV3T1g_XKFl0DuVl-ahXqPSVVaf2YkoOhhEAghrsFwyGf-vKWbZJm5LGAcGJlc0b4Ta_qNQ"}','rjGeJeoNAIRGRBiEUUDx5N2nP32dJ+5+F35llM08O4fqX/gKffhYnEu0CBQ0ZvqP7++awH+Bv9PkxJDEK9YkR+4ZaoXFtCXyFuybmzMZWR8hUBly30sDyIAdLNnl/1pM6tD6Ae6og/p51rnB9xK+VI9ei66zXa2mwdJ30J6KVddtxY3uaw56HnkHA5APybak7dXERd0Ls6/+ejZKOyWCzy6zN6nnPWK6AKHHNHxrovoElF0JdxSHExTgpWFKN4ONHk5dtYrwvDHyWc9ZkV3f1FAMcjtVgtDVmPbfFp95Au7nEpuKniLtegIP5l+jYwu1Sq3GqxeVvBYsOf7mUlWI5NmPo5pp/eDlB3Ny2SGo6cgBjX2lJaOfqGvVNmIUKfc1phc3Jwr1NhZEvXsxtexY2OlIioKatSeO9RYumGWJK58Ho0Lq5iXUnqoqNMnWKd6ITMx6K1kaRk5xZbFWI7v0Zx098MrJtIDRv8hq79DmH02L3TiuZ3HBMoOytXR6HF3kX9eB9o6QEfvrBdl4eNociEMx/ZfMJ7FJ6NjMfwZyb2RhVjRM7D5v4PpIfkhu7be0N9PJlHxYnGrDy0J+BHLveE2/b1/GOandMylk6DqSIoMDFA7Uu4a2YmlqRgK7z8c6rRU5WvAsKNSnlmchYLxwwgCa1IbkUszm23E5doI19jft/TIxvthnkosly+Ixw0wQz/4NlY+WBP56nVHhbucVrcYJmlEVzQ8oWS2S8lTW/JvfDM4zv/M8omLxrldD+985YfuzS7VtiHHjBqSaJfKEsTPCDwaQfQuQvAnEVsqngYpQoUQ2jniVWZr4j3UOyOvUPqUiAD3bXhGBq6ZX4pKximusUQPlrZB6NF66p4VBKeuXpHLGWcLPGJWSX0hmW+8gGj7CIyL87AxW9cOGAACsE/L1rzx4PKnOWCMJjOul7ttF0scuBUBZvqeF3IshPX9ZplHtCooikzVECWvda0PS9e1EKom/raklZjRDLlUiF6g0vUntR/8+VnsnGvOtWhLVv64NyI6BPBrQ0+vBwgpCoWZhyTUV0xE/S+cOl7W+8AY+cY4ttNReDZIbne5yBBW8GL2u4lufLhL+qhlwnpoB3hgmkkKMIjuazVLOvX6UZL2SgdxWDA2vgKl5pqzd5ImBEyW5m2GvoarDwqpvP7/pctoyAkXa2L3WwKr+mzWTg1MutpyOXGVbGyUKC1e+E+9KnBw7nTI8pfY2gJr1CrFYUuCfXJ29sORSykUvMl3sRSUdKiDOCwocr7BFkTv1NNMDfGgQVvvbO0EApS167cwQRC6/3TujAUAsjCXmQTAw1pwq5eNcJ8745MCaqXn9L8Txbg2q4ME2oOQ/6EVtwYltCPE0BuagyO4rA2irPlybdzCSwQoo5HD1fClqhhxgKSjyOGAVQbqum1RBhc70jx6ULQ1M5yz8KxPXZSy/wNPKjgyTCJkAWN5s95JowsLsOvmkPxIUV3GrPJYCVhlS5tR3FtUmqFKUGlkNC7gsZtImSmL4hKhY3slTBYQ9hO3vwoslFA5lx1ct3RVR5PosmrOfMhlwqsUOOtahfRJG15bnQrSreze3o8QQwffcgS3qKKpAXuzr2EWNdYraERVDV16ZU+JEYV8c+qxAoZrivmKxioUZm7KTMsPV34B7lkc=','active',1796495470124,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495485829);
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
INSERT INTO audit_events VALUES('01a24779-24ea-7b39-92b1-fb7ebfe9821a','user_create','success','01a24779-24b7-7d7a-8467-2ade07b4fc3a','cli',NULL,NULL,'roles=[user, admin]',1796495451370);
INSERT INTO audit_events VALUES('01a24779-31d9-740a-9c6e-8208a698e3d6','user_create','success','01a24779-3161-7417-a4f3-61aaf23ddf38','cli',NULL,NULL,'roles=[user]',1796495454681);
INSERT INTO audit_events VALUES('01a24779-3fe4-76de-9ac3-ebd1393f1904','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495458276);
INSERT INTO audit_events VALUES('01a24779-4e79-78b1-a353-dd425d78001c','user_create','success','01a24779-4e4f-705b-8cc6-5f114e50bb32','cli',NULL,NULL,'roles=[user]',1796495462009);
INSERT INTO audit_events VALUES('01a24779-5efc-73c0-a043-a9d6f940b5b8','admin_user_roles','success','01a24779-4e4f-705b-8cc6-5f114e50bb32','cli',NULL,NULL,'roles=[user, auditor]',1796495466237);
INSERT INTO audit_events VALUES('01a24779-6ecd-75b0-990b-1a18b71afce4','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495470285);
INSERT INTO audit_events VALUES('01a24779-7ef1-7c63-b5c5-b17f2144b44d','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495474417);
INSERT INTO audit_events VALUES('01a24779-919b-7345-9638-fca0420c3c38','login','success','01a24779-3161-7417-a4f3-61aaf23ddf38','01a24779-3161-7417-a4f3-61aaf23ddf38',NULL,'127.0.0.1','session=-6qcfbB0dP3vvzjzNpHtPw',1796495479195);
INSERT INTO audit_events VALUES('01a24779-9400-7928-8ec8-886493700049','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495479808);
INSERT INTO audit_events VALUES('01a24779-9563-7718-b206-958bd8f40b2c','login','success','01a24779-3161-7417-a4f3-61aaf23ddf38','01a24779-3161-7417-a4f3-61aaf23ddf38',NULL,'127.0.0.1','login_session=01a24779-9562-71b9-984d-755de0d9212c',1796495480163);
INSERT INTO audit_events VALUES('01a24779-9591-7822-8526-822b14dcabdf','consent_grant','success','01a24779-3161-7417-a4f3-61aaf23ddf38','01a24779-3161-7417-a4f3-61aaf23ddf38',NULL,NULL,'client=fixture-app scope=openid',1796495480209);
INSERT INTO audit_events VALUES('01a24779-9598-71b2-a408-4ff6e67588de','authorize','success','01a24779-3161-7417-a4f3-61aaf23ddf38','01a24779-3161-7417-a4f3-61aaf23ddf38','fixture-app',NULL,'scope=openid',1796495480216);
INSERT INTO audit_events VALUES('01a24779-9614-751f-86a8-763384a8adf8','login','success','01a24779-3161-7417-a4f3-61aaf23ddf38','01a24779-3161-7417-a4f3-61aaf23ddf38',NULL,'127.0.0.1','session=bmXzUSvW4YoJPvOae2lUyA',1796495480340);
INSERT INTO audit_events VALUES('01a24779-aaab-7c36-9c3c-286cc25c18b0','user_create','success','01a24779-aa6a-71d6-a267-db359b391ecd','cli',NULL,NULL,'roles=[user]',1796495485611);
INSERT INTO audit_events VALUES('01a24779-ab24-7e51-84d9-40537b8507d0','login','success','01a24779-aa6a-71d6-a267-db359b391ecd','01a24779-aa6a-71d6-a267-db359b391ecd',NULL,'127.0.0.1','session=nLIbp5IZvBuG8RULxO1Zjw',1796495485732);
INSERT INTO audit_events VALUES('01a24779-ab6f-73c3-aa63-68f65c451b16','signup','success','01a24779-ab68-778a-846d-ec8bfa194f20','01a24779-ab68-778a-846d-ec8bfa194f20',NULL,'127.0.0.1',NULL,1796495485807);
INSERT INTO audit_events VALUES('01a24779-aba1-70bd-96e0-258b7468a7ad','password_forgot','success','01a24779-ab68-778a-846d-ec8bfa194f20',NULL,'frank@example.com','127.0.0.1',NULL,1796495485857);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('6juQKu04Rjen1lK3RTlM68ksa4CJ10oX27a5WdMKLVk','01a24779-ab68-778a-846d-ec8bfa194f20','email_verify','frank@example.com',1796495485807,4950095485807,NULL);
INSERT INTO account_tokens VALUES('IWEBfyWvFhtwnO2jePw0fd7uoQsl3IMKPYT1X9z7jRc','01a24779-ab68-778a-846d-ec8bfa194f20','password_reset',NULL,1796495485851,4950095485851,NULL);
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
INSERT INTO mail_outbox VALUES('01a24779-ab76-7aa5-90fb-dd930e4fd3bf','email_verify','frank@example.com','Verify your email address','hjaGcYpksSZuC7Syfzg/bOGEV1NquoHU+FI37h1/dK8E8YSa8hR08ZsPkTAQOFok+Q1rKHalxMDKkX/Ll85Y84D/By/uP2wA4fuchV5Q8/29PiCaDj8kHWIfs4kwpAuKzCNjFvnZ7qSmfwgRTzKtjlIc+2eoLChKh8mmX7CYnkh7NJonCCKONVWGWE3LnpVNSzpWP2eQ/4Ew2df9wvmWAqjcuuLipr3Fo65xCKw9G0KsWufO6ezTKK3mQeJCWrAdZEG/PQ4bjWlJvOrizzYAanYcSVPqifoH34/nM+48r37gxeF96SieGCw1lERqo7drrArQF9x3R97It9aYiKTZWzKHj3u3S5NSfDqqFSE86akBg8w1PGsQolahJQZf601i7gnxJNH9f6GDomy/2t/spzbJ9oVZmj/zM61qPuwcinMZcvMINJG9K6fNO7ppWxMcGLVC+AxtF7myKM0hQZgNGm8y3aaZ5HxsxXeg6byVakgF0KB8VmHdv5Yd6GE2/jMpJ5z2RXOpn/LjfC6g4kI=','Dtg6Gie1mXq1UB/YHmNMrfJKGANwV7SM4w1BrlAe5TCUrbxlSUc7pZbJ1cemaiiPQzvO1F+Y4v2D3xXYtDI6LwAix3nYjpZ2XSTjUCxywcpElXliDQWieoVtYREUo3RGALt0hnkvqM2PJViSnj767kXsLNDlrqPqLEVAXOwfXKb/ifVFjPlTg3gXimoiAJaO/Jig8yVQM8KyPNdxI0lnbZBQwBGpY3G5YVxf5sGMZa0FrYjBHx6hAQX8kzEmffwOdAnzKzxkg6rTW5XGglClSk2lYiO4GXTsfZxytKVbqYFEEhc+tBunJ1ghI24JwFNgoqPUlK02ZwZfHsKZUxQRBzLSBnhjT3RsJXWSF1aCeLtfuXqmGI3BI5bTa7XkybMPEKkDDWUjhn5isXbgql4B8Oq4f3hMwDFTfzWK5WKaxLhsf4bJkaE6TGx5ve1pHHspX86xHArcP+V0ttlr06eoQ7wheljJWQj5Eonahd2Y9ZYRCIuLhgrTZgPDFBRimhz9q/fozB4Zq4IIp4em2GrimrBkj+wAoesspyT3H9NKXRxWjBGFz/vGmo3u/8/XuFNyaLDwYgSdgjBDFLX6yingn3bTF/fNpsfgym9WWAn9vOwyxomQI55JZFTpEoDaQtogyb7GL8Jw2NY/sqVQ8NJIDOyAOgd1Bdv3qq4yauSvYEZMp5VBGiN1iwP/rGZywH5kpGTa0ZUVbtS4IEFSiRchL+y7eoz55WGb4+Wb1tGloIc4PTn/Ed0TxyAbA0IMQJe5+Yh2a9ENdZg7FxSYC9sRg0sTrmNz/x3AZIm7RWNdJLEeaESw6DO10F3cHjVoXohAl4QwUCZQ5pAchhpJ3brBSeCg9ikiEX/R0pYX1VGwYI0ICPm16OKUY4FrZDjGTJoWRLMZlsN6TTQUdxl0wXXyWoJFiUu/IActKULuGkWPjB6xmDUyw8hS5+BRXxjyusyayvCebR5a6hg/GonfPUx8sPdwQXgTco/S+FTdclX5z9/yG7+mSu/4IC4Sbmk1LCpvSh8y1UmFsvAWr7keF0uE07DnGZIpXTNUKg7d0S0U6yO1VVAt/S6KFwoGYi45qrd5P+TLbtC/OY2FDntqgLsVv1dAoSzzeXvQ8qSIYuQYr2T6IkQgLHM/qIAaG4IuRirCUUVhscf0LxTQNMt7Fgl7vc97YPk5soeRhQ6WU0baBAuTY7WUasj7gtpLr7XFbk9Yj38G1oxf8DUz/t+ogPYRLZN1GOE8giW9ZCt7ALaoAz61g0gfgY8ukyyiEcKmEa0us0DaPHhRVvR1B29xn9n9WJa95rDAeEpzZK07ukVn6VbvK5cdDjy4ZYXqajB4IaKzc/vTx6h8gwELvS+q61p5xP/RSAhRe1MefqUa5aBJBiGN4ivDsUpyR9jKD98LEpyQjdUUFXeUrG0NQG5gY+UA9aGErl3X94g7mb1Sg4Z4UeGqAX65R6vPGKXX5sniqAxM/oBb3x98Kc4AqR34kVJcNhIkl/ogMOM7gE1iDLGWbHhJ4cGGDJhFBULSs9TCfqqHtAq4AlG/ZHWipPlTNIqiECXYGhIE8aCWO2LPndMNRqn0Y7Fw49l7MDv2NO2ym5a+xQ==','pending',1,1796495485814,NULL,NULL,NULL,1796495485814,NULL);
INSERT INTO mail_outbox VALUES('01a24779-aba0-7422-9762-d23d8ccbdfec','password_reset','frank@example.com','Reset your password','EUG1dWUPoTaryw6HHqPTxsKrWDSOviw6idWKgvJ6W/dkg9cMm8blbfUeBsWTeewhs7W9ze18909/NzzO7YHC72JtaKnEXbnBAh2HR+Y5pAZz069ZwgM/h6Y9t0MHzArFnvbxig5Dheo196ZXpg89ffCGFlscZreSFiCWHo/MwZ2R/UhZAaV+0VbeSc75e61PFDw9tbo41v3gwMbFazAR850Yz5QlUysGziWDNroDABctcVWSA/ef/d8WdChhnSxMNZzNXnbszYPqPV8ERooofYe0nR6Pc2PvoWzvOcwtH/BA40h1521SzOVkkj09A6tRPDJIBqw8N3KHWhgKZd+fX1aodQBr7gZ758S92rNiuqa9T+YFxsDVzzWuFfD1x5K/dNpzdBxTjsmYBqSUMcBxWD3RVooCWTPaS4dBsT61o36bbaZfmuJvyzfFQLKGF9DPpzlHQ8Dt3gnHbc2/11jp5sizUuC9AOrEQ1Mv//H7i2oiCnUE1j8srjz2pGA0LGiUstn8CDTK/047MR/H+Wss/g+rhxcVDw5NqsWqJPBZg9k=','VU6KA0gxMkYkIm1rIWRDkl0kWszHhS6NmR7TLoqdO3KJ9q7Z2afslKKvSR+oqlgXHDo0kyFx9RJth1gWh4XXPljNfAnp6Pzv9DntVd3M7ybdmpehfIBiBOvEHpcO7uz+14WQcS8TB4t1ALcAEC92MrwcjN11kQVHs9dYsHau/Q+4enzxJNElHqwIa2JaS+M1x/KGjy3J0ZVcriTV2L0r5wW1BkmKvn/PFaSZ8uDOZGJEWFtod5lsOjwcMUq2oGrdkSsruAy8MLO5oI8jTBPpIgaypVRRsEHItRp0PRI07t+TdjASQgdDCHRoOJ5WlT0g//cJxk59DvpeSFvpfao80vSDdXomgBEhrEELMTVxkb+mC3/8D59wGpP/QLlwqkqERElMrSGo35FAXYQi8AMJOqbfsrKtqseBQuFtYVDz2wC+pY1u64td3Tqz2E/TabvI4rfRcw3o42vs46Gfz56Z5lYx1P2Isd114X6Gch1n+lxwweywMWJyDasFCV1kakiYeg4nYrNfBve0iXr1HgnS0d5GERPxVE98PW0FPOeBITCdqH4dvWbhPilZkjt2ICdh1FMHMKJVthNBLcdyi8UjEnyTqBy1pYpJCDBd0kIDGIgCyO1wzvMpZSwMG0zhmltkwYSEwZNlz1TsJ9xf+V1jc+L/hczxRobJyi0wwTAuZPA+TfL+wZOfYj1sSnuAOcUkoMOJz1Gn+lmFebNnP1k7XyikN5OsJelZfa+tx7gN50C8APDm9UeXzlyXEW7iavWj73uYj2SWTB+Tx5aA+de5qPlc1PadVGkQzHOMS2HkrLJ89JHf91Sg7FjN2gfyiVJ2JotTeT82C7iVj8GMQStBxeX0Zdpy2D4hQg6lFZEQJqRB766Y+HWhymTcudKnBeK3VVO5LwBZy1sVUR0ChuKt6kGWfCswSHMvsO+4z4eVOjXVEPnSpXPtmk5ZuJe+nVOXwptlK+xzlM6uzXaTODUoW822rIE9vy9mlB+BwdGEFKAUSC5vmC5gOGQRlrvwknRNUrcbJVnyWfcokUUYdpcsvwvK0VpqDN9HcjSFO0/Vp9kMiTM4CCOBRN/PV0iJCqTDaAofpe0fmfkxE745Q4+dA2urMfWKoktellJVIHfzDb6pcwYaHtNhl4wsASMQPROZJASfG63bm+W2Ybxfsn+Y8o+F5InhOUaJLIpHtsXashHxsV/aVvWhjI1+IYGPNpFERoKvf3Qvu3ONVGLr5GRxanhzn4cdVnYC58Em5lCuDmMH9v4cdoNx6Ziz7OJtiHNCYjQBqTKAy5i8dEtJIDBkdbEco+QXYLJW5mBQ0fQGXeX6b4XNg5YmAnWfXaYyD7xK8WKXJII3ETqSXd4o7eRvnxF/AS22DgH+lKy62mDSmwfuzLgafj0TfwTCRDRcb7/IsQ8fD5en21tDL6Fp+QNf5noSY+fn1qr8DiqqVUMfWqk8Wz+uMdGTKq3hozJWMpm9TLSadI3J47uRoXIls4BcDaZgGrScrkj6vS5+ETk4mjoRqhKCXK4BIA6EsUiCS/lcBWRdVe1yclhcIhuV2tJe5j42BCA0FrIwPPePke0ucIjPudpZDOHrlFJuDQ/Fepc/lAHjmEqM8htH8g==','pending',0,1796495485856,NULL,NULL,NULL,1796495485856,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','jeezMtgESvmxnyBNCgW4KvDUyhrFundHfY9coWIvk4w','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495469575,1796495469575);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495473717,1796495473717);
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
INSERT INTO login_sessions VALUES('01a24779-9562-71b9-984d-755de0d9212c','01a24779-3161-7417-a4f3-61aaf23ddf38','KglPuc0HPJuPDwuTmyvhmYpSiVUbk0f1a3j1vXx517M','0JFhhCnIt-0L8Gy6qarqk61SwTnRjA6VARXiFhXPDcc',1796495480161,'pwd',1796495480161,1796538680161,1796495480161,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24779-3161-7417-a4f3-61aaf23ddf38','fixture-app','openid',1796495480199);
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
INSERT INTO authorization_codes VALUES('lnjyziibP95g0AO24zLxWYHRxhC0zCq9XV_klYsijT8','fixture-app','01a24779-3161-7417-a4f3-61aaf23ddf38','http://127.0.0.1:9/callback','openid',NULL,'LaZNEaWzicZt-ZYY34QRK5Jj1Bc24dOyWYNH3DwYwlM',1796495480161,'pwd','01a24779-9562-71b9-984d-755de0d9212c',1796495480210,1796495540210,NULL,NULL,NULL);
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
