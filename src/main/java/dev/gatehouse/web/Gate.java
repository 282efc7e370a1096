package dev.gatehouse.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one place that enforces each route's {@link Access}: {@link #guard} wraps every handler of
 * {@link Routes}, so a handler never runs for a caller its rule does not admit.
 */
final class Gate {
    private static final String PRINCIPAL = "gatehouse.principal";

    private final BearerAuth bearer;
    private final AdminAccess admin;

    Gate(BearerAuth bearer, AdminAccess admin) {
        this.bearer = bearer;
        this.admin = admin;
    }

    Handler guard(Access access, Handler handler) {
        if (access.kind() == Access.Kind.PUBLIC) return handler;
        return ctx -> {
            ctx.attribute(PRINCIPAL, admit(ctx, access));
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

    /** A further permission inside an admin route (granting roles while creating a user). */
    void requireAlso(Context ctx, String permission) {
        admin.require(ctx, permission);
    }

    /** A Bearer token of a live session, for the one route that takes either it or a refresh token (logout). */
    Principal bearer(Context ctx) {
        return bearer.require(ctx);
    }

    /** The caller the route's {@link Access} admitted. */
    static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) throw new IllegalStateException("route without an access rule that admits a principal");
        return p;
    }
}
