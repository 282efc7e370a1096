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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:18:54.783',17,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:18:54.807',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:18:54.911',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:18:55.010',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:18:55.047',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:18:55.127',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:18:55.217',9,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:18:55.230',3,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:18:55.269',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:18:55.271',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:18:55.341',31,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:18:55.377',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:18:55.429',49,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 18:18:55.444',13,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 18:18:55.693',2,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 18:18:55.714',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 18:18:55.729',0,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 18:18:55.730',0,1);
INSERT INTO flyway_schema_history VALUES(19,'19','audit actor index','SQL','V19__audit_actor_index.sql',673669343,'','2026-12-05 18:18:55.731',0,1);
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
, locale VARCHAR(35));
INSERT INTO users VALUES('01a2476e-54b5-724b-baf5-f31c96510643','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$pzb/kuXe4jFhy4tsTlBQ2g$SeYO58Zd4MiADyAn5Xtk4BIEMiiqeWBcm6GTRAHQLgc',0,1796494742709,1796494742709,NULL);
INSERT INTO users VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$os+QDAbRKUw9cWT9t2Xw4Q$LWBu0VC5UfToUQ34G9EKxPOwVhS2rBJz+AjcIgXdcUI',0,1796494751036,1796494751036,'en');
INSERT INTO users VALUES('01a2476e-b261-7894-bd9d-9d166403f36a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$Xiyho1lyVb1bY9dCHyfneg$eU905iN97BBs10dtToBSUeAaf0rBk0hb8KajgmCylhY',0,1796494766689,1796494766689,NULL);
INSERT INTO users VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$87+a0bdqZgI93Zsa03gtFw$2h6GpBNJ+/ldwAwLmSuqxmrwUPsbHVLabeuseONlPxo',0,1796494836877,1796494836877,NULL);
INSERT INTO users VALUES('01a2476f-d113-7bd7-953b-d56284bacaaf','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796494840083,1796494840083,NULL);
INSERT INTO users VALUES('01a2476f-d7a0-7a75-af57-aa605d773826','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$x52SiynmFGW2xv1kgIuZIQ$ieypQODE2kmRdSMiVnOoaKb/vc/zh+ZBMSsZMOdXx24',0,1796494841760,1796494841760,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796494756153);
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
INSERT INTO user_roles VALUES('01a2476e-54b5-724b-baf5-f31c96510643','user');
INSERT INTO user_roles VALUES('01a2476e-54b5-724b-baf5-f31c96510643','admin');
INSERT INTO user_roles VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','user');
INSERT INTO user_roles VALUES('01a2476e-b261-7894-bd9d-9d166403f36a','user');
INSERT INTO user_roles VALUES('01a2476e-b261-7894-bd9d-9d166403f36a','auditor');
INSERT INTO user_roles VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','user');
INSERT INTO user_roles VALUES('01a2476f-d113-7bd7-953b-d56284bacaaf','user');
INSERT INTO user_roles VALUES('01a2476f-d7a0-7a75-af57-aa605d773826','user');
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
INSERT INTO sessions VALUES('ltteEb9ggI23xhVTBfzaRA','01a2476e-753c-7e04-bccc-b6f2d94bcf36','gatehouse',NULL,'vwBzD_uPBsG9RdTOBc4XFOfhJVm1dq3iBDqDyOsBWkU',1796494819336,1796494819670,4950094819336,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796494819336,'2-Kim7Dutx52qTGLJgqB5gPkVUsgIeXYlAa8-Q8PHGk',1796494819670,'AHXNnrIfTmnv973MBltt5XbraDwc2WuHiouCMDrQ14sB1Jq4mLXkaKxj25fEH-YKDfaTAWNsbSC6HlIjRAQiapf-X-hkLXk','pwd');
INSERT INTO sessions VALUES('l1psqhZn4JDds6nuf1SitQ','01a2476e-753c-7e04-bccc-b6f2d94bcf36','gatehouse',NULL,'E6whWvmT3ee6WR7vCs9UnBvKzE4KQPsgYwlrTh6GP0A',1796494824413,1796494824413,4950094824413,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796494824413,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('8gI3DrjdMX-QvoPeGPeqxA','01a2476f-c48d-7803-a548-ac2c33d85ec6','gatehouse',NULL,'_mWnEjye5uUEsJYnNXogCa6tFbZnLwUStHMHf8tXh1Q',1796494837665,1796494837665,4950094837665,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796494837665,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('e_JBjNgMnpPXOL7Uk9qvnw','01a2476f-d113-7bd7-953b-d56284bacaaf','gatehouse',NULL,'IvNJpaf39Gv1ljRFXkLgaRtJHZSNDfKbiOwE7iXmn10',1796494840177,1796494840177,4950094840177,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796494840177,NULL,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('2-Kim7Dutx52qTGLJgqB5gPkVUsgIeXYlAa8-Q8PHGk','ltteEb9ggI23xhVTBfzaRA',1796494819670);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('N9TPacr5_lzqRrlmmjjTqg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"N9TPacr5_lzqRrlmmjjTqg","alg":"RS256","n":"ppaNhpNFjhqZp1UdTHgNgBrFLG6IhYyPdc48Gi19JlAjdwV8CfvCIYRfpJhPNxgmf4T8M0LhZLaGg_NxUHKAkUFkqvdWI3Dij16mDOaql9O_9gSzOhSfyvF1t9LZT1Y-JSZhgcx09MZAKfRtwq8W4KSZw5Lj-fDy4BuItal-8x83X2QNSVeJ8zyQCKLcC-jp58RaGpczpWhHRMCub5neLdwzR3LRQK36e_j6VP3vh_8P3Y-XV27krvmDnXG6I0ZC2PnFN5rZ_s_Ts3godQsa8b01kzKdKS7dIOITU2t_VNPLnhZQ33ZkvDEJaMt4oHiYETq61nRZ3fXy0eh5U4Koyw"}','gqjuR6ahyQO8UKTXXbyjlQgQZSZJEvCMWn0ZXv6mHdIxEKVjMMyl9lthdY+9ADfgNK0Gf4aUafNAXZVbWEai4OIqRT/LIiR9SusOTlqm9IFg/boVcAH1Y031K8STdx/khin1Fm25/u9pu/TT5BX5Hoqs3CCheXD0fl78hn8j7vXXG/Z108ZE4U377BymGKaHZVlKZFpacst39dSLj/qndnSfrEkqBwC8cQe47l0fweyzSoEQ0rEVWo23n76oaEHuI3AHpqMT+Ygh23kD+FUMEUnhn9HSkugBKvPsWiGndUzBOoQA4mEHIl4FbaRZiJ6ycVPzQtcLoY5ESdR91NT9wh5ICGLEyEY6aQYkvBRlVgIvBqyMQBCg8PkBPwF1cgRurZJzoWG6EbcyhFPgEJ8+RNCpq2r87nsGtfP1RnbuSWsd5SPwQNp7cnaxhNnLFnyfU9a/3Kcudz4EPm7CL/3g+2xx+lvqeNz/3ejv2v/miSxSiknX/N4Gi+9Si+L2Hcv/DHWPWKu5rMpdCUavm6xsbu7z0iqeb+/rY6dKgJqayaw3uTZXUJLKZltlxyLWYiZNwiKjWDTmw6MqrGGiBQCZF9+aMXuD1V2lacP9vUoEJcWhq+T2nXpDbIOKMHCEmONvkYAtE4E2tr86cOf3WxU+Kfak5h+viIoYBtGmcz0h6NagU2wSeWyswjvKwQFaYDrhSAkEGcOZqyMeMskZvRROqo6/h9LBx9gh5V5+zpTBWpO4/oGoCPIYrJwIRrZ59xh3YMovhYTy88eQZuJTJNCHd5mkP5uIE4uEpOdf7yIqVSj8NRZpGXyKzC80v9x0XGTPLRkoZ7kXhHUd/JDDKEYHc98YqkiXZbRf391CC6atuFwrOqS6u0xYjRWHbCjNhi9I64DoBd+hmaYpsm65ZRiTM38LFZ46gmp7nq4l3Oaq8y41+LajNhUJk4Qt+2ZQYC0B/TpcG2nXGPukL18j50fwTE5cwP1Upr8Duz3u/UbHghZJR2QblB1alDxs9PhZirtD5qfm+aFElmixR+mu8Fj6Jp7j5nt5yi/Wb3HHMQPHBOZuGW4Antp5CTKJ2l/iYh7hflkSTGnu244JDjtECFV3uu9GxMCXV5nLlRrdtcDoobNyi+4am1dRmOlSqVzy5ZhgDNZKjeuY5YC1Ow/TPjlK1BwaA6ARjnsQsETnUINx97UAo5j/hStwPuTjjqNxc+KtzmbpE4htzQNtfAwoi5cvKAAL77pq0mHPKGmiP6UzxU2FUzJHnVHmf/xzn7kwIbkAcD0UY0uIclsaugbpESZ10tRptO62rYfwCetxatn+C0rPYlVQpQdoAc5dfo3VLgjaluGgRZVQEWce0TJIhENJDIa5Y6GYIT1+9OS1ITA8j82AD7KPBOst76PeJ1F6zc1HJ2CdnhNMEF37r+hUVjas4BZ0js16K7EsBClDv7q5bU1iCQ/wjafKt74ndUB6dQDgMVciCrGsN4jjBcSL68Y3HnfxomGoHQW3oZMk6JzzrsHDUnetQ/NedsfmMEyCG3abmlXzhGQLdQvz4i5D3hbZ4MT+rnbZJgfkVXLbuq3gseLCTngaK+Uz4mN7ZDy0D4Rj2tR4NZflO82M034Gsk7B0M+morQc2iRPZYADMKROs24FVEfYVrcjB3RBRKO5','active',1796494779737,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796494842099);
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
INSERT INTO audit_events VALUES('01a2476e-557d-78d6-930c-a34d89a9339c','user_create','success','01a2476e-54b5-724b-baf5-f31c96510643','cli',NULL,NULL,'roles=[user, admin]',1796494742909);
INSERT INTO audit_events VALUES('01a2476e-758d-7d70-9242-16c22079f107','user_create','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','cli',NULL,NULL,'roles=[user]',1796494751117);
INSERT INTO audit_events VALUES('01a2476e-8a37-70d7-a944-110aed3f01a7','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796494756407);
INSERT INTO audit_events VALUES('01a2476e-b305-7041-9575-ff5334139b84','user_create','success','01a2476e-b261-7894-bd9d-9d166403f36a','cli',NULL,NULL,'roles=[user]',1796494766853);
INSERT INTO audit_events VALUES('01a2476e-cc26-71bc-89f2-fa02b6449c5c','admin_user_roles','success','01a2476e-b261-7894-bd9d-9d166403f36a','cli',NULL,NULL,'roles=[auditor, user]',1796494773286);
INSERT INTO audit_events VALUES('01a2476e-e740-7bcb-b584-aa3b1ebd323a','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796494780236);
INSERT INTO audit_events VALUES('01a2476f-0b31-7a6e-8fcc-b22193fdd671','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796494789425);
INSERT INTO audit_events VALUES('01a2476f-2253-7704-bab9-2d0f84cbb18c','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796494795347);
INSERT INTO audit_events VALUES('01a2476f-513e-7069-9cb8-a70a6bf57b7a','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796494807358);
INSERT INTO audit_events VALUES('01a2476f-7230-7dfa-9030-aa91ef7cd009','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796494815792);
INSERT INTO audit_events VALUES('01a2476f-805f-7117-a1ef-76f9a0185ff0','login','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36',NULL,'127.0.0.1','session=ltteEb9ggI23xhVTBfzaRA',1796494819423);
INSERT INTO audit_events VALUES('01a2476f-8845-70b5-b554-966543129a2a','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796494821445);
INSERT INTO audit_events VALUES('01a2476f-90ab-76f2-bf49-3b4d1c016cd3','login','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36',NULL,'127.0.0.1','login_session=01a2476f-90aa-7d11-91da-fb9fb7c33539',1796494823595);
INSERT INTO audit_events VALUES('01a2476f-91b2-7039-acb9-4dd1c8c68b45','consent_grant','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36',NULL,NULL,'client=fixture-app scope=openid',1796494823858);
INSERT INTO audit_events VALUES('01a2476f-920f-7eca-9f4f-ee3e9b005ea9','authorize','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36','fixture-app',NULL,'scope=openid',1796494823951);
INSERT INTO audit_events VALUES('01a2476f-93de-7c28-81d3-c54f4e1e0bf1','login','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36',NULL,'127.0.0.1','session=l1psqhZn4JDds6nuf1SitQ',1796494824414);
INSERT INTO audit_events VALUES('01a2476f-9fcc-7ebe-a15c-d959afb812d9','passkey_registered','success','01a2476e-753c-7e04-bccc-b6f2d94bcf36','01a2476e-753c-7e04-bccc-b6f2d94bcf36',NULL,'127.0.0.1','passkey=01a2476f-9fa6-7c8d-8f74-aed3aaf3fa49',1796494827468);
INSERT INTO audit_events VALUES('01a2476f-c52b-7f7b-94ae-27af76d5454c','user_create','success','01a2476f-c48d-7803-a548-ac2c33d85ec6','cli',NULL,NULL,'roles=[user]',1796494837035);
INSERT INTO audit_events VALUES('01a2476f-c7a1-72a8-867d-f8e7f5ec11a4','login','success','01a2476f-c48d-7803-a548-ac2c33d85ec6','01a2476f-c48d-7803-a548-ac2c33d85ec6',NULL,'127.0.0.1','session=8gI3DrjdMX-QvoPeGPeqxA',1796494837665);
INSERT INTO audit_events VALUES('01a2476f-cc2c-74ff-aac7-a2a7f8ff516f','mfa_enrolled','success','01a2476f-c48d-7803-a548-ac2c33d85ec6','01a2476f-c48d-7803-a548-ac2c33d85ec6',NULL,'127.0.0.1','method=totp',1796494838828);
INSERT INTO audit_events VALUES('01a2476f-d152-7dbb-b181-02dfd7a8078b','upstream_login','success','01a2476f-d113-7bd7-953b-d56284bacaaf','01a2476f-d113-7bd7-953b-d56284bacaaf','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796494840158);
INSERT INTO audit_events VALUES('01a2476f-d171-793b-9c85-3028743cfefa','login','success','01a2476f-d113-7bd7-953b-d56284bacaaf','01a2476f-d113-7bd7-953b-d56284bacaaf',NULL,'127.0.0.1','provider=fixture-oidc session=e_JBjNgMnpPXOL7Uk9qvnw',1796494840177);
INSERT INTO audit_events VALUES('01a2476f-d7a2-76df-9e83-88b08957927e','signup','success','01a2476f-d7a0-7a75-af57-aa605d773826','01a2476f-d7a0-7a75-af57-aa605d773826',NULL,'127.0.0.1',NULL,1796494841762);
INSERT INTO audit_events VALUES('01a2476f-d963-7abc-b87d-0996671180d7','password_forgot','success','01a2476f-d7a0-7a75-af57-aa605d773826',NULL,'frank@example.com','127.0.0.1',NULL,1796494842211);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('KCVnCxCkeK3hnq-439y4UzsQZ1vmWBY44d36ZXQmOrk','01a2476f-d7a0-7a75-af57-aa605d773826','email_verify','frank@example.com',1796494841762,4950094841762,NULL);
INSERT INTO account_tokens VALUES('iS8mmriNac46RDs-Fcp-kGfsiINwV-jDJQ7jkc9lGUI','01a2476f-d7a0-7a75-af57-aa605d773826','password_reset',NULL,1796494842209,4950094842209,NULL);
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
INSERT INTO mail_outbox VALUES('01a2476f-d7c6-7b1f-bf1a-5607d1f96fde','email_verify','frank@example.com','Gatehouse: Verify your email address','zHK/4vcST7g7AAFZ6M4pHzDH7bQ0nEFtw81a2yZ46I7OSDPl8UMTkYO/niXPMB5qmDaTgBkE5zX2vi03CVKimOH14Pxsjv/bHtyuMtau0/5OwpvSRVUxSX3W1UcQ2PQvE8apPjkK3AWvBIHloZg74+wUsUmkvGIe1BdkrqNFdRbquOVHwLT1ztZHEqYEaoWHHU2QdIVmkYOiqOvzAIrdEYNwXgja7iWYzk13WezUOIxjQlI6t2DRk1RPJr9kvoUBzRFgUp1n01epEtvQxSBjVW+lp2BYM2gjI1iCoYl1rKZDlt3CUsWfUR3skpYErwOEln+M6QMzRdKgGVZHk55kkHnIyFVfwhQFwrXiQeZwB0hnzIEOWSCR8+iZYaWmQBZZC3rIYeNxEuDeyv7j/ZwFxGVaRepcyEABWuaiONFdq0iB0UreYapQLkPtmZWePqFVy8tKRgdDKUIT4YIsqvcCLl2pIsMp3P7B1XawOQlZ2YSPGzGfg35NEZgTrfsZO9tDidQqdMxhMhoCV2UUGgNEwmr8fOi1UjASmaIMAw==','EdDVzGyPZiYGLM63nAAO9Uob2ieuo8D3AD82QaFgZUu105bVvIYJxnw30ObxKmMqL8lhkx0Z0RzuOsTAt7ntHZdVPu909T+7Sddmy51mdmexhmT9MR6i19HaaLr38LbuS+Y1okJaHw6S2c3/VyV9aXQNhQTNL0LhjXt8yLo4nAjWvBgmhFzhljDcpI2Vr5bunqH+XpmZjnahw6TUmC5dNubV4tPRg/lHbrGEatc0TwzZ72iLx356lDPg14yw+sAHHwbjV8HDvj1hLHEqljvoc/i2XouYCyOaS+zoL/B7eN68YNGdnXOpCNf1bxhl6cyWuFabFzj9w/H04kwTQVvjPEDmIY5q6uh1xsp94Iu2AJ/JpluzFFqmUipIWbLtEEiRhgmTkcHWvyGuzz6jbOinYNZp0FBaPCpc7leTNtTjuDpWL4GzNYJXBjgMKtcGNpiXjqdUqIrGjH6s+HyvhZhI1MzSmm9oVvKKREvxsb0aprA7B25v0BZA6nyTmXSRm/LacGbm8O7zgZuaw01CXL87Kd5W6WZYg3B4Qzq+15IzvhUkZNBlNBK0V3s3zqFAYvKXutVezBrwG1YcuMlsAeJ4/jhp0kLw6umBQuhwrbt2KhektfEVAqjcBl9p9t6H7I72zI5lkU5YAi8ppTjC3CI1csuD6Q4AzsraQcFsWiyWuRteIIoQoK8elmRplXmvxhfpkA3hh99VbkjWPi17+5S2WyEmezX9wiJgInD75BKfGJ0tOeEBo+vMJWcgdi9cCnwUURENgWwiee1IQT+5NrDe8MYfokx9nm+wKE5Am9KLdqFqHIJR2ZkBThGei8NKMWmlkL5PGOZ2/g1q2rTkABwTe4OsXpI/YksOiEapRWs9aE9mQuVr3Yrsz8E6gh0trra+hwdqT77WxnAa1kSWFy1CTsadUZSzU1cK3Fi7/ds0EYSyT2OUgEY6YKRUgpE/pvExSOCu8D23DB2S7eCia4CgStvpUdfOtvEGT95joH4AzVSup8Q1B+Eje5gk+MrtYyaXgLpWKkj4CS36Ga8W417OA+zlZAum1aw7Yi/MPQgAH+54+iI19njvfyyvWhj6WAAlaz/fDKIjbCnbPNdViLNJiTmShzk4+/v2Qfmo8kEqQwfKtAxwlIFWkQ5ARYQ77yT7+zqyMgEbu55RM1TcmUUTs/b7nGQAg2dYwGt2D5DEzKN0bsloI0AR1K6cltYvRVPh92vey0pX+haTRU7B+74F245A1P/f5gC/oe3rUL0y92z48/yuR0pH9AfiNFlzf3b/C0/3J++GFdOFLeOntj0RU2SsluD+StlaPk+8Es7o5TRcRPuPohxb0o36G+qBo3i+eX0mM0Afvxqq5oR4s6ab7NQoB+dPXtrKRDBUjvDw99RMCn/Ip4Pomm7Y4u1iCynG1tMp49JHJOyQJ1yaxpEKEAUwoIxyixUVqirjZ1l6MZoVk933lErkPHHX7JGvTyrdWq59YQ3ZyRCWfqlRCYzsaigNwo7xOXQvMpFXJp3oWPiwVfVzrU/uqMyv5jNLpqYLUW3GBGBdT8/hX3uxznUhbaVBMr6HEq90WlTfUb/zvkZxVwIAYuvDjNHEGt+gncKezl6mMHLIRjgfJhP/rlsl','pending',1,1796494872368,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796494841798,NULL);
INSERT INTO mail_outbox VALUES('01a2476f-d962-72cc-8e6e-d0d162c4963e','password_reset','frank@example.com','Gatehouse: Reset your password','iSUiRS6k8t9NYjqf4amGtWMGss8ADNKr8sJVbCmsD4Iu77aNJCVeeygPabKxpsN/Ib2n2hAeOZZbcBnRt9LztcFjYLWnTHYgx55XG+Yaon22zhlbInSZ9zre6OlkjnWX17uCjqPlinR95W6FfjHInbL+33fordmJV962PP58Rknz0UlQCKk3cprTiJRQXrmCKvXAgjD9bb1143oJhphnjic7eikaDd/ZdX93hlXR43bAovlaLnj57l/nAaU5A9DoB+9NoBntvLIXMdLHqnSM+3DxcjeQPXFLZDtzT/FVGsRwQ7BLyNO3Qjc2IL3Tl5DWDhOcVwQJw+eRpsbGAeyIgB93C9FLM7GvKf/yhMocacYunQIC3tQfcNFEql76ckImnkpi8ccd/3jxLMGo0WEXd87dd/hFz9Dt5l/vchf4YNsGxEfddssBprEayY9k45TDTbDXcSKps/igrfraHSt9PtwoL661bafeM0WKxBHCmOQsO8t1TB/x6VZKvsvKQdh1ytm187X2bdVjkrt/FSSV2bi1L+xU6QBnT8V22NcvA5ZbeiLu+DWAh/HDxgyC3ko0eh0A5pWSSxQ=','5mz6JurhexWNdgS1P4SpifniiQFkrnLKuoli3xiCGN6Bp3d4uEKqCFd0aU1NWatsVBvRj/FBPbfBrGouZnNDjCnMsAzUWgEMsetWaapuCLrSCT1QwFVbB7Y5Z2G1JwZgC8g7Ylf+aZXQ6H8S6mC1a6h2zTyWo+oC3kQ4a3xd42Cu1+jYc3S3vGSmh8vvy8yJh2PsAR0nfhWTpgDVN3+OH6aJAYsaX06vC6Pf265reuG7lqgvRzGv0eDigsYcbMpAqaB7UXUSi7Owp5AY+20nMDcNzH8AFGynqT+hByD3evDiOoz9RGZMf0O/bHvRUOam81o/kdVoQvGUgfm7VkHCAv4P2IuHCrIW/xAjoKabQtAhfacSuphlp2nDzg6nybchzV1Yd8H/DuVtZQ0vMwRLFDekxKk7S0uKDZaWfmDQQ1groFcKs1t7gu3XWyDc2IT8eUAYlO999Vbk5bg8pkQBN4Tyzm4KG22DimLRCJymbHg5P+O220IJxM1ZphRHx5cV1MnlxxOWvc8nZCbLIOGgSsmyxdBLnn9RblWkprrCIS4EQXGu372dAzJLBaOnmGbIxRnA+7Ap36JGx7pM7gyq7+AQz8o7g8tBYyUSKPJwsNXwgZLtLizbOsqzJLkp/Na/zuY7c4GriLJNZAVtyppFYMbVXARSrlBLnnyLUqH7x6ixoe79KXZJZEBKOaN+8o/4wOmJ0QMv2jjLEQaxgUQwIX4o+qj5tdl9cvpproNTBPywveH8GNDI7OkZdwS1Otc66eZTj/jqhlSiD3VOeLpWMqKi+YeiPJicWRJGPYdXxOrVXRo1H8KpkmuY+5i2UzOQyLpkry3dQSfPvYyRg0KhC1NPfJKX1K4bIyFi1FsMcv/EujWvUCt9nDq1SNewWPwpwCxeSXrQVPzkgPj79UqvHWPE8DJFy0oBaTUXYxR5CF2WyrackN3XT02c4l7gKolhCIVH/jf2PgLpu3z3zfKQ/07mhUSW3l8aiHHn3lAGkgza5qh2DkaeCOGIH8GNBa8j0rDXHwve03ligXQ8CHr5pq2W1gJwvTxj5GdIte72SZua5/Pp1wNEx9ftDkT5lNUNbJxvb4wQ3PcaoWjghBpfqCq0guPHjIwsOQNSj547H2ax0u9dS8e0iTRfLlO82uWHC9C7/LghxgZnJTzZKYRfr0c3qnMKcozOR8/1Dv4cfAtKvpqHZkbMs3LfFkatppkeIMhtftiDsR/xhz8YWogInRHKmFoAiJwOovAaF3pWQU3eD4+mP3gUP3cIcWhEwlt9wWWVChvrPdK4zj+EfvhWxoFhAxkMDTK8gmymLZLsu7YjJq6flH8qv7Fh6pjLiROC7iQ5PhMHuttth7D9b4nFxzjXmGn6VqWGowe+0xxM7hZBrknSwTU+lR0IodMuw+RndeF6Ms3miilpI5Yv+a+HdTuHBz5WxoNwXf1HjseLmb1IBuamPdW7l8ndz4KfMHc6BFsHPbgizRdD4rpAs27ed/1fYqDDiD84jCdZCFTbVDKsSlrDRqaiUNExUoiTyGZ4CSQKuPWK49O5xwz60uKkI4O5Mpmz2RUKM/6yrT2B2gEYLnxq6c6nB01L4mOQRhOvCutR1y17Mc2dMg/UBDd8Wozsd/F4ydjriSHm5y57aBjjVA==','pending',1,1796494872377,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796494842210,NULL);
CREATE TABLE job_leases (
    name       VARCHAR(64) PRIMARY KEY,
    holder     VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL
);
INSERT INTO job_leases VALUES('audit_purge','',0);
INSERT INTO job_leases VALUES('key_rotation','',0);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','56jBEVhYz0v3nOghzGjoXGu3lBgt19v_22LNHGDlxjE','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796494779450,1796494779450,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796494788088,1796494788088,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796494815365,1796494815365,NULL,'',0,'');
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
INSERT INTO login_sessions VALUES('01a2476f-90aa-7d11-91da-fb9fb7c33539','01a2476e-753c-7e04-bccc-b6f2d94bcf36','ihoxqw7SRdgkW_SGi8CPIB-oItd8ny5rVVtq8_5sgXQ','euVYeC4a773pLE0Gi_I8xXHMAcwBhNgvyaL8suBRI-w',1796494823594,'pwd',1796494823594,1796538023594,1796494823594,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','fixture-app','openid',1796494823857);
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
INSERT INTO authorization_codes VALUES('OpIW4DXFrgMI6qPARDjrNj5k0InFWmVq3bsyjp5UgWY','fixture-app','01a2476e-753c-7e04-bccc-b6f2d94bcf36','http://127.0.0.1:9/callback','openid',NULL,'GdjSf9WjbjsPAusZCYBHHdggI0D2OjbQYlaopsy9Sik',1796494823594,'pwd','01a2476f-90aa-7d11-91da-fb9fb7c33539',1796494823858,1796494883858,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','oJTiZq4cySK8NH/DrB09kGEnfxXm+FOx5hi6n0LOOHeSy/kKdg7oQeQwF0aoEOuBIZYt','read:user user:email','',NULL,NULL,NULL,'{}',1796494794613,1796494794613);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','Tz9xKwmtMQAv55KXeV7VKVusjogIdWn6GYmX1++xo9YYUKXhJofm4D5EUlfyYHk=','openid email profile','',NULL,NULL,NULL,'{}',1796494807178,1796494807178);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a2476f-d113-7bd7-953b-d56284bacaaf','erin@example.com',1796494840143,1796494840145);
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
INSERT INTO mfa_totp VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','f9DcL7O+i/F8Jz53nH1oQsH/daFnh2LrVKiUAJOqMbDIhIcfujS6bmBfiBiF7ZUA',1796494838814,59883161,1796494837741);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','lA-3m5pFXx8g0Q91h5BsyMN2WUEV3BEWeQpger6To64',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','fT7LgUqbRY45g1N7teuz1Af9J1bgWRzZWXK_uxfwk7w',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','luTfogZIl42FoDtEJfVRtxihPbQKLxDyvVut_SmfNig',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','ZrFxCjwx8yQrzqyKVi3Izv4ONDXf9ZFgXahMeEiQ6Dw',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','ZsJeBimHQIMwzgqWMLxt7qAkbsZ5we_PjpSUvUV3FOM',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','gXHgqNWKfseOtr48r7r5MTWeYvdOD7flBNyINb6WJwY',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','ey275vNkVKU7tCC0hRhSe762iBVt37Pcf8ncux_TmPE',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','xGfAvbFSbUrePNFYsplD0pGKsjSXcKwnFzYGsDDBxkU',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','gmU1lGUzaH9tN7eL6UXYFek3q6LZ8KY8ocKIUrOIGek',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','oTuwmh3Eui_kgdFbv3tW6OOTLfodQiP4thK7WumAmE8',1796494827470,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','MtZzG5uU9F32uN6XzuCIlXV9Ofkbb6TT7CrUQsldj6E',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','2Fhxto0C52FcVXqKBzGHndGADk2U0lX1nBRzVpOKn80',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','xM6ROcsGBmb1eVZkPvYNhnltmjCqEc6LuQnsJTkf7bY',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','7jNKNiXQpluA3Vc2meWWvP_6Iy_hyu7Ay5vx_VTy9go',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','2K5sW0Ml_AR4RVWU7JtB2Yaq1ipZQQ7kWkGa9Jwu_E4',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','gXVhJ2wMHpbYV5oihFj_hPfzdy9ecuhzZC5KTKmG6lY',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','7XK1PgRsI_f-ozgHQjJjcl9xG1Ztdv9SkhYrYkve-G4',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','nGXr_tqqudPmkejPhz2AsWt7UJ0DCnFUKJJMtXpwodM',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','hTw5soA0zwaGzfvNSJN95tS8EAgkJFhWa7w8buw41n0',1796494838829,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2476f-c48d-7803-a548-ac2c33d85ec6','CpdymjoOrdWIGa6JFDuMq8qRCxmj9lJg3UjanMcxh3o',1796494838829,NULL);
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
INSERT INTO passkeys VALUES('01a2476f-9fa6-7c8d-8f74-aed3aaf3fa49','01a2476e-753c-7e04-bccc-b6f2d94bcf36','vKCg_t1vliJrUUWVVriBARtAdsjWf-iW1iblPxun2Ws',X'a5010203262001215820d1e34fae3ede52b87e1f627b1df8eabac0227981f8926970c06055b449db80312258209a4b35d2c855d85aa937d041dc7e6adc3b08a7896496268c1a9cbd659e82dc99',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796494827430,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a2476e-753c-7e04-bccc-b6f2d94bcf36','NskYoyR5ARTyz8Ok9NR63wrVpJyitFHtkVwUsuJJNwQ');
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
CREATE INDEX audit_events_actor ON audit_events (actor, created_at);
COMMIT;
