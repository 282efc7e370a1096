package dev.gatehouse.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.web.api.ApiHandlers;
import dev.gatehouse.web.api.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every route of the server, in one file: the whole attack surface on one screen. Grouped by
 * audience; each protected route says how it authenticates.
 */
public final class Routes {
    private static final Set<String> PATCH_ME_FIELDS = Set.of("name", "email");

    private final ApiHandlers api;
    private final BearerAuth bearer;
    private final Bodies bodies;
    private final ClientIp clientIp;
    private final KeyService keys;
    private final Health health;
    private final PrometheusMeterRegistry metrics;
    private final String issuer;
    private final byte[] openApi;
    private final OAuthEndpoints oauth;
    private final OAuthHttp oauthHttp;
    private final Cors cors;

    Routes(ApiHandlers api, BearerAuth bearer, Bodies bodies, ClientIp clientIp, KeyService keys, Health health,
           PrometheusMeterRegistry metrics, String issuer, byte[] openApi, OAuthEndpoints oauth, OAuthHttp oauthHttp, Cors cors) {
        this.cors = cors;
        this.oauth = oauth;
        this.oauthHttp = oauthHttp;
        this.api = api;
        this.bearer = bearer;
        this.bodies = bodies;
        this.clientIp = clientIp;
        this.keys = keys;
        this.health = health;
        this.metrics = metrics;
        this.issuer = issuer;
        this.openApi = openApi;
    }

    void register(RoutesConfig r) {
        // Operations: public, no secrets.
        r.get("/health/live", ctx -> json(ctx, Map.of("status", "UP")));
        r.get("/health/ready", this::ready);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        r.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));

        // Browser-callable OAuth endpoints: CORS for the configured origins only, with preflight.
        for (String path : Cors.PATHS) {
            r.before(path, cors::allow);
            r.options(path, cors::preflight);
        }

        // Discovery and keys: public (RFC 8414, RFC 7517).
        r.get("/oauth2/jwks", ctx -> ctx.header("Cache-Control", "public, max-age=300")
                .contentType("application/json").result(keys.jwksJson()));
        r.get("/.well-known/openid-configuration", this::discovery);
        r.get("/.well-known/oauth-authorization-server", this::discovery);

        // OAuth 2.1 endpoints: form-encoded POSTs, client authentication inside the endpoint (RFC 6749 §2.3),
        // RFC 6749 §5.2 JSON errors.
        r.post("/oauth2/token", ctx -> oauthHttp.post(ctx, oauth.token()::handle));
        r.post("/oauth2/introspect", ctx -> oauthHttp.post(ctx, oauth.introspection()::handle));
        r.post("/oauth2/revoke", ctx -> oauthHttp.post(ctx, oauth.revocation()::handle));

        // First-party API, anonymous: credentials in the body.
        r.post("/api/v1/signup", ctx -> created(ctx, api.signup(bodies.json(ctx, Requests.Signup.class), clientIp.of(ctx))));
        r.post("/api/v1/login", ctx -> tokens(ctx, api.login(bodies.json(ctx, Requests.Login.class), clientIp.of(ctx), ctx.userAgent())));
        r.post("/api/v1/refresh", ctx -> tokens(ctx, api.refresh(bodies.json(ctx, Requests.Refresh.class), clientIp.of(ctx))));
        r.post("/api/v1/logout", this::logout);

        // First-party API, Bearer access token of a live session.
        r.get("/api/v1/me", ctx -> {
            Principal p = bearer.signedToken(ctx); // session liveness is checked by the same query that reads the user
            json(ctx, api.me(p.userId(), p.sessionId()));
        });
        r.patch("/api/v1/me", ctx -> json(ctx, api.patchMe(bearer.require(ctx).userId(), patchMeBody(ctx))));
        r.post("/api/v1/me/password", ctx -> {
            Principal p = bearer.require(ctx);
            api.changePassword(p.userId(), p.sessionId(), bodies.json(ctx, Requests.ChangePassword.class), clientIp.of(ctx));
            ctx.status(204);
        });
        r.get("/api/v1/me/sessions", ctx -> {
            Principal p = bearer.require(ctx);
            json(ctx, api.sessions(p.userId(), p.sessionId()));
        });
        r.delete("/api/v1/me/sessions/{id}", ctx -> {
            Principal p = bearer.require(ctx);
            api.endSession(p.userId(), ctx.pathParam("id"));
            ctx.status(204);
        });
    }

    /**
     * With a refresh token: ends that session, 204 even when unknown. With a Bearer token: ends its
     * session, or with {@code "all": true} every session of the user.
     */
    private void logout(Context ctx) {
        boolean hasBearer = ctx.header("Authorization") != null;
        Requests.Logout body = hasBearer && bodies.isEmpty(ctx) ? new Requests.Logout(null, null)
                : bodies.json(ctx, Requests.Logout.class);
        boolean all = Boolean.TRUE.equals(body.all());
        // An empty token is never valid: refused as missing, as /refresh does, not taken as an unknown token.
        if ("".equals(body.refreshToken())) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("refresh_token", "required")));
        }
        if (body.refreshToken() != null && all) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("all", "conflicts_with_refresh_token")));
        }
        if (body.refreshToken() != null) {
            api.logoutByRefreshToken(body.refreshToken(), clientIp.of(ctx));
        } else if (hasBearer) {
            Principal p = bearer.require(ctx);
            api.logoutSession(p.userId(), p.sessionId(), all, clientIp.of(ctx));
        } else {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("refresh_token", "required")));
        }
        ctx.status(204);
    }

    private JsonNode patchMeBody(Context ctx) {
        JsonNode node = Json.parse(bodies.read(ctx), JsonNode.class);
        if (!node.isObject()) throw new ApiException(ErrorCode.INVALID_JSON, "A JSON object is required");
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!PATCH_ME_FIELDS.contains(field)) {
                throw new ApiException(ErrorCode.UNKNOWN_FIELD, "Unknown field '" + field + "'",
                        List.of(new FieldError(field, "unknown_field")), null);
            }
        }
        return node;
    }

    private void ready(Context ctx) {
        Map<String, String> checks = health.run();
        boolean up = checks.values().stream().allMatch("UP"::equals);
        ctx.status(up ? 200 : 503);
        json(ctx, Map.of("status", up ? "UP" : "DOWN", "checks", checks));
    }

    private void discovery(Context ctx) {
        // RFC 8414 §2, OIDC Discovery §3: what the server really implements (oauth/endpoint/Discovery).
        ctx.header("Cache-Control", "public, max-age=300");
        json(ctx, oauth.discovery().metadata());
    }

    private static void tokens(Context ctx, Object response) {
        ctx.header("Cache-Control", "no-store"); // RFC 6749 §5.1
        ctx.header("Pragma", "no-cache");
        json(ctx, response);
    }

    private static void created(Context ctx, Object body) {
        ctx.status(201);
        json(ctx, body);
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }
}
