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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:44:24.799',22,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:44:24.838',2,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',1326330661,'','2026-12-05 18:44:24.852',8,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:44:24.868',12,1);
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
INSERT INTO users VALUES('01a24785-9a48-7345-b312-7d80cafd65af','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$NR5sNGZHsqudgDwRY2sqHA$7PjkWn4IIh1iohNwIF3Ay13ltj5MYQD+MmrggLn2xZM',0,1796496267843,1796496267843);
INSERT INTO users VALUES('01a24785-a50c-764e-becf-ed8c9a791d7f','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$o+GPEnsdpMB6+O8txazhTw$PtqodQp2orMVjWHrGwOs06nD4tq3/RsPI5+GQrGq+fs',0,1796496270603,1796496270603);
INSERT INTO users VALUES('01a24785-d6f8-75d7-bc2c-51e032581253','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$XKFBOY+Dc4bfw/4GSeqpVg$CzUNPAEiNeQUTaFe3AxHrZ0lJq63KzhhAadeU8SiO7U',0,1796496283383,1796496283383);
INSERT INTO users VALUES('01a24785-d801-7b1c-88d8-34e1b22f5011','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$8BTCpKSJ3IV7KEZl7R9SUA$gqgKDEg8JKWH9V2yPExJBKbuauLSGopN22DQXms2V1Y',0,1796496283649,1796496283649);
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
INSERT INTO role_permissions VALUES('admin','admin:roles:read');
INSERT INTO role_permissions VALUES('admin','admin:sessions:read');
INSERT INTO role_permissions VALUES('admin','admin:keys:read');
INSERT INTO role_permissions VALUES('admin','admin:clients:read');
INSERT INTO role_permissions VALUES('admin','admin:clients:write');
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24785-9a48-7345-b312-7d80cafd65af','user');
INSERT INTO user_roles VALUES('01a24785-9a48-7345-b312-7d80cafd65af','admin');
INSERT INTO user_roles VALUES('01a24785-a50c-764e-becf-ed8c9a791d7f','user');
INSERT INTO user_roles VALUES('01a24785-d6f8-75d7-bc2c-51e032581253','user');
INSERT INTO user_roles VALUES('01a24785-d801-7b1c-88d8-34e1b22f5011','user');
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
INSERT INTO sessions VALUES('apv5E7yMoYzwLh_-iCIFMg','01a24785-a50c-764e-becf-ed8c9a791d7f','gatehouse',NULL,'5WToqA2kmOVNciypgqEw4V3o1WpO1TTzNgdnCFUsDbM',1796496279346,1796496279446,4950096279346,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('KHitD4KCY0fXwmkMzTOo8Q','01a24785-a50c-764e-becf-ed8c9a791d7f','gatehouse',NULL,'RTkNUytCuRCzIQvmq8pozCI4WuFsOl1xWyFxh5c7JCQ',1796496280138,1796496280138,4950096280138,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('ZO28XSHq2kZCFwDkV7L4jg','01a24785-d6f8-75d7-bc2c-51e032581253','gatehouse',NULL,'cSiTTB1fNMatz__M69tTALcUw7HNnQyVPjM1GWWgXoY',1796496283591,1796496283591,4950096283591,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('JrNIgwUATdC8l-CXNzyVTNLmvD124sPECCiCBTPNKKI','apv5E7yMoYzwLh_-iCIFMg',1796496279446);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('Wz-qfUECcO4rhyX-hmAuKQ','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"Wz-qfUECcO4rhyX-hmAuKQ","alg":"RS256","n":"x7Uh21gxUcAe2FIR9CM8DSzJUX21jyOZdawapddum5UbY-5iEPbsotTGkcA3Sgsli37bPvz-RK-eAGP0koFp4iR61lUvLikTqwVlkbPqz_zIK4KGyVpIunmhp4g-zrN-vAnblQzdjxCkngSdUxphdQYGvnz7OLQtGsBieTw0Hi0k_qzZBu_aqrxHA1t_9rAdgKRi-x4suZ3ZHDJ2v9s8DXiz9HnoUDUJHSoV4cBKcB0B0_gQZh2kkkf0-ZDWI2NXjXDN-NJH7x4srOdDjNwIRvD-oQ0noqE7VfQW87DKcIV2i51B9yUDi1-NIDrXHF2_UJ5wall4d0u0j4gNg3PVbw"}','xTadTOF0ivdHdAWAjxJnkmT+syiQH53ftdUXv5Em14ctEG6OtvRPclEw3vXcI3P5UOvlx8oJAhTx4BLabxR3enkMrCaxvVCk+5JHvrny9wjdMNXyJQAIu2gnLRQcymBLwTyeBdft5/IiWP21hMpuB1AJBZee9sRWbNvBLquT0QWACV5YUeH7JgSSpVHK/BTySxhu0aI2QC3yxfD/yNBmBXNNBPCF6GqFKPBZCvRTMmYaNt/XS77l6TUTICKYARyRbC+xlgG3NXEhY9Eb4XGTwqyW9MW8VELzrrdBMROhGYKfddl34nAvlN3nde/1LVKDKYkKFTpl7htRUk9NWfEEkTJeQ+9/+C6PTwS9OnVNC9/CWXpN1bj8H/gumPOGIBCpmU4m2IVcbcHh40V/5tLVdl/ENhrQE4XMe4HK/EeM4d0gEBbuE9DAqaPrcjDjxhYCAyGoKHHjl0EXzzvmiHgRZs7l9pZA4fMgInHsIxUHXM0FMQi8znH49qi938Wz89Z6vFHjWPOj/iKAjtD1gEiBbxDKOTb3iUx+udskoDkNuJxpFbkWuoG5cw8BFghfEgTkUU8o5VhEXKqwj6pEH4NXtxJszbkJerlsAdjsGdJMrol3/jsNxRCbbBkfHFxIocStFcMtjojQfDem+d4eqf30rMzyGcJ63M1nPx9YwMBJeBB8/F/9tdWBdmboYOr/WM7quPg+QvJicsgBu5tWGck0Luymq5mxsnnHzIeKLLD6v+qmNztchXJfvJDSLj5UFOlrj98Gy1Xcw9CPiDpq838dVez9JVOTzOGXGMCiOzMd/pM7lATxcvFC/4bGe1LmJVnhBjKy9DXmV2Zj5K+uxzTEjUUh68I9U6SuK4Y3U/tc7k0fGLQ9kttogz5jU4oKTmy/DDCVS3P5hUGj201mlcTxVGb2jREFcOQDSN5Y1BTCBFqRkzsPUP5RYORzRPeV5NCY5kh9DhBYhSpzunF/QmmFMsdJ6D+QxejpuEj1WikghZCFE1lEQftm2wtvJihJ8wgsTKWziSmLR+D51m0v82Zetb7/AnG13QxfACg6jxjZiq56qs2wBs8ClahmClSKtlbkR1JLzAt/RgnUlHPzEVXA3cdyoSQs3ef2JInDwB0hUyNq+yU6KokdBNg6znIx0uk1QGCyqPGv+mMxgomQ+cy+9DvcE0FWDYSM42K9uPUm1EKTWfv4uovnX/ty+3Gn6c/rsrdNXbVN23IpCwzjxA2SubJf26AuiMHveUXJ9DlFVWnR5opAdQoDVK3x+9eraPS0Mp4Xl3LgdfPq+wz/RQIww1IRbE5j9FELryEbJBXeSls0b4yHxq+WQQoWJgN2MRVJqqOwP7KpGRA/bIC7HxhRKdKkIFJ4sYXJEx7UdWFyT1ugqdaEwkcuCCSQ82Fy53IPlsuAvvk5zIOe0hgWYzP1aOS+37R7sWdWCmKj10xtcRVke3GW2sNMAzc2g12tMYxV2gXYwjy60DghsBa7DiKjcKrPT94D+9vyFfSz0JgJ4YdoJy0CKYz0cAkCEeuRlzcUeUqddOXUMDEB1ilHJ3cQeoqXjivlFBthQgGhyX76gGxHESbTNDGhThWOQ9f20lJYG+u8lR7PG9jgzEpuWuiWNMx1oeI1tdmEqYzUKgWZF9oVp5dWzdui1qATHtu/zA==','active',1796496277718,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796496283790);
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
INSERT INTO audit_events VALUES('01a24785-9a6d-79fc-bc7f-e7e516859619','user_create','success','01a24785-9a48-7345-b312-7d80cafd65af','cli',NULL,NULL,'roles=[user, admin]',1796496267885);
INSERT INTO audit_events VALUES('01a24785-a545-7862-aee8-4cebcfcaff45','user_create','success','01a24785-a50c-764e-becf-ed8c9a791d7f','cli',NULL,NULL,'roles=[user]',1796496270661);
INSERT INTO audit_events VALUES('01a24785-af0b-7a46-b0c8-c7a0bb8ea7a8','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796496273163);
INSERT INTO audit_events VALUES('01a24785-b8d6-7b38-8f7d-3e92f7fcce5c','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796496275670);
INSERT INTO audit_events VALUES('01a24785-c743-7189-83de-fe3ffc6c8496','login','success','01a24785-a50c-764e-becf-ed8c9a791d7f','01a24785-a50c-764e-becf-ed8c9a791d7f',NULL,'127.0.0.1','session=apv5E7yMoYzwLh_-iCIFMg',1796496279363);
INSERT INTO audit_events VALUES('01a24785-c8c5-700f-9500-47964f88c0e3','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796496279749);
INSERT INTO audit_events VALUES('01a24785-ca4b-7824-abe0-9138369f789f','login','success','01a24785-a50c-764e-becf-ed8c9a791d7f','01a24785-a50c-764e-becf-ed8c9a791d7f',NULL,'127.0.0.1','session=KHitD4KCY0fXwmkMzTOo8Q',1796496280139);
INSERT INTO audit_events VALUES('01a24785-d725-7610-9841-bc3fd53fbf6f','user_create','success','01a24785-d6f8-75d7-bc2c-51e032581253','cli',NULL,NULL,'roles=[user]',1796496283429);
INSERT INTO audit_events VALUES('01a24785-d7c7-74ab-b9b1-7650b5272834','login','success','01a24785-d6f8-75d7-bc2c-51e032581253','01a24785-d6f8-75d7-bc2c-51e032581253',NULL,'127.0.0.1','session=ZO28XSHq2kZCFwDkV7L4jg',1796496283591);
INSERT INTO audit_events VALUES('01a24785-d803-7801-aa8a-ba9ae259ffd4','signup','success','01a24785-d801-7b1c-88d8-34e1b22f5011','01a24785-d801-7b1c-88d8-34e1b22f5011',NULL,'127.0.0.1',NULL,1796496283651);
INSERT INTO audit_events VALUES('01a24785-d89b-75fe-8804-00ef055878c8','password_forgot','success','01a24785-d801-7b1c-88d8-34e1b22f5011',NULL,'frank@example.com','127.0.0.1',NULL,1796496283803);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('TvaUX9KvtCxoIgsaG5-rrm0PPfyFqm8rr3gPUTPEULQ','01a24785-d801-7b1c-88d8-34e1b22f5011','email_verify','frank@example.com',1796496283653,4950096283653,NULL);
INSERT INTO account_tokens VALUES('tLwnQpEv7drMPqJyCeb7LrKEe1KwbNoT_39Yr247Mzw','01a24785-d801-7b1c-88d8-34e1b22f5011','password_reset',NULL,1796496283795,4950096283795,NULL);
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
INSERT INTO mail_outbox VALUES('01a24785-d80b-710e-985f-3ad202cdf35d','email_verify','frank@example.com','Verify your email address','j9wJF1snTRQgGIj6VL6w/MBk1E6ZOrRR0K3n3PLzKTK7iv5zlMKZQKpwmDLsgC305nlEikH2mZUgHptgJCECyiG8OPzkEVThFj3eyeQ2Lyq0KqrUbKzeZkMBRnf/VSvFcckNeqt8Eukk1LpGB8fkTwePXKK39k8PjgoiYsxcZ3zxcz9gt+OF2qoxaNbia/EvXxXmuRuuRUNA6YKv/WilhykriZaK8lYj6l2sc+ROo3Wd2VmxG+PRjMeoGLmQUevfDOSPRsq9GlOH0pGD9jHOaYuUMUFMAHhVoEXMg8LcPdq8XbQS5gYQaMXYt/o3ZqcF5cZr4EamG8RuwUK5c6FCtlCQE599pIZZr9N+6WpKWcEnJLmMKIGw+lMobGO268T5ho3SeMFsjKaX2GIxE65kLsS8YS4jykQN8rGXQurrWyQBUkuC3TSX3qCdV+I2uzZUG0EOjVIX+ELK5nn8U0BAXv8LEj0vyQENzREBomjo5uqzvdosIUFij+3MWo0x0wwK4kKvhfxEcI9m9+h5wjk=','nqIxWijS+UquiFJFBSHs8wSLcQTMgK+M9OpN1Kk3CSlvvWQeT/fyO2CHgnBqkLqkjt9XqC+BvI2ZmC5FPDjXvM9EqbLdo7zWeEfJEJ6hUm+LouEfu4u9D7xyUukpkZjXI7jqq49JSzZT30LVpwDZHSCU1ByXBHVYdcJeVifgWvrWSwZAoC3Ra29iPRkLIO8aA2vvkEUCdS3kv2o+22piy6z1WaZVzokWXwp9OxH5M9nogNd0FErDrWk90wo7P/xNhcDvUWi1rkldHYMS8omDdcz+XO8QYysZmSC4iFc8mXnWPn77OQPl/m9pqeubfahRRnKnmrzpo+HfqJa4WrMDbKQdf/vwk7v6glNMuioRxY/pQHU1ARRVuOTYhmh4goHxA917gXXnIVh+wUV+GfiEtfUGOjl1PsJCA93hDvi4nGMZjgffBKDGnL86p3I0NL310CoB0vEsBinCkqyIcLr9Edh34pRCVn8N5JawA0f0f7LNGkx8MH3uV4Qig+JCMOggYLeXiK5DoocMZ0gYMuBoNa9+zY7JEg48hl15zyGRGLYZB6rv+k2ZzsL4l+xexVaVwsMprmqGHjV2HOKHO2oPxHHgvUtAFDuH3KZHMNX29H3/e9IIeXKaYFVVenQgcEHqvKjapggzyyil+r70+sg54q2BmALSz8dVtO8RzDGW5QFe3R6+L510qBtzus2XrrZVeXDSkImSnMm6FW9InktMgTDeMo0asjxluGe7MtRZicp0oKTQINxCNVmDKvNeoU8V+IhoD1wHBQbo2zAVhFV+MMElAkqs8oPE1Nv8OTc3fOxTkj6Xrp0U09GTCjJdQe4LEtGh69tPLfOB9SBCY2AgyFOGyEBgXvd4d8CvsA6GfqrIscXxXrFWSXqTkskfDR2YCFHMVIWpeb+kZC5hqqKRNlETeEF/cxAxPdyjwegqcT4kbRnUlJyal8f0L1QVGFvUkdb7d5bOfL/HZTUEcredTBqi4Q7PkGaBHhEYnIF8WZm5BP4JTYhlbv/eHKfQvgESAJdujhey0VUef7umBGJN2QOe1Wdb+DvDvTngM25zJu0bdRMKr2MJQUZbuIyEkbXYwDrv7UvtKG3OJ9bCPYrLQe2b4hc3vN3PMs37Ai6loMqfohp8l6abBO4uqVc4KsapfGuawe/llwVcJr7vaFty/Kix9k8SMmt03rqmrUkk8boevb6GFYDpdD157LlaVKWHLUYMJHwRTE/PIwBJZcY94zKUsCvfXIERBT7C9I+s/2QhCuTRmS6ILtm9d/648QMuVCogXcnV7hIVaPIKN5YUTt1wUMMdW5jc7/AEwCpiQBDGlRJYYFtNG7VlDlcaTfBZKWIgUgkvVB08u3Fs+G55AkNdOs7IzaZcy1/aN2Zo85jN565h/W6CJyfnpXtbIqN4YYxVn07qXNXhVapp5ijhfItlKoTthJ6NzMzvR73WCRK/2s1AB9ha8UGp5/F6ktLfpUCV676JEfNHiuWZZDuKovzuTUkgc/tezPEesT2cOxlncBA2+mEwi42qZFONo8dVvyoLtZY2ndid1EUu0b5sZ3Jiq16H91La2XzDIWXfOKxM8sxhT2jnPrFss/ALsIRSWQ==','pending',1,1796496313741,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496283659,NULL);
INSERT INTO mail_outbox VALUES('01a24785-d89b-77f6-b048-926fa2531fcc','password_reset','frank@example.com','Reset your password','hdhpAk+hIvY/LgnHMYsoa33rHjV+HxMyq1E0+kQyKweZ0PJVfl+heJRGWY+qVVeWdL0whBdM509DJihhbrtd3CZvganWugPa6KIshuYUCzHE8av3D10Kxj/ctt4zJYq5nuHcfiymMhdZpwB9okRie6x4vlNe6EVjPpwpuxMg9rE09i9TRyexlgysuDDO2brtEqgfAfgvBopwSST0tpdRJmgs/g0DH3TgnY0wgqNvXMXvktbjrre3HfDIQgF3LOALti/gJ0T3UvYCz1ygC1AIJIOZFPCKUtfsLYXdWCkWnd88HwCyZnNCmrG+pbdtcxXftqjdcNDdH05bv97gX29fmSD9Mz7rCgJKs/77SjxWgdUY6eKs8KPSa3Cums9DRahX++hv6dDwcS05s7LJe8OeqyFhUZAJiPpzQpLxovpRjA/0k+Rl1xHLd4/ctPJJ+zNLIEkM52gL6PP8kUbdd7w32XrmoSWER9uxLr4KYs2p4fObSgx+XzpDCWhJW70G8dtfSNFYjgAKGBwC9QuZJ0E0xwda/1UzzblRG0VEcw2ZngA=','iOKH7iyVnVtO5/Cp1v7RrrF2u+jRR/EhqvGePuUBtCiC9pVT/+d/66ogOcDp/DdsLTY4iboeUtbBvhfk/elorG5pJwrvNjpf6R0PCXEhTM+2oUfxpofMUAr0LjE69kqSl+KNg/H8vQ4p9owFE51HLrtkKBKRkGl0wZsM0U0nncRGeK7ac4lqck9maUudWum3WYYMkmf9ks681f7gMQZIOzlkxv4vcQTXObByUPAXZRcobWj2hiHgiN0SE2otpVKD6fLpxsg+SKQrnryBdajSned4uVHOH/3M2jIGPDGYqYQj8mzHyuErxrfhirTrlv4BPDxUQbMlvZ6CUnfnP2AYtNi505xKqjPmhV6+HbdDYXSNVY+zYfI+BntXp0pADxj5TtyHr3+t9c5ewKaH1OHDMaJSmA2iM72u5ZJ5aijxyhfW1uCzIVZGlafG63gnvd5hXRyd9pTWZ0biQ0lSInebtzshu5wCMhTMb7LmUpLRMgCkpMBVuCMUKMVPYdT0wk0kmyxucSYJIum1zbIWzZ3U9arlv8HPlPGARSkY5QQ+wBfcRrB5MtVtIcsm1ZVSNRzznnM8hFJ453omuQjk7SgFLJ81IfwTAKjvQDwQJ+9WbmSBax0B0W3VRUI1WLDvSQsZZtleQd4t0dwOb1rLH/ndz6Fuide4pnv2kIwUek3ksmkssbO4FM2CbJwSqAr3iPEGV7iEyUFU3DT+6SKfPGeRxLlA7KqFkfgAQSvorSVFpS6YSrYwfWVb2Qm9nDsyvkh+D0JBK76JiMsg/t0J5RBq91VmUN5FSPKnqcuIqs0f54YPQSt+8RYpWr68hF7NyTYKqbnEFxlS9LegglhlMZQ5dNayXxH2m1A1ZKM1G+QxwcSdtF31daZNN7+phBcE/oNI/RTfrfjxYOjAMjvwYTXswHk1xKrogrjzP0bTQBCgjtYFByr4/LRz7nMXTD54dfCrvmU9tMN7gyce0vfgvnScYtVXPQmBHnwAV8c7z3hiJDSUZ2jSeq/ChbdRhO9DuPM/TPxwkFvumAoxrQznXzFDsAkYYoqjd5pR3X2tG7S1wG0kW2W7+aI0b/ryI/TE8FRMs2l1dmlwNjrdgH2geseSVurpH6ADraNPVxzjkOHF6Xi7hmch3J78L2wVgkbUPg90ZRIExcuw6MPKOOBivxHfQr0lZg0NLbvrIU2FZkygsJ6T964xJOXULtraDh6kJGDmtUA53xMZ1YsT42jtZnyp+7yaryIuLPZu0/soYyzmMZQ+gyH4INzkIBEKo6OKDgvXOv1QS+xDFo5hnjy6/wYDImoZI4VwBvrc283TDz7ZvFzvZRPy2PcS9Y81Cxgua+rCd7j+Hl7BfuhS4DFx6DjpF5daFy4RSNZHV/F4jpW4hBWORcTaOL2TapQtkZ2GtNwjazxu+B0JrzZqhHsE6b1VF0Xzy5kZYNsKMhrdQi6hLc6EmGXjsLCplkKkaXRI7enIoZtIhzFecHAJXxZYGbG4L0gGZsIYOC5Kirqyeyaku3qawdgtwboZj05rh3ZFBqmOXzwhiPV95j2Si8jLhLAmhnZ+ICa0gD2IhrD+f+C6SopF2iJZEEDVYAG5N9AOs6V6da9NBf0DriyXXQ==','pending',1,1796496313807,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496283803,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','D1dSZjCULnUeNinHbV0Auhdu8Xcyt1yb_Mgyc9xbNQ0','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796496272802,1796496272802);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796496275224,1796496275224);
CREATE TABLE client_assertion_jtis (
    client_id  VARCHAR(128) NOT NULL,
    jti        VARCHAR(256) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (client_id, jti)
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
CREATE INDEX user_roles_role ON user_roles (role_name, user_id);
CREATE INDEX client_assertion_jtis_expires ON client_assertion_jtis (expires_at);
COMMIT;
