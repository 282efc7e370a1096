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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:27:23.755',122,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:27:24.007',43,1);
INSERT INTO flyway_schema_history VALUES(3,'3','rbac','SQL','V3__rbac.sql',-1177096415,'','2026-12-05 18:27:24.132',1,1);
INSERT INTO flyway_schema_history VALUES(4,'4','oauth clients','SQL','V4__oauth_clients.sql',-2105598303,'','2026-12-05 18:27:24.472',132,1);
INSERT INTO flyway_schema_history VALUES(5,'5','login sessions','SQL','V5__login_sessions.sql',-222682747,'','2026-12-05 18:27:24.482',0,1);
INSERT INTO flyway_schema_history VALUES(6,'6','authorization','SQL','V6__authorization.sql',-1011304854,'','2026-12-05 18:27:24.505',6,1);
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
INSERT INTO users VALUES('01a24776-225d-77ba-80c7-61172818bfc6','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$pLcCoP/bHHGcRtmnOZtD/Q$j3e5cAX7f3xkZv64DvJMn1N7PAt5Ja3u9vUulg5S4dY',0,1796495254108,1796495254108);
INSERT INTO users VALUES('01a24776-450d-74bb-a895-6a2505eca546','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$4AHpZKHotoprfOPezTcuog$qjk8AzxagvsH6lsE6V21SF7IpapDhAuk0H9Ifg5b2Kk',0,1796495262989,1796495262989);
INSERT INTO users VALUES('01a24776-733a-7eee-8560-11839014c9db','carol','carol','carol','carol@example.com','carol@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$3Bs88Yy7At/h38v8Wp1EiA$3nCZCGjI+Ghc/PVWsgU6VmS+ddUt18LjLLqq6Qj/6To',0,1796495274809,1796495274809);
INSERT INTO users VALUES('01a24776-e78c-7c14-9c18-224e9bdf0688','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$hSkFfr+1cJLWi8nIyCSIUg$pRBNKElUkJtHeVyVh0GsNUAyWToe+NGYKBr/vtf26Nk',0,1796495304587,1796495304587);
INSERT INTO users VALUES('01a24776-e878-7cb1-85d9-f6bfbb4d4428','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$ScT7eIRJ9uWDY83ob4WFNQ$Sy3UDkdfPT+MkFASv1TnSCU0jzLA7RH2diYEKrJhIfE',0,1796495304824,1796495304824);
CREATE TABLE roles (
    name        VARCHAR(64) PRIMARY KEY,
    description VARCHAR(512),
    built_in    INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
INSERT INTO roles VALUES('user','Every registered user',1,0);
INSERT INTO roles VALUES('admin','Full administrative access',1,0);
INSERT INTO roles VALUES('auditor','reads the audit log',0,1796495267451);
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
INSERT INTO user_roles VALUES('01a24776-225d-77ba-80c7-61172818bfc6','user');
INSERT INTO user_roles VALUES('01a24776-225d-77ba-80c7-61172818bfc6','admin');
INSERT INTO user_roles VALUES('01a24776-450d-74bb-a895-6a2505eca546','user');
INSERT INTO user_roles VALUES('01a24776-733a-7eee-8560-11839014c9db','user');
INSERT INTO user_roles VALUES('01a24776-733a-7eee-8560-11839014c9db','auditor');
INSERT INTO user_roles VALUES('01a24776-e78c-7c14-9c18-224e9bdf0688','user');
INSERT INTO user_roles VALUES('01a24776-e878-7cb1-85d9-f6bfbb4d4428','user');
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
INSERT INTO sessions VALUES('S6Dy9zJ3dW35yY7ZInnFNw','01a24776-450d-74bb-a895-6a2505eca546','gatehouse','','WFNNBGF-WQaWRnTtaETJgkB_ophzMu1C4xhhysSNRpI',1796495298325,1796495298502,4950095298325,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('QIp07j3b2AWbUuqVvAEatA','01a24776-450d-74bb-a895-6a2505eca546','gatehouse','','AyxRLHfEuiHeBJ19HlzLW_EY-cosSRFKENuUynVAJlg',1796495300289,1796495300289,4950095300289,NULL,'curl/7.88.1','127.0.0.1',NULL);
INSERT INTO sessions VALUES('fn2xFLrOedqEoRo6xShBww','01a24776-e78c-7c14-9c18-224e9bdf0688','gatehouse','','mWl9psVYHfhH-Ad7LjwQms09peeMaVMGdwClIe3XUtE',1796495304754,1796495304754,4950095304754,NULL,'curl/7.88.1','127.0.0.1',NULL);
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('gQYBPUhHjo4FOzDq1oZCzdD50Iu81gl4IO5yz-W8wyA','S6Dy9zJ3dW35yY7ZInnFNw',1796495298502);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('5KOB8N7FKm8pYVl-XWAkSw','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"5KOB8N7FKm8pYVl-XWAkSw","alg":"RS256","n":"l3iWjJi_e9xYCViGEG7c0GlP_tyJabr0wI3vn6j8hPd6ke_FFQ15nM6JKfkU4M4le-N9govFKxS0QIm3rh2U9FxGBOPB9ykpxr7eUPzrPH-nhWVsqvM5eM7oLqmTtnzmm_1-f6JSjRGm_C3JxA6zuw3uILxwPJ4tscZkgHlwf33_4XtcGsY5IA3oJFHIV45rYAkld7KYYkua85TcDWKxl2ULcldOlwzDYiCOKscz4vb2rjFl5u3I7X43GqDpKbtMM4l0qpgoiL_9lyKe3Y2438XRVMwnnZd68YPtjcFn6-gPcONfp48nkZWoQW6uN71rS6ICaHADOOrVnv_S6Yt5mQ"}','h8+C2azC94ZJWTx3wcgajPMGUj5nHZMO5pd/qZNisFPU9Y/JRMRwM+YamA/QoUp9z6SYEMMD2dXPFr2IeHdk48PPSqkvhXFV2GrFoyHkPJ4nNqqfrOHE4anEgyiN3sECUtJnpYnZGSx9jF5TDCi4XGgmSNnlYTnl8mdKodCnuOmmsiIlhdcB97PNXm+IDEkJtMcKbGmVnIUR46aig12Q2Hc/d6VeTV9vaxJSwf5JdochMv2k9YAskXWCEx8FF+zZU+1G6P2T+KgUbohzbIlPmDjhX6YLUfoJQDBvj4Qrmepi0pISH6A/gKJpNRGSJKVY7mYi6SlflRQSZQCgDB/jLpxtmoz+rgFViN6mAmxgZAyGCdAlavMVaJ6Xml/eDgMorexS36DZxgnmNh0LW53IDvBkT1IwxyTtaQun0Z41Oe0Qr1heRmg8XdyPSPVD3WmxqaV8KzHErFjHpoSOi+hY/GTXNdRMBFjL52RuskmMqkA45mJ44owIl0H2+WXCSqWniAj+7OLmztbhr2fkthxvv064KQWGayTvTBBQahzUvhai/grLwijKqbRzbU/oalVjC/AUck03qUBCt+GJYXSmcIclXg+SOowlINBNWRpzkXVkC5beWNf+IXpDwT31ohay2zIT5YQLvoqNDak71CiuOgv+yZQvIaiVTL+/UmR8tHMCq7+8SAq0eYr85Rp318IPjITYs7VsfssYfcTrZ47OvcEZGcsNC4hWYYGnzmMCBErswJxhiL35Jxp9ZL7pXRDkhzM5hCT2XfWaVbvSReD4jqzSxWTi/cnbEJ5ksf2mTs4p/sA8Hkg4RaiQwsdICN5i+vAgKbq5kum1stbSrRFhtd3pQxoYmb0xvbmOJch/P0VJjlUSgc9IoxdnI65n4uV78TIBIMNxzOh4C5bbGEuq48McqHAuyO35MdsiAZjhpb/+xGvPqIou4JXYh7wOKJcDX40+uj2v7WgUcw6HOijsyeL9/svtvYMXza2VjeeiS3uM97p5kHiVY8Zwxr7x/lBhuIvQ49RRLxBfcWrIvwCrb3drtqrrYI6SWcwHtQRrYQeeGyYDBqbexealM0UjppEl4GiH02Nh6hHDApY0Pa97GQD7q2hOmJU/ivtIYglDV2CNABWJxg2l+YNtd0jCF52C6EcP53f6Mb7uPQkSeawOHEJqVgFmElqEfrrsU+WM9n1jokHrdjUapBMNtZmOAmhtTMBdS7TTN04k4LabRSnzp8TBReDgSp6TYOC/a/TyyIzbJxSvhckcHbNOu509UY8UN1SQVDqG51LyjqmciSlvwuoclO7MhKJTxj/sxRsVeL75GJsJdEI3Y9A/mkjFDtFzROCeCYRMLj+O4PKGQc42vQBfRGoy1B4XTQYL4yMNFs74rKXxBbzu1F6UItxI1fqmJFD1EWEzGPXHrVI3tsYp9mc6e5lNHVaGxPCoSOsSj9rlD1HUUozYpegugfV+gP17js8oDTixnqbzv/Cxr/pDC/TXqt4T+y59i8KXJUVMX8GfShLqvrq4deW+9mBAa5C/EMzXyoirmDsJG93vAm/w4fXJlrXdQY5x7U4oEIlVOHBEIJS2j3L5q2MCFdry2gFtq31AQ2jDEevOFw8/VwjY3ytGizERjYuFeyrUeuTrPzEiFCmUiGVev/BMkHHvrA==','active',1796495293278,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796495304926);
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
INSERT INTO audit_events VALUES('01a24776-2319-7a6c-abeb-72a675be3354','user_create','success','01a24776-225d-77ba-80c7-61172818bfc6','cli',NULL,NULL,'roles=[user, admin]',1796495254297);
INSERT INTO audit_events VALUES('01a24776-45a8-7661-bf02-09b0368ff1c6','user_create','success','01a24776-450d-74bb-a895-6a2505eca546','cli',NULL,NULL,'roles=[user]',1796495263144);
INSERT INTO audit_events VALUES('01a24776-59bf-7477-a51a-667bd75ea9e3','admin_role_create','success',NULL,'cli','auditor',NULL,'permissions=[notes:read]',1796495268287);
INSERT INTO audit_events VALUES('01a24776-741d-7198-a782-3b2e539f3e87','user_create','success','01a24776-733a-7eee-8560-11839014c9db','cli',NULL,NULL,'roles=[user]',1796495275037);
INSERT INTO audit_events VALUES('01a24776-869c-79bd-a4bd-1a8213dc705e','admin_user_roles','success','01a24776-733a-7eee-8560-11839014c9db','cli',NULL,NULL,'roles=[user, auditor]',1796495279772);
INSERT INTO audit_events VALUES('01a24776-9cfd-7439-b801-af045f92f7a4','client_create','success',NULL,'cli','fixture-service',NULL,'type=confidential',1796495285501);
INSERT INTO audit_events VALUES('01a24776-ac2d-7f8d-bcc0-6a0f145209a1','client_create','success',NULL,'cli','fixture-app',NULL,'type=public',1796495289389);
INSERT INTO audit_events VALUES('01a24776-cf17-721b-9445-630ed694ebf3','login','success','01a24776-450d-74bb-a895-6a2505eca546','01a24776-450d-74bb-a895-6a2505eca546',NULL,'127.0.0.1','session=S6Dy9zJ3dW35yY7ZInnFNw',1796495298327);
INSERT INTO audit_events VALUES('01a24776-d16f-7da7-ba15-78ed42e9bcc2','client_credentials','success',NULL,'fixture-service','fixture-service','127.0.0.1',NULL,1796495298927);
INSERT INTO audit_events VALUES('01a24776-d44e-782b-af18-fe79327bda19','login','success','01a24776-450d-74bb-a895-6a2505eca546','01a24776-450d-74bb-a895-6a2505eca546',NULL,'127.0.0.1','login_session=01a24776-d422-7f9b-adb1-64c3d5993976',1796495299662);
INSERT INTO audit_events VALUES('01a24776-d5bd-71b7-98f0-95fd0aaea4a2','consent_grant','success','01a24776-450d-74bb-a895-6a2505eca546','01a24776-450d-74bb-a895-6a2505eca546',NULL,NULL,'client=fixture-app scope=openid',1796495300029);
INSERT INTO audit_events VALUES('01a24776-d5e0-7659-8319-bb9c2def8a6f','authorize','success','01a24776-450d-74bb-a895-6a2505eca546','01a24776-450d-74bb-a895-6a2505eca546','fixture-app',NULL,'scope=openid',1796495300064);
INSERT INTO audit_events VALUES('01a24776-d6c7-79a9-89f8-b946d483258e','login','success','01a24776-450d-74bb-a895-6a2505eca546','01a24776-450d-74bb-a895-6a2505eca546',NULL,'127.0.0.1','session=QIp07j3b2AWbUuqVvAEatA',1796495300295);
INSERT INTO audit_events VALUES('01a24776-e832-7784-b0ee-9690e9fe3c41','login','success','01a24776-e78c-7c14-9c18-224e9bdf0688','01a24776-e78c-7c14-9c18-224e9bdf0688',NULL,'127.0.0.1','session=fn2xFLrOedqEoRo6xShBww',1796495304754);
INSERT INTO audit_events VALUES('01a24776-e87b-7b65-b1f2-4a3ab07311d0','signup','success','01a24776-e878-7cb1-85d9-f6bfbb4d4428','01a24776-e878-7cb1-85d9-f6bfbb4d4428',NULL,'127.0.0.1',NULL,1796495304827);
INSERT INTO audit_events VALUES('01a24776-e8fb-7d85-a7cc-058add67cbb3','password_forgot','success','01a24776-e878-7cb1-85d9-f6bfbb4d4428',NULL,'frank@example.com','127.0.0.1',NULL,1796495304955);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('BuZP4MNH0iQz3-tSA1vIiDVSlcFBPgiv168dPyP_2Ss','01a24776-e878-7cb1-85d9-f6bfbb4d4428','email_verify','frank@example.com',1796495304829,4950095304829,NULL);
INSERT INTO account_tokens VALUES('epzL0zRr0iQePtS6OmvKysxfU8eT8Ruxz0hqBC58SCI','01a24776-e878-7cb1-85d9-f6bfbb4d4428','password_reset',NULL,1796495304953,4950095304953,NULL);
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
INSERT INTO mail_outbox VALUES('01a24776-e884-71e9-a5e4-c45dd44c5a16','email_verify','frank@example.com','Verify your email address','7mWseNw+getlAT+y8+k+qeMoZxyIGxbEeBP5cU4yTJPicNNLO0xRQDUxGJf0l5Z0za8jZFibVR6Ce9jRkkjjerMh1MZApR3r9Leg1KxStTfWAZ03NGJZ1mnca79YqksF95bTkYR7Onetndp6GkwdxbZYATc+4XzqbkDUIICdcZout1P7LLDiYKJvkc7rD9ViHDT3Hl8ITBdaO86LEV6aIGmk6vwIymocQXBSeck/bIBPNSMK0TpPPps7EvP6nVfFWfwYBnpnX1OF7RXo6NWcHr8n5XA4kCon2TJJVwGp4WsU9MJDujvHXCovrCStlZNCsez2mbajrxN/MJMBb5obRq4qmPUUNv+BuFEPlnU9MGQtnNvayeM+vELJG7cEHjtRqrGKcX49FGecrs8zsi4BnVBktSVEexr56R4pfUk016hH3Ty1flZIAea64rp0tMIGyspxR7aPQZlOWv7M/GsVKcoHEkHSNJZpQp2zcUKPNpSEPkiqsoZSEI3/jw9/WzD0h1fJRZC0hs/TOJO3rOs=','wATkzEMt/qLKcvm0/9JqKB4ZamihMRQPh1+2iQ8eW0BqTP20nMc9nLaOtbC8oU24eD6a7kzmANprdrxdUvP9RH/g20lJIxluw5VZo3N6UYmSMJzHqniKVA18ExOvvqXytGwsZu5Nyk9mvL5uvicm0bpjXVg1UQKeTRedxpdSwVA6HCnf/bjOm+5Oe/K/U3RrFAn+lzT6stiRJeeSnHrygBn3jTU7475GBgTxsvuEf8EUnbUVtaduHevrTPQEITlWcVDbxDAWFqc7k4vtDJrFmK7RjNecdO9pcNNtZ1Je1iQyZWMUBbgVNOBQjFOpA8F7iIamz6EVeSYBSEsnldjfvX8iLUAIOd9XUpvn2Q/VxqfyBrEOc5WPt7/NxSs2dGvi883RawgjQ22lALEeOHVDN0MFYe7gdB3eOuNW2VstS+CH5tN+aB+rFTizgdMnU8ECu8WcZtMz2AuoMECx0kNmliGgqN+R5UTANs7G4FzY/asdZ5ui/UNxKlb4+AM1zRYlu5bicG3VOaxfldradTsu5T9yO8sFt5OlWDPP+sd+aZUyUOsGq6r/ef4O176dNpUrh0Q9VsUwNRMk1gnp69GJm77ThR/YIOCJ1wWQJ64HbXE80g5JU5iDlCdjuWVhEfTwZBzCDjH85nXBLOA3PmRXCaYcBtJurzfWMlno0jFOsesT0SFO3ICno0uN/xxeDoxOBFJtlF71zmH8asx+8M+enPnPjJFoE4EldPs8Nb9WI+Hr3nYooC5wANYavVbb9KMy5+/G5NHTwxcTrLkIJtH0nVhzb3XFHaXEGl6CCmP1wmHq/iH95WexVNW3g6OlWfS0uIIXK9aDtsN70DFQGFpHLHNK6tYln4wEEBbx6aFQzfg940Kwo7lz8DYA07HGRYSNLofC5kfWNEUlwGqwEYnUbF0nm+DDOIprzUBul8Zg5tp7Tljc9gfktCWUFpSPxz9iuLVzbJ4SOKv2CJhWznEAR/RXkFgLLKLaQbOJnW85H713gGDvN8jtQUqajIe0YIT3xeyASwgYN7naNpErsTe6BF1hl6VFTyICnLtVg4awIr1QcTjlyI5EeJw2dfbR+DMpZ7WmR4YpAERjPvcmwZeVrofu0gA/KaAB+IvNzRk+Eo6JzZNEmPgUKsmCYvF0nuRFFd72zSLPm60GQRmq0UCub99lCKJCdZM+yhim1woQjPzFB4lyw8xpnhCkQk3lMu3omQGxJ2bk3Nlub2h12vnw2v40v2JJ0gjZCkBaxtX7E5ydpNDQecF1JjKBA6GVxTqabTvU+V9cYqgEPZH2V3oreth7Ir36I9PG4Di4lWAczl5wuYFNL+i9UtLrLYlOSb19XTHpO42oDRDq3XvVN3xLP9ioq7MfLxT3VtyyKnBPXfJXwbYHVVNC5dJYpHiUIdkzlaKwFHI9BW1p5neJaD7xnHBPUOodmKvT1G6YeASl+B1VAzA68b/Q4ILXpYCDiej9V/nSdFi3ldmDuyJhh/ogHtMD6qgZ116y1dHeHm8lEXLCb17BhYT1/DZNWb8heF0E/T09tKrxQoevPKOlASTQIIatPBWGv3/0PdiefgiZ2a9/cTSpFbYualVe7kcE5lkTqg==','pending',1,1796495334941,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495304836,NULL);
INSERT INTO mail_outbox VALUES('01a24776-e8fa-7067-ad0f-73fab929afee','password_reset','frank@example.com','Reset your password','mQeWaCMyZPvrRd8H4R6TTY3ynT0hXBDdiTr192PcT3ul0ucGnCwCSJTwFys7a+RDzaNe0Q8SQJ8Inc//TrApVnivlaeMu6i+Wopw10LX0Pqq1M6oxn32XE3iJrgyAm2VJRtYaimAU6nTN2VqUU58HVV6BM1z+4EWXUNjvtG+onQS104usFc8JiZVuPT+jR3NLaKHUGagPB2H5rTmz6r24E+KbvgJer5CK56qCr2pzI433umShxymyNDS3fyUc/DNBKFup5EdbO1mjxZnpLAD5J+3MqnMiYJc5IGTrLXvqr8+njv4F4MPmzwRjc9kFmUvMwX0xKQTuaZ+9e1ZTMIzIZpIFRIei1I4Ejvj8sSAJAil4n9blQILtpTaTa50ACEba7CeFilXjexfu3Hs8SguxuA+zBxbMuz8Ce4rim/n4BFPj16c+P94edoFwN2RVZe1XUeErRxH//wf/tRG/VL9Bqtpc4tS0nEoYYtKK6my4UCQ5lnn9oazrILu6s3JSood1IqdiG96IOpHYn6LtKX+xDZkvsK+6k/1atV7xAJsT9Q=','WpnmqvvqArPtP+lwNJwuH3Jt69Co5OXNZBh9HANmkj/9Fw7DVxX9509fZFdFJed9yM6H1IIOPU9YyyFnpF3BfJoicoUZp+mKWaMmUUT94rIp27pSKRCQWAsAjzNCPc/abBth0oyS3ALpRfjkPpnimEGr3+U0OXdi1dJP3UXwaq/XRTi4CVNNqoLlNUrFdiufsvaSR0BXwdNb6AxLSIQjk3jhW0nUOVkRLa9b23PSiDQ/fN7h3H62iVJnGgU1Qx9EfI3y3y48rk/2nWQx12tJP9kSlhkmhbTkd3K/Aahsx+z4AV4J23Tz0/jVW5HEqXwT6BODkcCG8eJUK5E9zWdVLazJmaqyQEoh9I1CbWOcq4E3dWpvjuxgQ9IoM7AewMLL1RUMg0YAm6ysvSMkZeotnXgv6p4mySjbcB+xxu5cgN/LT/DxybjmVmWboLVPMHnDgyj9t2/W63nZ4GMsqC0pLSFGoDcYAfubhBadrpnh/j4AUDQiApol+7qRKCQLnL2Pr26jFA4FNVzwjSnaNHsDwS5RislNQhEuxeBq5LIxJJ352cGCZMDogF57QUA/03MD7b815HyZIimLE1z0657903D5mcrjxdRicdZcGN//NVMRNUsefQlOimXj6hnufvigh3ebLH5KOW3i/x7/KYsiIaUDggsEOHyHkkxG4yVWPw3KwWqEVLtIq78nba+Ca/FUeTv3izNHClIvuXhZxwI7SnL+mUF7j2EtjZHC6vgV1sR0wfVqx2522TFhjayhzDUOia5A61yKMOTOiUk9y6xiMURp/8giPl/WsNz6LdctHfKNvcS3R3GBS/QX2fpojB4rzVy8qtT42BRO/2zCHliN+0aO79Y9aPhNP0DXVwsRE2a1PmtrASxZz1TJ1NuatRFNDlsAOkXG3t+hS0oNrabaqQR9QAd2CQoAZZhFNtS1PqdkHjrrC3FM/wPraYhdwanfGnf8wE/2Ui5t/G4/Lf3bGXrr5rq2+yqdzWpFQhdrNhNiXWOk/tkmbRwpVnx4LbHQnkONMSDjpsUo56Ug2hAXVJTT5+4oJxjhumsWl7euvqT/Gk/S5llGXQGYbkNuCLZzZWR+wqr6zjoHqM130EIOUQC4yAfRAaPKF8Esmb0j5vKBlPNcew3hnuxgUx/1WPwvGArap5tbsKm+XTG9i9XP/YFcBgpIZpY3cNR2jdrWXo1R5Qz94UtAsKfn5Myt7p6dlGrAMGgi2aeBAg7iLcsZ5qDMdWToNuNGVhDsEMgE2z0l6s84IqdY2kqmq1ByuI1eH3y8Dsb1z8JqI8GDUCX/rOIPvDyuG1O9po+rJt+IBFQpV1l8MKAlHem9QnR5sh+2aRMOFrnhqL2hKoHBi1NgthiiislhxCIFl8j2HJgizEk07Q07Vky4KPLVY+nrW06+c9llmmj3KKqD29TmXkFR59XErAAO2HjzS2URtZCVV+gnMLeRTAhM/nTM6FKizO5ucygXJkKifkiCquug0P++2WU2f75sU5unUX44LQWAY9mhsf9aOXWrpHZjkgkXzA/rbZuXSM5ZKiQDZ1AAyhicNa3egWPaUPt8nvNbqV9MLvgAC5vRTM8l6wq84aFKd4H7FNBxjTBJgKQhIw==','pending',1,1796495334956,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796495304954,NULL);
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
INSERT INTO oauth_clients VALUES('fixture-service','Fixture service','confidential','C7QzFDXxh_HRSes8yZi3fiR2fHE21jbzfqV3XD7pToE','client_secret_basic','','','client_credentials','notes:read',NULL,NULL,0,NULL,NULL,'RS256',1796495285148,1796495285148);
INSERT INTO oauth_clients VALUES('fixture-app','Fixture app','public',NULL,'none','http://127.0.0.1:9/callback','','authorization_code','openid',NULL,NULL,0,NULL,NULL,'RS256',1796495289013,1796495289013);
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
INSERT INTO login_sessions VALUES('01a24776-d422-7f9b-adb1-64c3d5993976','01a24776-450d-74bb-a895-6a2505eca546','u2NSa6rY1JM33u12nR307GjvQX1rhsRarvD476SS5VY','UKtxxI5nxV9gR_uv_7OrU8egWRiYW0UYdBChSCNzBl0',1796495299618,'pwd',1796495299618,1796538499618,1796495299618,NULL,'127.0.0.1','Python-urllib/3.11');
CREATE TABLE consents (
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  VARCHAR(128) NOT NULL,
    scopes     TEXT         NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
INSERT INTO consents VALUES('01a24776-450d-74bb-a895-6a2505eca546','fixture-app','openid',1796495299976);
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
INSERT INTO authorization_codes VALUES('LWdk5W672T5Tc_fz3Usqum2_sP6B56qoyd9aro6xRTk','fixture-app','01a24776-450d-74bb-a895-6a2505eca546','http://127.0.0.1:9/callback','openid',NULL,'PGJpO4w5hHuopoufj90P3tsGf4Qm9PMS6pJjyhSHmdg',1796495299618,'pwd','01a24776-d422-7f9b-adb1-64c3d5993976',1796495300044,1796495360044,NULL,NULL,NULL);
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
CREATE INDEX authorization_requests_expires ON authorization_requests (expires_at);
CREATE INDEX authorization_codes_expires ON authorization_codes (expires_at);
CREATE INDEX sessions_login_session ON sessions (login_session_id);
COMMIT;
