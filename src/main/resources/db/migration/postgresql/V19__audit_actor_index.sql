-- A person's audit trail (the console's /admin/users/{id}/events) finds the events they did as well as
-- those about them: user_id = ? OR actor = ?, each side by its own index.
CREATE INDEX audit_events_actor ON audit_events (actor, created_at);
