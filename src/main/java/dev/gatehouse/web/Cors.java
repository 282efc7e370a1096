package dev.gatehouse.web;

import dev.gatehouse.oauth.client.WebOrigins;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access (Fetch standard, CORS protocol) for browser applications on other origins
 * (API.md §8), in three kinds:
 * <ul>
 * <li>public documents (JWKS, metadata): any origin, {@code *};</li>
 * <li>the endpoints a browser calls for one client (token, revocation, userinfo): the endpoint itself
 * allows the origin once it knows the client ({@code web_origins}); a preflight names no client, so it
 * is answered for every origin some client registered, as Keycloak does;</li>
 * <li>the first-party API {@code /api/v1}: the operator's {@code cors.allowed.origins} only.</li>
 * </ul>
 * Nothing ever allows credentials: no cookie is needed by any of these, and a wildcard never goes with
 * them. The admin API, introspection and the hosted pages send no CORS headers at all (SECURITY.md).
 */
final class Cors {
    /** Public documents: readable from anywhere (RFC 8414 §3, RFC 7517). */
    static final List<String> PUBLIC_PATHS = List.of("/oauth2/jwks", "/.well-known/openid-configuration",
            "/.well-known/oauth-authorization-server");
    /** The endpoints a browser calls for one client: token and revocation take a form POST, userinfo a GET or POST. */
    static final List<String> CLIENT_PATHS = List.of("/oauth2/token", "/oauth2/revoke", "/oauth2/userinfo");
    /** The first-party JSON API, opened to the operator's origins. */
    static final String API_PATHS = "/api/v1/*";

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** A browser may cache a preflight answer this long (seconds); Chromium caps it at 7200. */
    private static final String MAX_AGE = "600";
    /** Authorization carries Bearer tokens and client_secret_basic; JSON and forms need Content-Type. */
    private static final String ALLOW_HEADERS = "Authorization, Content-Type";
    /**
     * What a page needs to read besides the CORS-safelisted headers: the challenge of a 401, the
     * wait of a 429 or 503, where a 201 put its resource (RFC 9110 §10.2.2) and the request id to
     * quote in a report.
     */
    private static final String EXPOSE_HEADERS = "WWW-Authenticate, Retry-After, Location, X-Request-Id";

    private final Set<String> apiOrigins;
    private final WebOrigins clientOrigins;

    /**
     * @param apiOrigins    {@code cors.allowed.origins}: the first-party API's browsers
     * @param clientOrigins the clients' web origins, for preflights of the client endpoints
     */
    Cors(List<String> apiOrigins, WebOrigins clientOrigins) {
        this.apiOrigins = Set.copyOf(apiOrigins);
        this.clientOrigins = clientOrigins;
    }

    /**
     * The request's one Origin, or null. Several Origin headers are no origin a browser sends; nor is
     * "null" (an opaque origin: sandboxed frames, files), which nobody can register.
     */
    static String origin(Context ctx) {
        List<String> values = Collections.list(ctx.req().getHeaders("Origin"));
        return values.size() == 1 ? values.get(0) : null;
    }

    /** Before a public document: any page may read it; the answer is the same for every origin (no Vary). */
    void publicDocument(Context ctx) {
        ctx.header(ALLOW_ORIGIN, "*");
    }

    void publicPreflight(Context ctx) {
        ctx.header(ALLOW_ORIGIN, "*");
        allow(ctx, "GET");
    }

    /** Before a client endpoint: its answer depends on the Origin (the endpoint decides), so caches must key on it. */
    void clientEndpoint(Context ctx) {
        ctx.header("Vary", "Origin");
    }

    void clientPreflight(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = origin(ctx);
        if (clientOrigins.registered(origin)) {
            ctx.header(ALLOW_ORIGIN, origin);
            allow(ctx, ctx.path().equals("/oauth2/userinfo") ? "GET, POST" : "POST");
        }
        ctx.status(204);
    }

    /** Before a first-party API request: the operator's origins may read every answer, errors included. */
    void api(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = origin(ctx);
        if (origin == null || !apiOrigins.contains(origin)) return;
        ctx.header(ALLOW_ORIGIN, origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    void apiPreflight(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = origin(ctx);
        if (origin != null && apiOrigins.contains(origin)) {
            ctx.header(ALLOW_ORIGIN, origin);
            allow(ctx, "GET, POST, PUT, PATCH, DELETE");
        }
        ctx.status(204);
    }

    private static void allow(Context ctx, String methods) {
        ctx.header("Access-Control-Allow-Methods", methods);
        ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
        ctx.header("Access-Control-Max-Age", MAX_AGE);
        ctx.status(204);
    }
}
