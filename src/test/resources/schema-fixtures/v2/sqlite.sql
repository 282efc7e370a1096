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
INSERT INTO flyway_schema_history VALUES(1,'1','core','SQL','V1__core.sql',1176067047,'','2026-12-05 18:43:00.723',3,1);
INSERT INTO flyway_schema_history VALUES(2,'2','mail','SQL','V2__mail.sql',1994147177,'','2026-12-05 18:43:00.741',0,1);
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
INSERT INTO users VALUES('01a24784-4ff0-7187-a37e-b1da73f95440','alice','alice','alice','alice@example.com','alice@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$E/2m5VSW/Jo8cNnjLVzKyw$fhiGnm2VtXpA5AIBXog1qgKga25axJAd4GoKfICCedU',0,1796496183280,1796496183280);
INSERT INTO users VALUES('01a24784-5993-7947-b839-6c10c3f3e13a','bob','bob','bob','bob@example.com','bob@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$AbBMn7GywkxyeBbBJzVngg$af+BpTBLBuSsadJ2Zf8xhjEXlRcV4wJC8757a8ik+XU',0,1796496185747,1796496185747);
INSERT INTO users VALUES('01a24784-7263-7d6d-a9df-351816a321fc','dave','dave','dave','dave@example.com','dave@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$IC68omuKw+cNKojbN8wu+Q$3x/lG2m+ZFj2foBnsTf1VInwvCFkuf8acvX/KfRVJZY',0,1796496192099,1796496192099);
INSERT INTO users VALUES('01a24784-7340-7bd9-b098-eef5c681db0b','frank','frank','frank','frank@example.com','frank@example.com',0,NULL,'$argon2id$v=19$m=2048,t=2,p=1$RYAiIi4hA7QjxVmvB7woEw$BpPBSSnsgK8KNtOhL5zWYmr0Jinj956ASgaypOiFJ8I',0,1796496192320,1796496192320);
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
INSERT INTO user_roles VALUES('01a24784-4ff0-7187-a37e-b1da73f95440','user');
INSERT INTO user_roles VALUES('01a24784-4ff0-7187-a37e-b1da73f95440','admin');
INSERT INTO user_roles VALUES('01a24784-5993-7947-b839-6c10c3f3e13a','user');
INSERT INTO user_roles VALUES('01a24784-7263-7d6d-a9df-351816a321fc','user');
INSERT INTO user_roles VALUES('01a24784-7340-7bd9-b098-eef5c681db0b','user');
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
INSERT INTO sessions VALUES('cmhRjGEnfZR8b91EEQ3I2w','01a24784-5993-7947-b839-6c10c3f3e13a','gatehouse',NULL,'BPgTtwhC-7iI2CCAf93sxZQjmlLLWWVltBrf20kXgq0',1796496189516,1796496189628,4950096189516,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('4NXJzIe4LoGRhjBxLNAFAg','01a24784-5993-7947-b839-6c10c3f3e13a','gatehouse',NULL,'X7ATWhJAkEHUQv6lUNaBALeCqXw3hOFjcpPjj27CGiY',1796496189951,1796496189951,4950096189951,NULL,'curl/7.88.1','127.0.0.1');
INSERT INTO sessions VALUES('pNHMzsO5NPlYHyYD2vHVRw','01a24784-7263-7d6d-a9df-351816a321fc','gatehouse',NULL,'ldhITjd6fCwJnL-77KfwhED5nLB-ZcnYZOFTcuBv340',1796496192226,1796496192226,4950096192226,NULL,'curl/7.88.1','127.0.0.1');
CREATE TABLE used_refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    used_at    BIGINT      NOT NULL
);
INSERT INTO used_refresh_tokens VALUES('CSp-PlilkTg184CDtFbisU4P-UvghbJ30d3maFHir4c','cmhRjGEnfZR8b91EEQ3I2w',1796496189628);
CREATE TABLE signing_keys (
    kid             VARCHAR(128) PRIMARY KEY,
    alg             VARCHAR(16)  NOT NULL,
    public_jwk      TEXT         NOT NULL,
    private_key_enc TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    publish_until   BIGINT
);
INSERT INTO signing_keys VALUES('SCqTtwJJzNqiDIOus7U2yA','RS256','{"kty":"RSA","e":"AQAB","use":"sig","kid":"SCqTtwJJzNqiDIOus7U2yA","alg":"RS256","n":"vcjs7kRJW_Xe_cQ9vurcPyw4NNLG7CRP_cogP7PYBMsus_twwbFQBZmQCCB9pLT7lgBA_l-3SHvO6THY23YbtcNLumqtXYca7pcHZBuGSAsSm8OdPgLV-QHE51K4F7pimkBWZxt7lIqc7-f9XsdCSn5OmjWGlc300vqKY92k4YLxYlc9AftPNbVLu9keHub6CiVMRslH-rE9Ue6GeBZaBghc8g1IMlEGyJdEXD8lLQJR44a0vTZPJCp3oCLiy76khEO7xFdtN-boDyNJxjpAGEs4VzcRb3hXuZo6ao0_Cp5cpj4TphUSiQxzuwcpofKvRbN3rj8Hs7NUCZ7DvX0f6Q"}','ExZbW6AppKaW+QiYGpuI18gyQK1lR6WxX8Yj4bapWU2eRp8yCrMqJ7VZ1vEu0mXiQDYI/PTMG6yrRN3FSqv+DPy9Bv3eIYXJnUgupMKuG8ze6bU8DglJnU5ROLPvQFAPryMlfZY0kLIodpFuQSy6uecdJVsh/IwZ/Ko/JofQLlEgk97eQGWD+ZO2nOAIf95AwuIGSeypAO3gSuhb1vmuL54iJ0b3OkSSet+W/yBsHk7L9eytldRQ9Su+ie82yRv8zg9qhJHj4vPCs0Y/E1S5TiMk8GIKS6d931Zg07YFGoI/AXnHjsMmM4jG4BET2O9NwH7xZuUxENlgcvrUCZhzuP7nou0VzFb8AyW5PPOg4O1s/rmvPxLqM2grVi27W4xAgTOBWMijjexGffHNHQoaHZKuHLkSY0fjztI7cdLC35OfFdsD/sG38poplo7ivoOu2wU+L4RhUVeoWAY4kQ3yPJEURUHrJ+QOzGfm6hsvZMJjUAETVWW6+yHgn6kSjPtXCgNlYJqiA5IN95kL6hbMUjsEn7qD19oCLTyAsiqtBtJqtSShlR8BVGJjteQvirNpZlMeyX/CFQXIdEZQ/GlBE9rPvFB8qx0+oaw5RK6XaYg3k0e6fj5uLSg1ufyUW+RZpJEOUORIq+suqvoVLjahHEXkQpi43+Ybrsr1zXav5Fr95Tn7LUwrW5lqWzU6PXF5et1EH3fKnRDRYtcEoK69OBiKSt0hIlKeditYotUbTDvYzHva0KEOu0qQQpgtSTWGhnd0Pi/zavV79+mdPFMkppowLrGaQzENgDvwM5+7qs7Rc+0ulDTQC2Vo4tDSZGz175yI7k7g9gfmkAvwXut9jGACMomzWEAM5mETzcgRwjhwmSl0wEvehTJRD3e6zNpaBbQRrRJBIn5MIQBDyF2KYkQGDP/CKh3IWOyqQrze29vgNZ9zVoG8+qg2ONQqKFPLtsYm6t0Cvgxu3b/KK+h6TqqWFy4N0NFMuNr7/HVQ6uL8VlNIFmnBZ1+oaiv7iigw9Tl98OUMvOANxDq9jxzUVXvzmWi2zv7ETZtA/ttiCZroD31uBpLWGPnMo+XEVL9R/c8yPC2+DWwdzZ+4d1S7wHcz3eOuu1KthgiBWoeBXa8+eSoo4WKFQYWld1QhI4JYZIoYRFU9gG9JwkIzjRurYmS9N6DsbyTlq+CubvkKnvRLx+cVUJSTB5CaXdbjCgN8qaKeenTlCpGGyRUkGU9w6AWamybn1mg4ToIbPUtqIduMO1EfrJOj0R7qb2CBMo5/iuzz1/IR/Cw8nJVIDPZk+zVbOZSVlZrimcUFZBSlYnNYEUWrxaJpiobOyD2Fu5SOj2KA18LvZ/WXhFZ83S405LYpMogi18a8OYYaRVU0+26AwTrunN4+msVXKtk5Ei0NWAD3zXZ/dVAcwmOo80M/2mRM6ly8brth24LDrJKBRcbs5D7xezmgZ3T6/uBVI4DYARFscWI9guiulDwHYpm+vSkwlvBBbg6hghHg0fXAittCohHZqRilmZVbL4ZPFNAErpTX7l+jNEsAfujoJZoGdCfmvoCm3ws4HZcDw6rXtOu5Z8aORTQMCdVv3cXEN6RFwyEI3syALDnPzfRHuYBzXjpnbDbcX8skzewhWpQl80HJZIOgF4RHYXeDrjXH','active',1796496187717,NULL);
CREATE TABLE login_throttle (
    throttle_key VARCHAR(512) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
INSERT INTO login_throttle VALUES('forgot:frank@example.com',1,0,1796496192374);
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
INSERT INTO audit_events VALUES('01a24784-5039-74a2-89a6-6785f543e697','user_create','success','01a24784-4ff0-7187-a37e-b1da73f95440','cli',NULL,NULL,'roles=[user, admin]',1796496183353);
INSERT INTO audit_events VALUES('01a24784-59c9-7bc8-a480-4e01fcd77a0a','user_create','success','01a24784-5993-7947-b839-6c10c3f3e13a','cli',NULL,NULL,'roles=[user]',1796496185801);
INSERT INTO audit_events VALUES('01a24784-6851-7911-8bc1-077ac91a766f','login','success','01a24784-5993-7947-b839-6c10c3f3e13a','01a24784-5993-7947-b839-6c10c3f3e13a',NULL,'127.0.0.1','session=cmhRjGEnfZR8b91EEQ3I2w',1796496189521);
INSERT INTO audit_events VALUES('01a24784-69ff-78dd-9810-59104e182770','login','success','01a24784-5993-7947-b839-6c10c3f3e13a','01a24784-5993-7947-b839-6c10c3f3e13a',NULL,'127.0.0.1','session=4NXJzIe4LoGRhjBxLNAFAg',1796496189951);
INSERT INTO audit_events VALUES('01a24784-727a-7837-8351-dfdca1416953','user_create','success','01a24784-7263-7d6d-a9df-351816a321fc','cli',NULL,NULL,'roles=[user]',1796496192122);
INSERT INTO audit_events VALUES('01a24784-72e2-7531-ae5b-2814f2960d81','login','success','01a24784-7263-7d6d-a9df-351816a321fc','01a24784-7263-7d6d-a9df-351816a321fc',NULL,'127.0.0.1','session=pNHMzsO5NPlYHyYD2vHVRw',1796496192226);
INSERT INTO audit_events VALUES('01a24784-734f-774a-9859-f058b36202cd','signup','success','01a24784-7340-7bd9-b098-eef5c681db0b','01a24784-7340-7bd9-b098-eef5c681db0b',NULL,'127.0.0.1',NULL,1796496192335);
INSERT INTO audit_events VALUES('01a24784-7388-787d-8d77-eb2a95fc3482','password_forgot','success','01a24784-7340-7bd9-b098-eef5c681db0b',NULL,'frank@example.com','127.0.0.1',NULL,1796496192392);
CREATE TABLE account_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(32)  NOT NULL,
    email      VARCHAR(320),
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
INSERT INTO account_tokens VALUES('dQpVtJFoRhGVQj-KAC8gegq1z9A7-ybLmMnCyas_pqc','01a24784-7340-7bd9-b098-eef5c681db0b','email_verify','frank@example.com',1796496192336,4950096192336,NULL);
INSERT INTO account_tokens VALUES('KNqgkyfseIxbOoUzeY-h3_F0_NOir4KWUab8lWvp3sM','01a24784-7340-7bd9-b098-eef5c681db0b','password_reset',NULL,1796496192383,4950096192383,NULL);
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
INSERT INTO mail_outbox VALUES('01a24784-7359-7662-81eb-380c957408da','email_verify','frank@example.com','Verify your email address','zQh7g3RczvA6Ku9xEF5poOpOzCGi1KokIhFcNQ0C44xsWAI770LLeYRU01YRpSJWtl9mVCF3B/XGoPGCJsTRe/qMqqvOhwBN2z1vP56l8LPMPykPd9eJ++Zh+AtZiJh4swfCRZmmvPFKN72pnv+E2/N2msApXEc7zlknIOp7qos4AayUhDkbAJd18RKKSLk/dYx8HPwgPq6lVjErkSoR5c60Bdvp01aBXauFmz1O8vtQq2YBZuj333joT8doxvGYKak96eyhqC5ZrlHuY2VafTeRL/wwiGgCgr7giSWsdjHnNU+DfENGq7v7MwnqiRjxgnifmQObFXVeo1neh0EIrxZICYmt24jV68S1c5ldWsb1UDML0Lf2p7BzmGALEusXFRu7hcM3R3zTBIFT0uN5f9HTnfAlaUV0syobfFM99YBhkMzwRNyZgzgnr2LCS9AVHeYn6al+ljpTfgxzEpKxW8rv3X1OFt1ny1Crl8VkUgYtvAuoW1JmKY+xYqGlr5/abCy4IBIdWDhEXTwiJsE=','kBMb3dkmMddN2y4wdWwgFYm3UdodQDM8FyKtSRwdp3VA4DwnpVtHlnYSE6tNGCp+N9Fu+9cjnOm2R9Y36twK0HpZJuIaY3xP01yqZu3Oe+MsJRzB0/l24BhnP1DX3glGpiNlIDEdzhVkVUsDrxdUCyGC0d5QTMwCW3E6w/revS3xeRZFiTl5MLIcP8cwsx4g5VkCFx1ZAGSpH8NTjeJyw7wlZzUxNxnmVH4HtkAmfSmPBkD6tHMtsybjbh5O2uRNfLmvarorzg+4pnDA5lUhZJxtZO83n6y8tpQns1RPpokn7AskfVy/CVE8WkXkCxROUkAQ+r4jVimUFxMb4r7C1es23bAuLMuwx0xvRNdQll2/ASHpPQf9HZG1qdGVFmxVGVZI0/ushtGX6aEa115fph1nfktc7r/InWEKHb3RAyH4ec/Gd/rdqJG8kQ+r15ASIB8b0ckJdOwsuhnUvEcByd5t4VQf+sGyKb2aNwIzuzIwgheFEg0y6ODx9dFCx/hYz3zCPZmkTPc0AJqlV5+C6ZH8OrQIzo1mJ5wd6j9RvoYmLA9oKPt2h21cKc+wZHk7PsidLaYTKwtusn967cxRsd9z0lCM8HAhZH5BEDEZY8y+2e4vZfj36nT3+sKXQG5dGP5XTX70upjUfJnmzrMTvF4zJAQiuTxbMczUPoVxW1MJ55Rj3ire0xnnkWQz7Ul++0gFoQV/3foJB1FoIZJMaiyOoHLaBa7hb/TLyHJKOMHA8Ffqr+Mxm04XXk2ydSonPyW+CrPPT+bOlKOu1aBlu0HyM2/zsfhT+Coe4utwuIxPNIhAifU/IdtSgSeEbRxbfZ/S4BtcQxN+G24SJZjgdcZO94E0bXOQumOIMXTWSVyw9yHj8W+31x+zz1oWJjbwVrw3CzMIjvT7YZNR/HMXpWIpqQ2STmmMs2sn2+gsOUD9VkhZX50ulU1RxZxhK3goYyXUtdjdsVyUKcqlwSja8nq1rRe+vd+BJ95g5D7RPhPJomk3oT6/5JPB76kCi2qXom88hirc0t/33ht0W1ZvlTwTDGP9BNWUybziBPm9zAZlZEs9NtgoxMLHlgaQsqaksmh9XgH+pGzj/1nZ2TGJL0HTGJAIYenoLq+61pFCHQYYMQLOnLhCJ4u5dIl+PT1gstFbAmSwwqQhnFa/m8TEkLrVACJZD+Ar0cUXMe6l0DHEL1stbvN9qi9XRHK+sE0eIRvl56OVOoBG4m+AleEmjLjHfNzKdvUj2Y0CAh9FDo+bmcZPPvNykfsP7QwSKiYnpOdaWnxl9vsJd50ztLQhlHEV2nxN+gHsQC/G0tqEC11UQZRFkAwrSqqTDw72JJcXjp2PHCMoKoQNF1KbWPXuMw0DAvZlfCW92VWgjWqeSlji1oGdHmqGSgPhI1U/ghiiza/BdgBdZcmf9yp6B9nlvG8YhPPX/CU0TkFX1oTcy0N/WnWu6/eiNkTuFfJa01abpm2rrAdT67inZjbdFUCm6E09or2JzawdjhYDffN/rj/RUgX1ewGzNLCUbC+SYSVNxpIxSFeaMmA5u48gFidTX/ONFGCrUokTC25dmM8oQ+SwRr8mPDOha2DpaLGAk6xrbA==','pending',1,1796496222461,NULL,NULL,'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000',1796496192345,NULL);
INSERT INTO mail_outbox VALUES('01a24784-7387-752c-b4e1-e106452f1605','password_reset','frank@example.com','Reset your password','13ECQJKdCNyNqwWs8CSCn73tBDCtID6mBLYxwjjng/3JQUaQ4Ci5l9SUDq/eeRAUc0btCYngZDIccJfhj15AX3iKm8WHxIlDDdsWSVpReXaYOd9olwRFase5c/dBp+0uMiXSIX0IS79Uw/4eWQALSceplk1g0ZHUDzOvl2FGxAG6US1pkARhwJUug2OurdzCg3lF7wy8l5ApFDe0ScFA5ZwLW29fdiAjNM2lR1Wxyfh1ZCCu1nISzjHvr5UVBbVq7TM3f2GnBI1zybbv7A7C6cjvih9cu+6UrhoZbNlLkZ2JtzCc9356ZFrtR7Ib+PGxSd37RGH5QoPYvQIav7ToaPuceRQMZw8jN1ghwYNwUVKjzjoRuvj8gszb/QA0KZF5Ylgo7IL1fYwJ50AA/WUzbsXbtf0RQvVKwt0KX07VTuwvAmMHygL1oJf/UmsOEDoA3v8n8W0Y9rAdrVv9EQwUgHx4QUzmoN9LvIyAP3DAARivi8wdrVMbRmdEJ32fw7e72T8fy7nq+ksAP4RCEf7OdIsPpX/vvEVSR0OOPajaRx4=','PmDkjaEYo0zCFoyMV45kHHsBLTZKEpNZ68xJ+63DxdBrylh2hAZn4JBq3j2FgupIONUZywYEYfRqrVo1dQpOzTaIVQ2BOhG5IbQTLPoIuQiunvZ81Lw60Wuk02Gu+KJYvKXvAK/E5HTUKQsZgQAvEPuQgb1tA8VTvC0SPPw8kbfGBAwndb9wa+nHhotlies+Bh1Sm7SqrDdEzR+051YPXXGDAfdJiq3amHpYnlPnjjVjQpwbYq1wkZPLpAhF8h2B35oOZCD0wXYiJokyU9GAGMZr+Ye14RjFmiJBZYxF51w/QAVZ3m1OO2c7pYGgzSRxjprUtkF/KVm6wuCLzAryzgwfDiU6aUea1V+HzI1AHK/yWFrcaYFt7S6mZvew3OA0g/q1hCcqyYHKBzixl1syr/JGcf5X6ELbUH46H3pVvuDAy5HtY1sarDXoW51C1AJtz1mNSWqCPqfYMIIxn4b5MtamOVoNzxBuw5rCa2PTeN/cz92D+vVuRK29sg9x8+oXSV+tOnYoH0Rv+33ft8nYOAOKeT+vwvEBqNgaZLWjZdVSGXB+LHi8fsnItvM/WV5UI4Y6LON6f5lp5uBIFfepXe9LVIS4oYEK4M7jkTGq9/DxyvOP5oo5fDRjNP6RZrOaKqa1MPNPKP/XdIivLXvV8WzfIaiHhfSWDUnRGYe1H+7SDZ3Ifcf+FUEhCmzV070N1/LNGqROnFIA9YY+FLDGp7pdWLWqR0v4vuSOHsyoKZ6gMDFKfks0eEqPgaEb8w/WE7YkSMzNiscrgpPDaE5lzcRLoq72ePTouAcfwztNDQaPZx1wel/ezAXk1lhITeTa/ddyTRwnL1/++2nGB/PXW2dIxc17DnAEdVAH0+KKrrxxnVhB/8tRS4WSdFgwzFlI2wM3V0PCYQ3ZkHdT6Lb8yQfsIHfszkF+bN9Ap78hYnhXk7i+aOArTvTLi3+optHShUOym6avZMLqTQ1OlCLrXlUlgoTYPYHfr8hfuG3YWe+gZ9FTWYlAv0gihbrqAbGh+6GJ6ZB70EfLf2xiut0aCH1XGaKBCaHsQHPfuFFwrKimp0PQs64ZqwXTWqGmgtVTsh8eWgVVcUFyy4gkG9TCoyAvtWH9veb91hCr1bL7uwzwhUXUndo5um3M2mK8+C8A3AgaH09CbrSUmNG5tDfRJKkGD+0+Ihpz6vlECQRA1vf1VSf/CT8TxY/mtOixdS6UAo1zNSHQ/EAO1JGEEA9gvDD4I0YEQiksxTHDDDerpeyl+jrkuTuK+FRRI0Q+nAkyx6iHSpVq0DXQCwiHNWZaTYWosMPg6oyR6d2kX1UH9XGNYi+RUAbpXiO13G8BJ6M3CTZMJ1xJZfuI7Jw+0yP9TvpGryhIuu2l74FPqVgX8WuGIYHDN+Bm/bQM/vAxAYFlBQT3Nh61fAUNMWps1objYPHLgKlqTTkse3iDvzYNN3kYYNKWWsrYx+m6N4FmRWwibPTX5aL3n/J+JOG7Tbb8XZwtgXddsayb2/aKYowEfXzj9ax1xx7AQuEqy5wLfkd4AxAYornWxdx+tGsmSkMRCUqn7aGiAkxd9tpYPUFhXDjH2mOKOVZwGMmw1YHTAWvBOTKJu9+CR3Euiw==','pending',0,1796496192391,NULL,NULL,NULL,1796496192391,NULL);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX used_refresh_tokens_session ON used_refresh_tokens (session_id);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
CREATE INDEX audit_events_created ON audit_events (created_at);
CREATE INDEX audit_events_user ON audit_events (user_id, created_at);
CREATE INDEX audit_events_type ON audit_events (type, created_at);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
COMMIT;
