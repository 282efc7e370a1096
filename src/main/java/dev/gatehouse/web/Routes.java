package dev.gatehouse.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.web.admin.AdminHandlers;
import dev.gatehouse.web.admin.ClientBody;
import dev.gatehouse.web.admin.ClientHandlers;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.web.admin.AdminRequests;
import dev.gatehouse.web.api.ApiHandlers;
import dev.gatehouse.web.api.Requests;
import dev.gatehouse.web.pages.AccountLinkPages;
import dev.gatehouse.web.pages.Assets;
import dev.gatehouse.web.pages.AuthorizePages;
import dev.gatehouse.web.pages.HostedPages;
import dev.gatehouse.web.pages.LoginPages;
import dev.gatehouse.web.pages.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every route of the server, in one file: the whole attack surface on one screen. Grouped by
 * audience; each protected route says how it authenticates.
 */
public final class Routes {
    private static final Set<String> PATCH_ME_FIELDS = Set.of("name", "email", "current_password");
    private static final Set<String> PATCH_USER_FIELDS = Set.of("name", "email", "disabled", "email_verified");
    private static final Set<String> PATCH_ROLE_FIELDS = Set.of("description", "permissions");

    private final ApiHandlers api;
    private final AdminHandlers adminApi;
    private final BearerAuth bearer;
    private final AdminAccess adminAccess;
    private final Bodies bodies;
    private final ClientIp clientIp;
    private final KeyService keys;
    private final Health health;
    private final PrometheusMeterRegistry metrics;
    private final String issuer;
    private final byte[] openApi;
    private final HostedPages pages;
    private final OAuthEndpoints oauth;
    private final OAuthHttp oauthHttp;
    private final Cors cors;
    private final ClientHandlers clientAdmin;
    private final List<AdminRoute> adminRoutes = new ArrayList<>();

    /** One admin route as registered through {@link #admin}: what it is and the permission it demands. */
    record AdminRoute(HandlerType method, String path, String permission) {}

    Routes(GatehouseConfig config, Controllers c, PrometheusMeterRegistry metrics) {
        this.api = c.api();
        this.adminApi = c.admin();
        this.clientAdmin = c.clientAdmin();
        this.pages = c.pages();
        this.oauth = c.oauth();
        this.keys = c.keys();
        this.health = c.health();
        this.openApi = c.openApi();
        this.metrics = metrics;
        this.issuer = config.issuer();
        this.bodies = new Bodies(config.http().maxBodyBytes());
        this.clientIp = new ClientIp(config.http().trustedProxies());
        this.bearer = new BearerAuth(c.verifier(), c.sessions(), c.oauth().clients());
        this.adminAccess = new AdminAccess(bearer, c.authorizer(), clientIp);
        this.oauthHttp = new OAuthHttp(bodies, clientIp, config.issuer(), health);
        this.cors = new Cors(config.http().corsAllowedOrigins());
    }

