package dev.gatehouse.admin;

import dev.gatehouse.session.Session;

/** A user's token session as the admin API lists it: never its refresh token or hash. */
public record SessionView(String id, String createdAt, String lastUsedAt, String clientId, String userAgent, String ip,
                          String expiresAt) {

    public static SessionView of(Session s) {
        return new SessionView(s.id(), s.createdAt().toString(), s.lastUsedAt().toString(), s.clientId(), s.userAgent(), s.ip(),
                s.expiresAt().toString());
    }
}
