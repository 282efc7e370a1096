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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:05:02.379',30,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 07:05:02.530',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 07:05:02.550',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 07:05:02.579',1,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 07:05:02.666',1,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 07:05:02.695',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 07:05:02.729',15,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 07:05:02.735',0,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 07:05:02.767',1,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 07:05:02.805',1,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 07:05:02.827',1,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 07:05:02.865',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 07:05:02.892',25,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 07:05:02.902',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 07:05:02.930',0,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 07:05:02.943',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 07:05:02.973',17,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 07:05:02.974',0,1);
INSERT INTO flyway_schema_history VALUES(19,'19','audit actor index','SQL','V19__audit_actor_index.sql',673669343,'','2026-12-05 07:05:02.988',12,1);
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
INSERT INTO users VALUES('01a24505-56db-70a0-8b86-93b37d84e125','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$UP/wjaZ5mgSIDWm5u3rD9A$jG764KoE1pfi4HqKz8eMIiPQDeeGaHrsYqevois+c1o',0,1796454307547,1796454307547,NULL);
INSERT INTO users VALUES('01a24505-6f9c-755b-aeb6-835f722baf91','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$7/Q0h57wWYztQSJMfoZQJQ$crDnVz/zFDXakZOd/RxmpqXz48ECDY+jZ9VK2PTIvKA',0,1796454313884,1796454313884,NULL);
INSERT INTO users VALUES('01a24505-abcd-708c-8218-26541f2d9f5a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ci6pEfFXVPZApYrXxX+oEA$9+P1/hfK4rnX4/+giSooCrS+VcDCFeqSufHTZqMk+uo',0,1796454329292,1796454329292,NULL);
INSERT INTO users VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ymJv9fLOQfa2ZYoRh0IvpA$uZLg6Zw3f5wlDm3H5yHWV0i4th5mywmCve/f7IQyqnI',0,1796454361834,1796454361834,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796454320828);
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
INSERT INTO user_roles VALUES('01a24505-56db-70a0-8b86-93b37d84e125','user');
INSERT INTO user_roles VALUES('01a24505-56db-70a0-8b86-93b37d84e125','admin');
INSERT INTO user_roles VALUES('01a24505-6f9c-755b-aeb6-835f722baf91','user');
INSERT INTO user_roles VALUES('01a24505-abcd-708c-8218-26541f2d9f5a','user');
INSERT INTO user_roles VALUES('01a24505-abcd-708c-8218-26541f2d9f5a','auditor');
INSERT INTO user_roles VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','user');
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
INSERT INTO sessions VALUES('1f_-5utkf7zUj1BFHUDTIw','01a24505-6f9c-755b-aeb6-835f722baf91','gatehouse',NULL,'7fP4dVwklwb0yJJYB9_G4L8Q1v85Z5kqpmxzEqzHxl4',1796454357346,1796454357525,4950054357346,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796454357346,'Nf4TmxVsjeNZ9i4iIkjE-Mu3r2gA2-ccp-2ysgZVr2k',1796454357525,'qd5QZe9H5DhC0EZuRkbgFC8G65Yut3ztottlp4nU_XSbEZ00Qu8tW6quyDT0wV_KddMGwdgegyovkuVMMkUcIeqJCY_TnWk','pwd');
INSERT INTO sessions VALUES('MSxKe4TSM-ItudqFGElTeg','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','gatehouse',NULL,'rV9p4PtL_XXh1buOVOT_SzcVrZxnvURX1SyvRSXgJT0',1796454362090,1796454362090,4950054362090,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796454362090,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('Nf4TmxVsjeNZ9i4iIkjE-Mu3r2gA2-ccp-2ysgZVr2k','1f_-5utkf7zUj1BFHUDTIw',1796454357525);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('ie61s_oQsHKDyL0M4_Bs5w','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"ie61s_oQsHKDyL0M4_Bs5w","alg":"RS256","n":"0asp0L3y8RNtDvD-6jCDMn7NyKbCLx1-VGrw5mnpQ_-VyxLsjWlV2n03h56j7Z28PqNNIA8XzEG8WLAL_RNmAc08iLi3h3Js99Agt6ti5O82SI3QVwI0cJknWP31aU8E0QlUj-jCkBIIhKibm1iU6_Y4ShbNX0aXUIskJx6jbVme2sicE47JU2R0Jcx91Kj32Q5i5RxTxFtLdPICyW9-nepVMpO1EQkgYpdi94EGf4iQWdLe8u9Hlun5j-_iecHaH4OQ8w-a7jUHohrxmfVoYjjaBHOK0m-DUe6kr6gRkMGfK9U20qtlnCDtPYtJo3gcBdemidFfCsp9Xxy9J_pdvw"}','qqI6dpyUC4aOIhcftwIPor6oHTAKiEj4XSDMvse932yvKWuGC/eXZcAqQpYt/E6lxJiabcK29Yo5cHtwurUO4WnK9VA7MglxKh5xZMEtdl9BR+09srr7jaVmSjUgjl/IvV+Ydc0WJs90KX77oXCQMhwG8rmCf6VZZI2l7KAQBuJngOu71YWbs+smLWoiNANFv+P3lpMNz6st+mzTAfGs89njPjyuJ8nOuk1xxTkU8GpcJFZAPAXsBGUkZxbcD+vTmFu87l3+D5UJCRuXU+lSJLYCFSBMf2nTfTsTGOtnCLDbxzaf4bMJMT1QlYwISP06PT/99h62wbJLygYNakz51nCL6VLe+Iza/Ih3crlgugmfxFMTh17HVH3bH4wTlGzzT3v9JnIxY4OTrlN+Z0Jq6MurfxqQsJO2i4PQu7rxauFcngkAR8f7o2loQsuYzD6iXLP63jKljKFRKJQR3DeUQVOf6bIUnZjYHtpg3fJC/3Xr9hK9cMOBXxY1Z1vzG3AAl19FVCvkmelo3KZbQpNm0oGQlNAhHTl+SPa73NpqFPQ/6eu3L8qA0Ol4ZAUkqgdcnOxL3uN4r/0Le/D0G0cId1BsDQESl2hfeDDIGP1EnZb53eDGrefJWr2LITxE0bhMtj5UBTy9sAx90qgbcU43NWN0lzhU/JxQWiQ0ZdYc0UnYcypvQZAW5U2I6NyLzuoPmaVMBRMxhfuKZuw6GdTLMdtPm3lYb1Tx3ZPUzy5wGkQDcImocHTiziiTWSjhZ8NOWKFH85ORdHluOzksL043TLJAnH5XZmLRIfzd2alvl4flOi54ccBdjqpwGYjfJulAyUZrt4iMcEOsyRnuXIxVwFaSx+gWJFmrdDHXot7YYjgHScJB7O7wNgzB7lorBCWbTjxFWJE/c/j0PedFaLNGNSiiy6SmGpzcHJFkey7oHCgEZ5onFlA9nMUnVaAhF00pifKOizoEjoGunfBSud3x+AD2j9z82piI0KUJwjSM6iAgLHBuvc/i7Dva5cCg/cyi70fF00caqgukflwf94RecVB7pUWYph8TQ7vz+/QG6O+Z2yIZWS42pKySuLsIpaSX+dm/RiRZQaMIjEZJRVIAgYyt5VLpUR2g0CX8SOo7BvVMjOZYWpQct+coXlMxBp74TWHjdTmue7EXZVE5SD2pIL6Q07Xz/hweYUY9UzG+aHAF5m5BQrrI9CFE8zQjLuZAUiErGD+U+3fSinP78V9Vh40YMmRpAS086zTYlvESYgMFdcjvjMiUJDvznGOVjcWc1qPfu1FnrCvFh0Q/C0hIsZd7GXsdJZLGZ9D53qzdgBtxvVb9gFQ5M97x0DalakTPxtn9MXSGT877EkO4WQuJ++UfKEq/2S8aIdqhhuVeNObRzoS9irfF6YwhlCJ0WyZInsff8YGDihNgwCavzmerihkA7+BZ63ZvoPmWCiOuRs/ravoc9fnen2sWAj3k5Wk5dn/9fiWnXs4gwgLbUgB7EZF1z963CHDpX635Uwbzji2d8oQw3rb3EW+3utp20IuG5OPotOwN7D3TzeXdx6xbbJgJd0HjwArhjdlBc5qOZ8CR+gGCpTZAylRF7hYM27coHjjGAlU6n9E5GLK7fiVp29Xfp4NM8l7hsRSPCqmjMvR/MFAjoflYNDxB4J+9','active',1796454342943,NULL);
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
INSERT INTO audit_events VALUES('01a24505-56fd-7c01-b14b-4d6bb38ee830','user_create','success','01a24505-56db-70a0-8b86-93b37d84e125','cli',NULL,NULL,'roles=[user, admin]',1796454307581);
INSERT INTO audit_events VALUES('01a24505-7035-791c-96aa-8d999af37312','user_create','success','01a24505-6f9c-755b-aeb6-835f722baf91','cli',NULL,NULL,'roles=[user]',1796454314037);
INSERT INTO audit_events VALUES('01a24505-8d15-7af8-8d35-201cf8ba807b','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796454321429);
INSERT INTO audit_events VALUES('01a24505-ad98-7ecf-b4f2-594c40dffa6e','user_create','success','01a24505-abcd-708c-8218-26541f2d9f5a','cli',NULL,NULL,'roles=[user]',1796454329752);
INSERT INTO audit_events VALUES('01a24505-c801-7187-8bf8-35fdd158261e','admin_user_roles','success','01a24505-abcd-708c-8218-26541f2d9f5a','cli',NULL,NULL,'roles=[auditor, user]',1796454336513);
INSERT INTO audit_events VALUES('01a24505-e388-7043-83cd-eea274244c78','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796454343560);
INSERT INTO audit_events VALUES('01a24505-f6a2-7c48-a050-2962b62e6f5e','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796454348450);
INSERT INTO audit_events VALUES('01a24506-0f7f-7a76-a8d3-39e899e18dd7','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796454354815);
INSERT INTO audit_events VALUES('01a24506-1991-70c6-884a-2364ddcd5e7d','login','success','01a24505-6f9c-755b-aeb6-835f722baf91','01a24505-6f9c-755b-aeb6-835f722baf91',NULL,'127.0.0.1','session=1f_-5utkf7zUj1BFHUDTIw',1796454357393);
INSERT INTO audit_events VALUES('01a24506-1b17-7394-8752-c249f6e5f11c','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796454357783);
INSERT INTO audit_events VALUES('01a24506-2b01-73fd-ae90-51178f9217a0','user_create','success','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','cli',NULL,NULL,'roles=[user]',1796454361857);
INSERT INTO audit_events VALUES('01a24506-2beb-7384-8de2-b8dad93edcbd','login','success','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca',NULL,'127.0.0.1','session=MSxKe4TSM-ItudqFGElTeg',1796454362091);
INSERT INTO audit_events VALUES('01a24506-3040-758a-9002-ba7972a5c444','mfa_enrolled','success','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','01a24506-2aeb-7dc7-afa0-f2c51be9b8ca',NULL,'127.0.0.1','method=totp',1796454363200);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','bmGDt1_p4Br_jakWCPvN44fwMUQtklHh6nEBJ02kcz8','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796454342548,1796454342548,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796454354697,1796454354697,NULL,'',0,'');
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
, resource TEXT, session_created_at BIGINT);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','iOJkp3eQxq58qPGUvxcC8/YcFfq0y+QD2Kmd6TBw02TltozGkSoMQm0lfFlvgKPuQjMk','read:user user:email','',NULL,NULL,NULL,'{}',1796454348143,1796454348143);
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
INSERT INTO mfa_totp VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','shZFKpAgN1RtAb5L//0919HU7YlDIPLgVncxh9iuBfztJeYXo29OrXmMVcluQg0i',1796454363171,59881812,1796454362196);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','Qxe-ITkrfMfFSvjGOhFtSBrIoig731uwmohjvvT_F98',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','rE-U_ETi2t3WmNW2VDuhrk73TwAQjed7iksln-0iBEU',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','2FSHAGoMnzjbmC4u7n5NhFHYM96utNveMqb2sBHAiKA',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','QxZVwcjOmglaeW3TGGrlafnT-et5kOE2408a57nw_uc',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','ELB6GmamGrCLiX1-oYS9TX3ppD9MGBoCpc1VdSDtcX4',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','x9qkIfNqLUScfPBaDoRVz_WUpCrup3iQhdm283svsBg',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','TbU226Yeb3HFl-iNkhLYczEOnJNMQ3PaUrM8obgSCUk',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','uHE8L6Z_45t4pt3O7K7wny9pXoy39Xb8doN8enznCcA',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','hHva6-i4lJebgaJZEYJd8ujzx-XickJZaYVxm0pYS-8',1796454363203,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24506-2aeb-7dc7-afa0-f2c51be9b8ca','DaFT_JuZDm1ELQbH3nMFdBqC4UmnqRYxzUdGg7ocLZE',1796454363203,NULL);
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
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
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
