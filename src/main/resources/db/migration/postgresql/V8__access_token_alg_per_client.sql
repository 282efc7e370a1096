-- The algorithm of the access tokens issued to a client (its signing key is created when the client is
-- saved, as for id_token_signed_response_alg). NULL, as for every existing client: the server's
-- token.signing.alg.
ALTER TABLE oauth_clients ADD COLUMN access_token_signed_response_alg VARCHAR(16);
