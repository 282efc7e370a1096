-- Per client web_origins (API.md §8): browser origins that may call the token, revocation and userinfo
-- endpoints for this client, space separated like redirect_uris; "+" stands for its redirect URIs' origins.
ALTER TABLE oauth_clients ADD COLUMN web_origins TEXT NOT NULL DEFAULT '';
