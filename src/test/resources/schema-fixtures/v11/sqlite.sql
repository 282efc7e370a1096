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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:34:47.545',7,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:34:47.555',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:34:47.571',7,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:34:47.578',2,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:34:47.583',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:34:47.590',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:34:47.592',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:34:47.597',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:34:47.599',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:34:47.605',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:34:47.611',1,1);
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
INSERT INTO users VALUES('01a2477c-c6f7-7e50-a04f-5d5e7d28abe5','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ai0V8I+izNlEcogcyZ+BEg$E3yZjs0dNGPrz27WBT15Vt9pLq5AXAinFGDt+mW45Gw',0,1796495689462,1796495689462);
INSERT INTO users VALUES('01a2477c-cea7-7da3-aaa6-24055888fb00','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$1qtjbvrxR7T4dWvv3ySU8g$/tCP0io8uVJKRnkVPDHdutQorLJy97WYCJdnm/Vd7JI',0,1796495691431,1796495691431);
INSERT INTO users VALUES('01a2477c-dd2f-75a0-afb0-179bb0bea8d8','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$5Yjtt+mxstYol7DotDG0Cw$V1JUDA9HOiSQGy2CjaSb8VSBwWBEDrFzp54A/4j5bWM',0,1796495695151,1796495695151);
INSERT INTO users VALUES('01a2477d-1253-7042-9890-98537a060c53','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$LBqVHfDFGLk1e8hvYIdvlA$t6X3zfhCLNOS/LMhTGu87yOrLzjZTaHaWciowga+4S0',0,1796495708755,1796495708755);
INSERT INTO users VALUES('01a2477d-134f-793b-a45d-5f99381975fc','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$P59i95Cp/nh0saw6UGb5CQ$pgnTKvJyBobL5UFq2Ij+zcghBpJ8dYJyXAqrSsogBBA',0,1796495709007,1796495709007);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495692866);
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
INSERT INTO user_roles VALUES('01a2477c-c6f7-7e50-a04f-5d5e7d28abe5','user');
INSERT INTO user_roles VALUES('01a2477c-c6f7-7e50-a04f-5d5e7d28abe5','admin');
INSERT INTO user_roles VALUES('01a2477c-cea7-7da3-aaa6-24055888fb00','user');
INSERT INTO user_roles VALUES('01a2477c-dd2f-75a0-afb0-179bb0bea8d8','user');
INSERT INTO user_roles VALUES('01a2477c-dd2f-75a0-afb0-179bb0bea8d8','auditor');
INSERT INTO user_roles VALUES('01a2477d-1253-7042-9890-98537a060c53','user');
INSERT INTO user_roles VALUES('01a2477d-134f-793b-a45d-5f99381975fc','user');
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
INSERT INTO sessions VALUES('c7xTz4WzS7xdcKAhmd9zNg','01a2477c-cea7-7da3-aaa6-24055888fb00','gatehouse',NULL,'s1vc16wH51u22dkQ9ZxzP8ZAvHDfbMoMeupzkX8jk4c',1796495705410,1796495705490,4950095705410,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495705410,'7-LXkVIXBuo0-n_cTmrdcybOIh5ChS7nidxux1rXnYo',1796495705490,'qtQIuqLzVEEiaIH1W0x4J2TJZcjgiHNnW-ywoGIrkFKN80g1luCiwSbHGOw7i9r7aknlB6q2HFL8RwYPdHIHM2pxme28aro');
INSERT INTO sessions VALUES('woIL4AdoavPkzVg8Kb5u8Q','01a2477c-cea7-7da3-aaa6-24055888fb00','gatehouse',NULL,'aVrzMRa1hCnCZ43PD-931jVFYAPeTmq86QlRhu6svcw',1796495706167,1796495706167,4950095706167,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495706167,NULL,NULL,NULL);
INSERT INTO sessions VALUES('n8G5tlaKNkzbifIer9PHfA','01a2477d-1253-7042-9890-98537a060c53','gatehouse',NULL,'Yo03cojVZ_CQd5EkUn1y-XtBQyjSSZB6Mr8-2dO_DtU',1796495708874,1796495708874,4950095708874,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495708874,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('7-LXkVIXBuo0-n_cTmrdcybOIh5ChS7nidxux1rXnYo','c7xTz4WzS7xdcKAhmd9zNg',1796495705490);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('1nHd6YmMfIt3xaLvFHYHDg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"1nHd6YmMfIt3xaLvFHYHDg","alg":"RS256","n":"viRz-E9szlZhBjqhRTbNXP7ZOfefC74dyYVLVjMHUM8Y5yc0ReUmbzIhJuwLhh1VE5wlFvm0f7DqLp20X4aLxWEAc4CzWowE7zftVaIE91xgeOvUSufk9iBkQPZlNPpAcTzLDmD58YC6wf-1zoq9UdXG1TvQEs3UVsZ2WaMYDfa04sH74HemXb2mU5uDbe9UupkelaWgg3bF251zQJmCXY6QHDI_POk_0YbmRTlmaCXTnGpq9JqDLndNFGJFT8jzlKbXCT9XpmXtcj5l0VqRgxJpWzrl2Shxgaxm_SIe-UrXdhvqQC5j15ApaZS9epQairDPu4r7AiTauN21pPutlw"}','QO7Q2Yv1vbTTr/puM87j/qwnI4AD12HGB4D5PvDvLqrYvH6sbNFj5I7xVkWHb3bWTWSmbRXMwzw1vAGcmZuhQ0T+D7DXyz3K5LGt2ngsmF6K8W+uIyiamoPsiFdMdSI6/GKF0yKGYcrN5yMLEY8HWw4ZOd57Lg8ZoWeXPZGz+XtuyLqi2ugL7qyoBNdmf9LU3BY0NkZ+r7iEuJjHKUrsyy0XJlGuTUgTztvhwZJK9MvlgeE6NZ1AZLBShjOVfFiJd5/a1AGlK9mBH8Uyl55u0+8pvJaLBZ++uAtJf8/mNwDPvTx0TxY1XEGCjtzcoll/FcqCxG9BU6+SoRTLujfWQ/+npBlE7Eohrqii3VELJqvjQOlJ+70BSVww1b0Px+2lZg2+TwypyJVIxNtMKzvmNDqNjVAryd5ud1zdIzcgC5qZGSlRhLWDXgwxHvyh11x+mw4/daTZLsEqerva0BNGk46STjSXtkBOXWYjrGisG/jfP/CxO05RCnmDvZRBDuCVpuwRvYJmrYpTTzP7/Ufbe0fBtZJnysyc3zNCtzd1c8MuGyKK+e7I7oe5YzAcmu0y8DUADCmPP6r6uauUlyhfsgdLBfpmQPKRsy31pY5Jygkl1En7dMt72QsPD7q22yRihEklA7KzGgPJQIh/PPrxaHR2eNxcS+LdzSUmxOZzcG/WyFDG9JP66JLnwyA5rGaDra48CBSfcbdBOoSeeZEMLeuv8MCNLCcRhx5B/Vef1Gyu54hXYvNOcSrgw7jeofh4n72yL9ctxPNjs8+5ZEhKszeIx1jtCpgheRdN5NPARevldrjq72v2HqezvvO9Mct6xHWPULoVSHW5+Ohl/AMHML8zN9ceDBWjkMlnq4q8C870HWxPVXhVaVymsyOoXEvOyWi31/8sVowRSaU7l+7gtsdhJRwDArvNwahH82XgpZQilEwuUPOXqWC3V6yfC7Z4flvJbnF4L/HZjYUkDvQNI3LW9dQwh13TGMTcU8MK+m0yCH6j3tkzRAHrChpbaJW6ZYjn5hGcNi6xyW/n5sZ21iC77+c/yKm6rvH6m6FuKtTuosSCrJjLdHA2S3RYVXosqLv5pyB0rMiPZ8DJ0wu4TrVE8Q/e7LgQmMf1IAeCm5NIFzAyBUb+FzoAkeZrQzCkUwd7MtHwVkOKhHeuGpI4pG+qgLfhXkLvBu3b0PNujjPfwJ8Kx1ZKYk6Hu+MEgIkzP+KwAxoX7H0a+5iFtiWZvGnpk7TIP0ZYc3eKIin+ZCacodO6miQApvuKopkpEOMOr0C+sNXlJJAxqvcqhO7MstAKjgX4KDxVzyWeGObQganqiUzvkNrJm1TN4QhvvvwSmmhIrnLF1QkFYydqmRu0iWNrhXt5sJqfT2/apA2RWIN2UaVFz9fLBnpzUyNvDmKIT2fvlnL9gEuMbohhDYdtI4t5dMVMgHm3g0AIFNVLPJ5k0XvICKjStbriV5H461ZyA5bR1jRvrpKDDuFsLU9YsM7d3GCoOTPwtksb8NzXaMi3PQ9N5VTvb6ODBj0qSp/jZdzXBSSj/vdBPJCfiRsL5smTARToJUIl1ZMnbTaq+SXkZxxU20JQgDkSEIP5+TiWwjndWVYNqgR5LXAroM+KZy5SU/5tGhH9jXBa0Opdk0jgiiy5d2wyNpAZfpdD','active',1796495698946,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495709058);
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
INSERT INTO audit_events VALUES('01a2477c-c729-73fa-b3ed-917eb116eac4','user_create','success','01a2477c-c6f7-7e50-a04f-5d5e7d28abe5','cli',NULL,NULL,'roles=[user, admin]',1796495689513);
INSERT INTO audit_events VALUES('01a2477c-cebe-7d12-bd5a-bb3fd443d045','user_create','success','01a2477c-cea7-7da3-aaa6-24055888fb00','cli',NULL,NULL,'roles=[user]',1796495691454);
INSERT INTO audit_events VALUES('01a2477c-d523-7f8d-aee7-155822623351','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495693091);
INSERT INTO audit_events VALUES('01a2477c-dd5f-7e3e-b8cc-bb5ea70b8ca4','user_create','success','01a2477c-dd2f-75a0-afb0-179bb0bea8d8','cli',NULL,NULL,'roles=[user]',1796495695199);
INSERT INTO audit_events VALUES('01a2477c-e49b-7736-b558-6bcb769c0444','admin_user_roles','success','01a2477c-dd2f-75a0-afb0-179bb0bea8d8','cli',NULL,NULL,'roles=[user, auditor]',1796495697051);
INSERT INTO audit_events VALUES('01a2477c-ec43-796c-abcf-45f30f9e4501','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495699012);
INSERT INTO audit_events VALUES('01a2477c-f459-78ce-9c3e-039fdc8d395c','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495701081);
INSERT INTO audit_events VALUES('01a2477d-0545-7002-aa08-ebf110b953ca','login','success','01a2477c-cea7-7da3-aaa6-24055888fb00','01a2477c-cea7-7da3-aaa6-24055888fb00',NULL,'127.0.0.1','session=c7xTz4WzS7xdcKAhmd9zNg',1796495705413);
INSERT INTO audit_events VALUES('01a2477d-06a5-7a7e-950a-c1d396ed3513','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495705765);
INSERT INTO audit_events VALUES('01a2477d-07bf-7eec-bc3a-0b4a3fe1ad4b','login','success','01a2477c-cea7-7da3-aaa6-24055888fb00','01a2477c-cea7-7da3-aaa6-24055888fb00',NULL,'127.0.0.1','login_session=01a2477d-07bd-7a4b-a8e7-d0613fd39a06',1796495706047);
INSERT INTO audit_events VALUES('01a2477d-0801-7f57-803e-379c14bcede3','consent_grant','success','01a2477c-cea7-7da3-aaa6-24055888fb00','01a2477c-cea7-7da3-aaa6-24055888fb00',NULL,NULL,'client=fixture-app scope=openid',1796495706113);
INSERT INTO audit_events VALUES('01a2477d-0803-797c-901b-822120333121','authorize','success','01a2477c-cea7-7da3-aaa6-24055888fb00','01a2477c-cea7-7da3-aaa6-24055888fb00','fixture-app',NULL,'scope=openid',1796495706115);
INSERT INTO audit_events VALUES('01a2477d-0838-78b1-8b17-ffe256a0d371','login','success','01a2477c-cea7-7da3-aaa6-24055888fb00','01a2477c-cea7-7da3-aaa6-24055888fb00',NULL,'127.0.0.1','session=woIL4AdoavPkzVg8Kb5u8Q',1796495706168);
INSERT INTO audit_events VALUES('01a2477d-1265-713d-89f7-965ae79b9dea','user_create','success','01a2477d-1253-7042-9890-98537a060c53','cli',NULL,NULL,'roles=[user]',1796495708773);
INSERT INTO audit_events VALUES('01a2477d-12cb-71f8-bd64-feb6d5c50c54','login','success','01a2477d-1253-7042-9890-98537a060c53','01a2477d-1253-7042-9890-98537a060c53',NULL,'127.0.0.1','session=n8G5tlaKNkzbifIer9PHfA',1796495708875);
INSERT INTO audit_events VALUES('01a2477d-1352-7eca-a3fa-0b2804949bcd','signup','success','01a2477d-134f-793b-a45d-5f99381975fc','01a2477d-134f-793b-a45d-5f99381975fc',NULL,'127.0.0.1',NULL,1796495709010);
INSERT INTO audit_events VALUES('01a2477d-13a2-731d-afe6-5cb030bddf95','password_forgot','success','01a2477d-134f-793b-a45d-5f99381975fc',NULL,'frank@example.com','127.0.0.1',NULL,1796495709090);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('wS6O5TowuJt3qXYOGNgu-bhBMdQkZXl9d7BnfGEU48U','01a2477d-134f-793b-a45d-5f99381975fc','email_verify','frank@example.com',1796495709010,4950095709010,NULL);
INSERT INTO account_tokens VALUES('pQ5UlnZ1XSM1B0m0faSHyz0VVPlwybkWDnnpOhwyO28','01a2477d-134f-793b-a45d-5f99381975fc','password_reset',NULL,1796495709083,4950095709083,NULL);
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
INSERT INTO mail_outbox VALUES('01a2477d-135c-74a8-a3c9-e59138aaf2e6','email_verify','frank@example.com','Verify your email address','V83ogBC8HFsMnUBohuXQx91Wt1qfCB5Hrk3fbgnScbAk5dy4QVIkFxi/J73UowyBJmmMnHQzh895zXyFJYN2vXcU51L/ZrLCeJffH0DmUlKQDVx2kp0r6td3HEXuvAioiIgS87ocZmCJ+CCKfoweUpAhz9C7uZzzVEmZTC31eWhhRX8INsqEiUWGP9qIuKrZmyQHaO6UQKZCT1ZoVCN3xs+VXEA3WKmTJgL9q26sMkjRZzCTgDM0LT08co2Cmur0/gpZIzpFSK6euHLWWQ5kfcLeHxHaMZMsGok9cxMqQVkNE1pG46MCx0T1QHlIn8ZEVSKvSoyLXK3FQCf/lScSm/qBokUpv2cXJxQYitCpBYlhyhFGUkwEuFkM8VUGLTAfRY6nBGrbwsOy8HXAh8DHKVLXXDP5RlqHNEFngtmLT2Ukj0PXcXyYeqZfyo0Bh7nqyRrg1tNS1IFbsZuiTOjWfN0KdxAykn6lYv8qd30e8LqZEv3LODO2Z8e272UgiAWWdGhmeLEjRogFE7fKpMc=','M+n+NQUfPTUVk1CKv9zobs+eJ6FVwYW5p3qocMmMylikTx1khQDpgR87L2SCgWzh6ekHqkWtEKCu5wQnv5rwv+NflT9vlRCnIqlpo+nGYb64TUrDehB8kuBTGN1UR0zG9dVrsLWyPXl3OjRqZW1OlmAucxgCwRb9Af4ZjeQfrrIT1kYV0f6vGw2sAN4cuNVOX/5O9ICOls3Yl9scbJeYOYX4UyaIMBOeTKP2urpH4pa+srE31Tq/EfJilswPioRmJpr6L+mSXgtSzWaRzb9fWZo5Y2vPrCq4Kv34h2oF1w+uQl3YFuKjeylBtpkmKPTciZyV4q2at54tNHXnGowrDmJuZ9nte8nc6o5XHyfCOPFprb4cN8S6i9twc975l9RH8Z3HDD2GgWxPnNFO9PBHYTaPWz61dYJyeYK4dr4qFkIiKbillaU4hf3OSz0YoHFRmjvJqsPf1gEk8WSMeXITgRH6uflPqU7g8Ixjw6pvxiWeJGjkMYCnBPQ2uNi9Dow3QtiOlZd4qUZaGGzsw8f/NruamhTAE+9dZY3xMd9k+7EBn/9GpBLenOtwiFEzzHzwLkFIYNFSN20ieXWlFnKfQzes+v6g/30Z47Sy9BN18x0dSa/ept7fMuBTRIK6xkuntUnhKahvoIDkPxDoSrjqh6xsDqPCC+XxmNQWjA41s3NoWeb5RV07wJnssiwpK6FDrP37/ahDlC1CUNOnrxpSPW6hwru+iA9vv/vcg3QthfkwzJabyiImoiJ0NhqN1m7xlGaYmQrN2mJAuYflP8mm8N9w7EQ/lZHWSMBzFGUisZ0rdZZ63aTZNrjNOtDXC2pHn/TVh3NrelgH0QpId6LgJe7QAwqEelfVe0LCzKO39cHOXJPjB1WcwJ30HbKRq3uGFSTy54Q6Jvtiy4F8azfNB92j4zW48HMyCwaf4cIMYu8EJZlVzkpifI53mfDryxS63tFibDqMMxpzBq+X58f4bR6b+knIZgw3Q5gjoxehtJaFAy6DY47EOVXBa1sU1PIjUWi8/EZMuMx03N+GCeCfFlky2s85+gwfVzFp/Kc0TUn4JtRRqkKqsMceSONqRvnpy28O7ahiwN+jR+3vir6YqYTHUR8EPbE2IJyddZmXoJv6eJtE7xso4my2NdfpnEM96ZYgaBXRirbcoYkw7Tl6Eu7+ADhJFXOTCf/P7oF6wpTjnGqYrSWtUoWN80xjBjfJrzF9vX3hxEQdbMdPcYm1UBMBawZNMBg0o8Cpz7R3UgKRijk55DVoaKeYvysIZwJJd57Lf+0epOT0Et8LVe2TVX33oXCxXt6l9a053YQddWLmN+GvgwTaPZqnWih8qGukvUpDqjEtrWi2yU+VZE6RCRD8SwyVScOoaCWTAE+4JpMumd42Zr+pgmQhx92wzKDZ97+jdNR6w0brEEudUkEqoE/5NTOXnp5Eur1xYL8R1L26PeWayBBmvwdTh+oUxtmOvNtWTrejW4Fg8lc6QGXZnNj+oyKIWKyGUspMZudzHsFoZ6mVALjguY/thVyNKGr+Jl/6hn51s9hKqVSA+K/jMGxwAXsUwC4hxMsslZ5pilDarluEmU+IG+jj5X6lWdXpkA==','pending',1,1796495739088,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495709020,NULL);
INSERT INTO mail_outbox VALUES('01a2477d-13a1-77ff-93ce-2a11f15d2841','password_reset','frank@example.com','Reset your password','08N4GnxBLI2QHL3jOhyvqc04ZudyjWaGF58/Aj3bni+KEtO+ag2DBBvNdKgU9RzpLhTv74y6CIbI0vMkl3OUtr3upG+yCt2fHImZSbYZFRH2TvmeJBMT9DR2f04+a4jBu7LHoUDZdrpbZ/7NFwVhMKNZ5Dxsx56Me4RssL28pF4dxUKfG0+S8EK1R6/d3k+gW7+mM5Ug4+utCrKY7BysYWhXKIJAL1tzYS8lL0WJgjABLvxzw+G2XLPVmLDGlSrpV/mawzGQxwF/7+0L9Bw7fcFwVjvI7KfkocnMKadVQjRazaZVFz7gFrLRWZHBS9n0drykwNM1idua+QFp9En/z+ViPItRYHtgTwqLcJb2EvSH8AAHri9ZhyoArpXTuUB7WJJp1cY4qqFA02ZUbAc9JXJufFzN3sZxZv7//Ss976rPJakMOvf9ifWJ6znaNHWS0p/KkrCjr/iLDG+klQFcJnT0xB2qjQ85ey+qeGAj0BIXniZ4gAQtMjToO0yqMP/Ijt1WcfbNafV29Szj5wKd+6a+0LSgzUtoQWNe6KUjxkY=','YNsYpfwaLnH9q2Tfwifn+Z1NC026PA+vk2bmtGhzxMM3GkjTBBzxW4D9SJdeJZm5Zhv6nIIn/p0Trh9PMBkBw0WcByn7Vv+5ZnpfI3qDxxIytV6aVNt3CT947wD+sJEvcX0mMBqfDRrg948MxQcCIb5+XNOjYsD8UzRD4wHPiuScFGn3gmbELJxktsZ3BUtjggWWvxC94yOdFulRxCXxn84a4j3QsP/z5izcuU4yz8BuhcHNlWd6Gv8sUsVVU/Ptay+df/aJtpBKq1raJ6A7zVwasjhJYGxeo2WkpPeXI3xHIgmAAgL0hmRQqa9Z8sQbuFMOL7cQUuXZ81pFrxKQ14dY/JIwlPjNueA/Mb5/ErVT9gA2LHV8GEF3IGkmytBQF+IFwhqoxCMAY7ustYBqDT6WQqf0vSGMjEN6hSZNBxdKDYZz/zbgpC5yOc59DujALg5tyVx7Ad0r+YGZc7nn4ZXpUyIpSTXFthna9reefk/5TXD7ymCnT/dBiCrhngGxvrlZxo3opJX7us5SXRs8XyA3RJigBc1dzPkWOEC3254CJ7QskCsaToxera2U7Sj3iK5IO011+ivzGxFtZCNi2EmN/W1ZO5DHGVn76A+qlal7gj7UevqbEcpa5sE///5Qc5I/9zoTJDp56DGMQVxAGxnWSvAp+4p/m4UIAO7LnY2c/zhSUbacnUGXmGMJfJ/uDC8s3LtucLtmezYUGTElD+O0EblTu6ydbd3x8INVjCWb2+nsxHorzdhsWR9ntmNzAlsC199dWPxHYEPGuJpckJBJFK/4/6Ss9n0rxLLMKZo66gsD0SFLatiZQgC38+CFfoHkzuKlU4ec0/5ijnfTNTBa6MTehGoL1bkhGB1O0iMGhit8wTL1zXWORZwA/ltbZh8qXqNqbVtLikbXwl0QP3nKqhbpW2IuLzT+nMDOmLcfM1X0OQDeDtbLK+vOTqmA5wIKJUMCHa8W8R3Rp0NSZx04OU7bIzITggKXp5DixA/KXj8dq8hOLLbUSnv+IPFeJUxHGhGqepI+sc4azXlHiliZG90Eplqf5YSG/+oO1N60ZUfYrx2lXE38nGgOnfmcONFaqQGZTaGnDfAaGsZCfMR9EjdURz1fLMn/dzdCkRMbTOLRQ3emX2XQClxVMDfD5zK1ZyP6jeLsXxD6qJQYGezX1AkGhaZNbNQmzS8pfJ1pmi/BDHlAf7tHg9KeXxoCz6KiVJ9DatTwuDk1dHuYy6Rx4QEFgjrqBLq9OeSYa12lQRNuuLp2VvADTP6P/NU4QNDHHOtvFJ0wSZD5d95G3+NxVWkuK1jsCYz4O0b7dzkIP9ybUneyilG6jtaLLnF7S5n9+DaQfvRz9sOLKB5SYd3rhk46uqNh7SwiAgdPO0603P5lQEodxeZTj1nxNraNiHxFsIQQtG62I2Oit6yhuGUx0vJ3ZroSghFlGq7Y8DJAaP5rgsA3D22tdMZLM3/wffTGlBs/Z9gXpnYoTPNWaRvC5LZU4TT5XnzQ0U2OcDW2Zlz80Fo4h18INs9tVFyadn6sSxIxXhGCMF+iPpSLv2BWtcpVysmkScS9J1JXLFi6BJfdI2fWRrCMZEfl0FZ4M59+q0YqV8EVPQ==','pending',1,1796495739102,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495709090,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','c5uP2etTbaAWBYxuypMmSLYw7RMuTUDLkXJn606ibJY','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495698697,1796495698697,NULL,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495700746,1796495700746,NULL,'');
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
INSERT INTO login_sessions VALUES('01a2477d-07bd-7a4b-a8e7-d0613fd39a06','01a2477c-cea7-7da3-aaa6-24055888fb00','2W6i86uoiEXsEIzGx47Ri-j5zCGzlOb39TT3Ea9EjfE','2hGzs0rPVHUC3mXjLaIipZI-q2Wx6cFPCgPpjbRbXRo',1796495706045,'pwd',1796495706045,1796538906045,1796495706045,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2477c-cea7-7da3-aaa6-24055888fb00','fixture-app','openid',1796495706111);
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
INSERT INTO authorization_codes VALUES('ajYnQlWGCuU0BTQkFvVppv8OP62CjohiriPflHW2GKk','fixture-app','01a2477c-cea7-7da3-aaa6-24055888fb00','http://127.0.0.1:9/callback','openid',NULL,'gzVO5N8JQfOD1B0ijt_GKb_lavo9065Vhx5h5rtM4jI',1796495706045,'pwd','01a2477d-07bd-7a4b-a8e7-d0613fd39a06',1796495706114,1796495766114,NULL,NULL,NULL,NULL,NULL);
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
