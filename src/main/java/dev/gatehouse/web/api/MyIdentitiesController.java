package dev.gatehouse.web.api;

import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.ProviderJson;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/**
 * {@code /api/v1/me/identities} (API.md §6): the signed-in user's linked upstream identities. Routes
 * admit only a first-party Bearer token of a live session; the user is always the token's, never one
 * named in the request.
 */
public final class MyIdentitiesController {
    private final LinkedIdentities identities;
    private final Http http;

    public MyIdentitiesController(LinkedIdentities identities, Http http) {
        this.identities = identities;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.noStore(ctx, new Items<>(identities.of(http.principal(ctx).userId()).stream()
                .map(i -> ProviderJson.identity(i, false)).toList()));
    }

    /** 404 when no identity of this provider is linked to the user; 409 {@code last_login_method} when it is the last way in. */
    public void unlink(Context ctx) {
        identities.unlink(http.principal(ctx).userId(), ctx.pathParam("provider"), http.ip(ctx));
        ctx.status(204);
    }
}
