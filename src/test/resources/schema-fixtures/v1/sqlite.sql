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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 08:18:04.621',9,1);
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
INSERT INTO users VALUES('01a24548-4e6d-7477-a91e-300d6b4b62e5','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ObPHqXZscPxUlZG2F2OCAQ$3XgPHB9/o46tHkM9QXOuW/Pge2l7wZsv2739PQlFCDY',0,1796458696301,1796458696301);
INSERT INTO users VALUES('01a24548-5d6f-7a82-a359-8338a9bbcee9','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$XGqaAEuxiVQsSBzGcKRFBg$2lYnEcvu5AhuD9KRu6qmQG9cLBrvSkuK1ivtU3Uk21o',0,1796458700143,1796458700143);
INSERT INTO users VALUES('01a24548-9ee1-70f2-960a-fe02f89503f7','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$N1wZHzk2juSp5iwo4/p6Tw$SBEd5m3Eyd06WPK3kq0mgWTiLf9UAne6t8kK9WuIWVw',0,1796458716896,1796458716896);
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
INSERT INTO user_roles VALUES('01a24548-4e6d-7477-a91e-300d6b4b62e5','user');
INSERT INTO user_roles VALUES('01a24548-4e6d-7477-a91e-300d6b4b62e5','admin');
INSERT INTO user_roles VALUES('01a24548-5d6f-7a82-a359-8338a9bbcee9','user');
INSERT INTO user_roles VALUES('01a24548-9ee1-70f2-960a-fe02f89503f7','user');
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
INSERT INTO sessions VALUES('3Vd2ngQ4TRcGAQWbuCuobg','01a24548-5d6f-7a82-a359-8338a9bbcee9','gatehouse',NULL,'BaNVXB2DcyqY_2uiQp_IFsShVT0eZaP2vy9hOFnSxbE',1796458710982,1796458711315,4950058710982,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('6mef22IABAHf8Fmhr-JyrA','01a24548-9ee1-70f2-960a-fe02f89503f7','gatehouse',NULL,'OyLQLVVrqKKEnlDyu7Mr8jnM7AS-HolsdE5JHUTau1g',1796458717276,1796458717276,4950058717276,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('2K0AjQxSYq5fjagi1ZcYiM82hidfk_s_w0so2WLBGog','3Vd2ngQ4TRcGAQWbuCuobg',1796458711315);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('oCAVv8XlY_wDg0qY2Y5y0Q','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"oCAVv8XlY_wDg0qY2Y5y0Q","alg":"RS256","n":"nt4FfW6njJht8OKB30Wzqny3op5YUcNhlppH4FY466-5l7XrCOGIUZOfxeNhon5gayW4bvgBtmjlpxJ1OXoZRdvSeV-VCu81BpM7-A8vTyhti_nuZsC4Z3LXw3i7jW2HoLs6bP8nt77-24LKyHkHVAXWl2g-7UiccAXjC25gNh39AYiL6oxNh3eIrsRX9b0geMVwHmmi282VgL6Znl1alg4ZKJpzjwSNdt6e2qyAnZ1sMAqqgVpu6gzt91K4Kjy-M4eilIcS_nVTVZ5grU2oqwIJyns40V0mKh_jFdqEW2FqCXTVj6UpWXqeOeUPrshKkGJBZHpalPifyDakn4SP5w"}','P6AX5tz0Lp+QJrW0cU9DyOM8BysUWg5VC/WXI3Q85xngUqx/bWeBhsz9j9K0lEZ6fYaKmvsNlnrHu+Wx0bC7IKqE7Koy8RuBjFCiMrrTIHmYbHUuYNfUEnwoc/CEvm1FbEP794/u5wAmNv+Vog1d+quo8r4byK2jOTg5q+CcTEBYk6lGgH7BOKk4gq+sJyZ7lExegwt1qLq5n6QhWdlDLN2m4ACkQAZk9N+73YIzHYMgimDtvIgf6Lqs8Uzfe+NVqkHgbIQ9OYemcI7aYgMBH/GE+hnLXKBhbNxPZ0suqkEizJIcc64nYWdBgnnWBpkReW4JF+T/7B5EjikpL57C4LXhNOCWmDiKLQaQYmYU0FsSR7ncqi7uVedK0Q5birSccPayA11sWaKNYLV/wz5zl4LKZfiOx4C3VBfENjRmvV5gA3utQqpW+hE0/KJjYbAgacZFMFln54K0TTOTVz8v7atjahF9yrUf6ABACfT35PYbLd0EEKa+gJOzouC9XjB4XsFk+SknZXSuFdR9lOmey9o6sWPHw+lAFjdodmAwbIHR92bxjv+aFRmDQDIJH6YCXnYk8NqPuU8z7W1ivygXNYuwWbvHsPxa1DU8DuNPuDqPS64r1KiHXJ7dB5dMrOEezvk7CN32LCEHHFNKx1QBLA1pIP7v7Z1yz9jTTb8M7WSUsBXq/Tn8FsgJ9e34OCAcfnlARGicOQKMd7+oBgFLb8LnlYInZNlL8iuv/O3DZ+mm2uymQhCTNa8eC/uz+KOHYepwyq/n5Nbd+6hoRnld8CD0eACSTLhjLp2PMuIxdk7AeMrRSc/0hEMb9XQIjYt2AyXwDM64GGOuTrg8xWA0psygdFzFzrn0kOxekoONQ4VdQD+Q+gD2IsdYHUnkEPJru3At2HU3alUan+Mzd+OTZX7E08ev8EL7dGps7aTiXdvkih0IRVzt44NdOsbuzZnz3pjzuFJYhpVRGODMAeAFA0/x29dh7ShNnjcgCbvYvUsnOKbX1SybFK5UPR2YICq9QOLVr82eKKmUHckwlfl/msnrsHk8u++4gCTodpYLAkyvX0QjgeXsfVQrL4vH4Ze+NsuHt7kUqNqZsknjyA4eDLteApmW1KHE9/HbqlbL2/YS07NLqQ6SHiE2L1YeJBqX40UROOMO62M4i97xd1WnDT3dZi1Yu4UVRFucP/xb0P9X0y7I39E8CbVE7iavwogqDz7zBFFzugQ5wb4NYO95peNcE7IhuO4kxb14OfAmAfOE85HCSsZjhI/8LwwUJpDV1Am7ABxKPph1N98NUuqW6oFmPX0TL82IFISFGzOZtGbc9vonNOPdqutc42ncrxXpomT0nQQyfxkVL1ewBFCkYyiLXr5trcmDnCC2Yw7I2T7OO3Pb28AxjDf04hu1WIgKU+vbquDnVVGApwNRfDdOOdRkp69mOsRSz+wekdJtsrBK7jdvJFZasT5JnwNZZUyNbA6xcqz6e/TmwRfLNIKGMY+Qn7AR/VJx4o0QF+E6ng+6bBGO5JRvgscucXlOKJ08baHpSe8pIW+JKdPy+1W0VH5OCepY4T2LyV99IFMgXTXy0N2k4NL8WMgcqDtBH71TOot9QhRDAnMEoqpN5IaMsRBB7iuvBOXOI9iYujWIL/EZ4AzWSXS87kl2zGY=','active',1796458705999,NULL);
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
INSERT INTO audit_events VALUES('01a24548-4f19-772f-b2b9-f041134f8fc4','user_create','success','01a24548-4e6d-7477-a91e-300d6b4b62e5','cli',NULL,NULL,'roles=[user, admin]',1796458696473);
INSERT INTO audit_events VALUES('01a24548-5dd4-7d00-83d3-8dd72e12ab25','user_create','success','01a24548-5d6f-7a82-a359-8338a9bbcee9','cli',NULL,NULL,'roles=[user]',1796458700244);
INSERT INTO audit_events VALUES('01a24548-87cd-7345-8e36-af5e34c16fde','login','success','01a24548-5d6f-7a82-a359-8338a9bbcee9','01a24548-5d6f-7a82-a359-8338a9bbcee9',NULL,'127.0.0.1','session=3Vd2ngQ4TRcGAQWbuCuobg',1796458710989);
INSERT INTO audit_events VALUES('01a24548-9f6a-7466-9055-5855d75f6377','user_create','success','01a24548-9ee1-70f2-960a-fe02f89503f7','cli',NULL,NULL,'roles=[user]',1796458717034);
INSERT INTO audit_events VALUES('01a24548-a05d-7361-b89f-7dc7664af02e','login','success','01a24548-9ee1-70f2-960a-fe02f89503f7','01a24548-9ee1-70f2-960a-fe02f89503f7',NULL,'127.0.0.1','session=6mef22IABAHf8Fmhr-JyrA',1796458717277);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
COMMIT;
