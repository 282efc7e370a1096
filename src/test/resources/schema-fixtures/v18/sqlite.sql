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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:40:59.015',3,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:40:59.033',4,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:40:59.053',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:40:59.066',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:40:59.075',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:40:59.086',0,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:40:59.099',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:40:59.117',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 18:40:59.119',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 18:40:59.167',27,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 18:40:59.185',11,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 18:40:59.195',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 18:40:59.231',3,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 18:40:59.246',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 18:40:59.268',20,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 18:40:59.276',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 18:40:59.278',0,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 18:40:59.280',0,1);
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
INSERT INTO users VALUES('01a24782-7c79-7b7e-a87f-822b1de2ddf6','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$YlC1uul8e75wdGxnKHA5Tw$SL2XGrghOayZ/Klc+Oba2hOInU6icMDouxTJqkeEfZI',0,1796496063606,1796496063606,NULL);
INSERT INTO users VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$DqnGlULvD0iNNR1i4rufDw$sYH7orLZa/mW4WSFMNUtt3mv1nyOhCVIvi1a2X/kTeE',0,1796496068043,1796496068043,'en');
INSERT INTO users VALUES('01a24782-b3e7-70c9-92c5-3a5ecbbd0c38','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$qE95gxBN+yxWn9gT0fmO8Q$vyg7cEVGoy4UNsJeqCXqmUdnGlyrj8luJsCT9qq9XPM',0,1796496077799,1796496077799,NULL);
INSERT INTO users VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$kmWhx2rbtll5BCni70iOqA$b4SA3ugSgm8I8W4aNfRX8kvLOSE9NVtXcX9qkiFpVX4',0,1796496106872,1796496106872,NULL);
INSERT INTO users VALUES('01a24783-2d2d-7066-bd16-5ab0ce2ef491','erin','erin','erin','erin@example.com','erin@example.com',0,NULL,NULL,0,1796496108845,1796496108845,NULL);
INSERT INTO users VALUES('01a24783-2fe5-793d-9ee8-ec6fac421474','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$mfpMPjoKMqiHvR3IbXOwgA$dTQ8ZqewbNNJPMG8SK1VEJ8gA0hI0BD+Rmi1BKL+A9M',0,1796496109541,1796496109541,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796496072989);
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
INSERT INTO user_roles VALUES('01a24782-7c79-7b7e-a87f-822b1de2ddf6','user');
INSERT INTO user_roles VALUES('01a24782-7c79-7b7e-a87f-822b1de2ddf6','admin');
INSERT INTO user_roles VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','user');
INSERT INTO user_roles VALUES('01a24782-b3e7-70c9-92c5-3a5ecbbd0c38','user');
INSERT INTO user_roles VALUES('01a24782-b3e7-70c9-92c5-3a5ecbbd0c38','auditor');
INSERT INTO user_roles VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','user');
INSERT INTO user_roles VALUES('01a24783-2d2d-7066-bd16-5ab0ce2ef491','user');
INSERT INTO user_roles VALUES('01a24783-2fe5-793d-9ee8-ec6fac421474','user');
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
INSERT INTO sessions VALUES('a-ySXpna57I7JjudERngNw','01a24782-8dcc-7e0f-afcf-b8281059aec7','gatehouse',NULL,'fwXgkpw9cga_CUBZdAV5azaiKApMPfcfZsnHcfi6Htw',1796496101137,1796496101250,4950096101137,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796496101137,'KlfbuDFsIri-7zVoy0mcGS0DT64q7P5lmLPrvU9cLq0',1796496101250,'4Hkfnyrxiuo4HioPSMpJr_Fgr3LNoZ9ZpUNRWyj-DclFDPLiCNBF5L1CaznEwG6LW--RP4TPLcJCX5uLSUdgD5Ra-Lrv5o0','pwd');
INSERT INTO sessions VALUES('Fyn4-FuzfN-QQlEtuCBzqA','01a24782-8dcc-7e0f-afcf-b8281059aec7','gatehouse',NULL,'iXmVolKcpzUhoudCtMqTVrsl_hAI3cwZxVVAe6ao3pU',1796496102149,1796496102149,4950096102149,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796496102149,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('DeqfqKeZH1pEQlc6WT6nwg','01a24783-2578-7c9e-b0d0-35828b91037b','gatehouse',NULL,'ys-JQFx3iUjV_eqAn_GJghjEIf9mV9RZe3vlBP0-EyA',1796496107669,1796496107669,4950096107669,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796496107669,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('rx9G-piQI0ugfvmgrzGIoQ','01a24783-2d2d-7066-bd16-5ab0ce2ef491','gatehouse',NULL,'bP6Apm5nY8s2D__h58wdvBwkCjEj8p3YI7u3NCgCSfY',1796496108859,1796496108859,4950096108859,NULL,'Python-urllib/3.11','127.0.0.1',NULL,NULL,1796496108859,NULL,NULL,NULL,NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('KlfbuDFsIri-7zVoy0mcGS0DT64q7P5lmLPrvU9cLq0','a-ySXpna57I7JjudERngNw',1796496101250);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('4u6i3zmkExRWd-GUrMySkg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"4u6i3zmkExRWd-GUrMySkg","alg":"RS256","n":"tjjzs3R6ilj9Pou6smS4NvCYsFszoXd8M-6-9GlH0HLFCM73X9Y3478k0qgj94B6Kb2V-Ki6A1MrsN8N9s0XldSYeNRcBGRLObplx2iAeevYuflbCJMiVc1dox4eUJj-S5soqQlTAi0oEEjV-_Slp2xfHawhQVReYMdXyR_L3lBPbLfzkmy9QMOaJeUeOtmcEBj52Yd3EtwFI6hOQ3Bt4fnAhbcZotlK52-0Wv1DAEsCnSMBWeyD7GtkPA5cOLmg7SUgdw7IZWBQT3DtBjBNyL1zG_bd7OIKajSfCbIeBhXswtjvf7nA6leNlcjxn_yARbUMspZPlD11GLTXLtspWQ"}','I6g7nbRRO7WcdOGBS1xMLcbrbIMMgSacvaB6IGddmaam1deh78KPKXRjssxUccC2QrzdUm7CH4BAx8w377jhGS8Gfw3K+UoWPaUGg3guMhvqsvIYRv0qoSMp14p9MHd8I5ySEvyETY6bEQb9XbCWhxa7mustcsshcmCx8Resz+8V0VAoKEZ/S/nXqYwRKf5F4d7H3o1+2W+Cbtc/NrEx/noFCjDMdPH6sSZn+2fMtRce36SBFM72kAmT3xqx2Joys89XASN+RtilmBZ4KmvUJ7DfgyVNvDcFEY4A5CJkCKfP0P40aehbkF4uI7mRxjyb/gIOIpBvC2r2YODdMeJ8cIBuwWmrCw656osVjy0a9/4v9w6f1MSv8mwR5Vw+2WqnxpDEU05f0cs6jLwWmtBRMBKT/NRKUiyph94HS7wz5mmhYyJGhUk69LC551sSvfkrVQN2wfJrA7I1+xiFoJSpN8j4F9j/5O3hhP1YRY2uTetqZnbTuI4xjyhJaJbfs8Yo7u/0ozHo3qTGp/3i/JbkNkDswV+Dle1MD2dymE2WJOGgLn4Fne5xkS5/bohMn+0V2ksr2iYBhem4uyGFCnVcsf74GKcIKjw0jQm4NbbwMt33cBd7gwwGw6Dm6AgCS5k9lDoQVxRiEgQy4mtZmkXqYiWC+9ObiCFZRqMdL3yEcCUka2MiVl01V6oLkB5CV/veYt3Q2Nru9241sPNOhKAxHHytQa0TpeE7x7pPgcrkj/CCTr7xkGonImvZt8V2kwMIPwbni/smk7nuZYc3EDomgToqAnQzCA3bymuhq7Mbtz0SmGI5/5zs3KUeHm0SpDhBJfNzXZhkut8fTi0DbQsGDgcYaGa9+LZXSOyomV5HZMyNAfRmgJ9+bepFky6kKpJ8OVvRdA/IuTHjry+Yy5TdQVIr12i0Kr5eClx19dCHiCnS4waxVKBis5FEk88Ckn6g6kiLrhnM5xolbPhCK6vW1UBigeskzifBykxZKaReIoR7q9jRWQx6uFBGeU7o5A0hRMRK2OQJEFz37kSrDgRLmf1uC5llcPn8nAMV8DqdH36a14038VSW+TStwb+ZhWg/CuViIgS8IfB0BC5zqeGlwdd08UMqI53rSN0ow1RCF90qhQPMCVD0ZrlS9pUVFcW8xrnbszYQcYkSdEJIjagaWQ/MDtqchO6mwbira8xFFH3oFp0A4SielHeped/VO5V/92wU2zs8Rfy1dl7hcbpHJu7oEeQnos+HwXuoq0oDW9TxVIRhhSW5e9hYPKrN01pYA/wqYgEGJeyEavya2U7lr8X6V2I6JBV4DokRsJbc7xvZcikmMLo9EtwUw0odFXwq4DA/sD96C+UzEE/sGIi8Eq9pIxZRm4PCB1oLTVroAtjB8+xPUQamAxPXpfGjm1+Jk75sv7bpjev2cMUcXwGulhW4S8mv4NZRu1MymlGmvSjJ0DokVmnfn4l04jZzFvcOiikgncPdbTuOx6Z4sleCHOmElhBGUIVhN5jG/xtMvFDYoFQskJm4f0Qi/orp59dubwjEirWCEhBxxidaGvLe5vS6zO56aej/clbpUY562ZTWyL59Z7G1i6gqzMAvdKBglFNGTHnyjk3SF5iTnapEjq2LI+yYXUsRIl7mTSzfpqJ8P6j9ZCRPPjV5pr0=','active',1796496085065,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796496109651);
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
INSERT INTO audit_events VALUES('01a24782-7cbf-7e1a-aafd-96f169b79526','user_create','success','01a24782-7c79-7b7e-a87f-822b1de2ddf6','cli',NULL,NULL,'roles=[user, admin]',1796496063679);
INSERT INTO audit_events VALUES('01a24782-8dfd-7a7f-aee6-6bfa3a48b031','user_create','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','cli',NULL,NULL,'roles=[user]',1796496068093);
INSERT INTO audit_events VALUES('01a24782-a264-72dd-9059-54793759f0b4','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796496073316);
INSERT INTO audit_events VALUES('01a24782-b423-7834-8265-3b3a58562a18','user_create','success','01a24782-b3e7-70c9-92c5-3a5ecbbd0c38','cli',NULL,NULL,'roles=[user]',1796496077859);
INSERT INTO audit_events VALUES('01a24782-c16a-7695-b3f4-08766cc56bf8','admin_user_roles','success','01a24782-b3e7-70c9-92c5-3a5ecbbd0c38','cli',NULL,NULL,'roles=[user, auditor]',1796496081258);
INSERT INTO audit_events VALUES('01a24782-d1dd-72fb-bf97-367f88fb1a7b','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796496085469);
INSERT INTO audit_events VALUES('01a24782-e1aa-791e-a58f-9afe651493e9','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796496089514);
INSERT INTO audit_events VALUES('01a24782-eebb-786c-b746-5856ac5b75b8','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796496092859);
INSERT INTO audit_events VALUES('01a24782-fb18-7a43-a0cd-73be99a1d652','identity_provider_create','success',NULL,'cli','fixture-oidc',NULL,'type=oidc',1796496096024);
INSERT INTO audit_events VALUES('01a24783-086a-7b5a-b8e4-20353ca24d7a','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796496099434);
INSERT INTO audit_events VALUES('01a24783-0f1e-7766-8959-fe1b606d4fdd','login','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7',NULL,'127.0.0.1','session=a-ySXpna57I7JjudERngNw',1796496101150);
INSERT INTO audit_events VALUES('01a24783-1072-7137-941b-b4c2ec938c4a','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796496101490);
INSERT INTO audit_events VALUES('01a24783-11d3-75c7-ad6b-0f6619338e55','login','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7',NULL,'127.0.0.1','login_session=01a24783-11d0-7c2f-a52e-c852c4b3cf14',1796496101843);
INSERT INTO audit_events VALUES('01a24783-1229-7943-a375-3f58ac81094c','consent_grant','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7',NULL,NULL,'client=fixture-app scope=openid',1796496101929);
INSERT INTO audit_events VALUES('01a24783-122b-7a0e-a625-c30f4f48be01','authorize','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7','fixture-app',NULL,'scope=openid',1796496101931);
INSERT INTO audit_events VALUES('01a24783-1305-7dcc-a0c4-9c85159694f1','login','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7',NULL,'127.0.0.1','session=Fyn4-FuzfN-QQlEtuCBzqA',1796496102149);
INSERT INTO audit_events VALUES('01a24783-16be-729c-a186-3f9ad5256492','passkey_registered','success','01a24782-8dcc-7e0f-afcf-b8281059aec7','01a24782-8dcc-7e0f-afcf-b8281059aec7',NULL,'127.0.0.1','passkey=01a24783-16b4-764c-b8cf-dc9809be2956',1796496103102);
INSERT INTO audit_events VALUES('01a24783-2625-7b83-9892-672d6bde9754','user_create','success','01a24783-2578-7c9e-b0d0-35828b91037b','cli',NULL,NULL,'roles=[user]',1796496107045);
INSERT INTO audit_events VALUES('01a24783-2896-722a-96df-5f543f21c2ac','login','success','01a24783-2578-7c9e-b0d0-35828b91037b','01a24783-2578-7c9e-b0d0-35828b91037b',NULL,'127.0.0.1','session=DeqfqKeZH1pEQlc6WT6nwg',1796496107670);
INSERT INTO audit_events VALUES('01a24783-2ae0-72c0-9c1c-66ffe5ba6700','mfa_enrolled','success','01a24783-2578-7c9e-b0d0-35828b91037b','01a24783-2578-7c9e-b0d0-35828b91037b',NULL,'127.0.0.1','method=totp',1796496108256);
INSERT INTO audit_events VALUES('01a24783-2d3a-7760-b2c6-0564e72d65a0','upstream_login','success','01a24783-2d2d-7066-bd16-5ab0ce2ef491','01a24783-2d2d-7066-bd16-5ab0ce2ef491','fixture-oidc','127.0.0.1','provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created',1796496108858);
INSERT INTO audit_events VALUES('01a24783-2d3b-764e-9531-bae0fb5d081d','login','success','01a24783-2d2d-7066-bd16-5ab0ce2ef491','01a24783-2d2d-7066-bd16-5ab0ce2ef491',NULL,'127.0.0.1','provider=fixture-oidc session=rx9G-piQI0ugfvmgrzGIoQ',1796496108859);
INSERT INTO audit_events VALUES('01a24783-2fea-7b83-847e-0081ca80e457','signup','success','01a24783-2fe5-793d-9ee8-ec6fac421474','01a24783-2fe5-793d-9ee8-ec6fac421474',NULL,'127.0.0.1',NULL,1796496109546);
INSERT INTO audit_events VALUES('01a24783-312e-785b-bca6-e55081772130','password_forgot','success','01a24783-2fe5-793d-9ee8-ec6fac421474',NULL,'frank@example.com','127.0.0.1',NULL,1796496109870);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('0bPPwIjhESK8Ig-vfvAwURtYA0a4vhb6ODUUFrxBH6s','01a24783-2fe5-793d-9ee8-ec6fac421474','email_verify','frank@example.com',1796496109546,4950096109546,NULL);
INSERT INTO account_tokens VALUES('q9R6jxzWRzFs_TylGuA47CNzTYC1diDSJGIJ7d3wpws','01a24783-2fe5-793d-9ee8-ec6fac421474','password_reset',NULL,1796496109860,4950096109860,NULL);
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
INSERT INTO mail_outbox VALUES('01a24783-2ff0-7d14-a327-33e515506a0c','email_verify','frank@example.com','Gatehouse: Verify your email address','/QGSdrbUQ6IkbHBZjM/UJKt9y7UUIWNQNP5vTZ+EoegWA//GP96A+73mOndX+8smo3Yvtm74LE5LjU4uHjjBmkGm7qMfHJFGk6ht3eivmh3X3cC7sfGRh4HitG4X2VJ1WddWYd47DhETXt7zzZ9kvX05ctV6N97T6SARRwDbuGpre3xL/jvYGyw2wGLIsDPm+Cr0+U1DE4imLmQXtRGgmWUSSDCdf+nCqY8DBj1T3m8RUnpQ1AoGp6ePP/bFrk1UKVOB9GlhPJiDnUC07KDkM3SlM8w/eSBo6sAdReayG5zkOY9DXXEgcr0I73xU4hK2RF+pGvn9etVc6HjYHYFO/JYKiNulM3Oe+BNNgz1SMHPTgT6sc3fnnUDceaQvrlfjr0zkwFpU0trjpHpKZl7/7VB1KDU9sfZlydTJMa6uY9nQncxEYl0ePS00Ztnx2/fYC31eq0KzqrE1ak6I93kulhrT6AfhzsmHqR9Ox9yXo+OxdBqhDWpdhwjEWrz9eLVhmlHqC6zvdT/RoF2LpwW0aBI0TbyehjBWiFlDHg==','YJ3zoBuaIPlP8MCNNcInGTpGgqokGLHJcOGoLQWr2NZK8UbewHAn3/WSBTFLAru0ePaHfGEFcpgGGQIVHM0IBZIIYZP7hwn7cbCeoMmkVjZIT3X8K6Z5JxGrKKE4MQtjTAY/5VKIAQNuUejHpCsW6V/8w8aiNnFApQsQT2fs38t2R70QUzEoPjmqZmgRauztQu++doXC37RpksPUwfY3jXnWjH33iex0vCqjpYUCFPXT1mUF3jOd7a5Km87gNYSABM+uf5SD1bD2hPYE5/+qfhXTayUdBRS1EYGhT7dj4QQGhF3Bff0y2tpITIeOYaLihn6WELi3uKi5q2NDg3sbMvjJfkVtDwJf7jK+NQLelt0LQj4PFs3gY4pqdsQ5vSKjpyjDTwgYgvm6R6zvGD+IwqYMRLGxOl4RD0XGiag8yGIoIUbbzkmSiaE0Jywl1qDNA8QOOxSKuCWX8/ifAUZ+jAFUu5PRln/kQnNXBw16zmBCY4ODVzftrB4ilb/GBbNgRDDTTxbfD+lHWx+5uKfuZtTMdGkZ2CViapxJtjx4yMWserJCwl4ZhCLG2irBwOLscKcf+26tFyP9xl3rh2nrP4S2/z3bNuegviZ8ColrkxtenVQ0mXsKmTc6KucN+v4nWahlLej5LFsoQhOB0ETY5ZxtZwisjH8leJN0RmwUFluZOTeFhaSUvrJ2RgTJisonhbZW21DgPHYEMoCtQ3HONQmKSx/l+gEFoTY5arTUuIfzRwfYtNW+3r7KJZ59C7myOEMw6pJGhhSp116BGz2c/ItO0bWA6YLMHm6wsXR5U3cpWJMSEvs3+lzJ5t+wJ+7q5I6AD9BxgCj9uQ2PhKG1rXNoHKXrIJ7X8HaA9EmpUrlmwySPeU1MPuLV1nsbRgqc2W+UXZ0W/5M9RTY5qHiHfDINjpJYpKA+mddCVaHSIk0b5MZmTGVolryGi/idNoOigWKWfQnVbfOtcQMNP8EG+41VnSBPj10JXfnqdIYvWY4hjq7BIMUFDN3Da81cyS/K6xOKorGeCBm39uQGMh8DGT6P/svrJWpslHDKsd6JNUXhY5XOEC0samHOtuCV7n7LOPfdovbos41vaDaArLGv98P//kmd0iHVkji1OsVtrfg45sMAJ2ClxmKx3SkOHqMIfgVpqafSfDON/F0vtpVbFtpWWxGiapXOnMguxfb3rJlhMmTknNPa+R0GEKaNu6GqmOkbKpbQ6kiz+TjESA4xsPj2EGgd7tINu/+eVH34ASpXaJeEykXCUHVykK/LDfaUaEEjMFsa9wg9VodKw9bLi3rPj0PBaRQWYTS6GvW0wiGawYg2ppVSKXWbnJj14POV4y+C4CoIBT728/B2fbN9+oFok8qpy5rGq/05ayllfE/Q0i8QJfzkf3tsL9IBe+NSXa01HE504uYWiaKGk5fGSy4l9/5Ebnua9nSqNvm6UJUDLqu6yekS8qZGaxkSh+qaKwwf+2pw6+05UDDPNi+1HKt5eHVYV4cm2sTAosMC/RMxiYa56vAGEKwu8KK5hK8GJj3fSXPPWgcHG2JTARczKMr0xMmbKCstKNeA9idZTzhvl/c4JxVkpD5fPmfZFemv+K/xUp/EpVS9pdBPKHJZ','pending',1,1796496139636,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496109552,NULL);
INSERT INTO mail_outbox VALUES('01a24783-3127-72b4-9101-f010a732de03','password_reset','frank@example.com','Gatehouse: Reset your password','6ZY48AONJ/2aBCbG2dRzLzAqI4OKjpUEcwHWYDmPLmPovlNZiISEojQ4qInm3PIUBpVla+lmZ3ivuA/YHMtzdzHshQqq24zB9oGM300QSW+zxOWsqm/+P6XCzV3Cc5RfXegeIwqZ52BOT9A8VuJ7rNIKlCs142cnpEmhjm5Pug2nAzZXl+0WfquGUjyEX/01ey/cZ6UqlrXoff0WjE1a1SQ+DKHQ16OdbH0leAJw+V5zz03YmUNa1cQrAQOVUTMUeTq//BSMa7HOaYf37KLCtvsKqpuKjRGTdix7rmCKCKbW/3IvkfYxhHYepedDJF/d/ayAFRqqPX6e5E5FP/2BNWCiZFmY89EBr8vCQbFJCIBBAGu0GPAzwLANQlQuCs7NklC7j+rZdrzIJLIpVgtVzeyDsn4bQEroEpXaWJYySiWNylHH8CxGKPf5/z1IaSgroQcK5NyrqarqH1UFzSabeyQNzyUbiSioMMwcnG2Zt6P+btoOydZ7z3y08axPEj+vSdeqT2kprRnClLqvdqaaGzj/jjrrWK5Ij/4+SYmKjwXkSlW0FcRZDLS4mjFmfJExtQn+Kjt8LsM=','6hGGFRpXvm7AsDfkhKpsb12dBEqewknpiXRNXUDqEvq+ppQNhrKKjup9jyjZbt97l1jBv+4a8L2K7qECfUbGeYnAcHLAyG+plYaiz9PNiw2HcdY7DOf8wgE1R/ANfbD6BIVPPPMkFKl+reYF5j+3Df6z1wx8IQ+jB03w0lHhKvaeo1HDtxcPX8ZeBl1KZ7FVOY8kyvyzMtMJNic01AQ8I6q9+WYW/JOkBDjmYCXYImjXUx+QX8r/f7gmY2wUIf1AbQ1m0z8wzo7Y3U0JrFv1nSuLZAWC1/upsgMmgbGDreCMJRFmViyt/S3wCjUFUYRZJFCCIKhlxEsxxnO4fdYhG+mX1ZtwkEE2AJ/QSEgsTO9BWSxYOGCufNEAiuLV5o26adZDJMaEUHvpOKwmITWJoe7vKEteReQOH5mQcb1/+IPdHxtOnmyXdiUN0ovl/pg8bbSMwjYcaUwlMfh1ZqeLsCZEwDIvi7WB+tC5fnULq/0aktZDOlunM6lm9LNe5PPY+pY6s9a5iBlx/dq0KNHnW2xrCtv36xMvtvUKD8OBqyU2XNuukSgDEMETgO9roXuLSvcwibKPEHe/1hV5gc4tOza3KSiRYJpk4CkEZJtPm4eGB/YelDPJe17ubwoPYTfxenTassJsguqcKsq43tyyx29NOBq2m8X9Kf4YknIdIXqb/3G5Wn4ZJk2/6LQXzG6o8lN344UJreXvmXBuxFwcvpntBxl86Isbaf8dBdrjmE3Fc3p6ONPJ5tCYDiW18DOlKw+zpEWD6arbRnz2LuN++GCBDBF5ndko5UvAGRXMYM+favnjyKyxIC1mCNnFqQCk3yCIpss7KrFPS/hSaYPB8f7jXk+kil2IfholHFalpuMQTitOvYV8jjYXVvqywaWgspe81EffeaDAzSU5UW9CMTaEC6V6FPeS4iT0mjiIncDgkAwaQAwA2mCGegdB4uaQKRK14sQ6P+mY1K5cP+7K58H7CKjkGf2I29Pce2vXYKn5drO4P7tqMy/UwIz/wSCDRGUTTdd5caKho4vm0OpHRcWj8fosSeujyC+oj7eVlUnsDxJqUIXtPgeAuX5CHy0M9/Cp4rv5oIfX7+0awXEjZ3p8g3fcHykyzpmBft+c30jCXxojWUj4paTk3Cp1mADx+siFy2j2DFRVa6AmZg9nMHMUflGMhp9oxkGm5a8bBG1UXOkfCywmfuU528sbrCY9I2LisPP/jun+CuOJGTkXfP0j2naT8OG9Cx60ezi5W6HOXZyrCRVcA6hiKhEHdncqThXuWcZeEDVvHbzUmZuiTjmtusnY5aNUh68WPcaGX7XfRsLACp1gga27M1O6RF9aRauDe94DjbrugXCB4O1yeR3XLE6/hnxW44hPIoEKc1B7O+B8FW0JGc6zIn2kBmovIWOfC/DhrUpypiDmyWIx+N4Qq8mh5STDKbaqLd5ivTtbm5goiTJqQlcWVOMFx5o3xE685kmB2+szeP/aDNOrSJ7snPSTiUaf3TSizXL/fYL0SzMwoD7BiSyZiwQ7+moVCc4+rQSoHutHH3W8+kVTu4+MqTebNKgH9yv0Jg3BkGUnHLp6Z7559NXbwAQzJJtXmGrzWqKhHdSs4JbhrE11np3aHPEFUxlx+cdLLwgOU01Sag==','pending',1,1796496139880,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496109863,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','k2nnAIUOC7ReODGYncQ3LXmvPa6UDnIuqeKwsvbB7GU','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796496084865,1796496084865,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796496089253,1796496089253,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796496099401,1796496099401,NULL,'',0,'');
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
INSERT INTO login_sessions VALUES('01a24783-11d0-7c2f-a52e-c852c4b3cf14','01a24782-8dcc-7e0f-afcf-b8281059aec7','cW_o7Fo7Yx_B7PwUCNvpxQopTfz0xZ-7e4dTCk-385A','Hyvd1zkJAJoOabKhBL8exTLJzoaM64jX-qp_IW0kEOQ',1796496101840,'pwd',1796496101840,1796539301840,1796496101840,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','fixture-app','openid',1796496101928);
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
INSERT INTO authorization_codes VALUES('_7P3N-yaC3igKDK4YO6W_gBDt3KQBl-5fUTJRJyfcxI','fixture-app','01a24782-8dcc-7e0f-afcf-b8281059aec7','http://127.0.0.1:9/callback','openid',NULL,'i7zsu_HoIyUofBqFDaBpRexBlPmbO7WjcMRexg2J5Zo',1796496101840,'pwd','01a24783-11d0-7c2f-a52e-c852c4b3cf14',1796496101929,1796496161929,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','Ml1+BTGArRCyUrUb8uI/qSrxzsLWQEr/C9Zl8N1R9XECmJoTFKqoGEgGMWFx5SSAoUfs','read:user user:email','',NULL,NULL,NULL,'{}',1796496092610,1796496092610);
INSERT INTO identity_providers VALUES('fixture-oidc','oidc','fixture-oidc',1,1,0,'confirm','http://127.0.0.1:18463','fixture-oidc-app','XnGnVJiW7uJqaC8vCSNlnioCYYuc5U7A/ClgjMky1zlf6t/Y9WBRAVu4cS+4FNA=','openid email profile','',NULL,NULL,NULL,'{}',1796496095966,1796496095966);
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
INSERT INTO user_identities VALUES('fixture-oidc','fixture-subject-erin','01a24783-2d2d-7066-bd16-5ab0ce2ef491','erin@example.com',1796496108856,1796496108857);
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
INSERT INTO mfa_totp VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','diil0d4zbswKPwxYlr5V498aQMCx8BAgKz6Pedd/jjNXDmCccmatshmRuSlqrcX2',1796496108237,59883203,1796496107776);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','Xj_ASmlTIwmrlo-v43U0PNBzt32eEB59nmaNFf6UsKY',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','5cpMPa2OrbuvXwJsZ2JZt39pGC7Op7EBR2ae4jdPUqo',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','d2khmkH0GyOjhalsKWRKb5yWS7ZQ4lSA3KGdKOsder4',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','MIXou6bknMMCW8GhuJTxEgTEFGD9PtWvWLfwyKH_mw0',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','j9jskBZFvZQCB2spcE6HCQG3c6SB-oeXzIvRHsY_n-Q',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','1ewz2XIaP__UKTUXrWX1RCKA69i8NBM8X7z-GZKGv1g',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','E3GGteeUpFSWRhUzbzOdmQkW4VzOjfhTYAO2cRJIiuc',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','rbiKWEMObBPd54G5gbe8buU_hk4qb9zIoVaoWy57gp4',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','0HJaOUf9lcByTykxd7L1Vchs2w_aQtxOD-VZgiNzUBo',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','xqPMaJXDwp5cgStqbrT43NCkZCnu7nnTh56yx-0-Cgs',1796496103137,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','UsPglv8h-Ycx_g9gH6hy13XyczldpBkxZfS8PGayHwA',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','QHGfSFpyubuc8FqcGo_v7sj7-aD4m17YPLXKODAd4M0',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','43SVYcGYAG3EQVpSKTleAqxMbVM6xXYJtnVIAnFqE-M',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','aoEJfxZDncQLQM0CL3vRN5NIU1VK3wPLjjREZUGykvg',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','7fj0LtfDT4HlUjqjYV4ElCa3aJIFIzPUXn1q100Xi5M',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','pdGPrSamRXDW9MX10DJz64malkSVmK1y0zgZTubVl-8',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','cjTBChYmarvSXHzVX3_RIikKheivpKlf94KsRX6c3nQ',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','9mdQ9hJ1lRpESExYV8BaufEuGF3K1v79QGyQwOB4H1w',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','QzBOBJiI2sRU92hCoV1Nzd1g-QhWPDThvJtGMgArLv0',1796496108258,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24783-2578-7c9e-b0d0-35828b91037b','ByREAEJbOAjHgH6c-xcEerXAPzmQy_TU6YgpcEBpkFg',1796496108258,NULL);
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
INSERT INTO passkeys VALUES('01a24783-16b4-764c-b8cf-dc9809be2956','01a24782-8dcc-7e0f-afcf-b8281059aec7','0seVXT3PMRtzJivHJ2zKQhJy0lU7gCASYdZ07HJsCMo',X'a50102032620012158206b387b2e66fcaee7d973fc7955a1c95e1a69efe407f1b57159bdcf717a3f86152258200f2a7650df7b3630d88950aa90e6401e41618355737332c640bff6b71dba06b4',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796496103092,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a24782-8dcc-7e0f-afcf-b8281059aec7','70btcOr_1t8buBVMm3NtNOrgWtw5x_DHJnekfk8_Q54');
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
