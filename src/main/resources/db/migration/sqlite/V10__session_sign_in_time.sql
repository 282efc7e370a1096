-- When the user of a token session last proved who they are (typed the password): the sign-in time
-- that gates changes needing a recent sign-in (SECURITY.md "Who may act on whom": changing the email).
-- A password login's session starts at its sign-in; a session from the authorization code grant
-- carries the browser login's auth_time (OIDC Core §2), which may be hours before the code was
-- redeemed. Refreshes never change it. NULL (a code session whose login session is gone) counts as
-- an old sign-in.
ALTER TABLE sessions ADD COLUMN signed_in_at BIGINT;
UPDATE sessions SET signed_in_at = created_at WHERE login_session_id IS NULL;
UPDATE sessions SET signed_in_at = (SELECT auth_time FROM login_sessions l WHERE l.id = sessions.login_session_id)
 WHERE login_session_id IS NOT NULL;
