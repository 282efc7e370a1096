package dev.gatehouse.web.api;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.Principal;
import io.javalin.http.Context;
import java.util.Optional;

/** The signed-in user's own sessions (API.md §3): the list, and ending one. */
public final class SessionController {
    private final SessionService sessions;
    private final Http http;

    public SessionController(SessionService sessions, Http http) {
        this.sessions = sessions;
        this.http = http;
    }

    public void list(Context ctx) {
        Principal p = http.principal(ctx);
        Http.json(ctx, new Items<>(sessions.listLive(p.userId()).stream().map(s -> OwnSessionView.of(s, p.sessionId())).toList()));
    }

    public void end(Context ctx) {
        String sessionId = ctx.pathParam("id");
        Optional<Session> session = sessions.findLive(sessionId);
        // Someone else's session answers exactly like a missing one.
        if (session.isEmpty() || !session.get().userId().equals(http.principal(ctx).userId())) throw new DomainException(ErrorCode.NOT_FOUND);
        sessions.end(sessionId);
        ctx.status(204);
    }
}