    /**
     * The management port: metrics and health, for the operator's network only. Metrics never go on
     * the public port: their counters (mail sent, logins failed) move with what happens to accounts,
     * so an outsider could learn which addresses have one (OWASP ASVS V2.2, account enumeration).
     */
    void registerManagement(RoutesConfig r) {
        health(r);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    /** Liveness and readiness, on both ports: load balancers probe the public one. */
    private void health(RoutesConfig r) {
        r.get("/health/live", ctx -> json(ctx, Map.of("status", "UP")));
        r.get("/health/ready", this::ready);
    }

    void register(RoutesConfig r) {
        // Operations: public, no secrets (metrics are on the management port only).
        health(r);
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
        r.post("/oauth2/token", ctx -> oauthHttp.post(ctx, (OAuthHttp.TimedEndpoint) oauth.token()::handle));
        // OIDC userinfo (Core §5.3): Bearer access token in the Authorization header (RFC 6750 §2.1).
        r.get("/oauth2/userinfo", ctx -> oauthHttp.bearer(ctx, oauth.userInfo()::handle));
        r.post("/oauth2/userinfo", ctx -> oauthHttp.bearer(ctx, oauth.userInfo()::handle));
        r.post("/oauth2/introspect", ctx -> oauthHttp.post(ctx, oauth.introspection()::handle));
        r.post("/oauth2/revoke", ctx -> oauthHttp.post(ctx, oauth.revocation()::handle));

        // First-party API, anonymous: credentials in the body.
        r.post("/api/v1/signup", ctx -> created(ctx, api.signup(bodies.json(ctx, Requests.Signup.class), clientIp.of(ctx))));
        r.post("/api/v1/login", ctx -> tokens(ctx, api.login(bodies.json(ctx, Requests.Login.class), clientIp.of(ctx), ctx.userAgent())));
        r.post("/api/v1/refresh", ctx -> tokens(ctx, api.refresh(bodies.json(ctx, Requests.Refresh.class), clientIp.of(ctx))));
        r.post("/api/v1/logout", this::logout);

        // First-party API, anonymous: the token from a mailed link, or an address, in the body.
        r.post("/api/v1/email/verify", ctx -> {
            api.verifyEmail(bodies.json(ctx, Requests.VerifyEmail.class), clientIp.of(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/email/change/cancel", ctx -> {
            api.cancelEmailChange(bodies.json(ctx, Requests.CancelEmailChange.class), clientIp.of(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/password/forgot", ctx -> {
            api.forgotPassword(bodies.json(ctx, Requests.ForgotPassword.class), clientIp.of(ctx));
            ctx.status(202); // same status and body whether or not the address has an account
            json(ctx, ApiHandlers.ACCEPTED);
        });
        r.post("/api/v1/password/reset", ctx -> {
            api.resetPassword(bodies.json(ctx, Requests.ResetPassword.class), clientIp.of(ctx));
            ctx.status(204);
        });

        // First-party API, Bearer access token of a live session.
        r.get("/api/v1/me", ctx -> {
            Principal p = bearer.signedToken(ctx); // session liveness is checked by the same query that reads the user
            json(ctx, api.me(p.userId(), p.sessionId()));
        });
        r.patch("/api/v1/me", ctx -> {
            Principal p = bearer.require(ctx);
            json(ctx, api.patchMe(p.userId(), p.sessionId(), patchMeBody(ctx), clientIp.of(ctx)));
        });
        r.post("/api/v1/me/password", ctx -> {
            Principal p = bearer.require(ctx);
            api.changePassword(p.userId(), p.sessionId(), bodies.json(ctx, Requests.ChangePassword.class), clientIp.of(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/email/verify/resend", ctx -> {
            Principal p = bearer.require(ctx);
            api.resendVerification(p.userId(), clientIp.of(ctx));
            ctx.status(202);
            json(ctx, ApiHandlers.ACCEPTED);
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
        r.get("/api/v1/me/consents", ctx -> json(ctx, api.consents(bearer.require(ctx).userId())));
        r.delete("/api/v1/me/consents/{client_id}", ctx -> {
            api.revokeConsent(bearer.require(ctx).userId(), ctx.pathParam("client_id"));
            ctx.status(204);
        });

        // Hosted pages: HTML for browsers. Each is wrapped in Pages#page (CSP, no-store, no CORS,
        // HTML error pages); every POST reads its body with Pages#form, which checks the CSRF token.
        Pages page = pages.pages();
        r.get(Assets.STYLESHEET_PATH, page::stylesheet);
        r.get("/login", page.page(pages.login()::show));
        r.post("/login", page.page(ctx -> pages.login().submit(ctx, clientIp.of(ctx))));
        r.get(LoginPages.SIGNED_IN, page.page(pages.login()::signedIn));
        r.get("/logout", page.page(pages.login()::confirmLogout));
        r.post("/logout", page.page(ctx -> pages.login().logout(ctx, clientIp.of(ctx))));
        r.get(LoginPages.SIGNED_OUT, page.page(pages.login()::signedOut));
        // Authorization code flow (RFC 6749 §4.1, OIDC Core §3.1.2) and RP-initiated logout: HTML pages and
        // redirects; errors before the client and redirect URI are trusted are pages, never redirects.
        r.get("/oauth2/authorize", page.page(pages.authorize()::authorizeGet));
        r.post("/oauth2/authorize", page.page(pages.authorize()::authorizePost));
        r.get(AuthorizePages.RESUME, page.page(pages.authorize()::resume));
        r.get("/consent", page.page(pages.authorize()::consent));
        r.post("/consent", page.page(pages.authorize()::decide));
        r.get("/oauth2/logout", page.page(ctx -> pages.authorize().logoutGet(ctx, clientIp.of(ctx))));
        r.post("/oauth2/logout", page.page(ctx -> pages.authorize().logoutPost(ctx, clientIp.of(ctx))));
        r.get("/signup", page.page(pages.signup()::show));
        r.post("/signup", page.page(ctx -> pages.signup().submit(ctx, clientIp.of(ctx))));

        // The pages behind the links in verification, email-change and reset mail; GET shows a form, POST spends the token.
        AccountLinkPages links = pages.accountLinks();
        r.get(AccountLinkPages.VERIFY, page.page(links::verifyForm));
        r.post(AccountLinkPages.VERIFY, page.page(ctx -> links.verify(ctx, clientIp.of(ctx))));
        r.get(AccountLinkPages.VERIFY_DONE, page.page(links::verifyDone));
        r.get(AccountLinkPages.CANCEL_CHANGE, page.page(links::cancelChangeForm));
        r.post(AccountLinkPages.CANCEL_CHANGE, page.page(ctx -> links.cancelChange(ctx, clientIp.of(ctx))));
        r.get(AccountLinkPages.CANCEL_CHANGE_DONE, page.page(links::cancelChangeDone));
        r.get(AccountLinkPages.RESET, page.page(links::resetForm));
        r.post(AccountLinkPages.RESET, page.page(ctx -> links.reset(ctx, clientIp.of(ctx))));
        r.get(AccountLinkPages.RESET_DONE, page.page(links::resetDone));

        // Admin API (API.md §4): every route through admin(...), which checks one named permission.
        admin(r, HandlerType.GET, "/admin/v1/users", "admin:users:read", ctx -> json(ctx,
                adminApi.searchUsers(ctx.queryParam("query"), ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        admin(r, HandlerType.POST, "/admin/v1/users", "admin:users:write", ctx -> {
            AdminRequests.CreateUser body = bodies.json(ctx, AdminRequests.CreateUser.class);
            // Granting roles at creation is granting roles: it needs that permission as well.
            if (AdminHandlers.grantsRoles(body)) adminAccess.require(ctx, "admin:roles:write");
            created(ctx, adminApi.createUser(actor(ctx), body));
        });
        admin(r, HandlerType.GET, "/admin/v1/users/{id}", "admin:users:read", ctx -> json(ctx, adminApi.getUser(ctx.pathParam("id"))));
        admin(r, HandlerType.PATCH, "/admin/v1/users/{id}", "admin:users:write", ctx -> json(ctx,
                adminApi.patchUser(actor(ctx), ctx.pathParam("id"), patchBody(ctx, PATCH_USER_FIELDS))));
        admin(r, HandlerType.DELETE, "/admin/v1/users/{id}", "admin:users:write", ctx -> {
            adminApi.deleteUser(actor(ctx), ctx.pathParam("id"));
            ctx.status(204);
        });
        admin(r, HandlerType.PUT, "/admin/v1/users/{id}/roles", "admin:roles:write", ctx -> json(ctx,
                adminApi.setRoles(actor(ctx), ctx.pathParam("id"), bodies.json(ctx, AdminRequests.SetRoles.class))));
        admin(r, HandlerType.GET, "/admin/v1/users/{id}/sessions", "admin:sessions:read",
                ctx -> json(ctx, adminApi.sessions(ctx.pathParam("id"), ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        admin(r, HandlerType.DELETE, "/admin/v1/users/{id}/sessions", "admin:sessions:write", ctx -> {
            adminApi.endSessions(actor(ctx), ctx.pathParam("id"));
            ctx.status(204);
        });
        admin(r, HandlerType.GET, "/admin/v1/roles", "admin:roles:read", ctx -> json(ctx, adminApi.roles()));
        admin(r, HandlerType.POST, "/admin/v1/roles", "admin:roles:write", ctx -> created(ctx,
                adminApi.createRole(actor(ctx), bodies.json(ctx, AdminRequests.CreateRole.class))));
        admin(r, HandlerType.GET, "/admin/v1/roles/{name}", "admin:roles:read", ctx -> json(ctx, adminApi.getRole(ctx.pathParam("name"))));
        admin(r, HandlerType.PATCH, "/admin/v1/roles/{name}", "admin:roles:write", ctx -> json(ctx,
                adminApi.patchRole(actor(ctx), ctx.pathParam("name"), patchBody(ctx, PATCH_ROLE_FIELDS))));
        admin(r, HandlerType.DELETE, "/admin/v1/roles/{name}", "admin:roles:write", ctx -> {
            adminApi.deleteRole(actor(ctx), ctx.pathParam("name"));
            ctx.status(204);
        });
        admin(r, HandlerType.GET, "/admin/v1/keys", "admin:keys:read", ctx -> json(ctx, adminApi.keys()));
        admin(r, HandlerType.POST, "/admin/v1/keys/rotate", "admin:keys:write",
                ctx -> created(ctx, adminApi.rotateKey(actor(ctx))));
        admin(r, HandlerType.GET, "/admin/v1/events", "admin:events:read", ctx -> json(ctx, adminApi.events(
                ctx.queryParam("type"), ctx.queryParam("user_id"), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("limit"), ctx.queryParam("cursor"))));

        admin(r, HandlerType.POST, "/admin/v1/users/{id}/verification-email", "admin:users:write", ctx -> {
            ctx.status(202);
            json(ctx, adminApi.sendVerification(ctx.pathParam("id"), actor(ctx)));
        });
        admin(r, HandlerType.POST, "/admin/v1/users/{id}/password-reset", "admin:users:write", ctx -> {
            ctx.status(202);
            json(ctx, adminApi.triggerReset(ctx.pathParam("id"), actor(ctx)));
        });
        admin(r, HandlerType.POST, "/admin/v1/users/{id}/verify-email", "admin:users:write", ctx -> {
            adminApi.markVerified(ctx.pathParam("id"), actor(ctx));
            ctx.status(204);
        });

        // OAuth clients; answers carry no-store: two of them hold a client secret, shown once.
        admin(r, HandlerType.GET, "/admin/v1/clients", "admin:clients:read",
                ctx -> noStore(ctx, clientAdmin.list(ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        admin(r, HandlerType.POST, "/admin/v1/clients", "admin:clients:write", ctx -> {
            ctx.status(201);
            noStore(ctx, clientAdmin.create(bodies.json(ctx, ClientBody.class), actor(ctx)));
        });
        admin(r, HandlerType.GET, "/admin/v1/clients/{client_id}", "admin:clients:read",
                ctx -> noStore(ctx, clientAdmin.get(ctx.pathParam("client_id"))));
        admin(r, HandlerType.PATCH, "/admin/v1/clients/{client_id}", "admin:clients:write",
                ctx -> noStore(ctx, clientAdmin.update(ctx.pathParam("client_id"), bodies.json(ctx, ClientBody.class), actor(ctx))));
        admin(r, HandlerType.DELETE, "/admin/v1/clients/{client_id}", "admin:clients:write", ctx -> {
            clientAdmin.delete(ctx.pathParam("client_id"), actor(ctx));
            ctx.status(204);
        });
        admin(r, HandlerType.POST, "/admin/v1/clients/{client_id}/secret", "admin:clients:write",
                ctx -> noStore(ctx, clientAdmin.rotateSecret(ctx.pathParam("client_id"), actor(ctx))));
    }

    /**
     * Registers an admin route. The handler runs only after {@link AdminAccess#require} admitted the
     * caller for {@code permission}; the route is recorded so tests can walk every one of them.
     */
    private void admin(RoutesConfig r, HandlerType method, String path, String permission, Handler handler) {
        if (!path.startsWith("/admin/")) throw new IllegalArgumentException("admin routes live under /admin/: " + path);
        adminRoutes.add(new AdminRoute(method, path, permission));
        r.addHttpHandler(method, path, ctx -> {
            adminAccess.require(ctx, permission);
            handler.handle(ctx);
        });
    }

    /** Every admin route registered so far (tests enumerate them). */
    List<AdminRoute> adminRoutes() {
        return List.copyOf(adminRoutes);
    }

    /** The admin who makes this request, for the audit log. */
    private Actor actor(Context ctx) {
        return new Actor(AdminAccess.principal(ctx).userId(), clientIp.of(ctx));
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
        return patchBody(ctx, PATCH_ME_FIELDS);
    }

    /** A JSON object with only the named fields: anything else (roles, id, disabled on /me...) is a 400, never ignored. */
    private JsonNode patchBody(Context ctx, Set<String> allowed) {
        JsonNode node = Json.parse(bodies.read(ctx), JsonNode.class);
        if (!node.isObject()) throw new ApiException(ErrorCode.INVALID_JSON, "A JSON object is required");
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
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

    private static void noStore(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        json(ctx, body);
    }

    private static void created(Context ctx, Object body) {
        ctx.status(201);
        json(ctx, body);
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }
}
