-- Where a login session went when it ended through a sign-in in the same browser (BrowserSessionService#replace).
-- replaced_by: the same user's next session, which took over its applications; its cookie is dead from then on
-- (no fixation). merged_into: two sign-ins carried the same old cookie at once, and the later one took this
-- session over too; its cookie, which the browser may still hold, stands for merged_into.
ALTER TABLE login_sessions ADD COLUMN replaced_by VARCHAR(36);
ALTER TABLE login_sessions ADD COLUMN merged_into VARCHAR(36);
