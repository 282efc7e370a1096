package dev.gatehouse.web.admin;

import dev.gatehouse.admin.ConsentAdmin;
import dev.gatehouse.web.api.ConsentView;
import dev.gatehouse.web.api.Items;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** The controller of /admin/v1/users/{id}/consents: the applications a user allowed, and withdrawing one. */
public final class ConsentAdminController {
    private final ConsentAdmin consents;
    private final Http http;

    public ConsentAdminController(ConsentAdmin consents, Http http) {
        this.consents = consents;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.json(ctx, new Items<>(consents.list(ctx.pathParam("id")).stream().map(ConsentView::of).toList()));
    }

    /** 204; 404 when the user has no consent for this client (withdrawn already, perhaps in another tab). */
    public void withdraw(Context ctx) {
        consents.withdraw(http.actor(ctx), ctx.pathParam("id"), ctx.pathParam("client_id"));
        ctx.status(204);
    }
}
