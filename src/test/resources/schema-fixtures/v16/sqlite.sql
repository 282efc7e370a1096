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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:37:11.067',5,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:37:11.103',1,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:37:11.133',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:37:11.153',1,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:37:11.165',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:37:11.175',7,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:37:11.187',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:37:11.204',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:37:11.215',8,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:37:11.233',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:37:11.261',5,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:37:11.274',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:37:11.289',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 18:37:11.292',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 18:37:11.306',0,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 18:37:11.318',10,1);
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
INSERT INTO users VALUES('01a2477f-0021-7238-9362-6c4546c0e1a4','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$nGsFW8WEmK6LzlMPwHJbUg$rLgnMG9Mn3L4eb1s8igD96OkhOzoZQyvNom5ijTUfmM',0,1796495835169,1796495835169);
INSERT INTO users VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ZkFohmJkLtV4adpFlxJdoA$9QwV9Ybk8Da4XnQSxFJRe/fRHEHiwE8pi2Dyk6J7rlA',0,1796495838172,1796495838172);
INSERT INTO users VALUES('01a2477f-2d98-72ca-a361-0b099b98478a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$H9CxH2yXa7v9Yir8pp5S7Q$MGBVV4PUWT293P3vfDeBJ/4wMk3H6t2+I0N1jzz27/0',0,1796495846808,1796495846808);
INSERT INTO users VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$V1yBenzudNKuU/+WixcdWw$QlZvrlTqPCP0dT/78TIWX+r+RjAodeVabQ22iCefx24',0,1796495862670,1796495862670);
INSERT INTO users VALUES('01a2477f-6f3c-731d-94a2-0b87423d2fda','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796495863612,1796495863612);
INSERT INTO users VALUES('01a2477f-7096-7472-8faf-983b6b07cf4a','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$bJDpuQYXevWy9qCVGt2pWg$uybUyP+jtgVzX9Ra+HEnuN9U1bYZYHup7q1NHGrOij8',0,1796495863958,1796495863958);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495841534);
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
INSERT INTO user_roles VALUES('01a2477f-0021-7238-9362-6c4546c0e1a4','user');
INSERT INTO user_roles VALUES('01a2477f-0021-7238-9362-6c4546c0e1a4','admin');
INSERT INTO user_roles VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','user');
INSERT INTO user_roles VALUES('01a2477f-2d98-72ca-a361-0b099b98478a','user');
INSERT INTO user_roles VALUES('01a2477f-2d98-72ca-a361-0b099b98478a','auditor');
INSERT INTO user_roles VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','user');
INSERT INTO user_roles VALUES('01a2477f-6f3c-731d-94a2-0b87423d2fda','user');
INSERT INTO user_roles VALUES('01a2477f-7096-7472-8faf-983b6b07cf4a','user');
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
INSERT INTO sessions VALUES('guqkkvOGlaUZm0TkJ61XLw','01a2477f-0bdc-7764-b0f5-34244d1d3932','gatehouse',NULL,'i0TEc8TEhMZHWXsm_gRL6HrXtyScuH_wXBi0_TSt_s8',1796495860097,1796495860149,4950095860097,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495860097,'XdbJGMGyXd3TLI7iHttBhrrZUM4luUou7XxuPcMBQpg',1796495860149,'CbPkuq_SsnWHklhRjUH-_GthyBwcq-yEaYVW5Ozncxb-F6DDZAPYwZVdFHtG-FGkjwvCEaYQj-Dsx8zIwKZ78L8qyHdoGvA','pwd');
INSERT INTO sessions VALUES('QIFEZgDk55E95B_cRajJmw','01a2477f-0bdc-7764-b0f5-34244d1d3932','gatehouse',NULL,'_L7q4hTLiXyzW7JWp4ssjIGR4zhqdYni8AyEcYdN_z0',1796495860452,1796495860452,4950095860452,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495860452,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('arlwkxdah_sadm2njO4BvA','01a2477f-6b8e-72a4-8696-a448ab016551','gatehouse',NULL,'uAOQvdoVjYHpbVEuwD08gF3ZzEKMmZE8zWxnZ4_9E5s',1796495862932,1796495862932,4950095862932,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495862932,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('XuEHsXs6FepI-b5kbFH2sA','01a2477f-6f3c-731d-94a2-0b87423d2fda','gatehouse',NULL,'-IUM9C1gHvvimA3VL8Z2bZUXiny_cz8KNtIdcCGedl4',1796495863618,1796495863618,4950095863618,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796495863618,NULL,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('XdbJGMGyXd3TLI7iHttBhrrZUM4luUou7XxuPcMBQpg','guqkkvOGlaUZm0TkJ61XLw',1796495860149);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('2Ra9QvZwEXa_9gai_GUP4A','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"2Ra9QvZwEXa_9gai_GUP4A","alg":"RS256","n":"kT5emO7NKinRmn1yvihE8L_xSTmoAxyX0OaQ8rDL6bfuZu3f1-O4oz7559nYZnvLcVRsi1Rt-pXe3OUzru1jptUyqKe7JpAaz2BajyPoBBIzPYEKZ1B8eTuxOXLBQLkhSNzaSRtpQL0-qifhQhJgs63_LC5HsOHvrR20xL8hO0HCAuRFreMxr_9OAqKv0bxx9X0qg0FCn2PWmU9Xh6GMHjncH5Ogp2ETfc1sv796tGCsNi1SekYY6jlZNW4jw2D53fRumj58PpRL2D2qn0twlCn_4JnlYpHBi9ZNxujeY9uoc9Urh3NZFNLwwDWzevs4EYQbCJ9S4Z00VinEB_KgTQ"}','rRJdJwCsU38eTfUC6GNM1YQ9q8zvd8HIlk5EmkZGfs7UaRqYfvPRO+Mfs44OrlpN27DToKB0blab8Ey0GXSd/UB+zSNjjdxyr5vLhlHMOuKMRNQbpBytOaGBNpNkNpfq+8ShpS+olcZaA3yyX/eH9UlKYdwjjj2RXB/tDA8zNJiX0kmWrfMgDhJhW8+SvTLwKmQR/ckSKYnKPAB6xZWbKZi86oTF7hwvXYBMAYFE7XtWsGeHM4hx6o5I6LW7+dmKe++AwTuDEW7xQBDR3qWkq2PbWiKzsOe0EF1wpi5YmKDclpfSr23jdc7mybAdsMxbwZHZsvrKx+0icizm/mHRP91R/e7t7THagwONJoNn14u5owA4Sg6ouQiABX4aQ0pba2UXjZSMHuW0hjTohJkB0U9xlbY679ykO0AK7wMSqeYBq9IBq4cQF6biMmRsJSVfzEVfxsAKYfyQBlQVXxjINcJip2Yodn1gQf2RbQuRVe1oRciUHzaUH+6g2UrsABIZrO4Sw60DuQ8Uhd8Q8zOkuyk9WUmgScjCtiEnT0rLbBXj1k11ydk1STjdKDq9f1Pn1izoKo6Ndz5w9uLQ0MgjCuhmvJlfYVt3IP/qJe97SbrISUILy0bdVR2ZkmQncG3apI1Jtu2WDGX9dan+/LM4/k9JSlAwCc+rK20trllvasUUg9nvB9+2DIS4DzjOSnsw9KrDAMqw2pIceKyWjh33KueMOP1boVFnf4ed5ad9zqwZcNGdCvj3eQSiaNds5vGDS+eGoGco1AMpKny0xn1QxbXk1xXrT6O4OiLU399ZpNZWIe2o069IT/X8jneJMge9Oc0JJQkiNo54zOnf6E2zcwvqzkU0ueS7mrBXBPl7GoWpBXVVWz/6dlSTCPW+kIQDeX1EhxshW7p4LHGmQqy3846SC/ruqxrTFFY7SlDbBwOKLlT6v94mmlz4ENhux6xO7ghJxzxtjRtFg1GJM5HZpTrTgXPrJ3aIvMO0+9MOU0g6fryHVcL5DK0rwzJdnm6juJybFdqp79iLKqo6aMmqSNCe7wHdARTPjoFms6VCmYDqQ7mzu9t03TUxpabTOEdRS7vvMYh8vnSTvSmwUFK3SnoNSj2DCjxw3YKzydexlwC++KtVpuaqIZ6somYx3KUdpXCpnKjUsJWAHQ6L7vqWr8i5IedunH1KUDlpKfgM1AnWiI6Ey11fWOH0BHgixKhFydrIk+5DXzqxmHRCRHLIopTqzwtznD6uSR43jxKWxhy0FsYfpvzcvlEH798rynO3Obgp1ZyVurElmOqAAaZJvCT/TpIcTebwgQ9i0MXi8P1F9vn1sJdo2Jgf9Oe672Is0eQFMu6j6DOyj7gDidTrRy0pkUOXkdFJ8epulU3/+Io8SgicnH4MMT27F3NxqCaRJaLl3cBE1ow5Zr4IGvuDHijtLwEWC5kDTu1qxVHO61S/8yQeYeYcTwAFtOJPIdrbgdi3MRBvTgOFz+RLTY0CqPyW5kpUVhSVi6vqAyvOFF7ZizNhs6nDktz043vZcsGCR/aV8T8daBfRSJeQ0azvyw49A9uU9vwUPc8BAYQc6bDn9ZO4cg47IKMl39YXG4Gun0nk7YKqeo+g9CthheeEpCToSYNPAXWVnhClVF1K/FIoe+IBOWeJK+nHI3Gr','active',1796495853629,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495864023);
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
INSERT INTO audit_events VALUES('01a2477f-0049-7891-8536-eccd04f52cf0','user_create','success','01a2477f-0021-7238-9362-6c4546c0e1a4','cli',NULL,NULL,'roles=[user, admin]',1796495835209);
INSERT INTO audit_events VALUES('01a2477f-0c03-7c62-906c-7c8ae8af4c6f','user_create','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','cli',NULL,NULL,'roles=[user]',1796495838211);
INSERT INTO audit_events VALUES('01a2477f-1b3f-7db8-9194-20de47f18dfa','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495842111);
INSERT INTO audit_events VALUES('01a2477f-2dd1-7637-a97e-ff20122e4d6d','user_create','success','01a2477f-2d98-72ca-a361-0b099b98478a','cli',NULL,NULL,'roles=[user]',1796495846865);
INSERT INTO audit_events VALUES('01a2477f-3d11-764d-b3c3-17bf60c4bf2b','admin_user_roles','success','01a2477f-2d98-72ca-a361-0b099b98478a','cli',NULL,NULL,'roles=[user, auditor]',1796495850769);
INSERT INTO audit_events VALUES('01a2477f-498f-7a4e-87dc-112d33a9bd70','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495853967);
INSERT INTO audit_events VALUES('01a2477f-50db-71d7-a1c8-e0bd93da1162','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495855835);
INSERT INTO audit_events VALUES('01a2477f-557f-799a-9ff0-ce75958bc675','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796495857023);
INSERT INTO audit_events VALUES('01a2477f-5a8b-74e6-9d64-ed1b496551b9','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796495858315);
INSERT INTO audit_events VALUES('01a2477f-6189-7fad-b8b4-79223f7479b1','login','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932',NULL,'127.0.0.1','session=guqkkvOGlaUZm0TkJ61XLw',1796495860105);
INSERT INTO audit_events VALUES('01a2477f-61f6-7a22-9ad0-3b454b4b6b18','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495860214);
INSERT INTO audit_events VALUES('01a2477f-6299-7a0f-89b7-fc36a3d63621','login','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932',NULL,'127.0.0.1','login_session=01a2477f-6297-7d25-83ea-80dfd5623728',1796495860377);
INSERT INTO audit_events VALUES('01a2477f-62ae-784a-9971-fa64af5469ed','consent_grant','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932',NULL,NULL,'client=fixture-app scope=openid',1796495860398);
INSERT INTO audit_events VALUES('01a2477f-62b1-787e-836b-9e6f5f895af5','authorize','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932','fixture-app',NULL,'scope=openid',1796495860401);
INSERT INTO audit_events VALUES('01a2477f-62e5-7f57-b406-fb84a8f61c3f','login','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932',NULL,'127.0.0.1','session=QIFEZgDk55E95B_cRajJmw',1796495860453);
INSERT INTO audit_events VALUES('01a2477f-6431-7f18-8e43-91d1839816a3','passkey_registered','success','01a2477f-0bdc-7764-b0f5-34244d1d3932','01a2477f-0bdc-7764-b0f5-34244d1d3932',NULL,'127.0.0.1','passkey=01a2477f-642e-7afa-8be8-f45f9450e011',1796495860785);
INSERT INTO audit_events VALUES('01a2477f-6bb3-7f71-be54-9d53881eef98','user_create','success','01a2477f-6b8e-72a4-8696-a448ab016551','cli',NULL,NULL,'roles=[user]',1796495862707);
INSERT INTO audit_events VALUES('01a2477f-6c94-7f67-849e-1e295463293e','login','success','01a2477f-6b8e-72a4-8696-a448ab016551','01a2477f-6b8e-72a4-8696-a448ab016551',NULL,'127.0.0.1','session=arlwkxdah_sadm2njO4BvA',1796495862932);
INSERT INTO audit_events VALUES('01a2477f-6e14-706c-8431-f6dd377cb173','mfa_enrolled','success','01a2477f-6b8e-72a4-8696-a448ab016551','01a2477f-6b8e-72a4-8696-a448ab016551',NULL,'127.0.0.1','method=totp',1796495863316);
INSERT INTO audit_events VALUES('01a2477f-6f41-75d2-a8e8-1c4f7e970012','upstream_login','success','01a2477f-6f3c-731d-94a2-0b87423d2fda','01a2477f-6f3c-731d-94a2-0b87423d2fda','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796495863617);
INSERT INTO audit_events VALUES('01a2477f-6f42-7b19-aaf1-4523ef9e7892','login','success','01a2477f-6f3c-731d-94a2-0b87423d2fda','01a2477f-6f3c-731d-94a2-0b87423d2fda',NULL,'127.0.0.1','provider=fixture-oidc session=XuEHsXs6FepI-b5kbFH2sA',1796495863618);
INSERT INTO audit_events VALUES('01a2477f-7098-764d-a7f9-d0d3eb33f5e3','signup','success','01a2477f-7096-7472-8faf-983b6b07cf4a','01a2477f-7096-7472-8faf-983b6b07cf4a',NULL,'127.0.0.1',NULL,1796495863960);
INSERT INTO audit_events VALUES('01a2477f-7145-79ee-ac42-6eb8f3062be0','password_forgot','success','01a2477f-7096-7472-8faf-983b6b07cf4a',NULL,'frank@example.com','127.0.0.1',NULL,1796495864133);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('BTV04Y1oqUeG-0b52DbtmFZO6wKga5J-bdfepSs3EnU','01a2477f-7096-7472-8faf-983b6b07cf4a','email_verify','frank@example.com',1796495863960,4950095863960,NULL);
INSERT INTO account_tokens VALUES('OhbcI6ex9v5Uhe_xQiELj0J6QiYBb1ItQrLoZROoFQ0','01a2477f-7096-7472-8faf-983b6b07cf4a','password_reset',NULL,1796495864129,4950095864129,NULL);
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
INSERT INTO mail_outbox VALUES('01a2477f-70a3-7802-bdb8-a9ea019fe39e','email_verify','frank@example.com','Gatehouse: Verify your email address','bvNFtvF9b5v9Gs2VsBZmu3XOSL7ETUjDT/3yPW8RUQ1WcQqAq8XY+Snct9nKLq7w1pDH1fxvC9EghW1i3kdn8WhSGwCp35Y6BpeswI0ClNJuNHMl+Ns/BKQitYK6WnesQgq8FPYrxCy0WyfGc+kydV5+Zv7pUJKbbV9MeokmDnEqvEUO2kk1Im7ts5KtNj3QhZdh8ROFZeDwYICllmtXjIcF5J98tcWCr5ulZ+StvMQshLJ4310AcAPZZZlzN+niDDVhx3KM/GpcGagHN1p2sQfnuWbcMOQaMjkvVRyUxcMkOH727C4oXotXXD1g2kxSEzDb7HUZAt19FzjBUV3BuGG0owP8aD08t+A1mswdK3g0z5JFeFCNYEZPyD046V1fHqQV5JP0n6mYQzu53PR2DgCgDJ6RqA5DXoPBQ37vG6EhO/mQ8cXv5heYr1KKtr9AAnCkbdXqDWq5keACbDWj5llOeEKi0NhRawgsU28UiZ+T+cVyIwAxd2JMJYUIlpPwLv2w9adqLISIuTA7lXBUMs0/T+bSPSAdThJK','9NhBcqVZK7xJYNwQUzm9h+9rtsD7mroDTNCDZlOvXMtIV/378vKQ3sgRYLU0Iik6gsUkzb6fyVureN1ht8+drj2ovRl8YxPOiURTC5usZFbhy5udCRofHwiuNsc6GnBvEAvKzJrdJuMcSCoYm3Eicg4fRkuAdlL+f2Lc8Z64p+uyHyd46UtQRTwKF1xKP67/QXEE3NlkMc1zGlzKa/Rzp90AlJGfDTgi4UIK7FCmKEB/NT+0LHTEQTegMyUL/d0NvoUsX2x/3Ac7F/78eQpJD8xiPNwyqGSaGWpHMWRfr2lw3xRl1VkKRnkVkVJZB9wSW1vJuy727LvLi+Bmv5VXQzrXkg8ZHFE91pB2gQk4YcH7qN5svvFtjONTBp7mKvS7rzZZyWYxXGzw8nqizFnXhDiqc+g9qDmNZV0Fxh+hsJ/P40MHjPdj1VVRlu00IvWkCSICT5R1oBjw175xYLOC89VbFGV6urshOj7dKzjj98V1MvdxnjuEIpZvKlWYASnO5hKo4Tjqq+PnOEE/vy/FlTmAepshr7h3CK04uBpayouMqiJTzhRpy1ygvZHViuidgan1SaUOHEDmIencoSzHYjq6tTqyQ9+gD7N0T18eLOnXUAo8BYbDvfb4Erl4y3gOneET9G9p9SoeK6w5bD+2C0kWzYiBEfj+4FnqcrMK9qarANeuAwwgsGt13gD0ldsO4Qs5y/BKWCaCsfflqCc0FH1Y7zVUPW7uzCI837vkXTmHEUekFmC8SgBGV5b4MsShtbC2cMPFNZn+moP2sjo9DobnRErRwX6dQru28E+P++Mpn3fN0yIOtCawdiiw3bL4sISkd9m7d/oLJ/pyLTOQM+ZEfyMElmmzbpu2m4fmQL4sT6kwQ4axaCLIeFoyQo4fAFf1XZ4OoYPrUembkldwijKoKtPwFRPeqDDYdtaQtr4HC9cjX+aledXBWb1QUv4iUeVCosmCMzpo0epcvEQfCjvV+njS7X3xxmudbNr4jOBg62DzWM8ATWfN6RqpXecLtOh2QB5fUOh88hDAT8oVtMLIo3XcmW5hKcZ9KFaFVjs0H4tLKCgtoUoxHx9Xg+QNe+dfwg5OjESdU7N/nW52UUKkQCloLMTNwEO+5l6QzVOcirlaRl2etSI4cb3cjB5t6Mlu4ZjBdFGhFWRqvdHpp8NyL5oB5SVznn8LInV17zpL8YqkmimZ+87rW+7tjgjeB9pvzsCq2rq/oiRhK6bvCmRWQe8Ubpt50AtICMIRnpzr29Kah2I6BVX55N+IqeizfbDPe0y2bYPTSvTZTYvIxLYJOkrhBZMtFW8xcl0WGXtiG2XKUJG9VMw86ORNz7KPlhgKfcKBJmMFEX/vcnj3RWiPsHQ7YHvgRTMQQ1ARqsBs9TTT9AQkrrVuFUZ+nsUjkRS7Jf3fFUUdXiZfxir2sYZXse44CmD6GeHeogqzWPKSb6cl/KPvnxm9kOq6NwA9vIJWj7vOIaDmyFJQ09DQIm1QoTX3Ns5Zj4tDc8KHMaB0djzt7CdF67RzoXmJj4cN/4Vlxa2auOP9M+qEIrpfN9tRWuC95zEUDCd31RrYNABu9GrOWQl/XE8964BgzQp/P5mTO7FAJfqpECsHnbM=','pending',1,1796495894139,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495863971,NULL);
INSERT INTO mail_outbox VALUES('01a2477f-7145-7ece-9111-fdfb2820ce97','password_reset','frank@example.com','Gatehouse: Reset your password','EWUHJenZfJk39RjVTRFVsTXw4kqgaBxz46czZYM6YkBySla47StGfrsF2vFSo2TLYNVx+vK3riIbWKjzhVCC0hs+5sefCjygIZVVuc2pQKH7sTaamlkjUQtLWfAGi+IYpsNWWsRamucOLiBuQLTRXn5IC6t581DjrE5i/WrDjzbrBGYP3zSIcyWFYhoWZOgILbFu5vH7OhrqGbUo10NRRHgLOylfsZTjS8ZI5c3o+JL31GwciLAceEjpJnuBX2KKD8ep2o5gZd6SyaVdqL87Qcjje65j7POupCWPMfFJdj0YgSm9r9Mqr5I7l7jNtzch/Lw7zM4XUA1JlkWFpFNqkWvsj4rJYF1iJ8HMtELlAerVM/533W5sYNn5H13dNPkwLAfbqXigR1UrfaUe2045+qc/pfuELK4AlZ8E/AGFTeAs59HudnNrRHM4n9VTgtYDFjZG7KXemOGfbXz7Iv7BWVGdvylWpdlkioDxbtlCrhcxPJfsXOtEWrThWxhxul3x6hZdxoGPkHp9z/TbGoVKLzwO1A+5MGy3Kl0rsigvwt/V47+61PF1phgjVCZysky3/3mn8ALJtA==','j67oGQndPlHn4XXuRzGHLegMrr6XeOGkxJZg2idUxkK+HNLvJ/0BrR4xQcYkvtzwQh4SLlOoxHoL1rncpFB/bej2r2NSjljxvWu3Yqdwne+OnKemqZI3wUPSAxzaUTRKQPPjrEDwkqABELwf6PiVt81c86jlh9TVNK+JLTisqpMs7kzlDwA+flgugjE5EiK048cG3G+AJv+XvAluz4zAnKGoiI/FNC8VkeQdNLtxzAMLbrU7VKhivkKLacMDjsED6m9fkndt220fTEs8z9dq9SYMcKyfyy9Cc734vNchi1yzQ6dOhkRZ97vAHg7F1M+UjOLlY3sQ/gLMo3pFrSxmN2B/t0MtESyFBbbcMrfoE+M73RCzbDcZPcubIpwLyeUVk7IVKqLSNDdrAJb/PYbva4bk/AQxVFCD7WvF62j2RBheDXuvtD2HPp0R5f6/wisGxHt/Oj5zoghLI6K3nzYW4EA/dg6pI/Y8aqP5Rt2Yn2/aVq/VgIA54gRr7uVbDhz5oF3k02CVhLL9AQV7a0PpjYW5Sa5H6UisDGc7DPuR9P3mw21InfszBX9HR2sOuLBf4UWFAKpT7yOgJSWYnmomtIPZ6Lbsu/qQRo5HnDXrbbpIxdSbNR1r4tPn20QloSJpe1Sx8sOoCnh9d4pE/WLKvFMv/H9XGNR1RtdKSq/RoYyf8vZrf2msus7agfNtd183EH8mqU6APNDfHTeLrLdyi44tqkao5AOHJvfI/xrq5/GlgJ7ybQmEI3GXXNq6W5V+Xgk/S/QeTq5FllOOTOGdbpF71s51RFExTv4ivsGJP2jJ35GFyVtGym86EZo2JYERdgCHUjCq42Mxi2Btpan9gldcfmuvmNEqXxgh8FURaOJDUFlqvH59OB3N7HOLsRQ6hENEQfOYtPS3eUxJSlYmIU6kMvUvyn+0/GYpYMhZEtYJcSPLaEd4HA87m+wlN3Jb4pj/YYbDNeCZ0AvZOzEeH1aaQ770iUfMi6HE+RgB4zA7Os5caGyjZcaV9pndHmanMeww/ULIlJI1FhJCVfbvsaFAwnXcUGHpJYvoaFR1l6kpwa5XPfYMNFLigAV9t2QXkpiEc5GvRZ5rO7CsG4mZmzSqc+OvgTwjaAxS6GnKbDBSjpFTdbaMoGzkpwjH2efMZGFN6GLdj2nhoXMSR8fVkbFv2cJz+AD8HmB77RH1V3vTm1joSNKA0gxeoLLzy47R0kz65+NfV+0PX9aEe//LJQruy6RN9RR4l/pDmMnQID/xo44Lt4KW0HbDM3NIodY721jtgiiUQI4fXTn93wTS02/OYsP9QmByrOMziWBRXpj/CFeNzzBRviDBM3uLV2/9xvaqejbwDkealmtLqv9lQ9R8LFtUGkFSVWqEncgIis+5SWyZqL8vxLracNqbYgkaPEzjtlIJPNZVo3VQNkPirQzbiDEUisQhNkGPuJK4P+AkPmrzwH9RIUoh+FozM1CcmFXzTvu+a57EmGg6x+N6ykH2lgCJ26T/F+4pDye3k2fgv9SjtlH8zZ3C/7y0yR+H1q8BUIxLArtSw1WuJoiT5CrU+8Sz4f8yfgFdeC/YKyG80tp2CATvPHjgOtXAXXinEYNmda5P12xRvRqvxz0/EzKMg389P0MVG86YbzA2pFH0','pending',1,1796495894147,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495864133,NULL);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT, require_mfa INTEGER NOT NULL DEFAULT 0);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','OscJVds7F58JKzTOphOeb7ufZ9ndCKQ1c0QcNUiQiio','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495853385,1796495853385,NULL,'',0);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495855711,1796495855711,NULL,'',0);
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
INSERT INTO login_sessions VALUES('01a2477f-6297-7d25-83ea-80dfd5623728','01a2477f-0bdc-7764-b0f5-34244d1d3932','LdKjtdQVxKfJ0EeigbjkQJLZIPS6hSc6akygg-hYdXk','Lc20bgPrguz_IA812QQFxPGMFQv7TnOKely1oklryu8',1796495860374,'pwd',1796495860374,1796539060374,1796495860374,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','fixture-app','openid',1796495860395);
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
INSERT INTO authorization_codes VALUES('2F0PKzxILG_163X5HTo36MGurYkbdSyQ703XAj-yB74','fixture-app','01a2477f-0bdc-7764-b0f5-34244d1d3932','http://127.0.0.1:9/callback','openid',NULL,'RIbsHbxV0vkBo824gsJ0HfSOrD09xfnImfaN9ev2qHI',1796495860374,'pwd','01a2477f-6297-7d25-83ea-80dfd5623728',1796495860398,1796495920398,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','NrZ8kA8XWn5OjSM1q2GNGtlRj7+Ydt0MeR8NWM0o8IhdJs6Prcf3SWhtKblSZQqaQ44T','read:user user:email','',NULL,NULL,NULL,'{}',1796495856917,1796495856917);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','w96hO6p0HymPRrcmQ1B03XuC1BFS2pf61fopqfQ41wkpBXdZy9XnY0v0ARsczG8=','openid email profile','',NULL,NULL,NULL,'{}',1796495858205,1796495858205);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a2477f-6f3c-731d-94a2-0b87423d2fda','erin@example.com',1796495863615,1796495863616);
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
INSERT INTO mfa_totp VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','aKSDUnevbYB/MPDRGnxYbnYmQr0hW/mF8jIU8VFnE8IfBpSWbTyWdN1KFZBJQZOL',1796495863305,59883195,1796495862962);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','aJNPePPP2KgMZ4zOofbKnCWUOG9YfdKd0VL19ZF4Rdk',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','BmWq69841fd43zL0Lm0yZo9GcEP2s79RkYcVDX-9vLc',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','SDmx_pAt475rmdmiOyXl2Pi8lpxTe3P_3pMt1OjAAo0',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','7OTBURhG_UoM7VrupOaVlIHgHfAel5XETNJXSoW0OIs',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','1umlfelhVxuZMBbsW2YbZwUrXELVVXaSrc7EO4Zear8',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','h2_c9BBF_BzQ7iLRcPt0BtPRGO9OPcP3l7em8ME999E',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','hxvKjlDCUzVx2fPKy4EX4Khr4AnjjO1TWoRwrrpgGkQ',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','Z7XzQfEO1i02P8UDkCirJILcww-dwLJusYVqK-tnnd4',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','AdDTLQ0EzcJf2XAt4CTvtFLPDBZNnKLdMib5poPie_I',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','geVjiKs3jjw3oCPqPlsKM72IW-pHRgmFpOvT0-I3gEI',1796495860787,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','GSvKI86f14xd_aqyCjJ9vCwNBWTzFjXG4nk39fabSUw',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','F7ZRdGdIM3VJzF8FnXmbU2J4ffvh5SHkqt-FSckhOxs',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','WeRB7B05Rum-3CN_XBbRzv-MF5bRmt8S8y9vt3e8aeg',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','DH34eNsPbf52hmRKIpSY9kynepM-69azeoi7D_y8ZdE',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','nDMnPa7rlf1XihoKz_qBxeXI3Wsaz0-wlGCPH6Nc-eQ',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','7_v5tGkqWJ67ouQt6WxfFZJdaJtTeajgryevYoApjpA',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','psRLTEDjkZAbr0nqs2g3OTGpdicY1oWuQ6TBBehRlZk',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','dc7W2QFGFha4p23gLYJdYQma2dvqeYWwIw4XcTOg-64',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','MqcEaaV3CKEKOxfhYM3pnBOpvoawjMAXptIpXOvox94',1796495863316,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2477f-6b8e-72a4-8696-a448ab016551','uhFLl8WHuZNPMpQ9ik784nWkt2OWPm_hWiCEJwDD9ZU',1796495863316,NULL);
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
INSERT INTO passkeys VALUES('01a2477f-642e-7afa-8be8-f45f9450e011','01a2477f-0bdc-7764-b0f5-34244d1d3932','vHAXSJlFedqZeQdE0E_oMYEb9sc0Gqj186TGtQpf3Jg',X'a5010203262001215820fab14998b8d9b9e7e4c6aa7c6e32fd306e6b390d250c0fea811c0ac317fa9c6422582017eee977e83120722ed5bf879ddcdb662a19c8498815d996dc120209dcbdaac7',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796495860782,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a2477f-0bdc-7764-b0f5-34244d1d3932','BSqTgRFfU4dOjUICI0MGZUE0Av95VUzcK3IuV_24jFA');
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
