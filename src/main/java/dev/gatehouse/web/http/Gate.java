package dev.gatehouse.web.http;

import dev.gatehouse.web.errors.RequestIds;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one place that enforces each route's {@link Access}: {@link #guard} wraps every handler of
 * {@code Routes}, so a handler never runs for a caller its rule does not admit.
 */
public final class Gate {
    private static final String PRINCIPAL = "gatehouse.principal";

    private final BearerAuth bearer;
    private final AdminAccess admin;

    public Gate(Http http) {
        this.bearer = http.bearerAuth();
        this.admin = http.adminAccess();
    }

    public Handler guard(Access access, Handler handler) {
        if (access.kind() == Access.Kind.PUBLIC) return handler;
        return ctx -> {
            Principal principal = admit(ctx, access);
            ctx.attribute(PRINCIPAL, principal);
            RequestIds.identify(principal.userId(), principal.clientId());
            handler.handle(ctx);
        };
    }

    private Principal admit(Context ctx, Access access) {
        return switch (access.kind()) {
            case FIRST_PARTY_BEARER -> bearer.require(ctx);
            case FIRST_PARTY_TOKEN -> bearer.signedToken(ctx);
            case ADMIN -> admin.require(ctx, access.permission());
            case PUBLIC -> throw new IllegalStateException("public routes admit no principal");
        };
    }

    /** The caller the route's {@link Access} admitted. */
    static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) throw new IllegalStateException("route without an access rule that admits a principal");
        return p;
    }
}
