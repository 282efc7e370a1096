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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:43:38.247',4,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:43:38.257',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',1326330661,'','2026-12-05 18:43:38.265',1,1);
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
INSERT INTO users VALUES('01a24784-dc97-754a-ba51-a1ae5bffbf6c','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$3i+8oiU0u/xopRPF+yekKQ$Isk9awzLTJ2BhKMooiOSfA83jCYyEI83Z/usYj0615I',0,1796496219287,1796496219287);
INSERT INTO users VALUES('01a24784-e1e4-746c-b3b4-d310c386054b','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$i7eoPeij3JLK2gwdsdU+iw$pZZagEbnpPJq9YGpAXgTevcJ9Z66MnGBOq9dhl0ZN2w',0,1796496220644,1796496220644);
INSERT INTO users VALUES('01a24784-f72e-75be-9e88-372907e2e632','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$R7THO/WHN67PFQ3L8UwXqA$coGZN4XCWFFFYyW6Ctj7XQasMQn/YcQoThkmhu0jNTw',0,1796496226093,1796496226093);
INSERT INTO users VALUES('01a24784-f7fa-7396-aaf6-ad863a85ce3f','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$iNIvJbj8n6jzsdbLR+z4Iw$9XzoyccWOUUpBj1ipRm7qnsFr4PpTT67wcYIAKx6/a0',0,1796496226298,1796496226298);
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
CREATE TABLE user_roles (
    user_id   VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name VARCHAR(64) NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_name)
);
INSERT INTO user_roles VALUES('01a24784-dc97-754a-ba51-a1ae5bffbf6c','user');
INSERT INTO user_roles VALUES('01a24784-dc97-754a-ba51-a1ae5bffbf6c','admin');
INSERT INTO user_roles VALUES('01a24784-e1e4-746c-b3b4-d310c386054b','user');
INSERT INTO user_roles VALUES('01a24784-f72e-75be-9e88-372907e2e632','user');
INSERT INTO user_roles VALUES('01a24784-f7fa-7396-aaf6-ad863a85ce3f','user');
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
INSERT INTO sessions VALUES('JpR-QC-JftUbQWHJB-mhJA','01a24784-e1e4-746c-b3b4-d310c386054b','gatehouse',NULL,'xMeMd2RRZHRJh2oC7rX3h1VlU56ybIcpF2HOZpmhIFw',1796496223693,1796496223783,4950096223693,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('NwMiz2XP_hZM3BcAlQAVlQ','01a24784-e1e4-746c-b3b4-d310c386054b','gatehouse',NULL,'34_iyaRYkxHfDnWJom6qfY7w5sqpeyXx0yfDrNCu2bM',1796496224120,1796496224120,4950096224120,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('E8qMgWdtEInYZ_WJL8tNMw','01a24784-f72e-75be-9e88-372907e2e632','gatehouse',NULL,'OcXX_tWGhZocrYmAhQkr9E4dXTxB7xkZ5-tpXftJoDs',1796496226232,1796496226232,4950096226232,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('0oKtmHWu0ZNEA75fTNGs9FAsxlMNia_dhCEwcrX9fIY','JpR-QC-JftUbQWHJB-mhJA',1796496223783);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('K0pwSwnflDt6-dHNRSVJNw','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"K0pwSwnflDt6-dHNRSVJNw","alg":"RS256","n":"ytIm1hhjzrenYvwqTfxF3Y6h0doWga-RNlo0iMb0gU2Z4tPE_Q3Zt2rJysHJtu14ZzfJbbwOc7sPiJ6sfHoZPKcTcJLJC_jKgDSlbS6SZPAofDcjWWQQOmZjYyj_JCiFhZLjlal8NDl2iMeHhtq7_eNrgLnxLGJo0_TGYrc8wRHzEgt-hb7Ygm_cSuuTseMPhDcI2kfqyXoGwvPcjk_QnENT8ScThooK7OZ-E6T4twCPCXT4MJHvvOB7EnhAGNPfMV9om_psUJq7Wsv8Dp05EAU8KdtljJEXIA-v9umsu2Kpwr3CW_CjL8dcqqqHDmBPmWVNjaeVVWS-GZr168QmAw"}','/eXV6Wxqa82FTaDte3YzNTfRmNfVa9UjjtYT9HlT7SLYoOdhTIV2fIOA5mdxuH2eDm4yuRx59abKOSiRHerkcC/YPNCSJnLbEE3ITvLQaUffx/WgSbVCuyZJltRLsGpVY2NQjDflPtnER1WsDHMhLNPG4P83nDzbQF3+J17uiEgZVnm1njSu9Un+HxC1q3WJV7eoLGe6OLlQoRuGlWM7c0p70dK9b4xnB1JqKKIVON1H9i8rtTvn6T/WUDgEN/8tut0fXTW+/G0pInpOmYp2sa+1+pIvdNjTSzIa5dVEPZlvCzTOw8ZU0BICK8jj2JK/Y2Ch3AVb31VwQoSIc0c8ttPu7oXxA92KqpLZ0zn1cOrISpQUKY9tCfYHhyDSyrdtB76p2zm3oCmto7DEkA+IV08Z4nvGGmH1cf9+gwlfkQERDDHFrIXASE79xY1Pk3Lt0/zDxRXSwgVuvggdsU8xfGUAEIbP+tm+Vn8tO9SMLXg11WeJzD70kRpSJQJcByDQKa6tWCqYcL0CaQ1ozqlvUSRB86BCw16R1fsKfvd5E5H0upHazWPpcRrKY8/ceicUObFDqSzsMR7YBhkyrg6lOkL/nSyQ0hT9cORc/OzoyiS0NtTBFOOHTfrWFekIn0zi0vg0CdCQIbc76Vm9uH4NJPOTgliKaPLKadcFy++iHmlEimuVtb//AogHeDbYXotfTx3lzXO7exKv04V8dgAGXG4al/E7wCOoczr5attaea/tdbd869U0b59wi5oMz9kFaRwfrTTI1BkSs+4LMJyFQUAW4RqtqlYqbDpGgwvEWN2+fcSFrXlNEylFo4uuHQj+GQBFuSmtqbJ7xjw0rlMLjbMhVnRp4JQe5ualW2VbKIk0x/tQqa3vYlEie2EPavKui2tTWoA11cBE16jURJi8Li8UEkZDTh+PG8rgaQqluTs/5ldN92OTOhnrvlFdAULhehpaspNMjNGwXJ0B11wT6JrHbYG9gyq9tV0jsNDTMJPrjmtjp9P92mPEoJNf4Uk7Uj5aRRsbWbJabE5hMdaI1gkWIyAaxhvhjk5Sb4V+VYG56cGf5eaw3hnpGIqjCs4xk52iGlEdGRJF2XSHK1LAKNkAVylu4x4AxUwX7NX60GsA1ZDtJnRP2C1wJSTfZgUy1XQqzV2HqmurY9d5gs9CY5A7o8jaSTRl6J4U26jK7uZTBgJ3V5k5QjTbVXrF5Ga8lSENJwl6ex6zkZAliVJU42SvlJC1L+ABIm4v9E2dTmVyHw7e9VLiqNRqGAcKE2LCXJVtEgiJQV+FP0h7LFjtEYWcEBoIJ2YySmV4NeGAy5VfldRb4/GLfG9aYAFzC8i7JHk9+Uv8eQcUWLjmC+yCmyqPS4/nVORa8ftnku0zMdZqaKXu4tNKOaMIY623b/T00Tpd0vWuE6Iyo0uRNpZi9ITp/GR6T4smpNC/m/nkfY8xsB/ZbyKda5XyPgd/ndXi2CNJGzr25zzvVjyclJElYLryevtMG6oMq/2CZhhN8fd9Xmbta5uPKCjLnXyWKCGomKK+NMHyC82hoq2sMtM6dESJSN2xmsusaXEk6ApXH2gA8A7rp9lSBW2Pt+I2ch2exTStKoqJnCVFdrP7K+gpRXX+8sGgHnfNSqy98Hl0QqT1SHij17UjW+TuLHs=','active',1796496222431,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796496226359);
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
INSERT INTO audit_events VALUES('01a24784-dcb2-77f5-8c5b-d8c2ffe90e6e','user_create','success','01a24784-dc97-754a-ba51-a1ae5bffbf6c','cli',NULL,NULL,'roles=[user, admin]',1796496219314);
INSERT INTO audit_events VALUES('01a24784-e219-755a-89b6-10e2aff0219b','user_create','success','01a24784-e1e4-746c-b3b4-d310c386054b','cli',NULL,NULL,'roles=[user]',1796496220697);
INSERT INTO audit_events VALUES('01a24784-edcf-7f32-aec3-29c716ade90d','login','success','01a24784-e1e4-746c-b3b4-d310c386054b','01a24784-e1e4-746c-b3b4-d310c386054b',NULL,'127.0.0.1','session=JpR-QC-JftUbQWHJB-mhJA',1796496223695);
INSERT INTO audit_events VALUES('01a24784-ef7c-7185-9d96-cf21f66e3e95','login','success','01a24784-e1e4-746c-b3b4-d310c386054b','01a24784-e1e4-746c-b3b4-d310c386054b',NULL,'127.0.0.1','session=NwMiz2XP_hZM3BcAlQAVlQ',1796496224124);
INSERT INTO audit_events VALUES('01a24784-f750-74d3-9e42-67876fe3b9bf','user_create','success','01a24784-f72e-75be-9e88-372907e2e632','cli',NULL,NULL,'roles=[user]',1796496226134);
INSERT INTO audit_events VALUES('01a24784-f7b9-7c36-80de-6807d86d2ffd','login','success','01a24784-f72e-75be-9e88-372907e2e632','01a24784-f72e-75be-9e88-372907e2e632',NULL,'127.0.0.1','session=E8qMgWdtEInYZ_WJL8tNMw',1796496226233);
INSERT INTO audit_events VALUES('01a24784-f801-7355-a89b-4c5178d0d3b2','signup','success','01a24784-f7fa-7396-aaf6-ad863a85ce3f','01a24784-f7fa-7396-aaf6-ad863a85ce3f',NULL,'127.0.0.1',NULL,1796496226305);
INSERT INTO audit_events VALUES('01a24784-f846-7b84-ae12-c7e212525061','password_forgot','success','01a24784-f7fa-7396-aaf6-ad863a85ce3f',NULL,'frank@example.com','127.0.0.1',NULL,1796496226374);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('Ir_Yl9vOKgehLEX1kfj0G5NfabBP_8i-fRTqnkCtByw','01a24784-f7fa-7396-aaf6-ad863a85ce3f','email_verify','frank@example.com',1796496226309,4950096226309,NULL);
INSERT INTO account_tokens VALUES('uw9l2KtmDv4ArqTll5DzDICA_NdpeVwaH7zobnk_nX4','01a24784-f7fa-7396-aaf6-ad863a85ce3f','password_reset',NULL,1796496226372,4950096226372,NULL);
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
INSERT INTO mail_outbox VALUES('01a24784-f80d-7c90-949f-0d9699fbae3f','email_verify','frank@example.com','Verify your email address','/6Ig6C1cGeF1TP3vp4rW7SYgMBEbZE4qzmGOk1KpKdJc9hLNSddna/P+FNzuZINZOwlNGl0qIabTu9jqe57cVRhp4EYWosovZYDCrdX5MlIBWWQu56FKJvjB+aPMnPuC8HVy049+xXWlud0OXoWx/LMA3+vPWpHb8r8c7yTEqgE48O9lDWLja7/JP4jMMaqWr190GoA3i5YLw543CQh2fZicBIQ2sW8nkxU5/xNH4DrI/NQ1KJjrfAitDHUqfXZXm6XhqazKUGbCfzP/x+2N6kG04yezOPkDofbhdORJB/kpSKOWvTGNdrsEkMv3QHNCqKbP1wsf2WRUedLir/+haBSEGX31NCDbHEk1CNcDDwF1qYRlTcdK+bIve82QMVcyA7k08YXN0L/SR7SCqziC7j1tl66AMAgPBxBpXM4A/a4Uo2KQhycBys0234/3t7Z+Dyd2Z0iN9NifPAoEVMc0deFuzlUsx1k4pe8OMD8UDDfhv9A3qh6Q3w5PXsU1TxbzGbP2uxcFlKUsgfQ4QHI=','8b/eiUYxm53fekpbQTzmgJytX/K3WMLklFxZQr6gGxl9gciwNYPiOEKkFQK+W5pYRVhAStKXk4Ud/pxnAE8EWTRZH4QYQpcky69csePbpQdpBEhg0mRbX5vS7bqFWsDmqKAsXLKf2AB4x8w9hSD51O5VjNK67TDJ2G+oISv5YKzM0uKblQXpk80yHCIkmZ4nceuh8+i8uxU1/uEJtpl5PHv6ZZcprVB9kl0SOrVfhcfpRs3XJSmnWTdpS3PqAy7mlC3PTEkqnlV01GUXVkFWPUCKr2rHpDkg/2jNyiFNQsLfXF72NAe0WDbWVKjtpisAb/QHoA6lWyf4FvDEa4FKQELU24hSP7X7PvDbHTVOko97/luofBvIHdbi79wX34XVm/p9v+1GzHrWnfAIoVz3lyvTn0EhmGOIdQxzjECupWhKLY8ushMbrNOcpE017aukXBpssDkfUSZDzYPO0EdkR3MFFHNCabSlv+EdqlTRVX4m0eaQkTOq9dBaI1kNqoCxRaNjm0C9mQjglAlGrvykFcvBfEqS2S8G8RJp13TWcx0xyv6FbRvZZVG3mA0R1vWZJ8SRekJ3kDbU/LEcG6x+91R7WTZ5D+ZD2kYo3sSStmaTSzRmLUJS3WeLqqFalcqfLFcMkqsvwsgKzz+j3FwLQEaYg33nwuuCIE2Bm4jvYv200ScnUut5182CbO/n1dTWT1Y8ac7MEn1gaevMyWvfaQ6olxPkicVcAWaqhN0Umggge2zB0jykzAbMnLV9JOqBc+RSNLOgwIjdzi+OtOwep1qdjzdDxnGSgEh3FoVGYxBNY3uFxOaDZyaghaHjdJBJV6gWi8hombzuDXipQJz8rKPA9G7J0lVl+b1HdN3vC8ON4lY0NwDmTEayYWM2Higf5zRceLfTxPMeWtO0MaBZKk9HjhMU5RExZuhOirmrDdn+t4UPPlL4n4ahlvYpP6pwPa8aNZ6hMWygvdzllQmecuX+7fakvxYMcIEe/6LStRnlmD3VKfmvYTSCFfGu0jzAsHQnRqYOWJdEIPPkXoo4p2axwYEEkp5pdAKfZt/8CfrWqAXvEGPnHSp8y67YthO7xk8YTP865IRccjST7DpS0AYIhhLj0Gzqn2q6LHI0u3Xqv/n6gWXrXJNSwm5uYZtaEsid1kh4f+D/JyUHyTUO64jjBrt/Jxuen1cRj+90L77xmkX8kpstnxmNPHtw22/8O6FFHyOaEmH0dVvFFmRrvPlN+5wHKDmsHJvU6J6Q9o5pEU72v9Kr7IMUvsWfJXTm2NTj5BiQqYTGmAPdRvjD2KbJTIMED4zsOMfNvQQuNBXY85gLfLwHRVzbhQAAn6dTEt+mPQp7AQyU3XeRLq//67gw1as/20EvyciVb9CI+Z/EO0N8Q8byj65fm5X2AS5tFXpDO2a1JBa3FTGVF0iSI33v/2rvnrGuBWmVjBorNXNyOOo0LcOks78ydHVuPXGCzXvFkPKKL8pE6+2UtkcBCFQO7pucdjjcpmeyzjYE6kU8Vsk70k4idSnhOwDyUY16jF0h4n5nXn5e89isnQmwNVMnPa3AvFHaBHWIYYPs0mXe414nRXquursP1iuws53iEw==','pending',1,1796496256429,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496226317,NULL);
INSERT INTO mail_outbox VALUES('01a24784-f846-7019-8b8d-0f4755178c96','password_reset','frank@example.com','Reset your password','r4DOy/AGCRQy2xCVkMupJ1V1ROPLH/b2IdXLUMEJRL/G1vViowIrRj+knqapcK63ElFlPAEdrYQnSMb6pzLOpATSItM6jqGLSwb5kb60Wh/XcrkgTmtnbMu/C/ta2ekQ9HqQNGhN5B4s4fq1Gi+cVodlembgrVfTnc+i99cjdBCToL5DiMoOznmEiD6A4NZDKXnP4TaDUUYipTM/JRov5VcSHYNjm+/C+Y9nA4VOIC6ntCy8jv4DaY/sdBoRgELl27z9LxMNc7d6722qpSqWnUU3rwkqF0JfL6AEbcT8/5UaiiWavKx5PNT+hU3LgXSjbK6EWygDc4TT5hjJkAWs/RrXDHvjO7AMSkD+S02m3Olk4vD9IM3sdsJYZRBRhL1533VtHNSwTft57O6QvDYudx+ARZQkAUiri5toCRzs4OaFoGzZKNTZ57ob1bkvBdrqjWXXIm5qrCOqRyzwMR2MxmIbpwFr72QgtIHUC1t0P002k9RBC4SBgG6CSVuxjKFv47zvmNxfEkUXrPYZez2lh9Oj0k/7VTC4cQt0x00YznQ=','dMulXlZEHJZF1bey/RJmBQU7cD1uSCVh/YIHD+9gXHX3iNp+cJaV4KwLMfBX3U5ReKPcfBEzv1aijax2zjRcNdZkzOXhuN5L8rbEITrbP4kP017pnck2lGltDcpk30p2u13sEI6jouIV9ssaxGrldbdM2wt0ipveKb7NEmy+oTLNfaAPKQmlC/KCmy12D6kAjMHk0mi5QbYGm7ua+tzIADmRjV46gjYRYdCobecY1EVS19vUC2T61WIMY4YeHeq0TVqpl5ht/sAUCsLtp3bU0wraIgBfdNEwwmSCvJLLyoALtkatDEKKyyL+0dq/0n8gszdFOFygghiGKX5e5kitwzhltSsyRZBQF3p5xPES0dK+IDNVmR08xd6aNWFkhxmrTZT/ladMipby8ZFj6IF0RqLFeMwVysNlWWiU0AAANIb5EsF+vebbDyJtJTF6jFmrnf8Zo3yh1vhc5fScBDNsJ+Eg5PFphlbA0KWTHFWTi1xldnnXRhWT6541WlnI3cevZHjee5+K2tZisNl/RQ5h4pzlfhqZizGjbsse5DOnm6dWCAkfzY6XF9B/9IPrlfDuzF1bK8LgZuDXbuhjdrfBisOjIkNnkLB5pR1na+CLrFkez2iHdsbovDAab6I3Jj1z3lmrzEhO955rUjPU4f8VsXF6FF1jphCDNe0ZUD7x15Jgw+faS5GHrAlPZToIj4gIWGTnqbB7X94iw7mSCZpGwWpBVHeukX20Xs712snjo3j/yP/zwnVOu1zL1ZXiWTSbnD2TM0mhXj1N09rtAKZBibWx5qoazKBEAPN2O+X7ApKjjxfg4fJKg5NA2yP53tOyzhfdRi3CxIZGGtUahTNDIKGpILq/OEwuz/8f7x3ENPTWyU6AUMdB/gUKzyjLyG+C+e7bQA+XLJ/bMPhzrsXYhdTcRXYsEXnJL2l0CCGWb/A/ljbL2phb1dYTfaByoDn3fx6euyvn/lXn9Qlij+frY7InXrZHI7yHAO+YJjbbR2EYuc6DT77NmK+ArAcaUbyBK48vSm/b21WY3bZUZwBxQg6VixqNfQWi1ItkyBWYxsv7jabcNQ/awk/Cq5CkJMBl7UKmebIWeW8sDdxUHJ+PID3iKP8Vk8vgS4OJSMmW0aGC7LT1RfNBlt8UkwuDqy7jLh5F4OCskBfOSJwxYK+O6zEcrXN1lOJ+Kj5dby4fSLNWQRHidBkJuqTX7GFU6PxDolBWOD02lDYKSUhHiLfFyimWGm9VV0DZZkUtgu+RLMzw18I19pVHNegjqqGvuULtUE7A8IUcqlJa3x52z/h2bhRLFCrvy7cuLWtBIgkwEsqi/uBOIrx1WPVEef8nXoagwWioxukRLmz2tgxsVagFLNisaDDGKeaJ1YCE5gWSGiA5H8qxTW0xQvFscgXhZZ1qx2a/ibsU1qS1LR7BK+QvF/j8MuINiY0vNxCrp1l0o0Ce/5Ab7bMTWZaarfgsU2CvzU/uSfCbBEuPb5oxG0e9wrHXs+JO3mBWku62oHEYo0pq2ViaQETwqCSqt6mJDihBmb9dJ7Z5B/arf5aO99rfCeihZGiTUFhIpBRG1aSQhoVHR3+XoFtZHzqXpvOElIIH3jH4MZU5ULiw8A==','pending',0,1796496226374,NULL,NULL,NULL,1796496226374,NULL);
CREATE TABLE job_leases (
    name       VARCHAR(64) PRIMARY KEY,
    holder     VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL
);
INSERT INTO job_leases VALUES('audit_purge','',0);
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
COMMIT;
