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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:22:49.162',8,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:22:49.172',1,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:22:49.174',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:22:49.181',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:22:49.186',2,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:22:49.191',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:22:49.193',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:22:49.198',1,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:22:49.199',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:22:49.205',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:22:49.208',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:22:49.214',0,1);
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
INSERT INTO users VALUES('01a24771-d14b-7168-80ca-493ebf89ff91','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$31ItHlWESO4Mt4yv65yLnQ$NhRudfkraAZsHKs9ceWsrgFKy7jbN5C/wy6oPhGe2CM',0,1796494971210,1796494971210);
INSERT INTO users VALUES('01a24771-d9f3-7b76-9366-29b2eaf97f4b','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xtfvq5rg3iN2JBAjMb6Ekw$pqrHfi0XeMg/y8crMa0vFZK1YECZuFLezJFxpIAI6qQ',0,1796494973427,1796494973427);
INSERT INTO users VALUES('01a24771-e783-74ec-a8dc-a050de86ea4a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$paaoYe4bxiaGjDPbXE3cMw$fQ1xDpcaCz5zSgvfWHLmjUYhp45w2Rbif8k0wPgWRK0',0,1796494976898,1796494976898);
INSERT INTO users VALUES('01a24772-f5f5-7569-bc75-25582d1ad260','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$cGOwSjk/wRQv4OrmwEG6Kw$QmlGj3Sa7UwaxO4Syohz98mhSjtLEyzwtAK0IRLS+Lk',0,1796495046133,1796495046133);
INSERT INTO users VALUES('01a24772-f820-7bee-b089-0f5ae89b3919','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$AATuUHUR7go1aHg/d8LwCQ$nYyhlrWSONQcbBZsQ9/r8Xx2KbArdX2+ZvUZfc1RXSY',0,1796495046688,1796495046688);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796494975245);
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
INSERT INTO user_roles VALUES('01a24771-d14b-7168-80ca-493ebf89ff91','user');
INSERT INTO user_roles VALUES('01a24771-d14b-7168-80ca-493ebf89ff91','admin');
INSERT INTO user_roles VALUES('01a24771-d9f3-7b76-9366-29b2eaf97f4b','user');
INSERT INTO user_roles VALUES('01a24771-e783-74ec-a8dc-a050de86ea4a','user');
INSERT INTO user_roles VALUES('01a24771-e783-74ec-a8dc-a050de86ea4a','auditor');
INSERT INTO user_roles VALUES('01a24772-f5f5-7569-bc75-25582d1ad260','user');
INSERT INTO user_roles VALUES('01a24772-f820-7bee-b089-0f5ae89b3919','user');
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
, login_session_id VARCHAR(36), resource TEXT, signed_in_at BIGINT, prev_refresh_hash VARCHAR(64), prev_rotated_at BIGINT, successor_sealed VARCHAR(160));
INSERT INTO sessions VALUES('nlo1MKSh9g2nLzmREg_SHw','01a24771-d9f3-7b76-9366-29b2eaf97f4b','gatehouse',NULL,'Z27Ne-zEBTa4yVrj073J0Tcch7D6kJwyNEsjeBALfmk',1796495038042,1796495038466,4950095038042,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495038042,'ojqIozjU_bNROD39R_FBy1wo_VJz9aFUGDiQVJAzT9U',1796495038466,'LQX1QPq1tyVn74XLNLwTifoxG2IM9hSTCZu1-CwX6FqtfYOV1J_JbiqkbNNxfutRjmdAsUy0vJPJtRDGjDMns6QM7ntxj9A');
INSERT INTO sessions VALUES('U7rtOhIEa35OxpzaPLqSKA','01a24771-d9f3-7b76-9366-29b2eaf97f4b','gatehouse',NULL,'-CUOY4QsbclqmiZ3n9GDSYUz_BYn61KettAAhCYzkAI',1796495041774,1796495041774,4950095041774,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495041774,NULL,NULL,NULL);
INSERT INTO sessions VALUES('5Q1vCs1PStPwNTKJL1azsA','01a24772-f5f5-7569-bc75-25582d1ad260','gatehouse',NULL,'O9a1SE4fzy5HDTyYVHPbxcCMpGDJ1G-aOQSyKnRkI8k',1796495046500,1796495046500,4950095046500,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495046500,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('ojqIozjU_bNROD39R_FBy1wo_VJz9aFUGDiQVJAzT9U','nlo1MKSh9g2nLzmREg_SHw',1796495038466);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('Yqt9ez3aOcgKRXTxmXisRQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"Yqt9ez3aOcgKRXTxmXisRQ","alg":"RS256","n":"r-i-SAZxM-GvgnZNmh07hz0FNDpSc6Az0hJbGmXqJJWn23Fo0H_7-s3gexPGEhccn4cHUHISrHZkUtnt-Kiwk6VWDR3mDFsdvG6nqK9AWVQSEXW2oeuji7VDPIHbNjOP-C1qN1SxATtjzkMZ-u9YxRULycdoPjyNFo5G9blv4B-YWPejtiYFlkF-2ql3lNyiVND9ztPYpmg4p4TJ0xPw36Rg_xu00RMbZzbTjqF_Wp9icsdjV3sM6ECpeSVH5YT9lp_l5_7aY6G_D2xY-lpke3DNVUlMKmsPvCMzlLS4Rv7TYBj91hqJJfCXHRKmLVzN4EYlzrxMAMOT9FbLA6FaJw"}','dA4ThIfdOx4wezV7p//xSLr8YCiclHLfzFUvpz50aO4jmTJ87IYbmpNRrDFdF0KZpTgQmImMSZlHFv3S0odYi4yjkQRo6b0nI5ObLEfMqy+YTgxxz2XPtjZbIxCLGSksqkTOWVaBuCUcCtcQKyGs4OQibD+cwsFd88Ee8H6wF5Bh6KpECYb0BeK4Dreh0euVb4OWJmpRTR2pS6+1mCpss3WrcLyBjBTlQreb5sNohVH/JzL3M82pxsVaPO2Ho8/EMxTNuaRM6JmlJ17ZIOGb8BPQpFImhuPXTngjjmUQauxOGiMjm6TWWGFIt9HamvxvrsrrwzNjXBFmeuOJ3UAUFzvJq6mwtbLQUZXornxNKM07Np9o/GBqCkMb1I5W8cTFw44AO1VUpl+sEZT/V3YbMjsZGLUD05tvMZeWC8DXarAUH6ZnYyTkrv0znbJZYhyFYzcz63OaH6LaYo/a4wnGYNsgehVWb+3D9+WJADRKH4cH/0eXFtVz9ockveIz4PAqXK/CYgGfgoK7xxnB1vRzOV396GADTxczhuCzexh8RTSWGHPcaVSNQAPG076PKEBU7LcJiphrZgSu7UIokMFaSDwmEqxvuQ2QEcSeKmZrDIGs0hnp4CHxMaQ+rMTF3U+X97mjDyNnE0tPHfHIiXD9/6HYrRj1z1cEX35D1s1kSe0J0dk1vY3UHtgxwRFD5AyaxAxNXTq9RqRwlaW0718iwKiNfS8QHtJDdYvBxFLYqIpoGCIhofiw0FIxg76bf8og9/XTkpKDDc8dBGSN9KorBIhJ47aielXeklktWfc4eWo5qB8E8SKv6uEoO6svLjhMi6RqzqO+PoLEu1PtlfHSJ32yezjcahq3PPe+YXfMij1iFUHYs35OLwsfW2Mho9P1LjdSoRbGZuM70vzDn3S2KHs2DBuWa7W1DLfDjGS6JvhbxNXIQ8OgiTPfdVMlxlkSIrDeJUOFxz2l11aD5Ax6ccTZ80+NH+qKI1gZ3SJgaZ/ERxuEBnNbibVRsYaHiSBEMQyGqd7rrcPYr7yVdSoD5hIQa2jhrl+siT9z+YP58lvvgu8Hg4uuZOuAEikidSOcGpSR8S16e94Bb48E9+27oU0iz4TXnGKbqTkbZPEgrDxX/YBm34uSahdf4IdcI+UUE3lybkr0r8ZT7nO8D0e9+wwPTH5aNY3tmPzpcwYu36EW2X9jbb/m/JmkI71Q5wwnlRvJRB2CPaBCyIfNaArbqpKZ+OnH6vghBOaozS5i4CtZK+/bN2vPdXgzwsyhFX2PgatX+zpOV0syhqhBgCVOc+uY0eSCnB04eJNR9U3aYFt8VDt8uxxFUxgKR7w8rJwnhZM73wVg1sIY6XfLRXcU7dYVLvum4eQ4HeuGFhxYODEYoElvZ5RWozusaf3Rhb2A/n8xz0v4YX16mDpxgdCjCH/YjHsSauM0mdT0CfhhGbudbsy5DWUtU0B7rU74x7e/1JvHxx5Q+KXf7ohMthJJLShDq+UxLzJ/hVtwCZVzf7qiE/T2+cqqCktfQoRDkuKPeOIY7e/X0QSIhPOiMZ+nvF/T912KCYGWjBD5ZByAjs/XlJS1z1e3T3ZpIMigUm8gHu3oZUlISHxZ4BCs3269XwgEMFRAQID24D4piyCQGdgvFPg72C3Ads33l8p4','active',1796494980683,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495046733);
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
INSERT INTO audit_events VALUES('01a24771-d157-703a-be0f-abcb121e871c','user_create','success','01a24771-d14b-7168-80ca-493ebf89ff91','cli',NULL,NULL,'roles=[user, admin]',1796494971223);
INSERT INTO audit_events VALUES('01a24771-da10-7772-a716-33504a905097','user_create','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','cli',NULL,NULL,'roles=[user]',1796494973456);
INSERT INTO audit_events VALUES('01a24771-e1d1-7548-bc27-c02dc8ab4b59','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796494975441);
INSERT INTO audit_events VALUES('01a24771-e798-7557-b6bb-5da0d25ce705','user_create','success','01a24771-e783-74ec-a8dc-a050de86ea4a','cli',NULL,NULL,'roles=[user]',1796494976920);
INSERT INTO audit_events VALUES('01a24771-eee3-7002-b2e3-524be3de02fc','admin_user_roles','success','01a24771-e783-74ec-a8dc-a050de86ea4a','cli',NULL,NULL,'roles=[user, auditor]',1796494978787);
INSERT INTO audit_events VALUES('01a24771-f7a2-702f-9d5b-825fe51aa8b9','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796494981026);
INSERT INTO audit_events VALUES('01a24772-1701-79ad-816a-0110f4369173','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796494989057);
INSERT INTO audit_events VALUES('01a24772-469b-756b-9787-7f1ae72f00d2','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796495001244);
INSERT INTO audit_events VALUES('01a24772-88b9-772f-a573-1525969a2f44','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796495018169);
INSERT INTO audit_events VALUES('01a24772-d671-7be7-bba5-e6f68fc131c3','login','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','01a24771-d9f3-7b76-9366-29b2eaf97f4b',NULL,'127.0.0.1','session=nlo1MKSh9g2nLzmREg_SHw',1796495038065);
INSERT INTO audit_events VALUES('01a24772-dc7c-72be-936a-a8eb51ea34de','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495039612);
INSERT INTO audit_events VALUES('01a24772-e259-7470-b1ed-2ee25c488faf','login','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','01a24771-d9f3-7b76-9366-29b2eaf97f4b',NULL,'127.0.0.1','login_session=01a24772-e23c-7277-a6af-27eb80fb7d9b',1796495041113);
INSERT INTO audit_events VALUES('01a24772-e2c7-7cbd-9b5d-401579f77413','consent_grant','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','01a24771-d9f3-7b76-9366-29b2eaf97f4b',NULL,NULL,'client=fixture-app scope=openid',1796495041223);
INSERT INTO audit_events VALUES('01a24772-e35b-7691-ba3f-79e6c8e59ae2','authorize','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','01a24771-d9f3-7b76-9366-29b2eaf97f4b','fixture-app',NULL,'scope=openid',1796495041371);
INSERT INTO audit_events VALUES('01a24772-e4ee-79d1-ac1b-0c0e84551617','login','success','01a24771-d9f3-7b76-9366-29b2eaf97f4b','01a24771-d9f3-7b76-9366-29b2eaf97f4b',NULL,'127.0.0.1','session=U7rtOhIEa35OxpzaPLqSKA',1796495041775);
INSERT INTO audit_events VALUES('01a24772-f61b-7474-8f6a-4bdbf89470cd','user_create','success','01a24772-f5f5-7569-bc75-25582d1ad260','cli',NULL,NULL,'roles=[user]',1796495046171);
INSERT INTO audit_events VALUES('01a24772-f765-7517-9230-054b70bfea7e','login','success','01a24772-f5f5-7569-bc75-25582d1ad260','01a24772-f5f5-7569-bc75-25582d1ad260',NULL,'127.0.0.1','session=5Q1vCs1PStPwNTKJL1azsA',1796495046501);
INSERT INTO audit_events VALUES('01a24772-f829-7396-a6d0-522d74772eaa','signup','success','01a24772-f820-7bee-b089-0f5ae89b3919','01a24772-f820-7bee-b089-0f5ae89b3919',NULL,'127.0.0.1',NULL,1796495046697);
INSERT INTO audit_events VALUES('01a24772-f855-71f8-818f-a488700439ae','password_forgot','success','01a24772-f820-7bee-b089-0f5ae89b3919',NULL,'frank@example.com','127.0.0.1',NULL,1796495046741);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('ezLb2awxxceYLGK9UDmUr-lMfoFeoDEnG4ZV82ZMywU','01a24772-f820-7bee-b089-0f5ae89b3919','email_verify','frank@example.com',1796495046697,4950095046697,NULL);
INSERT INTO account_tokens VALUES('QgddHXLNW5sbNFjVJ1CM0Ovr2IRnXRKAeTEk0FP_h0c','01a24772-f820-7bee-b089-0f5ae89b3919','password_reset',NULL,1796495046740,4950095046740,NULL);
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
INSERT INTO mail_outbox VALUES('01a24772-f82b-7ee8-b3b2-d28bc71eec65','email_verify','frank@example.com','Verify your email address','LnfWl1YTYxPUDx8MnQRrrz/d7VL6Fritll1sebL4ZBxiRBGWEgjTl/Pl7Ahjy8kul16mvV+JL+k+XW/Pw5ggoOhULK4DyWVxTk9e4W/xXgWP15sqbifA24k5cipNPRkrrfjDOg89ObzQimcGsZF0B7tzzf1oM16BIh5Vug5tQ5uAO07vD2OHWEQwijmBGvGwFKnJdr0a8ZEkqCfivVM8cEVe6wXHlccR6c/aItu0SyzIfi40Iox9G425ABwrYsR2ob/N/oVfQFphuJ4LEmhI+HGOlBVvLB/B3dgmXa5yDLo8vA8k5ROVgljW/n0A0KF7VGoRyFuc1lpkEYHLSORggdo6TeSHwP6GrR41DlpXJ1IO+FCnZ/Tq5thiLpFpjQbCxiR4WPOshIJAwgFv9SbjFJt8F9TBy4QdemrgBAqEU5gBHBpdsUR1SaKcQdYOAOL4sDZ6gVFYo1Jpv4/BA3YIKOJjUoHJPEA42C5IE2c8CUWYuW03gnR6HfJ1hC5UECz3ohdFSKn/gBTE1tTCbtw=','o8xbSy9UlQzysy1Qs7arT/UA4diS/1X4m/nPKhHVJOUJ0GP8GSlT1s8FHw57VTHDND3d+rzTBVrHEs6iCcAzz6IAlsTebGmphO8vTu+4UEWCx0/Y5NWboKKjaBdxziJIY1/PjbXppWbZLOVTgmltEJ/Q+v1NayC7lTvhTJ0vaQB6hANToxAPZE6AztRiET6/DZRjdczKigo/9uID8qVMxz0bmOZDkbX0Ol8osg1BORUUpdc7+I3WIKCbmORaM6MTdjIBJYngkPnHkhJFTa5llxqRnI2SDFjlg0/fjTza1Rifee9eUInFUcLDQxWO7e+NNfR1KfwGemS3xUL0L0cUZ+2NY26N9YLllVBNDHJpyiVI/31tjsHERO6eVNLiKKHwl5NNIe0XsNCjb6IB9TM7rtHJR9PZOKmu8cHXCszD0gP5tiegNWkcJFmYpiAsMfyD75XYsw2Uv+IMWuNFo61+e+KRsdReaoRUipvEd0cqCoB1vwVukspND676+wgyR0MFPHMwkKtYpEshvLQI9gd39qN82g1RJARdD3Pyfm75VKuOnhMgdt6oqR0Pmw/rATOi+HtgZgjpwOLZ1+UAUhdYU1Gz+CCVoLhOcZvVTPvaqMvsQcedCmSxvLlVG3ca6oNg5e3ZmTYZla13hN0CVIdaPX5De54KKksSmnNAzVDUf97PPJbPt6doyiPL+uRfNFPatXtoS3pEZGEAyFmllwFgCGpA4rwA96Kt5U5dnwiZhBzlsqEqAXelq8W0a4HzolQO/Gf14Y1l5uQ9k0uIPAl/PZYXTrKdHrp5FH+xlGWAFjvbi6nkFI1cNBBuLiwlOhnB4t/2sYwSZvx5O+WdyyotcG+l1SaULpFm+82ctXhm8W5rvBS+dM6uAtYydTGNfIsKGDYjSW/E/J18oGFdTcx492dfOEsB8N840Ke6PCm96kafOIEmb2D9R6sV7ehvmxzhiX4bSdyNaifhQSNXTnIrqetC0wGhe0Rt7PLW/yLoRzpjQLmaRwvXskbsR/WTIshcUjeTDh27KXHxFe4pZQ/X65bCm4r5Y8jGOWlzjylsk99052B0V6lpQg5ktcvWqJsKOClsB8WKj3PVDe5oVByfmmZ7rFT9ICEQwpAzKNJ3p5qf9sAaGA3DXiFN69sOHyV4tYQbKjm6vyte7IjgiUeYwj4hoAGe9ONiLLRka/ROWfIzd15yOvoSkDA/2KjYovLr8leQMUr4HLf7KKmrabTGRGENjSDPL9eDgUc18jfk5dGiHmXMnK45qP4TX5OblIDneadujO4BAd9Q75XdPzpueUTGvnzoZ1ITCEsAT1geoAE2q0VDA+RcrzDLqZx5MxJaLwwEworFyN1tj2xszl0RA/9VwUfJWEXxyqdsvUa+0K8K7eyMxRIHIcllgU31EUDA9FVciJf6FDSEgrgbQs5euR1t3rD/HistxMSID2GbcZiyt+ZEmBqebDDdkRR4Yp6qUk39dBFcUGd69aw4GLvHyPZsOVihkZVRlqyWOd1Wdmrxib+zhdcDj4isB3Fc/0j4BfChcmDuJUQQTqqdgaUMArTz7Vy94njtLNd5ocYX/FLHrZWomK5YUE1K9a24WD37iA==','pending',1,1796495076765,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495046699,NULL);
INSERT INTO mail_outbox VALUES('01a24772-f855-7fe9-a57e-d4d814cc19d5','password_reset','frank@example.com','Reset your password','vm1CrdSXmMQrCu6XTtyfdWtW+X+pRIy7moCjS0+lHM+t/Vzfmlt1+Fqy8aaczUbIpABD46EHDSPOuGMGEWcZ5/OusP1eReIOLMwWhCd+HtCULhIFltNX2xXFDjNQyM+MnWV/z63Y2RhtTof0L2Ghmp73S5lSHOAfatibNzDm0He0PtMcTByNsAs6xHnmRfHHHmjjYpDLKVUl0wNZdkcx7RKFuTeLBp1squMFYNmYeasXgyTeao4bxC2ouVflWS2VVCJ9JqURYP7saiMAzd5b9Lqv7wPrxBHGgGvaY5sQSmDhNGoeeqLYKo0F93MR6fF3pUIVfW3hyjWpNXSsv5dgu/T+aqbe7cbRI/a33dFcHghUACBw9BN4uN3l0AxUVoKCdx4Gnr63uFh5uhZ9rUbDSfi43lW1OZwz55B5p6Y5qlOh5BS+K5FVESYBzGthZAelfSb+xdzDoA//BttbDKZ1BPWWiQKgiKyv8CmB/WyPcKE0TT0Gd1kXA3u0ENQziqy8+/uJQSU0imvA/lvScn9BkxKReks9Pr8eGGrOvJq6rUo=','lH+dZR5nnOCWQUwYIqXWOaKmZbwEvmUk4w/bEfvQqph7O6SDwqbuALFKwiS+SKTxhfSsCIALvBedPFCCGwv7R7qBwoOEuC6sMGjw+To+YmvgZ5zIq63VqnwKjyFz96Ti2qoFU0eS+bo+R1GSCKNck0guYDhWajXdguLBSGXJqDdJxBG2KLO26c+OkEzQdZfD/XT9zQU7U+zrFdx0MOpwriVLmlihYbhG10vsi6j4sAsIUhKAsllcrm+PHqRvBx3zB2dMKZUOVVrsQjgGDCHXcGcVfiMf5PhXB6ppzIM5opzYmw8yMbqp2Bstv7Xv1tTPETW3m775kYjrYLGJK1CgZYen3YYb0OssN9Opxz1vmrcJVmtJ9vQcFo29d7IUOn7tCW9+4EPtk2+nwiDQP92HDgOyjDO1p7whWZIyiDT9XgZqJ4k+YwW5MxWSEsbAqr8hx1EBMnKdygTiQ2U3fZEhUOSb7VFs5E20gY5mApmAAP2zL5XhDrBdzIHSC8gM3h4lH2ygaTStaAL29f9qJSqK5Z+Hi9QLUUsXsQSCqrzUz3XX3yuqo8W6CzxKWv9OjRkSwcHdEhATSm7ZnA/YtGd9dN3lqVPkP6YhDCAa1FrZm/VLvnSEuVgWmg7/yPKIAIw4MhT4VNxtRBhaqWQCuDAf8gikbgZOS1gzyEOgFX+WbthG38E2mvktTdSGVGlCAh2ds2QB2huGUGDQ+F6sZXp7ocmowz1bpT4tOkmCowO5d8JZbyxg/iy2hwZjXKDR7MYYhCY+NynwVEmFZf4K+F+jOkQ7uS8G87A0QsGSImAqLBSjhxjrHoF0cIkpTsNopWzYJU8l9di6qgaw1BepGCuPx5kJ3IigYZZvKr4s3kQSg1LRtUkZ16ZFvu1BKhZkuOhLhxh/ka7Nl9OgSy6TEE3RVs/I6rnfvVnODlWhePZweXZvzPSzHVybIx/BUAeMyJ7JvbuqGATNyGSFCLlI//gCFLon6Rr7K3mpLc/pjxBdi/N+SZeIH5NO/PPTNzbulnyqGZUZJk1R1cIINhOxyX9bg1g6TbWv/UHpIcBCfWNoSIQBrZXoFOyu9In281i7jsE5uXNuaFZMJgVRjNh8nMNLPD1wlkyujPBB9zl18k0gOczDwLtU7slk7RDwNnhqeJeH26J85+811KFcqoLK4jNpYeON6Txfc2TWP6f0WKcI5Sjatgnq8MbcwMvzupjBPpHY9RB6gImJPynV4b8cW54hTIEiO5Rd4SgsfNi0Zw9SEcgG79+x4Hocd9/hm8ooTGxoOygti0G5CTiR3pxkvE1a5Ryf9TkNkuYa3SgZoDqBJD546TKIva8xVisjt5YHtaeI8sxEzW4O4M4TkAIVIpEXigB+9s3JzmiTzQZYYZeoIBS/dCke/OD5S8sDFztzIMmAL4q+4/fCmoJzvDb+da6pCKBLy4r964//8EdL6FSJflx/QSvP/L8YTcUh116o7SgEwPoEP9BdUc2vauSSch4ThVHAAq8zDBX4AhsPeMou5cNPf5D3JnsR7w5Rs+3MeCFTT4nra1//p5rbw6ukuHwbSZHPaK4BzArWmSr+5yd+JMzbzkVTiUATrrrLIqXmhARmmg/6gh70jgXBYg==','pending',0,1796495046741,NULL,NULL,NULL,1796495046741,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','E0j89bsXorhvWf00Wfq-IT_Ym1fUs_ES_KU2kVMeses','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796494980452,1796494980452,NULL,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796494988126,1796494988126,NULL,'');
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
INSERT INTO login_sessions VALUES('01a24772-e23c-7277-a6af-27eb80fb7d9b','01a24771-d9f3-7b76-9366-29b2eaf97f4b','4MVnBbk7Tehm73EMT_l3g88zT_YiBkn6qwT24L0XhA8','Fb9eNOSTCXVTaJ4R7w1AVyVQVWJhP8q4dCwPsSCj_l8',1796495041084,'pwd',1796495041084,1796538241084,1796495041084,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24771-d9f3-7b76-9366-29b2eaf97f4b','fixture-app','openid',1796495041221);
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
INSERT INTO authorization_codes VALUES('mR5MSPGwyvMjeuFEjLzucdMJrqyqVLMzCew8n844iKU','fixture-app','01a24771-d9f3-7b76-9366-29b2eaf97f4b','http://127.0.0.1:9/callback','openid',NULL,'D9tNrokVSPU-6DXq-lVCLTJ6B2OG9Ko-trfqG-H9vjQ',1796495041084,'pwd','01a24772-e23c-7277-a6af-27eb80fb7d9b',1796495041223,1796495101223,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','1D6Kzqda+d/dvICIy7HSziiOhyEh8Q1ZG2IDyRcwbBvaOOSahx4fcemilflE4yN5rM9I','read:user user:email','',NULL,NULL,NULL,'{}',1796495000189,1796495000189);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','IHcdKkQejuyAuk3DJsRJBMm3Ab+vjyA9U3hXY+P0cfP9TqXgbrzf0fxzIDgbKoM=','openid email profile','',NULL,NULL,NULL,'{}',1796495016054,1796495016054);
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
COMMIT;
