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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:29:20.324',15,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:29:20.350',14,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:29:20.362',0,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:29:20.366',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:29:20.418',0,1);
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
INSERT INTO users VALUES('01a24777-cc04-7c3d-a487-3af31bd2dbb0','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$iDq3SnniSn7M7eKgVD4C1w$Mpe75Ob+j6MMBcnDbXrW5t7BDQjF0YZIFbctWHrGUuc',0,1796495363076,1796495363076);
INSERT INTO users VALUES('01a24777-d6e8-73d6-bdbc-150beb8c0822','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$HV8kdyxQGVVg5mzyB9A+mA$e9lKtbWd9O2OJwzxDx5z7vMS1yIOQ2p2DusI7fsZeXA',0,1796495365863,1796495365863);
INSERT INTO users VALUES('01a24777-f28e-792a-8125-c1fc0c10af7e','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$9H7BR0rmnEYWY7i5WFYmAg$imYUyQcLVxsCX5UTLsZG+b8NszMMnuCp5rVmOlyCplE',0,1796495372942,1796495372942);
INSERT INTO users VALUES('01a24778-61d8-7bf2-8e29-c459911b2908','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$f+DY+GFa5YJuBiV7HB9hdg$OPttxER6OlZrmRBijxurvONrFq9nqT2Yp8ZkrhjtGP4',0,1796495401432,1796495401432);
INSERT INTO users VALUES('01a24778-6285-76d6-adcb-4a6f4e83dae7','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$UcAxIVvWbi3lIC5nidOgmw$7+xbJ007nXYlxYmP7O1F3bJQmghujrkwdaYraJdqQOc',0,1796495401605,1796495401605);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495368417);
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
INSERT INTO user_roles VALUES('01a24777-cc04-7c3d-a487-3af31bd2dbb0','user');
INSERT INTO user_roles VALUES('01a24777-cc04-7c3d-a487-3af31bd2dbb0','admin');
INSERT INTO user_roles VALUES('01a24777-d6e8-73d6-bdbc-150beb8c0822','user');
INSERT INTO user_roles VALUES('01a24777-f28e-792a-8125-c1fc0c10af7e','user');
INSERT INTO user_roles VALUES('01a24777-f28e-792a-8125-c1fc0c10af7e','auditor');
INSERT INTO user_roles VALUES('01a24778-61d8-7bf2-8e29-c459911b2908','user');
INSERT INTO user_roles VALUES('01a24778-6285-76d6-adcb-4a6f4e83dae7','user');
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
);
INSERT INTO sessions VALUES('4WdejLoreeXeqpP4LaIIXQ','01a24777-d6e8-73d6-bdbc-150beb8c0822','gatehouse','','fDqDfhtZ_ZzSiMahoIes13oNGEA5tub29hZK5QDl2aE',1796495391413,1796495391570,4950095391413,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('5F7dWA0kGSFRfllSgkUN5Q','01a24777-d6e8-73d6-bdbc-150beb8c0822','gatehouse','','AkNio-kPGRXMFQltRNJbpzIZuVHwTP23ppUorG5ZjNU',1796495393156,1796495393156,4950095393156,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('skRrF13iJix_cjj8q-MUeA','01a24778-61d8-7bf2-8e29-c459911b2908','gatehouse','','7vPLCqed-bYznx2sezN-6v1hywFT_N_P9gclecEjD24',1796495401548,1796495401548,4950095401548,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('soJ8L_wVmVf9tsNlan5SZbO-khZKs5nRLAWoAjNNDLU','4WdejLoreeXeqpP4LaIIXQ',1796495391570);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('FpuZDt20VfmzpDaYErVz7A','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"FpuZDt20VfmzpDaYErVz7A","alg":"RS256","n":"k9uzFsjjxPtQ34eyOd5joZOtTewffqR98dq-zhN8_u7ywimlJzL8tGKso5lJ9-yoPpidPJB9WRu3YFMxSQ0RevsfN2pgjiSsZIjqHAD5RDGy7O8H-0aBpmKYI9k7eYj48qqbx6UQJWNsEtHsoyjKVHjGMo9clxJO_pK8i-su9LJ9w2xjsp9TY6PSZgw-aZwJNCK9BHBiQjV-WCLdheyONIm6qU7q5ys92hjE44d6NGiHtDF_QT2ubZsnVXGE4GHHXBIJQaZuNgbHsrK38DB1G-nTNwb8xEEsh6Erre4_84tlBT60inIxvxiLZ8IdzaMFhMCgBqXIzdw7GrjfKDgmqQ"}','IX0skSyS/XpJxuaQu22aw9wzEzANquA7EeXzLiWzGbmRrwNMpedwzEzpdrhtjyxVBhh/NWwDDzZJp9VbHKxA9hZXOPZIaaWbWdoK/vEgzV9ti6htrdcg9jjQNArKMYJ2TYD5L3XnbmGOv49GosV1cQrc/hRcx+S0nb+iXixeAAnnsiFmpN/0dcuMQdMAEdDFSUwg7Ga0ZWZsfcET3vWeu7SviRbtJMtujr0RV9I8GHuwLi8k9kJOzAqW130J79IfuMgdvkkidttjsmyh9eR6bEvxOEWM7pEuUtFAjtmW49qvYmfUvtmi5odCGh+EYpGKcNYZe3xosEMLjUfl1b/PeNh6399zUeAyimqy3I3Kj2tf8RAx0VvQy7xdWaOlUp7yRGIKQEfIYjh0Ls/8awgVYLiBrP8ynHqKtJ3luseUmXjR42FaK2uEgW4ivTZfpluGlWlN4r4Dlo2ZvzuZqdrjXSqrobBh6jKpSeVFsdcgz2ccsqVjoBPLOVkhOt5VcE32BDf0NEbqcB4g2rd0pUlHEj6Wt6UAmggzk+krnCyb/W60F1bBAKJuROtmVWev56YJeIEPWDRO1gUUVdf+RaWWqFO8bZv0I0SmELZyv3mdEehFTxmyfkOCOmlvSFwxP3Px7HLz3QAe4xBjCxxVv24wQ51s9FWf/2Z3n+CXhRnEWVRKIAQzBes99fkfopxoUeuG8jykdNL+N8ZzyLKfIHzyxQSn7dJvva+fQUVjLJIgGX4YyM20wsRmwLwmDezsPXWcJWXeykFF3w2ItqgAWPhU5fUor3MlXxHd4KxJw1xeyAb9ISLKCOYqseJ7fMVekessddQr3DRxGed4GNL+pnpLvhE3umjPg4QcMF2lG8VFGz98Q4fF3K+FVf6cF+OtqlYcX5cnLXHvtxrK5rBjo14k8gQ8ZLm5QZE7ULCUck3lJ0RslKsxmFoGmaGxyUCqSaZxhbc2/WngBM/JfRRrY6a4lrIBaJek+8SiNkPLM+LLcDFW7iGEicHjsc4XXmfPtfqs9ioaf4JqWwPRfAhU8JK/osNHNcRgtWokNTWTZmd4vo0LDkIFmPx2syVv9dWkCNRtcyL16iOd+VdjMNkdw5n1e7vkRxUXnh8owkFHxnL8gTCeW2OEPwGTlKS8jwY3clhCaRvrWw4T4QosN4ZJuRLIIZfO/IivXF9ZUdiT5jiiljHQQHhambjqPaR5md3skZ1DzfHWFwIJ+V45qzVmoRehbFfyR4Be3oQAq49OHSiem5YRacYu4ll0VEzc4SfOXxaWyCo0Ve3S+ZetIuLDhi8+iLCIqfydlIwR04eyGpSvOSmU525qpzukuV3ibZYv45r9YVgWRaOls9dLJGp2O8EU1FGIBquc7d5vBS3Xom8tlU2vuAVGTezB+EW9LapE7cqWfA9yK4QLDmXvUKU0sMOcFiwOYuu3wbhjEJ3A6HjAtOvadlNJd6DtiSEb0GhzSD73967venz+huDnY5YHKGMdCVLZxvctlor5p+n35DEEMoxZHJ4uIBLL6YyIuwUjrWYuwsBYEH/IALqd7SCbTjJE9uW9uftzUnR/9EBX+PdgHvPRUOmMhKDR59SLCxOxXUnYowQ1wbuyujSwpnTb7S0ObDFLiiNDab/PYNnmfvjZ7OEsE0TZJs4b0DE2NlI=','active',1796495388431,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495401626);
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
INSERT INTO audit_events VALUES('01a24777-cc75-7a8a-ab4b-ddbb4bf1d565','user_create','success','01a24777-cc04-7c3d-a487-3af31bd2dbb0','cli',NULL,NULL,'roles=[user, admin]',1796495363190);
INSERT INTO audit_events VALUES('01a24777-d73c-7b83-81ea-107d9a7bb93c','user_create','success','01a24777-d6e8-73d6-bdbc-150beb8c0822','cli',NULL,NULL,'roles=[user]',1796495365949);
INSERT INTO audit_events VALUES('01a24777-e289-7f7d-9158-b5f42621afd5','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495368841);
INSERT INTO audit_events VALUES('01a24777-f2cd-7f83-ae50-9b6807823048','user_create','success','01a24777-f28e-792a-8125-c1fc0c10af7e','cli',NULL,NULL,'roles=[user]',1796495373005);
INSERT INTO audit_events VALUES('01a24778-0179-7ccf-bcf3-afbf5dc69f79','admin_user_roles','success','01a24777-f28e-792a-8125-c1fc0c10af7e','cli',NULL,NULL,'roles=[user, auditor]',1796495376761);
INSERT INTO audit_events VALUES('01a24778-132a-7a62-bf9e-d57c1fd0b3ce','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495381290);
INSERT INTO audit_events VALUES('01a24778-2649-75b4-b425-0da7beeae67d','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495386185);
INSERT INTO audit_events VALUES('01a24778-3ab8-73c3-a5a8-226e204b1051','login','success','01a24777-d6e8-73d6-bdbc-150beb8c0822','01a24777-d6e8-73d6-bdbc-150beb8c0822',NULL,'127.0.0.1','session=4WdejLoreeXeqpP4LaIIXQ',1796495391416);
INSERT INTO audit_events VALUES('01a24778-3c41-7559-ac1f-dd80a95a0253','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495391809);
INSERT INTO audit_events VALUES('01a24778-40e8-7a5b-b1b1-7eba78e6c570','login','success','01a24777-d6e8-73d6-bdbc-150beb8c0822','01a24777-d6e8-73d6-bdbc-150beb8c0822',NULL,'127.0.0.1','login_session=01a24778-40e6-776a-8c32-f30cbba88509',1796495393000);
INSERT INTO audit_events VALUES('01a24778-4190-70f9-9645-d29b31a3d50d','login','success','01a24777-d6e8-73d6-bdbc-150beb8c0822','01a24777-d6e8-73d6-bdbc-150beb8c0822',NULL,'127.0.0.1','session=5F7dWA0kGSFRfllSgkUN5Q',1796495393168);
INSERT INTO audit_events VALUES('01a24778-61f6-7496-9c46-dcff6072ee5a','user_create','success','01a24778-61d8-7bf2-8e29-c459911b2908','cli',NULL,NULL,'roles=[user]',1796495401462);
INSERT INTO audit_events VALUES('01a24778-624c-7f09-aa3c-4c0fe38b94aa','login','success','01a24778-61d8-7bf2-8e29-c459911b2908','01a24778-61d8-7bf2-8e29-c459911b2908',NULL,'127.0.0.1','session=skRrF13iJix_cjj8q-MUeA',1796495401548);
INSERT INTO audit_events VALUES('01a24778-6289-7739-9cdf-4e53a252bc1b','signup','success','01a24778-6285-76d6-adcb-4a6f4e83dae7','01a24778-6285-76d6-adcb-4a6f4e83dae7',NULL,'127.0.0.1',NULL,1796495401609);
INSERT INTO audit_events VALUES('01a24778-62ad-7529-88d0-8a683a0ea876','password_forgot','success','01a24778-6285-76d6-adcb-4a6f4e83dae7',NULL,'frank@example.com','127.0.0.1',NULL,1796495401645);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('rJc7L-fsntN-wqOqqQahz5RJwiTrKgZ4x7ImQTY_kRc','01a24778-6285-76d6-adcb-4a6f4e83dae7','email_verify','frank@example.com',1796495401610,4950095401610,NULL);
INSERT INTO account_tokens VALUES('eWWmfzUZXDJDdvX8Exs5asKMWs6st_VuPcQGvnA0fHE','01a24778-6285-76d6-adcb-4a6f4e83dae7','password_reset',NULL,1796495401642,4950095401642,NULL);
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
INSERT INTO mail_outbox VALUES('01a24778-628c-70f7-b898-91605d1f7901','email_verify','frank@example.com','Verify your email address','H2lvHFYpw9uAEVKLWU4KZqNFbD8Js2wNDKyW3MLkc5zTO+5BkAIl7E38fCpYs4y+mljZOuOc/tIiILkwWB5f9fzDCXvE1wjEBm/osyAQUdeZNEa7Tn7sFtc+hDVIPKWMDccuZ3jfF7RlpcrZPGFVYdx+Q1B2nKaDMHGJ8u49ipw4J+9wqGL5Z7kTs233U2d1CkznaxzGv3xueH0z/fG7S2hUcnCHKUPDYUfL7qzF86ay+KBKqXtx8Q6cRDmeYOsEHRTW6ZBG+qcUKsId2Neqvxrat8QAzStRP37SbpZV6aIGpi8qE27lPNG47IKB+hkeFZ1yKdg80sEAULd8sP0ivJhbxNtx36GTAFlNidCrHOccbzqEXT6HJrThO5hPekaiIU6lakMEgSjgpXKyjb0E9/MsL4X78NmwTU17edm4pC5L2OuG5q2r7oKx4PZueWbafwkUGpooU9KJaNkETbcSEnLfGsosUh3eaA8emiR7z7D5IkoFLN2U1PVHE7nMhchwRA3Mz5WQ96mzBvkZhBc=','Y1mIPU7J14LkaqQmjAqbaiyOwF5vLVuku0guHZNn7Jpnhbexgk+rt+R8RXWixkNl4xEjNpbmMO1EYqpEGdoZs5rbtoKcB+ruuZry6GNxTiEeuzmF4PjhD0cg9/Yy6Zl+xYGB+ynN7jjARFoKrdFvp/R6PzZX0Z+0tIick4VpI2DFlNvw/shpJwzLGrNnmgMdHsg8I1xQc8YdJB+M0tzUu59TTpjkeRogDkmWbAPooM1GhfvwNxBWjqs7wPz0LkW4tfT3D73k9LIFMk0PGhx2XhNT6pt4uvLg4ncgZLzg7rCjo3UjzY9DSec+GcLIWfL2YHnOP8Qar+MY3zAPDKEvsV0g2yRI44hHuLIj2qH6NX7ma8b1ivl3/BuZhSeBgJPQwKlWWsSnMiF8q0Ieh4OzewNZ8TOzVy57AlNQKkA/h2CbluJ3NkHXfzZJUUROJTveO46rP1l6ukB3uZZ0cvhomTuNHrbTAdmiaK4iGrK6YvIcd+7ohHUmp3wO7KHwf4JwJDgnXvcwSTWAy3GDeFGDqfx7O1CbO2TdmCedhxUp5HhBFc9imwHHIvJkTxK8PTPKXpZTHWrWrx9rcCPAjkoJDHdskJvMuAvucHIS/sSbfhYjux+DXVZA2FESroUD9IRr4JuUndVOjqiNS35vP8zeMPGiNH/IByi8m7qSh52gplsjn+21yQaQRnzImEf/jWAsll0CGA95cVbL9GjCjIQTcHs9+B2UIWy4fh7xgqQpbxYwRlHliqEfRdXub1xgx+IrxzsVIZotF+9l2JrRdK5ufGGR1vDCwSIAVEGEAqrOKJtnTKXzSbHI7Asx6dD64FjPWTwjcDp4koj5Nvsecv1tvxhXh7bziU7c2OB9CPkWya1FQ1FKGHXuyXcUEk61TCn4E2dsIcQRxqcmlRRoYHmdKeSLOmqmO9eUmk4bvo0ZSnLNn8e/4t0HaWJSnvJCdgKUKeV8pV9RHtUxY0n4kVW02ljSOT1X/d9zCKE9W19KJOIyeOW51xMRh9S9+Q8bodvwGFtQCiBnhRDHUujbPUUTdOaYvft6B6kATb1u9E3nha03Ui4WFv6OKDVAHSGG8vcGePMv5+ofpdHt+3vzwHdlnzLDUqDWiv3hPJq8ZfHww9pxVVhJ3Li68C2d7ybjbl2rCullxDbD9kTQxJy7gHieTpdFA2Xx3MwNc0zjvMJAwwEzeXj4Na+bTfdqsock9nGtza8I67AhT4ozhbX2X5hllN4CIKrjJrHTo+F/4BqPLXzmTzj+ELCexEGYdvUMWq+VsK7vnr3TCaJYqswqdtvscmzSgDwpidlbPe/whOoy02kcqnxk3czrNviVIwcTN7dSA9LtjAPrM1yO/I65c/DYXTmUXmeqL3yoFHxMk6bEnIwdc7mCx2p01nXrZ3yhFVCp4laNocUrouVXYweozVVuyY+kb4enA5XNpb57zBnRTqV6YjX7BvB9094yXN2A2bEV6bJnwFsqcBoRGr5v6vlDxpYqvjnN/Q/oMLQT54kmHjPWb1c3xjy1Y7wAu3emWCsvRQul6kWn50zG0WVcYzkvW9Qp0K9kt/TrK98nFdOab6MBWpJm0r1c+zKoUwOw8OgyJQ==','pending',1,1796495431738,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495401612,NULL);
INSERT INTO mail_outbox VALUES('01a24778-62ac-7e88-a031-cfc93bbc4ec3','password_reset','frank@example.com','Reset your password','GOmKpCexydXv2LI8HsHfxeUoN8WWvxq0M4LRjveOA3q4q6t2hQy8uJeiwfDOJTkXB9flkGDWmkbLmjKuwUtz6L9LJ3Wfq1P1IgiM1EBypBwk74FkPEV09UuWnxhiyKOy+GXMXyqCREMXUZpj2hGjD4eYxRzy6IKZCtHqjCYfG9bzgZQZN1DAslOfoFV34ddPp2Rf0VAMzQS5RQELi4MqFzhx0KlCP6RbalM4iD0jk1xgGXHZSJr8eg0Lm9XZNaq80W7HMrzIN223G4HkGDWeXffHo1plfveyJRq+laWYVhG2gv9vtfXLrGUt75FyJlWZQqTJUFupRoLp8YCiy3eqrEz6V7QZ5Ng3W8u2vI8xVxSjY+D6fsrWT0QwKJs/iT0qPuBsSjsp61AGZV6YqQ40fLXFffOrJIaZrmIIPqAlgx23YUTr58JZxDubwR/kLORBAXi18OSM2DrJkDGN95UCGvKqYXe5KNtLbeXhPUfP4H0ahwTw6+QkwjsHlJMV9yZcOZwAfsjvIpYNc11ZyuY2K9/pvDNVLYMfN/33zTIyvys=','2Zs2O3Ie5wcHKFidjf8/KPoNxCK4zXvyeg5sQYYuFtsUnUNsTmuPlOeSwuacXRyNxJTCnZdaW8F6O4K+kk/Hy9jLujuEntgZulESnMl4nTff4hvJzmV95jaFJzCcLsL/jEROL7sE6jxOfXpOvCib8nh3stAc5ho7kgQFKY/B66OgM6MSOz2rTeoLaiN4NMc/YjBS88pYYfa7ihPlaCOweYLwiTggcBTNmn9w7c9IVuvQWbcDLL1sXugvFLjDiHNSPwE2Ru3FlQvp1RjSyL+iEhPJHeS1fNvYvGZ8hHdGtiGlPJ+knCKn9/fUTzNZETmuNc3+UI8VK3athi/y3m0SOXqTCgGit4hbzGEh8+yg1GiN5DjRTf332AP0Ft6KHkZCY+BbfleXrVdCcdlH8APae23z3GFXnJBtpXJUyP8BhfefvNNed3/oJJMiLlBhEdOXNGardfg9FhADarD1FWXdLcP7uGI3Nnub1V3y32YhcLyI997OpsnAyRAilUV5M0DUt625sUIP/MH16vzj7rxuId/T2aNZfam1Aej+PxCrizshtBCLwUFIxXqLtmr3F04VTJu6lpvI1pd9luG1WzWPMHerqe3m/0Vhntrz7Gwf+G/bOLxINGAuDFM4uANePxGVYYQ4WNmJZCJqBITImdeFL3LGN0GZuDOTD9dguEGIYgyEGP00Z+NxstKpJfXiMht0OcEmBUkCK4N3DMe0gMSmEKuBQaDxfP0n8lBP5DZvHrqLm85rFSk3BU0d0DNOZJO6O81FJjt9Dd40SDrh7BB5MLFkH4BWs4FL5dJR2LhsTzKwl5fj9qUpmNmDNfB8mAjc0L1PJ3Lb9hlpQ9BXfLfKfWrEPipY4wmJTT73kdGnqgb/siC9GsKklcLbNmo5boHk5EMLko4JbNIOBnss+jDP4koI767gtyMXvaKa9EUzuMerC+s5y8Ys5U6Ls6g67Ana+Cdip1r6SQwiXgCGUy/Z9CVqwDKugeQ1rat4hgPuexKIG/P3tFv3FTokBNt3o6WiYScoFCA06JnVdrPyMOg0a7KOBUqTRFmXTQl/x90D2shHI0WU+sYCNQ2wFXZkf0R7h0kKAoh1jNxbWzkLEY2QrGVtE8kF94RGd26hlIzINm9Qj1FxpHHDVYgB1gi/BVobstQsk9N6f0/vJu48JVKJUNf+wLzh7rbWud8VJIKvcMAn7mEZx+XBXYnuo9rW7XlHgkhrf1alaHCCOEHKL/1LYCX2+yuTfXhWCPc690QzIMSlxjuFBIv81jBo/uaA6I6uBYVVBds1wDda2aTqzYGxSEx/0luMg/HXvzatdxgLeAX2fobR8TfJepdSfcXcLWCRzm/n2sYr8rqR9aVIcoARACYRO9N3DbjrU76sVF0dlfktPmWNwgJSTRhepCsF7GoO1BDTMI7i02+F2S3llj0TKdepTZcK6QSdqmVHfpvTnF030MU9n7hOx7apM+i/8Cg/64pbI10OQgkidjmUpvcKu7D5B07nixZtF1WimQZd4UhT+EvhESDGoNvoV3ROdupjCDw/5p1IFfkNHCNnzLK2blYGSpq8akwBQ9SMwOfj5zI2uR+Isdkb2Lx4FwcB2j+LX9E6bs3YRvgriQ==','pending',0,1796495401644,NULL,NULL,NULL,1796495401644,NULL);
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
);
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','FCTmokrdnZ4HqkWZSNbRZtzYT2QVBnkkU3_GhIJMVME','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495380871,1796495380871);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495385820,1796495385820);
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
INSERT INTO login_sessions VALUES('01a24778-40e6-776a-8c32-f30cbba88509','01a24777-d6e8-73d6-bdbc-150beb8c0822','5pEWNjm5ibi5BDlFg2QhVZT5e2BVF4t2IuspUxjxIyo','1S_gNIDCvtnlWbTy3eGIREniND12wXhmd0SA6fLud0M',1796495392998,'pwd',1796495392998,1796538592998,1796495392998,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
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
COMMIT;
