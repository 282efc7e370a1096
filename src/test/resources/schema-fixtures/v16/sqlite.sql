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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 13:38:15.925',51,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 13:38:15.974',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 13:38:16.129',1,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 13:38:16.192',26,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 13:38:16.214',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 13:38:16.345',77,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 13:38:16.358',10,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 13:38:16.360',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 13:38:16.363',0,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 13:38:16.369',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 13:38:16.371',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 13:38:16.374',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 13:38:16.393',17,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 13:38:16.442',39,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 13:38:16.470',0,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 13:38:16.557',85,1);
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
INSERT INTO users VALUES('01a2466d-8fc0-731c-94e0-118232b8ae92','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$FhZ+Rrm0l/NURBsBJ2TDrw$FHSdvXdJZxQBOqEvLqO9Kz4LKubzuJ8xOGg4PC39vE4',0,1796477915072,1796477915072);
INSERT INTO users VALUES('01a2466d-d551-7aef-9694-6da16b17c659','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$mAOhKfyDj25KAxxnBvHR9Q$cdgl+fEZ7ksdPuTn8juqPdcVWEGwPYK32dNLPXF+oDU',0,1796477932880,1796477932880);
INSERT INTO users VALUES('01a2466e-7420-7c27-a783-19877fa55ab3','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$QW2n1DveOQlzPn2exus3JQ$6vN0hjnlxWEizx33IhV1y1QDXq3Uyh2kg6XkPUG9Qi0',0,1796477973536,1796477973536);
INSERT INTO users VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$7YEDkWJmTCK6OepxQY5jbg$Vko96BEihjKpMTH3w6ncme3rePSQAiX0smk5PEuVy2M',0,1796478043391,1796478043391);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796477948243);
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
INSERT INTO user_roles VALUES('01a2466d-8fc0-731c-94e0-118232b8ae92','user');
INSERT INTO user_roles VALUES('01a2466d-8fc0-731c-94e0-118232b8ae92','admin');
INSERT INTO user_roles VALUES('01a2466d-d551-7aef-9694-6da16b17c659','user');
INSERT INTO user_roles VALUES('01a2466e-7420-7c27-a783-19877fa55ab3','user');
INSERT INTO user_roles VALUES('01a2466e-7420-7c27-a783-19877fa55ab3','auditor');
INSERT INTO user_roles VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','user');
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
INSERT INTO sessions VALUES('17KYVhJEzEGMAwfgta5IBg','01a2466d-d551-7aef-9694-6da16b17c659','gatehouse',NULL,'EGy0V9SZo25jtSEleJ5Gpb0MzEWxvBLVM49gpCG_56g',1796478028595,1796478028959,4950078028595,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478028595,'yrQb4TBMNd90D-nay0k46Dt6Z4R9c5oTmtszd6xoFak',1796478028959,'m880NyqZh1AkE6app8DQW6OnH17Lm5Ri0QX822SucJDSV8qZC5Cq-dm8CewlCoKQBMbAIzoAfRMO9k1F9Mk1V3AZsSThTUw','pwd');
INSERT INTO sessions VALUES('e506JyPqLjZ6xqzEXv6cyA','01a2466d-d551-7aef-9694-6da16b17c659','gatehouse',NULL,'SgBy6dby95juCjClPEL1wzlxBEPRgMnMzoWAU4VSAG0',1796478031787,1796478031787,4950078031787,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478031787,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('Hcdhx5oNJednTU7qdS7htg','01a2466f-84ff-7dab-9615-6b85d73d9677','gatehouse',NULL,'FxBng0PDwu4QkD2cEfPga4RqjVxW11JZl_IqEzyXA0c',1796478044446,1796478044446,4950078044446,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796478044446,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('yrQb4TBMNd90D-nay0k46Dt6Z4R9c5oTmtszd6xoFak','17KYVhJEzEGMAwfgta5IBg',1796478028959);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('hTEBx3Z1SUnLp2p6mzoEnw','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"hTEBx3Z1SUnLp2p6mzoEnw","alg":"RS256","n":"m-1jE_MkV-WQE0pRH5WQ1gCXEdHO4EcyIY83OSdjKZG2lMcvdyksTylivdMdWI1-UB2gQuFjnxaE6XP9CUC3ADfIT9SttzfNb1Glp66-UwRNxNHAhobaLk0JYpGSe3JN7qjnYbAS4-RDZN2P-QdcTCsYqVhjlv4OeWIhK5dkWycl8xtZvVKUND6r0v7BB_05buBx492Z18NDfUeJ_l1iA4ahAxut5EgYBr2MSIHzTKoR41o-KQgjpMD5sphucTIQAhW0WMJBlRgyOfX3hng2fX8MnpqwWv56YC9HPcKC1hN5DfkJMQCiZVg3fGd3YHPQeYHCcz3XuCuC23MgWDGk6w"}','dFMjx4zZGGsaWsHnG7LJWkUBJEwY/W6siNWFsIC3MxXJdriBwcW7Ah8TVMAMtV0ca4cnSfrrd0uz7Qb2DiVPpxXaQUmFGEf8YCoYzRLahwqofr3SMrrUBoN0cDKh4qREeYLOvj3Mz62jD1NzYcbZZYxT4j7zBR3OVHUUIU1r8yN/O+2ygE4pUR2yTqcwAk5vqpmQZkosg7HYTIsAzRkJXFB0MRPV4RmXaHz0QkO2FU086qCbEa5ymYrmQrEKVvz4/ShYK9Bk4ulqw0kRNXwV3yvftoi/iCjjHkZRhQ+TClnBmOPqJBTXTh1H/Nl4tH8HL/NZUdBJzN0XPj7I84eVWjvAJuQMU5X7CH5KJQoYztsLzKxEDKvRR0rTIwv8CjlZgNi0J/RGShRsWNLKogzplpDRBtL/o6eJg774de2iNYoWTEBC212nozpRpB7GhRXUMPajC5nb87hhjYEfa5QdNKP226MyUMk8HHjaAKyexdaBaJXCoNZOwwdn8xLtYrDRJ1gQSJrIhAuUTCT24JIeuYhH8tuQfhHPFudnTKymWMZS+ZzudzGTA8HZGrubyMQbMCcGtFAS/zoYwCx83osUpq30Fx6bJp6/rXP32QMESLkg5hDW5gM8GMpwP0r3O/kV2bHHVjxE6YtaGl353IPMnKcDtLVQl8nEoFb5Z9AjWufw5T0+QnE6aZXOlnEUbHpif4h3pmirIvlTIM+MP1Mkdg5kzAWyrRjxSpLzSP0BxIM9JEtggbpDGdAST2hs/6NgN/jzxQhfsOLIX8zya51itHfPkwXwfx+vOTZY9/riwXXM+0rVboYQ67G7SCgdl5sGwceELXOGzx1jJFismL44wDC9RMIP26FDNv9Nx8fNNmlTuZ1JJXrSV4BPym+IBNCWA1uqUBA6QxKSYpUeYXnJ/NJA0YnPAkI1+OzCoHaPN3jqzZUFZ5TeQ6E0G72Zdf3AfGvgQvAsy4ZVxzqliKf9hwgecxhMqPpE8WSItidGI2yvmOgs8ZSuLzzgUUUyx6MZYDBide+oG5JTHI0U7mRzbm2EWk39qOWEEvCCneUsNHIhYaZbgKAXu6LufMUls4/VjqeRkpvB8AMLicviyIX2SSa6ZcezToxkgZe9W7yM9S5qhW77qEkyaEjveyihLfmPt7VYlVT9GfnCXLHcy6UsbS/VDTWWJZqM5Vy8EcHNXX8ZeDBwJ24W2ion0OJmPLuqWp+tHxmHUu2arZPr6rUF5kuoBtqx9tIGiwWXJmrewCJB+elIpgkXoGKwsPNbYGewSuM46BjRIRl21Koypc9CsFGpMXYFcDRjMlkhUnlkGXT+/Kbd9mpjmOXZACOL3okC+WFDGNCTZnwry3/Fvj1YcIBsKIJxg9G4DYIkzE2GjP5bAg8Em7owKk/yLSp1PY0Vki8q5NTj+fmUJCf49pLnmyJdAlYyH2V5B91xzTG6qZA8r2PHmvbNNJFJURMB1vj4GJSmh7HBCdg/0WYmnVGK+ROvTqodDv4L2WzygAc8LdveAH5qTQbHGNQpwAt//IjLrnWN9O4HlrgRB52Kjmp5Y1fCBtz0TVa2iwxnTM1oxC7lL3OuiD6+jd61CGrV/N1vExjoJ2lDg0yegM7/PzjMtXy+NdHA6LV5H14vZ6AflO8d5MHx4Wf6defkrrsX','active',1796477998619,NULL);
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
INSERT INTO audit_events VALUES('01a2466d-9007-723e-88a9-1a21f8b3863b','user_create','success','01a2466d-8fc0-731c-94e0-118232b8ae92','cli',NULL,NULL,'roles=[user, admin]',1796477915143);
INSERT INTO audit_events VALUES('01a2466d-d567-7781-8e4c-f662cd559e9d','user_create','success','01a2466d-d551-7aef-9694-6da16b17c659','cli',NULL,NULL,'roles=[user]',1796477932903);
INSERT INTO audit_events VALUES('01a2466e-1728-7eee-83f3-7605a2f88b9a','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796477949736);
INSERT INTO audit_events VALUES('01a2466e-7561-7264-b2a4-3706d9e10acf','user_create','success','01a2466e-7420-7c27-a783-19877fa55ab3','cli',NULL,NULL,'roles=[user]',1796477973857);
INSERT INTO audit_events VALUES('01a2466e-b7f5-736a-978b-a3409e2fabb9','admin_user_roles','success','01a2466e-7420-7c27-a783-19877fa55ab3','cli',NULL,NULL,'roles=[user, auditor]',1796477990901);
INSERT INTO audit_events VALUES('01a2466e-d977-7a8f-b4da-7c2f8dbe447c','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796477999479);
INSERT INTO audit_events VALUES('01a2466f-000b-75a8-9d90-b11261b3029f','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796478009355);
INSERT INTO audit_events VALUES('01a2466f-2c6a-7af2-8c13-d49b7f692c38','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796478020714);
INSERT INTO audit_events VALUES('01a2466f-4b57-7898-8df6-dddd19a9c4bb','login','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659',NULL,'127.0.0.1','session=17KYVhJEzEGMAwfgta5IBg',1796478028631);
INSERT INTO audit_events VALUES('01a2466f-4fe2-7e13-8d9e-7d82b5db214d','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796478029794);
INSERT INTO audit_events VALUES('01a2466f-5475-7d11-97dd-33599d0a4b6f','login','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659',NULL,'127.0.0.1','login_session=01a2466f-5463-78f2-a968-9c0bde9c0670',1796478030965);
INSERT INTO audit_events VALUES('01a2466f-565c-7cc9-b573-8f310a9daa97','consent_grant','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659',NULL,NULL,'client=fixture-app scope=openid',1796478031452);
INSERT INTO audit_events VALUES('01a2466f-565d-7942-868f-e8c645d410bc','authorize','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659','fixture-app',NULL,'scope=openid',1796478031454);
INSERT INTO audit_events VALUES('01a2466f-57ac-7a68-9096-2f65fe38c058','login','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659',NULL,'127.0.0.1','session=e506JyPqLjZ6xqzEXv6cyA',1796478031788);
INSERT INTO audit_events VALUES('01a2466f-64a0-7078-b1aa-b6419b51ef9a','passkey_registered','success','01a2466d-d551-7aef-9694-6da16b17c659','01a2466d-d551-7aef-9694-6da16b17c659',NULL,'127.0.0.1','passkey=01a2466f-649c-7057-825f-de47fe68451c',1796478035104);
INSERT INTO audit_events VALUES('01a2466f-856d-75f4-9a37-2575ff0a8869','user_create','success','01a2466f-84ff-7dab-9615-6b85d73d9677','cli',NULL,NULL,'roles=[user]',1796478043501);
INSERT INTO audit_events VALUES('01a2466f-8922-7bdd-a053-f0b82742aace','login','success','01a2466f-84ff-7dab-9615-6b85d73d9677','01a2466f-84ff-7dab-9615-6b85d73d9677',NULL,'127.0.0.1','session=Hcdhx5oNJednTU7qdS7htg',1796478044450);
INSERT INTO audit_events VALUES('01a2466f-8af9-79ac-bfd2-dae2a6cd5c9c','mfa_enrolled','success','01a2466f-84ff-7dab-9615-6b85d73d9677','01a2466f-84ff-7dab-9615-6b85d73d9677',NULL,'127.0.0.1','method=totp',1796478044921);
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
, access_token_signed_response_alg VARCHAR(16), audience TEXT, require_mfa INTEGER NOT NULL DEFAULT 0);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','P1sUPrKRVE0K-rwT024P1qTM1tEKAx34YBKEzpWFuBw','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796477997506,1796477997506,NULL,'',0);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796478007706,1796478007706,NULL,'',0);
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
INSERT INTO login_sessions VALUES('01a2466f-5463-78f2-a968-9c0bde9c0670','01a2466d-d551-7aef-9694-6da16b17c659','zhyUgRaSDfDroHIS8tUOw_srXS_mPPaFgaspYysVA9o','67ejF91uGf_CbvRtya5yRjJBEdTlQQFDB7Kalrd-QSY',1796478030946,'pwd',1796478030946,1796521230946,1796478030946,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2466d-d551-7aef-9694-6da16b17c659','fixture-app','openid',1796478031450);
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
INSERT INTO authorization_codes VALUES('9yr79P9xZcWkL7a0ykMb0tun_bhuSnwmxnmKw-jxdw0','fixture-app','01a2466d-d551-7aef-9694-6da16b17c659','http://127.0.0.1:9/callback','openid',NULL,'wv1Dwv-wbyXd-mPnSleQSm-m8FdEd-vtoml-exKw0vY',1796478030946,'pwd','01a2466f-5463-78f2-a968-9c0bde9c0670',1796478031452,1796478091452,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','SWIRg4Lsst9zkRPX2XgDDIgL3XfFLZbTnzFeC+F9g4yuzSNYdqnv7BUt/8QtLK0k8hl+','read:user user:email','',NULL,NULL,NULL,'{}',1796478020108,1796478020108);
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
INSERT INTO mfa_totp VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','lWMbszZO+PmbsO9Pc7/R7q/az+ujY/6QfOuLR4bx1vVvC+cjcN/7vvrnWYTK27kR',1796478044916,59882601,1796478044552);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','Bh23gvGaOSIxenN7g4LCLPQgoUlKtz4kxP7Dnf83Wqo',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','whN1e1d4Pj3MiP3BpTOtwM4wjISp7EZm8hc5FzQRSDA',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','9_v8xrGep_Im3M7GxXsc8EJ63GVt5asfQvaeS9Pt70o',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','c1iJmR1oPQgWNDa6yHX6ZmA8m9w5QVwLrHSOhVWSE4M',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','Ky19fBYDfrfcxoFxte80BtU0OzLAmc6O7IXyIfVKBEc',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','qtTzOTpMtZZTUAxdwxb9HpDusn9tHXc7oGOHmXrOrfo',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','cWpwuaz2BEWZSEsN5CQLC1P1BZ22eIChgr6ge4zNBP0',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','TwbHsT7vrNmkUFEWt34dGldsKO9-HqvbBH_a9Ej5Cms',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','hgbL45jNzKkISe_AZvEeRwqTpMaQRlavzWENW58mmss',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466d-d551-7aef-9694-6da16b17c659','IJbhkOQyqHe6WQtCtqtOu2eoiV7U_av-ohfm2wfruoM',1796478035112,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','DFM-SnaDXeO_JoVrVpUyZ0tQVzDAim3rcowlWpGL8Qs',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','NjI0xg-JbamZpDgReIhug5OqwuHRp7BfNGjCFtdLDXQ',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','FtIAlXoFmlAlzJl7v9PgZxzx7qkxRVArNa7qyUMRolY',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','zAHpBqh0GDl995CGTxoDaMnND3aWAgAVtHtyJ-2gFkQ',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','UZRvUveI8Ox-gt5b0Exl5-U021aOXby0ohb2YENUdrU',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','xArhgLPG7dAL831DUuzCevNTweBgij2euw6dNdN4qp8',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','TMMVKlfNYA1xi8-_pRjTsR0fGTpP3ZwdWWNZVBkc-e8',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','GNCrkd-iYuXOFHqQgTUhnuW86txMRp6zlG3Jbbue73E',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','Xj77dloqlbx9u5EiBQCkg5ipH_YYftRtsw3asLW0wMA',1796478044922,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a2466f-84ff-7dab-9615-6b85d73d9677','qAOQtyNyMkX4V6bpx8S-SPk3MRztNHgwvWXYkjKyCAw',1796478044922,NULL);
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
INSERT INTO passkeys VALUES('01a2466f-649c-7057-825f-de47fe68451c','01a2466d-d551-7aef-9694-6da16b17c659','jEL2zjjMpm40mmVA-8k5Qd_XGoILHXOZQvAGDG2uobU',X'a5010203262001215820400a6668ccc2213843cebbcd5f8fee0c25187da5bd01effb61ced4f07563c5c9225820a0f298b41365d8ea51b0777dd86c75f71ca9f7aa34afba8554b88ef13e709c3c',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796478035100,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a2466d-d551-7aef-9694-6da16b17c659','RXRHWz_FHeqdGNFXh8WIVh6yTS2ILafTmC28faCGdh0');
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
