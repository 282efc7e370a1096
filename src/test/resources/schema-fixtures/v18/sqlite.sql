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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 13:26:11.779',84,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 13:26:11.809',13,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 13:26:11.827',3,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 13:26:11.839',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 13:26:11.854',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 13:26:11.872',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 13:26:11.875',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 13:26:11.927',1,1);
INSERT INTO flyway_schema_history VALUES(9,'9','audience','SQL','V9__audience.sql',-1153306411,'','2026-12-05 13:26:11.958',1,1);
INSERT INTO flyway_schema_history VALUES(10,'10','session sign in time','SQL','V10__session_sign_in_time.sql',-912300823,'','2026-12-05 13:26:11.974',0,1);
INSERT INTO flyway_schema_history VALUES(11,'11','refresh reuse and code replay','SQL','V11__refresh_reuse_and_code_replay.sql',-215074945,'','2026-12-05 13:26:12.022',46,1);
INSERT INTO flyway_schema_history VALUES(12,'12','identity providers','SQL','V12__identity_providers.sql',-2003799533,'','2026-12-05 13:26:12.043',0,1);
INSERT INTO flyway_schema_history VALUES(13,'13','upstream logins','SQL','V13__upstream_logins.sql',1660750165,'','2026-12-05 13:26:12.049',0,1);
INSERT INTO flyway_schema_history VALUES(14,'14','second factors','SQL','V14__second_factors.sql',619030395,'','2026-12-05 13:26:12.051',0,1);
INSERT INTO flyway_schema_history VALUES(15,'15','passkeys','SQL','V15__passkeys.sql',-342195590,'','2026-12-05 13:26:12.248',0,1);
INSERT INTO flyway_schema_history VALUES(16,'16','second factor policies','SQL','V16__second_factor_policies.sql',2055076763,'','2026-12-05 13:26:12.255',1,1);
INSERT INTO flyway_schema_history VALUES(17,'17','client web origins','SQL','V17__client_web_origins.sql',2060652799,'','2026-12-05 13:26:12.278',2,1);
INSERT INTO flyway_schema_history VALUES(18,'18','user locale','SQL','V18__user_locale.sql',1984529484,'','2026-12-05 13:26:12.282',0,1);
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
INSERT INTO users VALUES('01a24662-48b9-7926-856f-4d13cf318428','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$kIKL5QWioevN+wk9Bsh34w$rkVDWs+GOMCN8uy5mhwgfEr5UTNL72gMLGXAQHp2JQY',0,1796477175993,1796477175993,NULL);
INSERT INTO users VALUES('01a24662-5a6b-788a-868d-a8630e97678f','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$w6gI39Ex+dkqYb66PjOcKQ$sEHBAS6ojSMhxAMd66nY5qFUhFmnmfRy2oZqCopozyI',0,1796477180523,1796477180523,'en');
INSERT INTO users VALUES('01a24662-8066-72b8-a740-3f758856d09a','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$TLX7Vu11pWeg9Qrku85NHg$VRDZgiefrZN8nQIai3SHK5EM9eZD22UBWHlhaQYYPm4',0,1796477190246,1796477190246,NULL);
INSERT INTO users VALUES('01a24663-5f94-758c-80ce-732e224a98c5','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$wS19FMGNI+sY7niMujA9xg$fiydivsccwhkGtkBv8HOUq27u0Hr1q50YFKLeMXNHy8',0,1796477247380,1796477247380,NULL);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796477184819);
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
INSERT INTO user_roles VALUES('01a24662-48b9-7926-856f-4d13cf318428','user');
INSERT INTO user_roles VALUES('01a24662-48b9-7926-856f-4d13cf318428','admin');
INSERT INTO user_roles VALUES('01a24662-5a6b-788a-868d-a8630e97678f','user');
INSERT INTO user_roles VALUES('01a24662-8066-72b8-a740-3f758856d09a','user');
INSERT INTO user_roles VALUES('01a24662-8066-72b8-a740-3f758856d09a','auditor');
INSERT INTO user_roles VALUES('01a24663-5f94-758c-80ce-732e224a98c5','user');
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
INSERT INTO sessions VALUES('_u37indNwcZdEafulvYbpw','01a24662-5a6b-788a-868d-a8630e97678f','gatehouse',NULL,'69EjGTReybvktUbdpw_R8bXOac7zLDDV7cRnLBauqkI',1796477229617,1796477229854,4950077229617,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477229617,'gJT6zCeefEARis4Ug2hjMwvN1IoLDPRQtlspDuOHCGo',1796477229854,'0CA51Sj8I-0B8BGRLhzVD4iiXNuDCPo09zoKzR3TJjr93vGU2XwuDOL1mMMJbqD8F3s5ReiPxAJ8Kr0UfRgA8xWswTw9ruk','pwd');
INSERT INTO sessions VALUES('s5PaauoKH4eCpctbt0InRg','01a24662-5a6b-788a-868d-a8630e97678f','gatehouse',NULL,'Pa59_YCql4CK6foHj-ClEcFxXLEj6KeFh1xBSngIfNE',1796477233463,1796477233463,4950077233463,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477233463,NULL,NULL,NULL,'pwd');
INSERT INTO sessions VALUES('mx-euVq-mTr0oEvIiswghw','01a24663-5f94-758c-80ce-732e224a98c5','gatehouse',NULL,'mcbfitK2t2dnRKD4_FxBph5pPGtoiHoQ-zJkWxRmVQU',1796477248268,1796477248268,4950077248268,NULL,'curl/7.88.1','127.0.0.1',NULL,NULL,1796477248268,NULL,NULL,NULL,'pwd');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('gJT6zCeefEARis4Ug2hjMwvN1IoLDPRQtlspDuOHCGo','_u37indNwcZdEafulvYbpw',1796477229854);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('beE6zQ60vfmmXLyqDaWnFg','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"beE6zQ60vfmmXLyqDaWnFg","alg":"RS256","n":"p2TEbX1nURes42LWmiascMLQv0jdfSihGwQP2O4JxsoD3w084uld48K9-zuYbsgw4ERsOPeNeSjb_joxpdLa9k4HKpKW09NiLucDOWIfc-kyIZ8GY1tWOPOfHkcDlW260z2CpGoWLESSbVYPPwcB75scWHuc1GYjrZyCi4-bKe00PR7SXmgyC7vptS_pJP5TDIrT-XW8eiKrHetOgNAnylnIZZok1cBrpOkvMKN1XxmiOrT0j-CoGIxm33CQP4-hGlP3YJvctQLEnuDG5_FkqQnXMXJ6e5AZPxm2GjFKKHKaDGW6QwBCDif80E9RL7wsdMvIcA4ZGgf1mu--755czw"}','WV+sUIbRxCvVJadEo+kJ0aRxFKJyQu0y6qJKia4VJhQmDIXlVWaJgvxTPUouI8x++WZ9QeHjxZud2JhOzkv4nCJnYDtBnH71Q3ufwNMsnKxfwCyfNJ+AakEVU2pwtmgMuP1oOl4iYCWoJ1ftBZFOGQ3BWa1tt7iWjf9eTFAC+wrwb6ZgRJlmu1+QaNqQDEjWyfT8V8Uv2mYnF3tStmllwJLX+3M8jx5CmN6jsIumQdcxPqzcTVgeEW1wsqXdQIHMmtegJ+3wCW+p5+4oixJHUWQf1ysY+4mQmCvWS5Ud8qDKoydQvo712uCKEpzP7Jst/YIFxplU2qlp8SH08HrH6AFvGZ5tZMQEYUJWnfM/vZAlT+2ehoQIJlFctQqOe/4YtxooI2ZOeTcBgSi5HsW7i8v8ugIlzpYMl0T33VpR++jf51ptOhA9NcznWlxvMGRu7P9Rt4P2p3XFHJGuqKinWWZgQacaWE8ubQcGtfhZBtMPxUbP7mV45r/COh2MeaJY5KbQ0dCGiEVeTODSIFJh5DU9RFAUWf+FFM6ncQewlXsc3XVKzOVB+8nKznov7py6f4wYG243bEk3QLR0XMHGNnd7mrPApgfHoiOgAHmDZEnx+Powj7MtCksaGmZjkYELZaycY18AZ4hDdPlJrzCv5iNo7VZ4JHgrDKai1ggmRrqYhCJ/kxdDo27OBApzPR+4fBX5Jl3mAHQpjORvriec9nbG6KV2MfA2BKJE6IZ6nuIsDzN51fIlIGNE+i8kerajR2kDRM568cRjbR36XkgrT8F8FVOx40oAuocSF+qZ/CQbcO6ucjrxdp4JHzbZtzget2M83ZMeTAV49I8cETWTxLzxy2PXT+JAsrqnRx+MeT1N3efOsRFoHa0toK4xWW+AzE3oFW4kHYcvYFfn0ZJ2W3g8U25jgrKbBSiovvIIN/t/FbQ2IC3Z+itBUorYBWah5Q/PXzc2nJfz2D0vpudfj1tcWpOueZNCWy0N6TQ3MMT9KQZ2UchfY1vmawBvU0dsOY2794CNGS7hRxt0xyWz0EsUYslT+CFfqnYjba5u2NagzOrWLZBkLtIxsw0c2X86htm9CKzaEmVTujrsadZ45pqpUL/t1Kkw8dSxsVj5Z+BIDnkEKEeTuFCFElBGmTSTlXyb1z5mToPdb/6EsJxKOeAy6TdOTp+2mBfJ5JFXDuuP3UtdQ+5rfnIa3FlELzF3ldFFqWj5INLKzo2wzTwYcoT5Rz+xRWH3Dl0TGwuOKAjSOE59U56J7ZDW2Uxm0MkdHbOxxQ+RIgDR/Ts8Vgu347Dn607I3OPYrGjusW5eO1iR9k+i0Jz8LA3ODKb2vQ3ePPk53aorvPD0n9ADT2RsjxSQuqEm8ofpxq44uXGhKLtUAeshLpZFQdwi8LYYKcRzyxV0i3eyGud8DSg7NfHdtySnboQiA0Qwax6UdLoN+wpThJinqyxFpO4FyljJ7kNlZw0psLQ92oToWJbVQ+vp0wfJ+zPQMgjKPz68Uh7QGk5J5VSzWspPRX80eh1/JDyzwalApO2REgo3kAr/P8oSw+NGzlzWyuEYwh4JY2hBoI5qny5GSQeAG8gXinYzcYlQtkdMWAzwW5d2yXT/Zyt7x0vgOWq4YU+UXs2m27hRxRFZjNl+3P1gRqxVVwA=','active',1796477203241,NULL);
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
INSERT INTO audit_events VALUES('01a24662-490b-77b8-9465-6820355e875f','user_create','success','01a24662-48b9-7926-856f-4d13cf318428','cli',NULL,NULL,'roles=[user, admin]',1796477176075);
INSERT INTO audit_events VALUES('01a24662-5ae1-723a-9903-d3cd05dff431','user_create','success','01a24662-5a6b-788a-868d-a8630e97678f','cli',NULL,NULL,'roles=[user]',1796477180641);
INSERT INTO audit_events VALUES('01a24662-6c6e-7368-87a5-872da34e1b89','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796477185134);
INSERT INTO audit_events VALUES('01a24662-8126-7d35-aacb-32a8e2e5c4a2','user_create','success','01a24662-8066-72b8-a740-3f758856d09a','cli',NULL,NULL,'roles=[user]',1796477190438);
INSERT INTO audit_events VALUES('01a24662-9970-7d01-ba96-58a7c71faadf','admin_user_roles','success','01a24662-8066-72b8-a740-3f758856d09a','cli',NULL,NULL,'roles=[user, auditor]',1796477196656);
INSERT INTO audit_events VALUES('01a24662-b509-75a0-bfe5-f81bc6b1d3e9','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796477203721);
INSERT INTO audit_events VALUES('01a24662-d295-75a5-97df-5dc68c4f5349','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796477211285);
INSERT INTO audit_events VALUES('01a24662-ebfc-7490-a5a4-05829eae24be','identity_provider_create','success',NULL,'cli','github',NULL,'type=github',1796477217788);
INSERT INTO audit_events VALUES('01a24663-0db2-7751-af5d-20648546766e','client_create','success',NULL,'system','gatehouse-console',NULL,'type=public',1796477226418);
INSERT INTO audit_events VALUES('01a24663-1a3f-715d-b569-b0262c3c6db8','login','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f',NULL,'127.0.0.1','session=_u37indNwcZdEafulvYbpw',1796477229631);
INSERT INTO audit_events VALUES('01a24663-1d2b-7dc8-abc1-10a1ebd7b43c','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796477230379);
INSERT INTO audit_events VALUES('01a24663-2695-7dcc-8209-28b651198f7b','login','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f',NULL,'127.0.0.1','login_session=01a24663-268b-7c05-9891-98697ac6c704',1796477232789);
INSERT INTO audit_events VALUES('01a24663-26f2-7605-adc0-dfcf338c88f8','consent_grant','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f',NULL,NULL,'client=fixture-app scope=openid',1796477232882);
INSERT INTO audit_events VALUES('01a24663-2713-7e3b-a355-a88277cfab99','authorize','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f','fixture-app',NULL,'scope=openid',1796477232915);
INSERT INTO audit_events VALUES('01a24663-2937-79ee-86b2-85eb09eed6d2','login','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f',NULL,'127.0.0.1','session=s5PaauoKH4eCpctbt0InRg',1796477233463);
INSERT INTO audit_events VALUES('01a24663-37e5-729a-9ac1-b7d50acb7252','passkey_registered','success','01a24662-5a6b-788a-868d-a8630e97678f','01a24662-5a6b-788a-868d-a8630e97678f',NULL,'127.0.0.1','passkey=01a24663-37aa-7261-a3f4-f71b67c1f4dc',1796477237221);
INSERT INTO audit_events VALUES('01a24663-5fd6-7d0f-9deb-84ecba5673f6','user_create','success','01a24663-5f94-758c-80ce-732e224a98c5','cli',NULL,NULL,'roles=[user]',1796477247446);
INSERT INTO audit_events VALUES('01a24663-630c-7bef-aacd-fc38a6636bf3','login','success','01a24663-5f94-758c-80ce-732e224a98c5','01a24663-5f94-758c-80ce-732e224a98c5',NULL,'127.0.0.1','session=mx-euVq-mTr0oEvIiswghw',1796477248268);
INSERT INTO audit_events VALUES('01a24663-69b8-7e0a-87d8-c5e04c91699c','mfa_enrolled','success','01a24663-5f94-758c-80ce-732e224a98c5','01a24663-5f94-758c-80ce-732e224a98c5',NULL,'127.0.0.1','method=totp',1796477249976);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','TZI78C9m6lXX8OrbW1IhfzNoljVXTmK5OMRUkPps7KU','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796477202797,1796477202797,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796477210880,1796477210880,NULL,'',0,'');
INSERT INTO oauth_clients VALUES('gatehouse-console','Gatehouse admin console','public',NULL,'none','http://localhost:8080/admin/callback','','authorization_code','openid',NULL,NULL,1,NULL,NULL,'RS256',1796477226267,1796477226267,NULL,'',0,'');
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
INSERT INTO login_sessions VALUES('01a24663-268b-7c05-9891-98697ac6c704','01a24662-5a6b-788a-868d-a8630e97678f','Vf0GsI_tIqsG32mNYLincxLBdhX_GKxE29kOJmXaAPU','_6hmlGjoj6tuCyGqdzRhYgfem8FSXoLIb8kXS_-3z9c',1796477232779,'pwd',1796477232779,1796520432779,1796477232779,NULL,'127.0.0.1','Python-urllib/3.11',NULL);
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24662-5a6b-788a-868d-a8630e97678f','fixture-app','openid',1796477232881);
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
INSERT INTO authorization_codes VALUES('sQWCybFXpQIz5Cqu_X7_8pqhcVZfKhx-Sg0WM7D6AKM','fixture-app','01a24662-5a6b-788a-868d-a8630e97678f','http://127.0.0.1:9/callback','openid',NULL,'Ek10YfhOL6hAznd7KRTqi_2jxg9uZh_M1FRnSf3JylQ',1796477232779,'pwd','01a24663-268b-7c05-9891-98697ac6c704',1796477232904,1796477292904,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO identity_providers VALUES('github','github','GitHub',1,1,0,'confirm',NULL,'fixture-upstream','8irGLWItFfuemeTd9f5avXqR9A9DcsRnTdcJYz0/ZR8ejFUB1WWa7Qwh83Oqd6QmsHNf','read:user user:email','',NULL,NULL,NULL,'{}',1796477217465,1796477217465);
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
INSERT INTO mfa_totp VALUES('01a24663-5f94-758c-80ce-732e224a98c5','3UsUMxEBprDcux4sceyElLW78iXrLBwlJN76Lj0Wqstk6shWqnhTvS+He4vK9T93',1796477249859,59882574,1796477248324);
CREATE TABLE mfa_recovery_codes (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','LZ2xUuKtfCG4vIdrt-likP9HnQnlnTlqylp-8QVKy48',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','Mh6Gf0SzTo_LreNKXZHPKR4pSGO1g9naFThtJA6W_8U',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','_wlRCHFyYmZgFUazXvq7tK8oEJ98_ZxFvJJ6ADa7kv0',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','dUqrWUiHf09SmKKWBpJvF1KABEL129BSpxMHluNWOcA',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','0kQLJpAWuL9QmdFlHd_Atl_3vlLJA0aapYtDJLwjs5s',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','T6eK8vKlWYbA9erqL8kDY24P--gRRhZoSCiA-x2Xjrw',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','YIm-ih8I2kzSva1j15ermm7Q8pc_4s1Vt79sEiqpU8M',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','_Emj_TN8luAY8BXroJdpb5b_sEsM4ZLqkgPDWW8mVkk',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','xFSNYSq0nMHyepM0izPbSQUxqThnhz6xyI2ej6f0GZ8',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24662-5a6b-788a-868d-a8630e97678f','-0t0-nZUaGK_JcEe1wo2WSxEldkwF-aBUNfDNyEasoU',1796477237223,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','kO-u4eI2YfxzsyX8uEBEcmUCegVJLLidlOPVlIF0bHQ',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','JmIJ6xQ1114m2uRwH4OiS8Sty7T5KncBdhEr4iujlkM',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','f_Vckd24dmDP66ANyLED6PFw_FBvtkci2Ao2v79ElCw',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','rV3DvjmVphcJ5WIBadhnVmFeL65yjpo3S5VpeFUAQDs',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','U-6DHoTHG-U_XUPEOrAxfuY4y3N26e8rEGbyzKZTLa0',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','HPr219bQHza4_j1fNfER1jBZKtcYC09j44ew68cI5-I',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','YpQe3Qu8hjLWscS84ciaDWXjBhcQL55fG7TjKWdK9nE',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','uz2i4cEpTu3zZIf71RHGUkFkllb4g4HKQFqp_M_hed8',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','iVqep1pBpvSjnwlQD5P8GjoQx0YAuRFZBDCD0LWvHck',1796477249977,NULL);
INSERT INTO mfa_recovery_codes VALUES('01a24663-5f94-758c-80ce-732e224a98c5','Lp9pL47XczLAe81CLaDm55aUoly6LromEPwft5Ap0hU',1796477249977,NULL);
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
INSERT INTO passkeys VALUES('01a24663-37aa-7261-a3f4-f71b67c1f4dc','01a24662-5a6b-788a-868d-a8630e97678f','3q06faY_P_enVa_D782bOYcpcG_AxAtwDRldRhPz5Ts',X'a5010203262001215820d041ce5a4463d0608b7f4d9cecfbe0cc8cfecdcb88dd282782e185bca0b2a0ea2258204d129611c8365dcc1c76d259e44f952ceafd6320c0fdae7d1e0b336d2cdb6694',1,0,0,1,'internal','00000000-0000-0000-0000-000000000000','Fixture laptop',1796477237162,NULL);
CREATE TABLE passkey_user_handles (
    user_id     VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle VARCHAR(96) NOT NULL,
    CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle)
);
INSERT INTO passkey_user_handles VALUES('01a24662-5a6b-788a-868d-a8630e97678f','T39IPTJEfHFwvR9Qk9eLETtV3CbyrT9UAigKhbS1SGM');
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
