package dev.gatehouse.web.admin;

import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.VerificationSent;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** The mail actions an administrator takes for a user (API.md §4): verification links, reset links, verified by hand. */
public final class UserMailAdminController {
    private final UserAdmin users;
    private final Http http;

    public UserMailAdminController(UserAdmin users, Http http) {
        this.users = users;
        this.http = http;
    }

    /** A new verification link to the pending or unverified address, named in the answer. */
    public void sendVerification(Context ctx) {
        Http.json(ctx, 202, new VerificationSent(users.sendVerification(http.actor(ctx), ctx.pathParam("id"))));
    }

    /** Mails the user a reset link; the admin never sees it. */
    public void triggerReset(Context ctx) {
        users.triggerReset(http.actor(ctx), ctx.pathParam("id"));
        Http.json(ctx, 202, Http.ACCEPTED);
    }

    /** Marks the current address verified. */
    public void markVerified(Context ctx) {
        users.markVerified(http.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
