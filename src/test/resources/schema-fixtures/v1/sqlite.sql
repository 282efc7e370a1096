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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 07:03:38.129',7,1);
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
INSERT INTO users VALUES('01a24504-0110-7646-82ff-eaed95e1179f','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$cQwjkgB7HaVfN16WSPR+jA$GrtfyLlS0STyo5ckXOI/21qodY/RmUEPftL2Muod5Y8',0,1796454220048,1796454220048);
INSERT INTO users VALUES('01a24504-092b-7d1e-b8b9-1e7576a2488f','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$O6JmNtcAFbY7GD9wbjXldQ$KXwqV2+71qwoyu6UipBwrfRhWDqR0D+Wa1Sxwv6afxk',0,1796454222123,1796454222123);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
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
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24504-0110-7646-82ff-eaed95e1179f','user');
INSERT INTO user_roles VALUES('01a24504-0110-7646-82ff-eaed95e1179f','admin');
INSERT INTO user_roles VALUES('01a24504-092b-7d1e-b8b9-1e7576a2488f','user');
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
INSERT INTO sessions VALUES('i9vPHtRDJLzT_t12WeWvHA','01a24504-092b-7d1e-b8b9-1e7576a2488f','gatehouse',NULL,'_CvJYkAibqDge6O_lHDyJOYZ5uhLh85Da0sHIWjoSro',1796454225271,1796454225324,4950054225271,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('GAuuW6G0X8Vrvw7P7gcTmHQz3zRa9sO3uaUd9EFIpFA','i9vPHtRDJLzT_t12WeWvHA',1796454225324);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('gr9Th0K3oaaH214tJGx6SA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"gr9Th0K3oaaH214tJGx6SA","alg":"RS256","n":"3Nd7OO0xKO_2cmS7VH0-6VW0Z2RNq9gJBT-zLnmnwqmT_wkrPvsnRilSb1EO_ZocevMpfH4JfE-HHPER0NW5DoL4Z_bzIQqE4Co7sHm00kYCfz09tA2PeqL1-kyaMRGJLeVb_01B4ZFbOC4jR-Kx11utfMaEGdWzHo3ACLy4zojoY-r182hOX-ErZECGxAHKjpVIPu0i2wE6AKyoRz5NsMcgkPxkeZt-3Qdo6zdG1QNFG26BHqNoHEKRLGIod9Jf6Z9a0OCq43mO3MxDJnnWyGQ5CUKoDb9E053rRgad4k2XapNb4Tat_K3qfNb0svlZuIQgvGwQkv0bCtYmHYiFPQ"}','WD1dbbLiX+23B9gUTnCyGzOvmKVEJ4WyFcmFdqwpyA4Hhz6l0dHFPRikQVObWxIXa5cXlPHVY1rmXSxySbXsklBB6AnDDwh1L5bRb/uL92kNEpvkO5zPCEbP/2rA2gyvZTc1pnTsKL0coHH/Mz8NyLYhyEm8MmIh2KjB/F5zr3N6L4fZ6LJ2djZBow8TsMoiOImv5UkgxmWAP/cdy5eGv5BkU8zwuE5Igmc22M4Us9Gt30RPlc9y+umfQAVDU/H+kvA4GQw+DJsfsigVrCjX9DNBvsr4j/3NIVpu1sZGhKG2dFQEuTYjB7+FDt4zVUC4AWJ7cAAcWObI75y0BHaAROSUW68VDH9asiq7mWm2QxHIRoFg0SRhaVHC2clj4xCTDNT3WLlFeigg2gZCI/vREmKSj9Nq5dIu6QgZjzjcGsB2R3eGjgvtCKI+rA97UZMTiYRnhXhzSQnfN68YEfE4RuerWmJdyFgU5AnquXW+lHOpwgHy0/BOL3ADIr/XBV2Nn/jfypyzb0hAuTOuOChgEZEST+slMZk+xnUqLpScBnJf1e4fFX1Di2yq6zYnfHdbkIf6onyLSSVbRWGTU4DaXxp3tPNIre2Cv29vXBYVpExS4CQJ2ftcrB/g/6dEczsPmN5iA/PNh+NGGuqA+pGVv3wnxCemsIqDa+/GfxL4As2gWbk8XeGCxtFTG2VA/aVOW8+aCbfjm7wXQTJhryJ22Tgnb+oyyWD0x7vbKcHvvsgAeLxaUDYxn/DaxCq72ahpDBqNqhRQi6xldn29Etq4an+TEWEv2c72mf27Z29J2tCgcbkORZf/g5+/E8AeSDljbjQw0iAD4wu0yPFHiECNp0A4x8psIsJkClIq/1BvYkTcXi7j2FbX8I+vif7dWFgkMcrV7mWQVRZye4MSPm8MLOheLi7czZP7OWIe8AzuCPix8xBEl54CiqVAkzH+22AiB1SHq1CsqSZ4Cyz+aNWtX0jlcLmuNJLpA87wdcKmJyUTt3ead2mkneGftAxXetQfSiUmO3mlWJsZLEVYBHLNVxA/M3T+NTgCFeweCpTxV3NPKAT+utxdc0UeWKaELsiso9agx+16cbLiEcIwCYhgR1mwLBZwxdLwIRSxAIz1DVNQHfaQSXJDFGovJrcBilxaw3WxKbrWieHHJAuOcgRnW+xEqzNe3UXt0meQQ69AsaBc7+rYdRjA6wwf7ZD7Xwc+CaPxhzugFfwHcnyDiFl1C58tI74E/5P859ze4JWOSX6O5LTt1oSoh1g7QGPFJJe9pk68/CqxpemjDT7b1+HBNCzcDSmdCDi9L3BXY+sj8uL6D+GrZA9nGxJwxRfrKxalcXxpwebI7oR5y64EvlFU7/GuUIW72HG3HupX9AeUByJMJD9Ke7n+uetCvPSPHDtQRVGXMiBFWm+fNbm9Ps0dEGEOh0qrnA9/omMx+Nl8wKFErGIt7RUo7oZaODie4kwzEW2y7NH2ir/OMFdTmKHj0qwmOEPcjXJV6V1+d3hQ8Yi/HZgIA5NKHrU9haIUL3PgmRj0ox83jHgEbujh0k4bYacBSWU8uZbDIrsvdZg3SiqiEH5HvOIcSjw7bMVV4P27u3Q48+tL5cxkOuMnC1C3kt+RMGB+nHVS3932XGKmZcCGNqTuyTas/rKpcQ5i','active',1796454223900,NULL);
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
INSERT INTO audit_events VALUES('01a24504-014a-7284-b360-04b1d3663158','user_create','success','01a24504-0110-7646-82ff-eaed95e1179f','cli',NULL,NULL,'roles=[user, admin]',1796454220106);
INSERT INTO audit_events VALUES('01a24504-0954-71e6-80f0-caa54bddf8f0','user_create','success','01a24504-092b-7d1e-b8b9-1e7576a2488f','cli',NULL,NULL,'roles=[user]',1796454222165);
INSERT INTO audit_events VALUES('01a24504-157b-7fca-98a8-8c5fc52af6ff','login','success','01a24504-092b-7d1e-b8b9-1e7576a2488f','01a24504-092b-7d1e-b8b9-1e7576a2488f',NULL,'127.0.0.1','session=i9vPHtRDJLzT_t12WeWvHA',1796454225275);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
COMMIT;
