-- The refresh reuse interval: a session remembers its previous refresh token (the immediate
-- predecessor of the current one; each rotation replaces it), when it was rotated away, and the
-- current token sealed under a key derived from that predecessor (AES-256-GCM, key HKDF-SHA256 of
-- the predecessor token). The same client presenting the predecessor again within the interval gets
-- that same successor back instead of revoking the session (two tabs, a retry after a lost answer).
-- Tokens stay stored only as hashes: the sealed value opens only with the predecessor itself.
-- Existing rows: all NULL, so a token rotated before this version is plain reuse, as it was.
ALTER TABLE sessions ADD COLUMN prev_refresh_hash VARCHAR(64);
ALTER TABLE sessions ADD COLUMN prev_rotated_at BIGINT;
ALTER TABLE sessions ADD COLUMN successor_sealed VARCHAR(160);
CREATE INDEX sessions_prev_refresh_hash ON sessions (prev_refresh_hash);
-- Housekeeping erases sealed successors once their interval is over.
CREATE INDEX sessions_successor_sealed ON sessions (prev_rotated_at) WHERE successor_sealed IS NOT NULL;

-- When the first redemption of an authorization code created its token session (session_id is
-- written with it, in the same transaction as that session). A later redemption that reached the
-- token endpoint after this instant is a replay and revokes the session (RFC 6749 §4.1.2); one that
-- arrived earlier was concurrent with the first and revokes nothing.
ALTER TABLE authorization_codes ADD COLUMN session_created_at BIGINT;
