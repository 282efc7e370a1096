-- The second step remembers how the first one was passed (RFC 8176 amr, space-separated) and,
-- for a sign-in through an upstream provider, which one (API.md §6 idp): the session made once the
-- code is right carries both. NULL amr: a password login from before this version (pwd).
ALTER TABLE mfa_challenges ADD COLUMN amr VARCHAR(128);
ALTER TABLE mfa_challenges ADD COLUMN idp VARCHAR(32);

-- Per client require_mfa (API.md §7): its codes only for a sign-in with two factors (acr "2").
ALTER TABLE oauth_clients ADD COLUMN require_mfa BOOLEAN NOT NULL DEFAULT FALSE;
