package dev.gatehouse.web.admin;

import dev.gatehouse.admin.SessionView;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** The controller of /admin/v1/users/{id}/sessions: a user's live sessions, and ending them all. */
public final class UserSessionAdminController {
    private final UserAdmin users;
    private final Http http;

    public UserSessionAdminController(UserAdmin users, Http http) {
        this.users = users;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.json(ctx, users.sessions(ctx.pathParam("id"), ctx.queryParam("limit"), ctx.queryParam("cursor")).map(SessionView::of));
    }

    /** Token sessions and browser sign-ins alike: the user signs in again everywhere. */
    public void endAll(Context ctx) {
        users.endSessions(http.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }

    /** One token session; 404 when the user has no live session with this id (ended already). */
    public void end(Context ctx) {
        if (!users.endSession(http.actor(ctx), ctx.pathParam("id"), ctx.pathParam("session_id"))) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No live session with this id");
        }
        ctx.status(204);
    }
}
