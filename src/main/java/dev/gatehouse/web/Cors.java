package dev.gatehouse.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for the endpoints a browser application calls directly (token, revocation,
 * JWKS, metadata, later userinfo): only the configured origins, named exactly, never a wildcard.
 * Admin, first-party API and hosted pages send no CORS headers at all (SECURITY.md).
 */
final class Cors {
    /** The paths that may answer cross-origin requests (/oauth2/userinfo joins when it exists). */
    static final List<String> PATHS = List.of("/oauth2/token", "/oauth2/revoke", "/oauth2/jwks",
            "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server");

    private final Set<String> origins;

    Cors(List<String> allowedOrigins) {
        this.origins = Set.copyOf(allowedOrigins);
    }

    /** On every response of a CORS path: allow the origin when it is configured (Fetch standard, CORS protocol). */
    void allow(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin)) return;
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Expose-Headers", "WWW-Authenticate");
    }

    /** The preflight (OPTIONS): 204 always; the allow headers only for a configured origin. */
    void preflight(Context ctx) {
        allow(ctx);
        String origin = ctx.header("Origin");
        if (origin != null && origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Methods", ctx.path().startsWith("/oauth2/token") || ctx.path().startsWith("/oauth2/revoke")
                    ? "POST" : "GET");
            // Authorization carries client_secret_basic; no cookies are involved (no Allow-Credentials).
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }
}
