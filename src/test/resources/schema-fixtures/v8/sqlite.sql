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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:32:55.292',36,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:32:55.348',0,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:32:55.366',6,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:32:55.373',0,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:32:55.409',33,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:32:55.427',1,1);
INSERT INTO flyway_schema_history VALUES(7,'7','signing key per alg','SQL','V7__signing_key_per_alg.sql',-559768327,'','2026-12-05 18:32:55.449',0,1);
INSERT INTO flyway_schema_history VALUES(8,'8','access token alg per client','SQL','V8__access_token_alg_per_client.sql',1781282387,'','2026-12-05 18:32:55.455',0,1);
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
INSERT INTO users VALUES('01a2477b-38a4-7254-b16e-332b7507955c','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$90VIRie1OBzJbynnPM24tA$IYMpubgdJHUJx2EKb9XqdsiF749aXq0wj0srNbzNuHY',0,1796495587492,1796495587492);
INSERT INTO users VALUES('01a2477b-4e2f-76b0-8ccf-897c03802c4c','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$/nyGgxWtRkdkEBuMJF46Nw$yjui+lYEWuKYgmhX5q/u34ET2ofSArQk8PGdUnYGQXQ',0,1796495593006,1796495593006);
INSERT INTO users VALUES('01a2477b-775c-7086-be3f-c9ed5a43cd74','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$9uSyyVsLS76+BYRK7+ChKQ$ziyagLCMMlELsCqjlALs3JRJtJUBSKY78eI46fOt6O8',0,1796495603544,1796495603544);
INSERT INTO users VALUES('01a2477b-e052-79a9-92a2-e48b7bd749ac','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$vQ54PLCbzOLWLagTi5CMDQ$Mmz719gTw1txGB2x7YREqEBg/v1avN6xmCiE+cX1smE',0,1796495630418,1796495630418);
INSERT INTO users VALUES('01a2477b-e1f2-77ed-a600-2d7f93e5b1ac','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$DSws6FPzggxzPPtqO1e3fA$kjTyvVzhSTVC3bgEQtSkuLUEDZqSG8FhrTm8TEksNE0',0,1796495630834,1796495630834);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495597794);
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
INSERT INTO user_roles VALUES('01a2477b-38a4-7254-b16e-332b7507955c','user');
INSERT INTO user_roles VALUES('01a2477b-38a4-7254-b16e-332b7507955c','admin');
INSERT INTO user_roles VALUES('01a2477b-4e2f-76b0-8ccf-897c03802c4c','user');
INSERT INTO user_roles VALUES('01a2477b-775c-7086-be3f-c9ed5a43cd74','user');
INSERT INTO user_roles VALUES('01a2477b-775c-7086-be3f-c9ed5a43cd74','auditor');
INSERT INTO user_roles VALUES('01a2477b-e052-79a9-92a2-e48b7bd749ac','user');
INSERT INTO user_roles VALUES('01a2477b-e1f2-77ed-a600-2d7f93e5b1ac','user');
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
, login_session_id VARCHAR(36));
INSERT INTO sessions VALUES('p5ywLR6wFVjNXNqVJjx8fA','01a2477b-4e2f-76b0-8ccf-897c03802c4c','gatehouse','','7ZOFbsrRPsQBGnJ081lHLI5A80Y99WabuCmQVaDRyTk',1796495623885,1796495624443,4950095623885,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('wX2o93l_Ecpk_i1RZfQAYQ','01a2477b-4e2f-76b0-8ccf-897c03802c4c','gatehouse','','qzok4ND78PNEUU8ZyWEe5shedD9gRwHkhZ23zzIdsrA',1796495625697,1796495625697,4950095625697,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('dBjdc4vb63SFaFF0F3XuFw','01a2477b-e052-79a9-92a2-e48b7bd749ac','gatehouse','','qURwjZQA6Niz0P06SJOB9aAjDAF9oLwX5MCgAZboT0E',1796495630758,1796495630758,4950095630758,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('yBZ0RM_t7OJSyrAW7xrA80jg1Bh6rbFKBkOgtQdG0do','p5ywLR6wFVjNXNqVJjx8fA',1796495624443);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('JERujc3rFa1Htr3q1ovS3A','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"JERujc3rFa1Htr3q1ovS3A","alg":"RS256","n":"uaicSeeJX8wEz_u2KZHJ8vofz8Nr8pxRDMpUJyiEQCypsLcrO0rZ9Mt0fWgnZZW59F3WLPsKs6OpWswVdL7vaHSrEhhw1wmg4pTmDPKHSushhXW64VJPXdas8-Vn5Nyj-KfgX_8LiNrxSEHlTOTwhJlufA9cgB782DehSoWUEqqufai5UcFRGNcgwKG7MIMVbotqvKI_7e5_7udlH5KgAPGan3cpGVdy1FJlfj5TUnIH9mVAH66-9GbPKvF9Z5Yvb2x7x5O-FtIptdaFLJr5pB2BUcHVHQPpRuops0tiW4vlDnw1gu9cZFRqDAbMFc3oLZQ-YvKx6ZcZpXoiKthF4w"}','uUGm974fI4feASqaNtt6dYWmnVMhnPpIo4lb/yLZyzJE5j22G07CjciI7Ehx8/GKPFiusmlVtF5R5CEXi42riDuLH73WgmflmncUz0ae6ygcjko1TTVdLXhOPutf17ZJuxfF2fxOf0KphzvjGmhRZqr/lebb5lZeswJ1NN77tuHwm5Aou82vMHc1hzYrc5+Ff9WKvCrBAoeYC1yhqfJ2wJ4dQurMXHEo0oEgKwwG7Leu+IXlrjBA5BL3p0xVk5/w60m5WH5MbBdGY/kxoOM3B2QNPg7BdNGhRDLGpQRSmGu+apQkRuM6qwXnr8md02gvepiVuwBNj6CwPCr+T3R/RzKgGIiQWNk0L50TcX+PB9RphIBYI4LyliPQ6DH78UQ6ZADyIALmKFC/83sscHLWx0UpbgrQJHHhojYFTj0H/yDhs6zF0P549mR83Pv9SZRc5wOx3sImsOYhnI8MhY/HiOKm+k29NaMmIA1MpxUBLjYPb8BZTuY4gOCnYYOeZogOVy1lSnQ7H2MbWlgMPZCcLG/dFcqIDfpsPpeHqveYg/v6i3qzIIGiRPZswVbP67LSOZVrH57H+ovK0C63pHJ1BSZmIj1IR58uQnddNwkpq9eR0b8afGuYTHoZwAK1zIBuUL6SHMQh0VM9yv6w77Q+b+531PG1r9J5FTJmoCIyLYN/LUjkr6H62QP6mExw1jrlYiQYobXIIlCjuVucfWtVRn5Iuua3cLdfxGVQIuNvK9VROy+0uK0USpEQdeRpZk/msChl9xLh/Vs7pa75jVfGWYd+X6+Q1KZl4ROiiG2Zkf6JxQ90BYZfsNNts51mBP8aQjdtauUczJmzvhA4ZMMLNekLFrDwPLU0RSRFY+5QeMn0aANojaIG0rc2TdsY1Qyae2zm1vxK8AdjB0H2RCuCIwDwCXJ/UgAbzZpFQ2ooPypUcpWNzbug3ak+/4Y3m3+S/FP/EdjyRwpkOGveC6KZahK5G0NfGifxYjzZRU+pvuznfl+Caag8X8h+/lM8Tyzcox5JnrMfiYAf1R/yT4AI5frOfW9wk4/tamLgVmCk9M3v9SdHjDdMQvfTYKCHagO4CZnFXDb424O2bTbIiVu0tQS7z1CEdaSMw759fA90/IAyF8FvC5UviLd7BdrZTg7tCc3PJF9fwiS/Dm8aLH9PsadUuEap8691u/2YyGccGIc6CcI0aruspuxL+sQo/Eac9WZiESl6/cLBg0EcDOHmpEK6gUVLGjVg7hsIUu52ze6oeaSCBlVo/T7FYH5vHsUKu+RhgxKvvD75v+nRhzALizdvyzhDXtxql/cUHiRfqCIfTfuFb48mMUayxVTKs7+c2T1u+y3eQjZRAudOnaSRBPQ0cm7/j+x+vqO61GFHPG0iNP4lxDR31Tiqseo+TEwmMfAtwtMIAWmLPINA+DQJSfgvFoNUTs3WBsaoFa1gPpHZ3HCX6FpfhEnH0nBSZAV7DkMoyG/VGOuFssAiIc9dkiYxN5jeeX6d8zNweASlIeMsyIhS9v/MsV1C2DEaSvBi1+FRyiR18vwgE4Wh0hVWomUaF64dtGSipV3k4UPuKUj1JXWFGV8RsKxfA+ccqz0PXlOtk2l/zm4myKLIHv0ggrMo7UEgbG2mL8j+pY6yanUmO6P9Lfs9voWXKXE58g==','active',1796495613445,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495630894);
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
INSERT INTO audit_events VALUES('01a2477b-3936-78b9-9ae8-e57830ba1f39','user_create','success','01a2477b-38a4-7254-b16e-332b7507955c','cli',NULL,NULL,'roles=[user, admin]',1796495587638);
INSERT INTO audit_events VALUES('01a2477b-4e61-7310-8796-718792c00c23','user_create','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','cli',NULL,NULL,'roles=[user]',1796495593057);
INSERT INTO audit_events VALUES('01a2477b-62a4-7dca-8710-026aed13e34c','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495598244);
INSERT INTO audit_events VALUES('01a2477b-7835-723b-b52e-bba16397033a','user_create','success','01a2477b-775c-7086-be3f-c9ed5a43cd74','cli',NULL,NULL,'roles=[user]',1796495603765);
INSERT INTO audit_events VALUES('01a2477b-8b62-74dc-bdc5-65746f47b4ec','admin_user_roles','success','01a2477b-775c-7086-be3f-c9ed5a43cd74','cli',NULL,NULL,'roles=[user, auditor]',1796495608674);
INSERT INTO audit_events VALUES('01a2477b-a32c-7993-b4df-8d3999a75970','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495614776);
INSERT INTO audit_events VALUES('01a2477b-b161-799e-8e8f-2539fa40d89f','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495618401);
INSERT INTO audit_events VALUES('01a2477b-c6e8-7ad1-acfe-98f715bd3a99','login','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','01a2477b-4e2f-76b0-8ccf-897c03802c4c',NULL,'127.0.0.1','session=p5ywLR6wFVjNXNqVJjx8fA',1796495623912);
INSERT INTO audit_events VALUES('01a2477b-cbf3-752f-95f6-a84033936de2','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495625203);
INSERT INTO audit_events VALUES('01a2477b-cd1e-74ae-a99a-372a986ce7f2','login','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','01a2477b-4e2f-76b0-8ccf-897c03802c4c',NULL,'127.0.0.1','login_session=01a2477b-cd1c-78e3-ba50-38edd37a6761',1796495625502);
INSERT INTO audit_events VALUES('01a2477b-cd4b-7d4b-bd4f-ebb729d7467a','consent_grant','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','01a2477b-4e2f-76b0-8ccf-897c03802c4c',NULL,NULL,'client=fixture-app scope=openid',1796495625547);
INSERT INTO audit_events VALUES('01a2477b-cd52-7afb-873d-6c8538f257d7','authorize','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','01a2477b-4e2f-76b0-8ccf-897c03802c4c','fixture-app',NULL,'scope=openid',1796495625554);
INSERT INTO audit_events VALUES('01a2477b-cde1-7453-9caf-55be2f731f1b','login','success','01a2477b-4e2f-76b0-8ccf-897c03802c4c','01a2477b-4e2f-76b0-8ccf-897c03802c4c',NULL,'127.0.0.1','session=wX2o93l_Ecpk_i1RZfQAYQ',1796495625697);
INSERT INTO audit_events VALUES('01a2477b-e0b4-7127-811b-4e34b49ee9dd','user_create','success','01a2477b-e052-79a9-92a2-e48b7bd749ac','cli',NULL,NULL,'roles=[user]',1796495630516);
INSERT INTO audit_events VALUES('01a2477b-e1a6-7e82-bee4-7ec62f2d61ba','login','success','01a2477b-e052-79a9-92a2-e48b7bd749ac','01a2477b-e052-79a9-92a2-e48b7bd749ac',NULL,'127.0.0.1','session=dBjdc4vb63SFaFF0F3XuFw',1796495630758);
INSERT INTO audit_events VALUES('01a2477b-e1f9-725b-b5e0-00f08232c418','signup','success','01a2477b-e1f2-77ed-a600-2d7f93e5b1ac','01a2477b-e1f2-77ed-a600-2d7f93e5b1ac',NULL,'127.0.0.1',NULL,1796495630841);
INSERT INTO audit_events VALUES('01a2477b-e24f-7ca8-8b2d-0de6a203c2b9','password_forgot','success','01a2477b-e1f2-77ed-a600-2d7f93e5b1ac',NULL,'frank@example.com','127.0.0.1',NULL,1796495630927);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('yifXENC9k1AmD5Qy6Ccn0AW-KN769cOLQ4SB0hA1YmY','01a2477b-e1f2-77ed-a600-2d7f93e5b1ac','email_verify','frank@example.com',1796495630842,4950095630842,NULL);
INSERT INTO account_tokens VALUES('-2qUj_3G0LCNPoFCLabJWPvvsWlUCbpmA8-q_4a_YBk','01a2477b-e1f2-77ed-a600-2d7f93e5b1ac','password_reset',NULL,1796495630925,4950095630925,NULL);
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
INSERT INTO mail_outbox VALUES('01a2477b-e1fd-7fc7-9f54-f0c1d49e6d85','email_verify','frank@example.com','Verify your email address','MOhbpSBclDyDnDC84Eso7AwXRADTYq337YUUcG/DJKitfyiS11KkEMP8b+vEFRrKpu21OuKwE68uMMr22Kv7V/lpsy79SL5FKRRXwQiCYunUSjDGcPBr0WGCGPYaTov140bS1ch7VuDgTqMRIm00wA6H0Yu+UF+SL1jkqFTYZdHM5q4PMQGv3m42ShR993okqrgRixnwNS6Y45HB2OGBVSpSKYYCczW6AOydPY0YAigrLdxbJkRUsXgTm1RPPWFP4YPkaGq6R6tqbcyt9gcwdhbmnkPgTfn9wkQPi1I+RgL4AhHFgDLBiaracqD4wMFnMi7Mzva8CdFll3YFPw7DlZAqJMtUAlm6xSX9oyvj8z348zxqElay29E59AfsfkooWxOz1FLftgXPye0bgwb4e0lVY8MWituSu298Y2dDQfUuT26S+ntU8Sn8SyKoAGYj6Vr2wU1D3bsyYjh2llm/MCQ2ZvsnBAeqOKk6rlY5MBsKYPYrIVUVJZBjIMy0sxmmi6mWxHmpmiWQJYJH+X4=','uo46lUMINcrZ+T1jdkGZfagbny21Wyp3THYB+HczpDEr45JSmEe4MHXCdUJrALtbrUNDc05ecHeZx6GrHzKHy4ddrj8IOfeXHsurbA1IDinqRCtCTxrw0U7TVjcb7cgdkt+wECglzG8RiLlsMFwo/MFyCwDKZDqTNzdq+qxXvDDqWHOPNMhaV6CGoJYmQ+L0es8MvhTHxIRUvcysNDRmngwjJzXirQagIODqhfUBIuXWBLrdHMWVrjqRLd4rIuIXjMJVem9eDkOwbDgiDti7llZ7SrutIKJqoUKFbNq6fC55AuExciUfoIqq9zpc1/JvOa+YpE2iz1fluYSZoP6VE/s+eNixWYyGeIDRWA8A5LwCteyICxVmhYtWos6W752O0kjl+T9gxKAkQMc+DE+jh7tHHBiA3ON7OQC9mSWB2ytjdScjp/bo3rjGEkU1r1Dm+wwth0Ncx+GgaXZU+NUxC7/lTjcn2Cib85+KtGEWx751dfbOW4Pfsoy9oEFsAHoJ8A3FCpjdl5smp82PT6/4pDWUR+c7ezYGAegmfd/+FYi2n58/80iD3bWRIesgx7eTb1gwXR5EHvXMEOArHKjfPmsLyriMQX+SBmUyreKYUR9VBNjaLcnqtqjGfOeQRWvWfVcfHfSzKk9HxxaodHQTRcPWuX+Fc96Bn7rryvQ0YmrG4jdFU3yzIDdsBx2nuiUxi1T6rdCTRGJe0+MqvOr3K5NtHgfbbuDC+kykdEQwQXL2f1XoucEMxq50ImAWFsaEq384bIWZcLnu5olilRxgAq52zKpX/mLQQzAVKsfBLoQcf0Pp0llHkQ91gkEtlmduaJdzpZ4JJTtnhwyrZ3jEMDrRZOOb/MHBcnmyPaIzre0/hZAB1AmdK7tsajpHNrXV9jr/2TfwQe0YK0Q8VlDsS80OmeZLXMfcG3I6qvFgUGXNXI/aj9+gQbVF62zyoGsNtj2LUPHDl6pX5b8aglRdaJSehQ/R9nH1xtzfVYe9xZeMTQJgRZU0mwRzsluAv3/MI5L1M9iw5FRXMJ5hQsROdiXwExkrclMu+nGJ9NdOaGrpZv+53YicbV79iWG2tZHqGrLILsSHFlzlS17dBTYX1vTHj5BYyommSKR7ywpXJVh63HVwHqBqWzTJPysHUfrDeewDQ+x9GQRi7ZBDvWCLUb/AOAbQgTwf88MLAGuhqqMarDkPezWzgsKeyxWKC3S/2kTjRAz9tYYr50xEZTkEo7XttGMBr65tlFqsxRdhMLOUoNEP2FKXWHeMtTvJSsf66VuOy/iw3N8Q0HQmNwFZ4KGhqUVeIdueBkqhbcZvEIqPwqKL2rtXSzYILYBP+eJQziKHWGGaBAEMZpJAU7fpDPIv9T+KUhxZRxF9ANOzmLbuKiui+1C7GjfB91ajczy+LYKfZiru7oq0qAj2SwMblMvyAQ1+MDsPSlg8aUiMvxpJwa+GEsyQpqSqq3RQ2jOxJTjO+93K9+ajng/rN35q4S6LJRr6EKB7jWfKS6Rq+81erFGRv5mrvmHkpl4/rApw05Zknj90z2VqKfe4pG35yGSXrpE3biecP+X6oDOWGaTg2ubGiFN1wnTNSJFFAU0J6g==','pending',1,1796495660946,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495630845,NULL);
INSERT INTO mail_outbox VALUES('01a2477b-e24e-7aef-b88a-552056c3ab67','password_reset','frank@example.com','Reset your password','MyjczLekQFbUASnNR8rsCNQRgG7dVCaeNDrni9kZ7bierywA1mFQ1mPTvmDKUCtSt2OQfT+9Nnl6xh1HNfQZAUqiLjQG1cPclnYNzEqvd0hMBv1O16RMK8+KFtkabljct1EvLybfImcjWt4v6W68ORdeY6U5fV+gvFulfMdoXgBdMSgF2nlLMmYKS7NptAJ313PvZypVxJvsgkp7OhcJQN7G+tNTBCJW+KP2+lwMNxg/bj1gbuyYuYB/TxQot09Pjz3o6EE4l7JK5k/G4LLkSuysjkAjQeDimfQFo1cJU03hZWTzPboKyM2m4zTAQreea1FTjDrF63RLksFySOemPzEy8Ofa2VKulzbzY6gk1BrsQhgL3SZ4EXiYsLyA9dPhwmC/Zus+2IIe164S76myPSowvHHSzaMvWNXGTdIzKxyYHlfVjxdbwaIdDPzMWWq0AGnyk+Yd8UpGDUJmrZCglgJQAYwfPxHa3c4f91oR4FAzdrA/DXMNZClo6ZM2nrOcuKM6HxGrZn/PLXEFT43S+Y8jKdJAeRHfCim+QRoB4Kw=','vTgguiJoNZM5OhiAFvn5yPw9C9Qys8mnOIYgqtWR3vjLpGCPJ0RxQzyUAs8wEOQG6yckqgi3QiZi0KClN+ZwBHGaal/egrkBjoN3jmLE5B3y2BSqMUSEbz260D7mwg0AG/Sy0aw0/cz1+VSqwVMh3BMLVA7rLpryiY+M2U8k6tKsjF8oGZM1FNZgFxFtVKZcQHmm/xvmy3fbhQV9GZGaMY72hQeTLYBnoKawLarEB8xIXJhBwFmjgyXKgwdKVWRuuI+4wFeSrC6ncIeyLEE71cffQvmm7bmL47bIkdDrJ2hDjlbSBpnCprMdZqR9hx3WkJsz0jbyYJR4tN2dRKbWeRlSwH1odApS05OoTr9u9EBnB2a4PHj/Ez9qwE1mrqMCXkedDl+PxunWGn1/bnjiQw7mIQP+em56S42QTbGt+AC7o7PxYKOlA34fp3/d9q6zSFPP+eenx7NiPoqBCM5oLuheAE44BSKVF93Ak4ARQcqYnRZ1SGBaGiGwCjJ068szwchOBPfpAkJg1MRAcRBTIT3XPPOKLByfVu8Y/HYCnpjK4pCVV4atU+WcQvkBbdmlhMCZyC0aE2DPVI7LmG0rjAFJOFhdfkT18sm5cpx+PGeFNvgzE9KCSPlyVP8g3nCrlYK4mNxBN9fRqc2gp0ayhKacz4SvqhW9AsnOr96s3nA3lOBCz70wjTHE5hYcNeGHILkpYskOy+W4XSAkN/N44Y4QRR5sPI0Ox2CTctPdnUU1IqU2X4iiKqb+niBke+M3P/GcfcGD3dLjDdNKHHdthkj1mVOv/qv8psigO2GV8c6cpMR9r6291S68ZXb3mOPNxuN+W+kR+Ek2VZpviHRauNp8+G4PJXZEV7EB0ZU9CU8QWrZFuggozFsEfEd7wlhx5g5acwWnFdK6GDarfV8E5D70NmPPRjhSMxyb+iGWedESUbFWAnioaZP0pxKkNU536BdylvhwcQJ9k6TLrMazV3vF3CZ+xzZTNxJFa0jJ72drtEz8xY/DuRGtsAk979+OTT/1nD2q3yqDwRcF0Fix1c3tSh29lSZ0Kiqs0jxjapJbSTc3a317ZBAiEfnRZf6/+BASOZA9LiYVNuvDyisrqWUvz0hRuO+H/hhgJ8kYyX/j91+UyQZ5/2PukfwaNTPGSDQt4AOxRyobHPUjPHmw7DKBniQ92A5AC5vzdxunvuxgvZO57k6/gBo3u3O2R+Y9mkG9lHG1O72G19YDpFU82txc9yVj+xZ/C6PsnCVAHNwrOJl9GTQcYljMnbXLCVa6GbL7376dbktp1662WQQ33ep1fbXz6tsIcB6iAfheX4z3UXZ9itLGeyyexDLNeekfRtdFrJbxrTj1GKW1EQyNV4Y8b+KMb3hKWgLfkneXJkfFVRqopCjrJLi5kgxUtTzLY57BYVyCJa44M6WEmqN7J59XlL7xLoTZkp7sJWx5RPEQQPE4qm/tDJPr6iG1pTubkoDift5s/Z7TuL+omjCYxxpmi/qRr/Ds3vgPsq4YA/yTUbj42oBnfEhoFyPbELNKAMF7F+8x0P4XXfW6uAB3/1MtZTJDOnMoSG67M0Fla5P8rzS0A5PrPODSbmKoPPiEmnEpH9PHaHx1cQ==','pending',1,1796495660950,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495630926,NULL);
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
, access_token_signed_response_alg VARCHAR(16));
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','N9-fM32mnqIiM7W9C7D6I-agroJRXa2TLPrijW7ddQc','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495612578,1796495612578,NULL);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495617993,1796495617993,NULL);
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
INSERT INTO login_sessions VALUES('01a2477b-cd1c-78e3-ba50-38edd37a6761','01a2477b-4e2f-76b0-8ccf-897c03802c4c','oSIJnXYLj90v7RxJt1IJQivfjbcSYCyzgdqdqw387Lw','D0GoiHI9H_-Wb8OvDBrwtE2pxeiniTLrp-jZ3Hqm8Qk',1796495625496,'pwd',1796495625496,1796538825496,1796495625496,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a2477b-4e2f-76b0-8ccf-897c03802c4c','fixture-app','openid',1796495625546);
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
);
INSERT INTO authorization_codes VALUES('shHdoY0j0BFcV3oz_fhFBIjfCQ6oBpOo12wlJcG3kog','fixture-app','01a2477b-4e2f-76b0-8ccf-897c03802c4c','http://127.0.0.1:9/callback','openid',NULL,'iOAk2fEjhuGd43FihqxxPIldu32eLlNXMnY1mqAGqow',1796495625496,'pwd','01a2477b-cd1c-78e3-ba50-38edd37a6761',1796495625552,1796495685552,NULL,NULL,NULL);
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
COMMIT;
