package dev.gatehouse.web.api;

import dev.gatehouse.session.Session;

/** One of the user's own sessions (never its refresh token or hash); {@code current} marks the one making the request. */
public record OwnSessionView(String id, String createdAt, String lastUsedAt, String clientId, String userAgent, String ip,
                             boolean current) {

    public static OwnSessionView of(Session s, String currentSessionId) {
        return new OwnSessionView(s.id(), s.createdAt().toString(), s.lastUsedAt().toString(), s.clientId(), s.userAgent(), s.ip(),
                s.id().equals(currentSessionId));
    }
}
