-- Audiences (issue 12): the APIs a client's access tokens are for, and the RFC 8707 resources
-- granted at authorization. Lists are space-separated, as scopes are; NULL or '' is the empty list.

-- The resource servers a client may ask tokens for (its `audience` list); NULL for every existing client.
ALTER TABLE oauth_clients ADD COLUMN audience TEXT;

-- The `resource` values of the authorization request (RFC 8707 §2.1); NULL: none were asked for.
ALTER TABLE authorization_codes ADD COLUMN resource TEXT;

-- What the session was granted, so a refresh can only narrow it (RFC 8707 §2.2); NULL: no resource asked.
ALTER TABLE sessions ADD COLUMN resource TEXT;
