-- One active signing key per algorithm (was: one active key): access tokens use the configured
-- algorithm's key, ID tokens the key of the client's id_token_signed_response_alg (OIDC Dynamic
-- Client Registration §2). Existing rows hold at most one active key, so they satisfy the new index.
-- Two nodes creating the key of one algorithm at once: the index lets one insert win.
DROP INDEX signing_keys_one_active;
CREATE UNIQUE INDEX signing_keys_one_active_per_alg ON signing_keys (alg) WHERE status = 'active';
