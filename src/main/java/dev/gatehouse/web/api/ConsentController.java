package dev.gatehouse.web.api;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** The applications the user allowed through the consent page (API.md §3), and withdrawing one. */
public final class ConsentController {
    private final ConsentService consents;
    private final Http http;

    public ConsentController(ConsentService consents, Http http) {
        this.consents = consents;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.json(ctx, new Items<>(consents.list(http.principal(ctx).userId()).stream().map(ConsentView::of).toList()));
    }

    /** Withdraws the consent and signs that application out for this user; 404 when there was none. */
    public void revoke(Context ctx) {
        if (!consents.revoke(http.principal(ctx).userId(), ctx.pathParam("client_id"))) throw new DomainException(ErrorCode.NOT_FOUND);
        ctx.status(204);
    }
}
