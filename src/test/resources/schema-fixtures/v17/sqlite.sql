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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:38:56.901',3,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:38:56.937',17,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:38:56.953',13,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:38:56.973',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:38:56.990',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:38:57.005',4,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:38:57.013',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:38:57.021',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:38:57.023',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:38:57.038',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:38:57.054',13,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:38:57.078',22,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:38:57.092',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 18:38:57.102',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 18:38:57.117',12,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 18:38:57.143',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 18:38:57.157',0,1);
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
INSERT INTO users VALUES('01a24780-9f96-75d0-8f71-21fbc101e09b','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$0hapexq6FFFJEO43nynoYA$AfUooLxrZvlYdy99W5nI1xTgCxqCaBMxHrH3iF+ZyTY',0,1796495941526,1796495941526);
INSERT INTO users VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$oHPVCz9pLSJPGns84iifLA$JehXQa2J1rRWcG/n78oRLsV1+AmkxjHxmqpygefij+s',0,1796495945577,1796495945577);
INSERT INTO users VALUES('01a24780-d4c2-7b98-8354-b1332d7e0a22','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$4jiZBi4Y3csCaVveKjjgaA$vC9lbh56SpoplJMmrqCgA3CIIK0XbXu4JxI9uWY1toQ',0,1796495955138,1796495955138);
INSERT INTO users VALUES('01a24781-45e3-7678-993b-2acbf419422c','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$jde/wQuqTeBx2YRJoYCpBA$uXxZGlP2UfXe7hy4iRjXy4scIhQcBzz2iJZeVgd3GZc',0,1796495984099,1796495984099);
INSERT INTO users VALUES('01a24781-4aa0-7d6b-8e4d-997efb3c998c','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796495985312,1796495985312);
INSERT INTO users VALUES('01a24781-4c28-7fe0-815b-3f1771b72e10','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$xt9Efp+krDMB+dJ3ah8kvA$DKjaBGjognNoxVvA6fl+KgqlH/mmefA2gl8JoOrQP1Y',0,1796495985704,1796495985704);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495949442);
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
INSERT INTO user_roles VALUES('01a24780-9f96-75d0-8f71-21fbc101e09b','user');
INSERT INTO user_roles VALUES('01a24780-9f96-75d0-8f71-21fbc101e09b','admin');
INSERT INTO user_roles VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','user');
INSERT INTO user_roles VALUES('01a24780-d4c2-7b98-8354-b1332d7e0a22','user');
INSERT INTO user_roles VALUES('01a24780-d4c2-7b98-8354-b1332d7e0a22','auditor');
INSERT INTO user_roles VALUES('01a24781-45e3-7678-993b-2acbf419422c','user');
INSERT INTO user_roles VALUES('01a24781-4aa0-7d6b-8e4d-997efb3c998c','user');
INSERT INTO user_roles VALUES('01a24781-4c28-7fe0-815b-3f1771b72e10','user');
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
INSERT INTO sessions VALUES('yPINSoXHkRiiAljs1cx5Gg','01a24780-af6b-7864-9a62-12a1ea8d1f4c','gatehouse',NULL,'Y48_WTJ0R5MezkIDvpy1GN5b6t5H4DeSygvsgcyClSI',1796495978393,1796495978501,4950095978393,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495978393,'0iWOlEbPwGCQ-d-ZUutfEwbFxxaIr5yta_f8-G9n7Uc',1796495978501,'90kFn45AvTWjVBRe2d1QPHHSq7bgnx8ik0uaCfAf4_F-YtKNosEWkdKbdjw2V3mA5sOHVs1N1rsP-OGr37MUrJAT-jPQ3Dc','pwd');
INSERT INTO sessions VALUES('5XzFoa9a7FSvsg9F-r2-yQ','01a24780-af6b-7864-9a62-12a1ea8d1f4c','gatehouse',NULL,'t7TqS8h7Mn9vLYHPkn8UVxmnTxEuL7TUXbN5hPP40bs',1796495979153,1796495979153,4950095979153,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495979153,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('EQUG6V8TE2RTo-86yAcpqg','01a24781-45e3-7678-993b-2acbf419422c','gatehouse',NULL,'b5I5sRXRS4Cev1-xEuplSRsKEDF0x-sjiyBgmUzUQeM',1796495984322,1796495984322,4950095984322,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796495984322,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('VcfSKIivsRYmmS6Uc0bwyg','01a24781-4aa0-7d6b-8e4d-997efb3c998c','gatehouse',NULL,'ARePSuT_eX_W8VXvM_lNHjs-TEtcbTChqgag9vEm1s0',1796495985324,1796495985324,4950095985324,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796495985324,NULL,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('0iWOlEbPwGCQ-d-ZUutfEwbFxxaIr5yta_f8-G9n7Uc','yPINSoXHkRiiAljs1cx5Gg',1796495978501);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('O_1yFbewIFb24Wm9DvG5CA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"O_1yFbewIFb24Wm9DvG5CA","alg":"RS256","n":"tMjiP-HnWF2eGz1JwKeOUZm5y-H-r8znxRJVRcUUceqB6SOEsFATjNo7ZSKHbqZwgdQ4Yi68hrKpel7-GvmBqly8XmNb-wF3NBR2PNyzS8iGrIRdWZht64i8VZfxD1B3A5FtJM9zbARlZVGKLC2iTMG-xOXXcxrUVGT0qmH_eNpEGwRLVCLy7lbhKOkoI_zB0SXFWmoP_eZvo8XpNCpIZxM9k4nA9btwlJjodL0RnsxIT2-A7K1fpJ_yd67MCB1ONWJ3qpotGuW1-qZQi7UdQP8bhVc4bLR9rBrZKGsY3iPl76ynQ7WogbeDx8dj_Q2UjG9HapYObo2jZArJO6IlmQ"}','QikVTpWGl7tq5PebpHvoW7FxZiA5Gf36ahT/kMv8giA2pAMbZVk+ofqfMiZR8OKFbWI9y9mlQOkf5OQ5+pikGScSH0qfTD5DxI21wnkODg5GJPnoa8nr5aL72fa23XBf2Kuwpb+JN5K2wzAd8BzOVPTK4SKoU+/Z0Rg/sEdPzZDyXNJpyXciMuZgg2hqoay5hu3mAJpyIQ+0DzB8iyBSGVGAZG14AImb4mqZN5+tCnhzADo1ISewwL8jhgsj4bcUipvJRw16guz9O4M+MkCUBFf5w23eYzxUxHEln0LFElL2M9Jnj4Jns1XU7MVVxG54Z3zQubVkj06bQo3EoQgbIxHkbkQFiXoBIgojcuOT/LQqMz0N+0/kjQaPpXsq7XqzJ0BKBYnt5VXUWWm24drZ8MeXPxqGPjYFNkuLCLnkklEa0Z3HdxpbxTtCht3tR7oP4S6MqG5x2GgV7mPNoEqB49yCBt5jRyrRIcUt9eVeGU/tGR9Tgbg/c9SDOOwYrXWXdU/NpM26PPxAAUg4k6ZZY6VzFxD5OujfZBz4BMovfKGPQ5fnv5yQ01nWyW7McCU0Fk7eS/oh1VFM/XgfiOTDWaOE/eWltixHND2RnMm9JNxmJjEFxuBjkX7U/uvNOnaIWeUpMhXd+iVuJygJo3Ut0eKHmHEGeP19813gcsOKAKGQxDa/kFBIQ58U0SmJ277MJDSCaiac4or6Si8JOwfT0QNReL5k4GeEJKtpBeDOPcd3WjDKBdroHA7Um9hT46MnphVSvg2n3fYhUajoZBQ/i5+wp+kTiJ4OFhMbQB71zAQ7cVG9PKsqnPWnWX+cZOWas+GaNPmuXJuqsjkTG4n1oeY+KkHBMSuTQU7JJuWgCzR+ETl+qkFSt7ICz49XBWApSlb6DVlaBguAU0qtXLW0mIg/AyJ76p4qwW18oAbk9ZBr3K2Ywb2tYX9fLisQTXqREJV6qQW22oNYin6gSojzXwoXZvq/9j0tpTojm6VltBiFpXIzz8oGqUHOPkSr4BHrHEGpnHSq78CaVNLxcYwQSxWo6kF6rAjFOeAf+M0QYJOYOI6bh2O95+ECAZQH9ZxxrZilMFAeaA+dRKUjK3JC0L3f/ilFf3E3tfgXjinnvxVBE1JL0jxBzL0k3tOA3CVv8NtxyadRSEpfYLWBI7TdYma/Jkuzk4mSQJnwYOhsXMuypargEdKieG/CABHgoelcrF61DOmii+pEjneWA57tU5/4qIyhet2bdfK7YBA3T8ohEPHq30eOSuU1wjpldjkUq91H68uQQM1wg1EMVQs0V4z9NOLvPG6wSexoyH9vw6dJWPySg/Dncf96a02vyHWH6ELLun8fpEO0e9L8rwxpjMO5fvNlvlmsAyW9NwZwN9tnAJtgQCzbRFiV1n9mnErHKsdGQqbulPOFo2pBuz5QvK+o8l5EH70zooGsEvAKLJle8q+w6Hw/9k4cOLj9R+5yhX2edLZzWXMS682UnuESMA0sC1eQFcZSeeN0vYC6zrJJoKT+8bOVdwR7v4C8PNs0JbZcJEgrFC7kLll6xZoRhz5QK/3k6v7y+/bGdH+g63ohYytjYNnNkA6FY2ngAG8e0xctE/XQ9MmXmMxXuSGpZxiWl+cu15JVMYQy9dr/rGcoQyBm/lWAjyxOYKUp','active',1796495963949,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495985731);
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
INSERT INTO audit_events VALUES('01a24780-9fe6-7975-900e-0e8d6a03ed5f','user_create','success','01a24780-9f96-75d0-8f71-21fbc101e09b','cli',NULL,NULL,'roles=[user, admin]',1796495941606);
INSERT INTO audit_events VALUES('01a24780-afbb-7991-88ab-e1ff403fb09b','user_create','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','cli',NULL,NULL,'roles=[user]',1796495945659);
INSERT INTO audit_events VALUES('01a24780-c065-7e45-8228-97194d1d0a04','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495949925);
INSERT INTO audit_events VALUES('01a24780-d506-7531-91e5-9a2fca82b902','user_create','success','01a24780-d4c2-7b98-8354-b1332d7e0a22','cli',NULL,NULL,'roles=[user]',1796495955206);
INSERT INTO audit_events VALUES('01a24780-e696-7781-a67c-748e2e3d939c','admin_user_roles','success','01a24780-d4c2-7b98-8354-b1332d7e0a22','cli',NULL,NULL,'roles=[user, auditor]',1796495959702);
INSERT INTO audit_events VALUES('01a24780-f787-76ac-86b0-26fc64d218d2','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495964039);
INSERT INTO audit_events VALUES('01a24781-0226-778a-b2db-0766c0d67b61','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495966758);
INSERT INTO audit_events VALUES('01a24781-0c2c-7384-862a-7eec6bb47461','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796495969324);
INSERT INTO audit_events VALUES('01a24781-165a-7a33-806a-6bcd5389a8a3','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796495971930);
INSERT INTO audit_events VALUES('01a24781-2fa0-748f-adce-1749c2af981f','login','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c',NULL,'127.0.0.1','session=yPINSoXHkRiiAljs1cx5Gg',1796495978400);
INSERT INTO audit_events VALUES('01a24781-307c-71a3-9b93-a84b1b4470f1','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495978620);
INSERT INTO audit_events VALUES('01a24781-31ec-78d9-9f30-0c00e41422d6','login','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c',NULL,'127.0.0.1','login_session=01a24781-31e1-72ec-a438-bfa7a69b7f09',1796495978988);
INSERT INTO audit_events VALUES('01a24781-3228-77fc-9341-acf84c5b62cd','consent_grant','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c',NULL,NULL,'client=fixture-app scope=openid',1796495979048);
INSERT INTO audit_events VALUES('01a24781-3229-7385-a2a5-9cb93145e869','authorize','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c','fixture-app',NULL,'scope=openid',1796495979049);
INSERT INTO audit_events VALUES('01a24781-3291-7083-8118-637e6b18b42b','login','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c',NULL,'127.0.0.1','session=5XzFoa9a7FSvsg9F-r2-yQ',1796495979153);
INSERT INTO audit_events VALUES('01a24781-3714-7633-80b4-211726fded8b','passkey_registered','success','01a24780-af6b-7864-9a62-12a1ea8d1f4c','01a24780-af6b-7864-9a62-12a1ea8d1f4c',NULL,'127.0.0.1','passkey=01a24781-3702-7f47-b7ab-69b5e248b0b9',1796495980308);
INSERT INTO audit_events VALUES('01a24781-45fb-758b-9a0b-28b9760dbcc6','user_create','success','01a24781-45e3-7678-993b-2acbf419422c','cli',NULL,NULL,'roles=[user]',1796495984123);
INSERT INTO audit_events VALUES('01a24781-46c2-735a-819b-ac4244b19828','login','success','01a24781-45e3-7678-993b-2acbf419422c','01a24781-45e3-7678-993b-2acbf419422c',NULL,'127.0.0.1','session=EQUG6V8TE2RTo-86yAcpqg',1796495984322);
INSERT INTO audit_events VALUES('01a24781-47f8-7fe2-bc5e-c30ed395ebff','mfa_enrolled','success','01a24781-45e3-7678-993b-2acbf419422c','01a24781-45e3-7678-993b-2acbf419422c',NULL,'127.0.0.1','method=totp',1796495984632);
INSERT INTO audit_events VALUES('01a24781-4aab-77f5-9726-4eed9cb8b448','upstream_login','success','01a24781-4aa0-7d6b-8e4d-997efb3c998c','01a24781-4aa0-7d6b-8e4d-997efb3c998c','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796495985323);
INSERT INTO audit_events VALUES('01a24781-4aad-79cf-8db6-41c77ec0312f','login','success','01a24781-4aa0-7d6b-8e4d-997efb3c998c','01a24781-4aa0-7d6b-8e4d-997efb3c998c',NULL,'127.0.0.1','provider=fixture-oidc session=VcfSKIivsRYmmS6Uc0bwyg',1796495985325);
INSERT INTO audit_events VALUES('01a24781-4c28-7a63-807e-a624ae879981','signup','success','01a24781-4c28-7fe0-815b-3f1771b72e10','01a24781-4c28-7fe0-815b-3f1771b72e10',NULL,'127.0.0.1',NULL,1796495985704);
INSERT INTO audit_events VALUES('01a24781-4c4f-7d5d-9475-10ee11088c63','password_forgot','success','01a24781-4c28-7fe0-815b-3f1771b72e10',NULL,'frank@example.com','127.0.0.1',NULL,1796495985743);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('U7Nlmfk03mukpXakZxPtQ56MzTaOajRqvzsbb5HPc14','01a24781-4c28-7fe0-815b-3f1771b72e10','email_verify','frank@example.com',1796495985705,4950095985705,NULL);
INSERT INTO account_tokens VALUES('UQNGJ3fmOdg4vsmeg211NddIFYtW3oEoU0zRjnlKBJ8','01a24781-4c28-7fe0-815b-3f1771b72e10','password_reset',NULL,1796495985742,4950095985742,NULL);
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
INSERT INTO mail_outbox VALUES('01a24781-4c2f-7462-8aaf-ad7d0371daf8','email_verify','frank@example.com','Gatehouse: Verify your email address','9Bi05ITbvR2j90GyAj802ediwtB6dN6n1M/ZV4mk/rQNt24D3C8bjHMS+J4m2OjLkPl7YRmoqgli8qLcqH8zcocdkus79iTZta6PwR2eGCO3LI3IOhX2exxc28iyM5CeVQEmCdHZNF+goiMP7p+L1UGuDZLUVLUkyZwMaPLfhwT0KfsK96fo2UusgX0xBnOX5EUG9knbPXhYVcK4FNLwPDlmuePNiaqcsgN5AFc0+vWhQoiI9OOEKgSNLG2BaMsTS03w7goIHMkCPeSTBjRC6XB0GKt1v6gGX2hXILD/C6QjTV6L6h7nheY1ykoM1U2Fem3PjbUtQF+P/HlYfHGqmOebz1FTi4WSGOWTnchfR4QKfk5dlRz2D55DiHXqjMJdRZFlY4hB8l6ImsibtadYWL9Ar0+MTVlnH/zku8+peIOddyvSxDwnbJMTZNhWIMpGh987qR5FEAufOadJAJGSGyfCiVxymmS8KCzmM95mbOUUAZ7qqf5JAEQ9IrkhAaeue1W4MAB5Kik4BI1n/XEPEfS41MermJByQNsN','Nh/7B4WL0IhjG+9SJB+DEX47UxT3vY/o/8A58WUPzagCFdRhneE7PjEjyAa9H4DGP6Rr6vE+na8X2gzJIdy+pFG1fvfSEQF1jvlxvO0kZRsYpdlBlVKSoRXj664LzyODYFyj4SFFsgEAgFMdqy+VpfJzOVfI1RatFXbfODThd2fjDIzq68ZXMjtGItxdGJK1NgQbG8RO/GWYE9P2fU1ys/BMgT5Mb99VE+06PGufdrC2lic5kS3HgzI9ocC+wE8VPfmxw8Vg5q5pJAx7zbO8RP4KO3Zvn3Y+mBlDByQsBs8be/uGFrx7Oo+2a0KwQlFK3UT0IXTiSTEiAmetdLLf3JM7lrwKhkxAL/6kNI23Eh//o6Dd0qMJd8Hdr7d5NmrumAkLnnvOUzWDPILf8OuVYTMHmuexMBOyubKA64tsH07jmmytekd1q61XRvg58jyGVh1ay4i/KAuU3J296z3dnJIi8nYOFfoAgo5UCm57q7YnZrZhuj2mK3Vy9/6WjM7AsofKLXdqFmb4SFbEwsMP0B1VFu4kI8HYZ9Hke5qy9zwZOtMVI+s6Nr599reinxgD941QAhUzs9CHGp4IHtFri+aNiL7vLXZEMQ6MLd3+NbKKNX2nAo3Na8RAApeAihYgN9yvfXv0JWbP+7gAUgmb16/heCLzPbStV0vhFyQHhu+2xkFs6Rh0r6rnAyPFdcgg/+jG4ZrYoVCeR5FBzHuxRpIqAn+oC8JKmcH820+2yicEVhU3kWjJx1ARbffKSbLUQJ39K/fxchi3bhDI6kCtLSSxm1lYkE8k9EzWCzZAxrVflzcJ8zFt0oR2RW9QhxV4m00QZeOThsBrOFvNzL3k/F3IRTjxSrCRWloO2NGkPgjXtJ9mRVm+zQJz/OTwiSXwar94BoqqBGcQRHjPupjR7yO1HsxQeTrSNCYbBdJV9EV6dW1TZ9eHEas8tteRRcUk6atfqb6XadG4200JGVotuAqqjN5e2uD3I1PSj5sELAph1VhIODcALiZeuFzhinU4bh0PmK+BKRIMVqrZcof+CpI13iQpXISC5n2X7FaT8vKMeoNGU5/uOmrTBdm9Nir/cR9+PT1whnEihra/0gPVQbBATRIkJKglz/8SOWCNxxemAahppA2+WKO40rzRfTQAQxLfDqedzJTFjlMKocL1U0aX+77SYSzG/+iyikGeYpLrFy16Rbsm7YIy/n+FdQLQG0UiOyICqg6bEQsJwHnZKXA7ZBbACG4tLIvFunvLzXQ1Oyn0o5CELBeuq3ETwGM+ybiCWUMG75GsWcOip0jcUC0/7KxuZtHJn7DEPMaxczLFyF7Sdt1oxRyBF3YWnCqNa8l4I7WOhNDalbvmQ0oUcc3Ivx7CAEZeaiol9O6Zu8YsOKadQEMbcKmcCE7NZLkqGAbocrVcGzt88m+r6GMEPNsBDnkNdnrED9u0kw6UL+S23+N64InWHWM5Yurq4UdobwgPBdr9nUTGcwp3vPeYozCNme4ReQi7dJTlrNPjtCpVZ1sCxLCb0WnwnfU87VYW7fSK1Zy0Pb9LjU0oW8PGCciLMnMMAt5Xx1hTX8vMqUjMq2Y1SoGYgJaKS5QqtryvyD7Zvamt1MzdSPnhY2Q=','pending',1,1796496015752,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495985711,NULL);
INSERT INTO mail_outbox VALUES('01a24781-4c4f-7765-ad18-b8af38475e4e','password_reset','frank@example.com','Gatehouse: Reset your password','UavyroPhGvWm5GBbR8jjTdv7CYdxO9VTDhJ1g1fENKYuifFCf3gglibwCWxD3OpqEh7sdKy99biHvePSnss3j8kbjwYWOWtkrE6Jryn0w2lIycccUyBc8flvM/OMRiKcmaUUvAs7jSJIklHZMJoFB0TAcaqZmk2q1Pqzi9pyhvc6UOJciUFz5Ies37MXj+UnEC0xjEtJPXX6pIJJwUr7mmMn+NIZMyhmcE10Lco521wOHyYkHMAJaWLNtfeJ+OfKBZb8G9uoFNDWsJmU30nsLS0khJDYXX6fDeJvV9bCb6Vw3MItgzVua64g+EREXh6eQb2EkNWkNyobWk+e9QAFMH4PES1RYV+EfvFXgKDwDwSWXmoofFqwouilM8K95xiG5R5rXgjeJ9yU3P8uuangixLXsVnZd3p1tPiwNJSjd86HRyWc8R8ubIB8pX2J8ZntsmadL7l6IP1Qwbhco7bxW9imbtPF8AUh39MIxhi2D6SUg08uAhM/du7/wEFVLZhthF22bq9JTSlVFh3DMKK8j2P+9UA55AOnQm6gq8jGv4vam+qmMPRKOdWQ+Jez5HmwodS6WczMdg==','tktKwgsljOrus/UuOLG7PUP/oobbVg4rEJkuia7QtCPVl/iZBhPa2HA43qEUBgjaHCvBlf1J+v25labdQZvUqb+arvfyAeHzXGJ1rpUUIaC+19SBZtUTHkQnBMuT1BtecM9TnAwZm5052oEuEyp3M+rg32GZFbbu0ZkntTkRo+rHO1Xa5pSlyrv6pz6T94IPGvns83rkATYgG2FdQQujAFlf8s4y7iZMhLxFutSQOyeGlLgrhvAvd5eMhh8tCrUbQYt0r/5fwpxL9DMfOaPSOQasiLP0VDjrreRhWmHyzUOEiowxeQh+UaSONHy2swmxuziaGH/45eCgxlaGNWFybiBoAef2GPELBei3QVSKtNU4sMe7pcTJmBqi/LZDZkrO93zYDQJzm9k4VpVewj19bTn8f4tqZBkP0vC9IhYRVlDGLoUc+QLq0eD90zUhehEZLKx0dU+/dkyUgFs6gghf5te2YzP+uz0ZSP41uVg6BWQ0MDT9SIm7tumkgh2rZtUMUMKXHoSs46JVEV7SxzRwYjXMKVv8zAKE7Ge98P7Z0l3SxdIpq0XcCchSk+Jqaq+OBuMwT+QaFoTMop2j7VQ+bVCPoz9xvmAUsJxIDGw+APrPZKta6Nva5FzdUbg1QgWO1f93npOM7olsksX/vRSVMgDiQT30VURrGmM6FwVsLkDvfN3t1aoqvGmcnGULZRvgKddkZXHQcJlI3ZVyd37sWn3gdyW1ld2R+1cxxfWmToY9izLSxetapFWu7dQbExh51jsFLrxbyDqtfIPrJm92TGgbNsm7Z6ZJ4Y197xicp1Y2Po9fgAg93znb6Jv/7DUe/WIK62cmnBxjFPJm8OgRMh7U2jdRdqCMx90tmP7MVe/DkAUPIggDC4kqLo4kmsEo4r8yA/S+G6VH82rGFmoCoimlKiqsJ0CU3M5Btc1v+d4GclOMlfeliNmcMNHYXdWZCFQ5WHNBKhPxulkEbVUe9krKnDJqjC5TY4LgtZUQtheTCd56NVHghRJSPRGsHsCIyiwVvYUhEIH8RX7ahdhhXCrQH1OqEyPcEFhvJ9tLhBwy/VbHsVs9YRnltkhJT43tt4I1WzPOYTecPQ7ZJpqlq/2+ppmPEaVN+udISnRExhgA6BrXXsE4haW2km3jbYvFpdfb0v0uv+8kBsDpg7thxk6F86Gs/Ao2m8j/+GuCmRkkE+cJwtgng8+9YxdRn6Yp9iAigZdZJssV8FXQgPsTu8zIu93xnJX+zG2jEPBFUCsYHHgWXQSbH6UfvOx2pVYn8H236tWVLTC0HDoYxfLNeddn2k4bfVi4flwpxL+8BxtQXOQ9Fm1vVDyVAACisBq7e+lGrAS8Y/uLZuKOvt14gOU38+b/WTMso+w+xZ5Mz3LD2NUFHX6wM/b13CMCUNKp1R9ozBn5UxZCI7CMlj1SiTKcpxJuka4P3uGhn4pBmDebduhFMFMJyoLY+IqHwDbUOzX9rsIPJoqcH/yDgPvLnFVRz5czXUr1eUvqGRThNeOBdFDBfWRxbMcfIp9X/WL3s7DepF4Z9Eylo8g6qwxIRrVQEGb7LqnW6m//0mXXdKR+FPXuGu642cYbGavAd2FLwVrKhXgYePFBcszCKhKPMNqR2rg9h7Dv3D45MM6I51Od','pending',1,1796496015756,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495985743,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','CqgujH_JibIpqe_0nOAzV7xE0DeRDMUqtgab1DL_sDY','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495963812,1796495963812,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495966399,1796495966399,NULL,'',0,'');
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
INSERT INTO login_sessions VALUES('01a24781-31e1-72ec-a438-bfa7a69b7f09','01a24780-af6b-7864-9a62-12a1ea8d1f4c','enywO0kJa6VR3xZUKcPGEv6EAsqzLFKkjGPP9i8iQCM','vA0bS_Zrxhf2PKKjQH1j-KgnHsONZOYiktoTjbvj8AA',1796495978976,'pwd',1796495978976,1796539178976,1796495978976,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','fixture-app','openid',1796495979045);
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
INSERT INTO authorization_codes VALUES('Rngnf0eTravVxRjDZOqb8rD4-tlBPpA97R_hkD0qz5E','fixture-app','01a24780-af6b-7864-9a62-12a1ea8d1f4c','http://127.0.0.1:9/callback','openid',NULL,'eiMqzRxXh2zOWONKTg_FNY0hW6xYvFV9ETauR5C4z7U',1796495978976,'pwd','01a24781-31e1-72ec-a438-bfa7a69b7f09',1796495979048,1796496039048,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','ZW/vilRgikFmR+zwKDYUdcVGcVsqcgP/qODPIOnIfRh+pCABv8zz/TPmkmrz66Erk6fE','read:user user:email','',NULL,NULL,NULL,'{}',1796495969139,1796495969139);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','jtUlYhOjph15uSWMsHRw1K0FZAncslezdExuP5dvyLAYu6X0TQ5Dn4b/AuPpXzY=','openid email profile','',NULL,NULL,NULL,'{}',1796495971735,1796495971735);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a24781-4aa0-7d6b-8e4d-997efb3c998c','erin@example.com',1796495985317,1796495985318);
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
INSERT INTO mfa_totp VALUES('01a24781-45e3-7678-993b-2acbf419422c','SukN4rI/zvKzpz8+cBkIHPODu5g/aX5Zpkg7RnT07yF2yJHkp+UOvc2F5OCTneqn',1796495984627,59883199,1796495984400);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','xIGJ4ph9X8GBRpKU05SAZAJrNU5q2FiFkzAKbR5eOS4',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','cj8oYLCMNIMz5PdYLvs69rZjZx6K8qOqFaOgRuZGkCc',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','M2vvimt2BYlpYTIwlIATszuHy8fA3RU6xaXkcQCnt50',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','o_hbcV14fdf9PoEIdYMyEMHkTxev9dyJxScPqS3Odes',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','iaDn41D3aIz6jXnRZSmtXXsK4e9PfjoAru1Ehk5KwTI',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','L5PS9bn325UlofCsh7ph1QcI3VfLYqig8gpJmUGrTFE',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','D-F_aY5AxzoF32StNH319bOVYWDpOx6oQ8RXUcGL8lk',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','_Lo14IJjVQyeMew4sID0kJ5MtMKM43ZpH141FY1eDPM',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','5uY1sex5Nu7aURKWdMDlpYTXhuQbi6sgrsrTB4maSiw',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','GRghjxZXNmXfY3vLxbai9DPjWi3tR5lukCXWMeLU1VI',1796495980310,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','5gwMXxnKgDY22ESFgUkRofkC2HNR66HsP9UOjGD7OsM',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','AdrMZFd62eRMQJHXTOpiyVn3TYLJBIYnwgtLG4AwHXI',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','5eJWi7HcSdn4mEF_LWmTRC2C3lVuVdPQMi_UE3wP6No',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','zBwRNI6fQS7z4Y0OXYZfW6cXYaERUAaxsTrFgXC7FlE',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','M-fBq6VErOfRk1lT4LwkkeABeNHgKIv3ugvODPCnn-A',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','Q0NmadnZUJi_pCxBSeu-ILSbrzhLlP1FkN6MQGelQ38',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','jLiaS5l1f3sfcU3fuPBswcA2tN6155zbx3ce79WuhDQ',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','Y5fCBF1rm5pH8ivYZpK7SFkIOnOR65N50qqzRHB9-Cw',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','eRwKCaNKWAvDP3NKE4PWYBrSurNryqgppoLvD3rau-Q',1796495984633,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24781-45e3-7678-993b-2acbf419422c','kspDJel32Bi2da5-UXpIq17mOeCEpGll7xBIXB4-WLM',1796495984633,NULL);
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
INSERT INTO passkeys VALUES('01a24781-3702-7f47-b7ab-69b5e248b0b9','01a24780-af6b-7864-9a62-12a1ea8d1f4c','V3xJucUcSR2LyLF1fk0pBdPECnaorHFRaTr0r-Y3BF8',X'a5010203262001215820539e58336b07b85b057dde88d2c1f6e3dff03efdd610b9d872252ab64168e3c92258206f872d42e1417068241870b5262dad53775090c80d3f9590cebb61917b9a3629',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796495980290,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a24780-af6b-7864-9a62-12a1ea8d1f4c','mWm6n53N6mlgNoy96Ku7XEzI4QwCO5Z8VCfNC8eF6zs');
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
