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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 13:31:33.688',95,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 13:31:33.710',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 13:31:33.766',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 13:31:33.782',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 13:31:33.802',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 13:31:33.825',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 13:31:33.827',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 13:31:33.874',2,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 13:31:34.029',54,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 13:31:34.036',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 13:31:34.039',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 13:31:34.045',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 13:31:34.048',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 13:31:34.056',7,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 13:31:34.059',0,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 13:31:34.161',9,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 13:31:34.169',0,1);
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
INSERT INTO users VALUES('01a24667-6020-77e7-8c3e-6f868bf8f2d8','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$O+kjfw2o1CvT0NskTYYX3A$PbBxe5e1FImqndE4fM2gQdV7dkU/EdL21wZnhEulv3U',0,1796477509664,1796477509664);
INSERT INTO users VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$HvYCsByHQsFKYz1tSxVoKA$xJB+c71jGLRakPtPeVVHHEodxWx0DgN9otzUp7MSOTc',0,1796477526932,1796477526932);
INSERT INTO users VALUES('01a24668-330a-776a-9a28-f3c64e6abc07','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$2+dGcdbz4DASPVNL20vvxQ$MRcqb/jfgVBgs10bwEfhTCENeoRtEa2N/6hWePSNPj8',0,1796477563658,1796477563658);
INSERT INTO users VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$R6mCh13W7SGivA0pnZjBiw$0Nq9jrXYmR7ss10n+wH3JXYY+u5eJYqsp3iy6mEL2to',0,1796477626096,1796477626096);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796477546882);
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
INSERT INTO user_roles VALUES('01a24667-6020-77e7-8c3e-6f868bf8f2d8','user');
INSERT INTO user_roles VALUES('01a24667-6020-77e7-8c3e-6f868bf8f2d8','admin');
INSERT INTO user_roles VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','user');
INSERT INTO user_roles VALUES('01a24668-330a-776a-9a28-f3c64e6abc07','user');
INSERT INTO user_roles VALUES('01a24668-330a-776a-9a28-f3c64e6abc07','auditor');
INSERT INTO user_roles VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','user');
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
INSERT INTO sessions VALUES('0vrkCqpNqzJMf7MJlkzPrw','01a24667-a395-7601-999b-ab37ed4b76a5','gatehouse',NULL,'JhcV5zhkHnv-vTYLuSHRoAzjFt6lwJxERavSK-d2K6I',1796477612076,1796477612649,4950077612076,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477612076,'LeDpXimItUnqffyMyBmfLkbagTSnvu8CFiFoDt9SqN4',1796477612649,'hEj8wp1yo3FsE0pkrAVatDtUMTSEkMuIlMF4QplZohHxbKqhHb1D79g__hBoXsrf-JsrJMFyG9H0_6TFES988MoXKi82goE','pwd');
INSERT INTO sessions VALUES('DvkHwAQptYAHPu2AGzuZsA','01a24667-a395-7601-999b-ab37ed4b76a5','gatehouse',NULL,'Evh6VbCNN505gsnYdF5edEWELfTgDtjk2WmcGbNkLug',1796477616153,1796477616153,4950077616153,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477616153,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('Wcug7VaXlUf2Y0PBH_6Zgw','01a24669-26f0-704d-965f-2b3bb5b6cb33','gatehouse',NULL,'aR4rcSTbFF-mhQLPLUA0LS9AdXRLa_n7gWmsA4WtqOM',1796477626770,1796477626770,4950077626770,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477626770,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('LeDpXimItUnqffyMyBmfLkbagTSnvu8CFiFoDt9SqN4','0vrkCqpNqzJMf7MJlkzPrw',1796477612649);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('5304oQKAiikE5UnEO0x6yQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"5304oQKAiikE5UnEO0x6yQ","alg":"RS256","n":"yaStwbhQmYZpOQkAR5XWAFZmSkEBFl3oQyTM4WcYukL2XNUzF7LpTpcAFIeFNsUkDXDZE6X_R4PWGZVUwPtTL7O9PuC8QZ1nPWverf5-IQyxU8z7S6Ts1sOwK9vMqMJ7Cv2HfY1krV8CA6TXLORVPi51ZQyCN6lu2vmvjoLNbGcHy_XHSJGLNyOgXqmdztEzme3D1K2oLksbtveLKW7nbJ0_2FoAL5Q9Is51MG3TF_ljL4_C2U0Sk9ngZ9el-yTDDk3ycO1cGzuDjp_Tk4hyKH79WvXHS_QpIR0AdL32dytVyAAkHgHyO-4FQbg5GcKORDkVbAKBG6wYWA7v-MfNPQ"}','HcQvnCaxeYAlATgKf5V1Sd89Tor1sE2DxUaXzde6KQz3ldC5ZVJitIbGCbv94MFI4UV/c4m4XBLRu+6kybvIJm4HwIfO5KJkJD7A4JUVU9Pq5ZTwY+OJGa7IMwcNkk4QG5tH5xgp33vXVMOk4nt+4KA71yGgI5xyd/CCpFcwkcf9Fv65/Xw/6fHGd3SBXl9J7Zu0ZcLAfJn31CpoF/ApaIkxmQ8drVvDKjQL35OOe9Xs4xfF+MBBy7XilXQwCirXX3+IBXtYNCgKPqvVAUm4IUAutopMejaGpLEeCALJojBcRHlLfWEz9hvi0DWVVyExhL68RmfPTmsfsRrrbfpBcPHA1JcIsPNssf3T3dHoa2nd4EyJyMLQ2nzMoBfo1sBA8FQihE2G6Qhe7QXX+nwrJvGtkoyoAMWbD+Rk6nhnuEceY2D1+AbE5Y3PvpIUNUwSfYj07ABeSaNDfPL8iNrtxlXhAsI0H+h2v70DQshEmXM5YKCzvXP3+jUouElQZhswq7otZ7dNZO1n2JLn2aJpOtNGZnVETY0PbNDB/AaMqB9nwLxNah4cF/iIO7eKHMi92Q/WzUbcpqWBpUKVJhR5/bPcTCB5t0EEIUJxxSBHnlHB1UF/8ipZ+Z2FnhPWgY9YkAI+xK++caV/LvgKzq+4sMowxuUgOyuhxrPdfQ90d1o5LWJRgN0a7THaNIi7WkaDqFMNRLjweiKIMDH0XxiuvQWsx/Ul8yPtnGVsnqY6m/xmop6O9dxzQuFfDLT3q2t3EkRBshfbToaCAF2z6mqOAicWPs3ETmi7UPGKa8ZTIO/00nHHSiOoE5iYiMFA2Ov8Tcge+SsiV4tV4OMDQEkaWyNw9zlcJNkvbuf5KYWYE0/g7zYGAGB+eQ89e6U2Mea9GMkH0xufK8/VL779c+YbnIdCtPzlsOs/rCV51r+W6fXVt0gcKhIQC/L/1o8cVtzbPD+aiGDULz3A51afxWgqe0aMBl5DRJ/IRWUYoTL7Og3VOF9R2tb80dPnJH/kJ1hAtFOsjHIP95sqW4YtWne5NPhFBmFz6G0o7jtP7TrXG3NouPVvBEVfpVWIiM0LYl6M3RHUdN4NnPvVNr6xKQ8ZXpNoFFglLrQ+osIITlMOuSlzfX/ixUMlNPIdcYqm7fASx7upMobdtkbRrHZwHcab2zRphVMhHwn7e6fRDjdHMlwjSFwNosc/CMRd/KCGa8O5vPw0hIUoXY2JeNDGgPqun7wwpspda3M9/5ecfH3gj56sq9ZeinnG1P1mwbajIf4AJJemdWWwuZfhKhXwqPoFb7kbDX1NtGzqLri4LfPc0Tm3ReQjshCmOUdrkhJ0+BmiJ9qdrnT4oFhJV2C387MhhHmrnz6Qdsr4W+iBJHMoqAzX4es/v/zrih4rou47o48s5GqSTzB2KeNAr3HvtCIH+0nIOfe24tSoSqSPhnHQLyQiIAlaJgnMiBoshA0x0jF5EcLVW+xqxaNVu0zGYBT9gSE1E7cis/VH719pgCNTxQ9J1KZRXVSBN0o2sOENtYkoCiXNimuin1eFwKOr3h1qPNLZzVmw46gEP+th8WrjhX2TCdQ7m3Q2A0DV76UbmXecVotRNInqy6IQwnmBfCX8GEN5d2eb3KWIsL74BEhOpLgwJMFRkGwAocR8BBzv3OI=','active',1796477578206,NULL);
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
INSERT INTO audit_events VALUES('01a24667-60d5-7a02-bf59-bd9577a62d51','user_create','success','01a24667-6020-77e7-8c3e-6f868bf8f2d8','cli',NULL,NULL,'roles=[user, admin]',1796477509845);
INSERT INTO audit_events VALUES('01a24667-a483-7693-b80c-8d811be247f8','user_create','success','01a24667-a395-7601-999b-ab37ed4b76a5','cli',NULL,NULL,'roles=[user]',1796477527171);
INSERT INTO audit_events VALUES('01a24667-f6a5-74f8-89e3-a09139d8f277','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796477548197);
INSERT INTO audit_events VALUES('01a24668-3465-7d8f-8464-8973b55c576b','user_create','success','01a24668-330a-776a-9a28-f3c64e6abc07','cli',NULL,NULL,'roles=[user]',1796477564005);
INSERT INTO audit_events VALUES('01a24668-561c-76e2-8c3d-48db4fdf99cf','admin_user_roles','success','01a24668-330a-776a-9a28-f3c64e6abc07','cli',NULL,NULL,'roles=[user, auditor]',1796477572636);
INSERT INTO audit_events VALUES('01a24668-6e6b-7a7b-80e3-c66961c4e7f2','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796477578859);
INSERT INTO audit_events VALUES('01a24668-9852-7714-badd-a4e571b4fb3a','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796477589586);
INSERT INTO audit_events VALUES('01a24668-b783-7107-a8e7-78c4310eab2b','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796477597571);
INSERT INTO audit_events VALUES('01a24668-f10c-7040-bd88-4d0d8cf49c9f','login','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5',NULL,'127.0.0.1','session=0vrkCqpNqzJMf7MJlkzPrw',1796477612300);
INSERT INTO audit_events VALUES('01a24668-f4d4-75eb-b912-fffb5384db88','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796477613268);
INSERT INTO audit_events VALUES('01a24668-fb77-7c5a-9631-d41baba4e8e2','login','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5',NULL,'127.0.0.1','login_session=01a24668-fb2b-766e-af71-029a70344eb7',1796477614967);
INSERT INTO audit_events VALUES('01a24668-fd3b-7f1e-bacd-7fca9923bc52','consent_grant','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5',NULL,NULL,'client=fixture-app scope=openid',1796477615419);
INSERT INTO audit_events VALUES('01a24668-fd51-7ef7-8401-f556c35eabc6','authorize','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5','fixture-app',NULL,'scope=openid',1796477615441);
INSERT INTO audit_events VALUES('01a24669-001a-7ca1-951d-472ee5370555','login','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5',NULL,'127.0.0.1','session=DvkHwAQptYAHPu2AGzuZsA',1796477616154);
INSERT INTO audit_events VALUES('01a24669-0ce0-7470-9acc-50cf0456250b','passkey_registered','success','01a24667-a395-7601-999b-ab37ed4b76a5','01a24667-a395-7601-999b-ab37ed4b76a5',NULL,'127.0.0.1','passkey=01a24669-0ca8-755c-804b-c1649c5c397e',1796477619424);
INSERT INTO audit_events VALUES('01a24669-2717-7806-ab84-732c8a1ad409','user_create','success','01a24669-26f0-704d-965f-2b3bb5b6cb33','cli',NULL,NULL,'roles=[user]',1796477626135);
INSERT INTO audit_events VALUES('01a24669-2992-7f44-b991-4bf161c0bc16','login','success','01a24669-26f0-704d-965f-2b3bb5b6cb33','01a24669-26f0-704d-965f-2b3bb5b6cb33',NULL,'127.0.0.1','session=Wcug7VaXlUf2Y0PBH_6Zgw',1796477626770);
INSERT INTO audit_events VALUES('01a24669-2bc3-7016-ac4f-7e10d75b43ea','mfa_enrolled','success','01a24669-26f0-704d-965f-2b3bb5b6cb33','01a24669-26f0-704d-965f-2b3bb5b6cb33',NULL,'127.0.0.1','method=totp',1796477627331);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT, require_mfa INTEGER NOT NULL DEFAULT 0, web_origins TEXT NOT NULL DEFAULT '');
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','OqSf1YUPSI1DaFCZ3vwptKn6aKO8Ob-tHJydKYjRvD0','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796477577214,1796477577214,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796477587655,1796477587655,NULL,'',0,'');
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
INSERT INTO login_sessions VALUES('01a24668-fb2b-766e-af71-029a70344eb7','01a24667-a395-7601-999b-ab37ed4b76a5','zlX7jLxqvTpaYoswBWWHcsh_ulqKFCpgig9fGml97YQ','eP8_DrOK8ZUeZW2ECj_Nl32aUVMNX35C03NHTe0L5ss',1796477614890,'pwd',1796477614890,1796520814890,1796477614890,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','fixture-app','openid',1796477615409);
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
INSERT INTO authorization_codes VALUES('bLVIg_niiIqrS0FgL2EFbkMwJ9ln1tBeBHHBgJLjyzo','fixture-app','01a24667-a395-7601-999b-ab37ed4b76a5','http://127.0.0.1:9/callback','openid',NULL,'00JJuQVy4wSyX5CNQiUTltYVJ0ui5dBYlaCJbgk_ZA0',1796477614890,'pwd','01a24668-fb2b-766e-af71-029a70344eb7',1796477615419,1796477675419,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','dd958OQDcTrYOX159+qG+TXCq2H4MXt2yE5NyhXskPtRDm23SXyDva1HilgpJBtVIpj9','read:user user:email','',NULL,NULL,NULL,'{}',1796477597001,1796477597001);
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
INSERT INTO mfa_totp VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','5dowlDnXUsg2GQ6HAz1snrQejFpe9Jb2JTOY/Zg/R3z7IBRHd9jf4fyLABYKe5nK',1796477627328,59882587,1796477626955);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','pwX5TW0BP9k-nPTdj9cuJGHw7CTpZK4O1RIhcFK9UyQ',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','po9NinB1Kd6kGgDjUU5_zpqIBF23OGVGXjOiwVbXwb0',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','iyF6GnGzPGqDe4ZOEKvamidkbON7nLvu1x563ZNofYA',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','e4IwHuSCc9i9gfGPvj7nX9a2Akd7qgr9LB8YuJq2yqo',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','C_xR_b16YwnsdeQVZmOwBXDWidTz5Lb9rI32rCisbPs',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','8wmk9S7Bt_lMSXcdFFLATV1hmyhs0w0vklktVDvNelU',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','ogatlYvMuEG8TGH7KQUkTc0-hxKiWDHd0B8kDiI-9YQ',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','9xtD4krjbhxNiGVv5CyaYkJqEhsldrYcTXIZgQYeczE',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','NpH73bYWaBhmJVDhZY3OMKRQCANOXIbho3MHjAM0YH4',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','7kwZHtiJ8_dv3JhoKvC9ELEpTGPFVMAAeFJKr2R49GM',1796477619462,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','tQj1pq9x_J_W7qKX1RJ8BtpH6d2Ro13csiou2qH6mkY',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','8OejLA16OJItJd_5b_iNBS_StEIAyA_Fp27cUQOAzzQ',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','C0EzmUTdWY0mhjyOSsCrfICj8h1f7iNBDWCkMXTBw3A',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','YiwNnEbKC67FahizVuUg59g3VOSGzE4O1rib7CgtvqE',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','BdvHPoLoXJIvaLQYdjqSov_T4g0Ic4OjC7bZ8w-pX14',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','m88lBO82sVpJt5gIa34qzTHrVAL-Q_N8HJSTJZzfA-U',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','So9nb755msu0mkkmssK-K-2AEITVGY2I5nX06K9aGZY',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','3AWLv-3IdBjF80KVRS4qRK4J4zCMBcVDd4MVtc1-yds',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','E4ZCj4kORGO4fY1ia1C4L2XvzNlXQwOnXGvgBPmVIi0',1796477627333,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24669-26f0-704d-965f-2b3bb5b6cb33','fdQ55jhKxo_q_AJO2eSfBLEMK3DxK92vG4M5GOyQ4Qs',1796477627333,NULL);
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
INSERT INTO passkeys VALUES('01a24669-0ca8-755c-804b-c1649c5c397e','01a24667-a395-7601-999b-ab37ed4b76a5','63rsyUmOS_v6TYPIpm7zm_5GtBPBKb0nBccPcSLo4mc',X'a5010203262001215820e0dc3fef2515cc581e0c6d297ea526ba086995de698e630f9176e8036f45a16e225820602795fb68c8574adb6f5b10fc3880c872b41e431f2fba4cc32523e7965162e3',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796477619368,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a24667-a395-7601-999b-ab37ed4b76a5','GwoTZPHDU_vkku2noOrX-PdtknX_j_Is5CTQgfigcSk');
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
