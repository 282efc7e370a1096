package dev.gatehouse.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.web.admin.AdminHandlers;
import dev.gatehouse.web.admin.ClientController;
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

import static dev.gatehouse.web.Access.FIRST_PARTY_BEARER;
import static dev.gatehouse.web.Access.FIRST_PARTY_TOKEN;
import static dev.gatehouse.web.Access.PUBLIC;
import static dev.gatehouse.web.Access.admin;

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
    private final Gate gate;
    /** Every controller; a new one is reached as {@code controllers.x()} on its route's line. */
    private final Controllers controllers;
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
    private final List<AdminRoute> adminRoutes = new ArrayList<>();

    /** One admin route as registered through {@link #admin}: what it is and the permission it demands. */
    record AdminRoute(HandlerType method, String path, String permission) {}

    Routes(GatehouseConfig config, Controllers c, PrometheusMeterRegistry metrics) {
        this.controllers = c;
        this.api = c.api();
        this.adminApi = c.admin();
        this.pages = c.pages();
        this.oauth = c.oauth();
        this.keys = c.keys();
        this.health = c.health();
        this.openApi = c.openApi();
        this.metrics = metrics;
        this.issuer = config.issuer();
        this.bodies = c.http().bodies();
        this.clientIp = c.http().clientIp();
        BearerAuth bearer = new BearerAuth(c.verifier(), c.sessions(), c.oauth().clients());
        this.gate = new Gate(bearer, new AdminAccess(bearer, c.authorizer(), clientIp));
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

    /**
     * The public port, top to bottom: method, path, who may call it ({@link Access}, enforced by
     * {@link Gate} before the handler runs), handler.
     */
    void register(RoutesConfig r) {
        Table t = new Table(r);
        operations(t);
        oauth(t);
        firstPartyApi(t);
        hostedPages(t);
        adminApi(t);
        adminClients(t);
    }

    private void operations(Table t) {
        // Public, no secrets (metrics are on the management port only).
        health(t.routes);
        t.get("/openapi.yaml", PUBLIC, ctx -> ctx.contentType("application/yaml").result(openApi));
        // Discovery and keys: public (RFC 8414, RFC 7517).
        t.get("/oauth2/jwks", PUBLIC, ctx -> ctx.header("Cache-Control", "public, max-age=300")
                .contentType("application/json").result(keys.jwksJson()));
        t.get("/.well-known/openid-configuration", PUBLIC, this::discovery);
        t.get("/.well-known/oauth-authorization-server", PUBLIC, this::discovery);
    }

    private void oauth(Table t) {
        // Browser-callable OAuth endpoints: CORS for the configured origins only, with preflight.
        for (String path : Cors.PATHS) {
            t.routes.before(path, cors::allow);
            t.routes.options(path, cors::preflight);
        }
        // OAuth 2.1 endpoints: form-encoded POSTs, client authentication inside the endpoint (RFC 6749 §2.3),
        // RFC 6749 §5.2 JSON errors.
        t.post("/oauth2/token", PUBLIC, ctx -> oauthHttp.post(ctx, (OAuthHttp.TimedEndpoint) oauth.token()::handle));
        // OIDC userinfo (Core §5.3): any client's Bearer access token, checked by the endpoint (RFC 6750 §2.1).
        t.get("/oauth2/userinfo", PUBLIC, ctx -> oauthHttp.bearer(ctx, oauth.userInfo()::handle));
        t.post("/oauth2/userinfo", PUBLIC, ctx -> oauthHttp.bearer(ctx, oauth.userInfo()::handle));
        t.post("/oauth2/introspect", PUBLIC, ctx -> oauthHttp.post(ctx, oauth.introspection()::handle));
        t.post("/oauth2/revoke", PUBLIC, ctx -> oauthHttp.post(ctx, oauth.revocation()::handle));
    }

    private void firstPartyApi(Table t) {
        // Anonymous: credentials, the token from a mailed link, or an address, in the body.
        t.post("/api/v1/signup", PUBLIC, ctx -> created(ctx, api.signup(bodies.json(ctx, Requests.Signup.class), clientIp.of(ctx))));
        t.post("/api/v1/login", PUBLIC, ctx -> tokens(ctx, api.login(bodies.json(ctx, Requests.Login.class), clientIp.of(ctx), ctx.userAgent())));
        t.post("/api/v1/refresh", PUBLIC, ctx -> tokens(ctx, api.refresh(bodies.json(ctx, Requests.Refresh.class), clientIp.of(ctx))));
        t.post("/api/v1/logout", PUBLIC, this::logout); // a refresh token in the body, or a Bearer token: checked inside
        t.post("/api/v1/email/verify", PUBLIC, noContent(ctx -> api.verifyEmail(bodies.json(ctx, Requests.VerifyEmail.class), clientIp.of(ctx))));
        t.post("/api/v1/email/change/cancel", PUBLIC,
                noContent(ctx -> api.cancelEmailChange(bodies.json(ctx, Requests.CancelEmailChange.class), clientIp.of(ctx))));
        // Same status and body whether or not the address has an account.
        t.post("/api/v1/password/forgot", PUBLIC, accepted(ctx -> api.forgotPassword(bodies.json(ctx, Requests.ForgotPassword.class), clientIp.of(ctx))));
        t.post("/api/v1/password/reset", PUBLIC, noContent(ctx -> api.resetPassword(bodies.json(ctx, Requests.ResetPassword.class), clientIp.of(ctx))));
        // Bearer access token of a first-party client and a live session.
        t.get("/api/v1/me", FIRST_PARTY_TOKEN, ctx -> json(ctx, api.me(principal(ctx).userId(), principal(ctx).sessionId())));
        t.patch("/api/v1/me", FIRST_PARTY_BEARER, ctx -> json(ctx, api.patchMe(principal(ctx).userId(), principal(ctx).sessionId(),
                patchBody(ctx, PATCH_ME_FIELDS), clientIp.of(ctx))));
        t.post("/api/v1/me/password", FIRST_PARTY_BEARER, noContent(ctx -> api.changePassword(principal(ctx).userId(),
                principal(ctx).sessionId(), bodies.json(ctx, Requests.ChangePassword.class), clientIp.of(ctx))));
        t.post("/api/v1/email/verify/resend", FIRST_PARTY_BEARER, accepted(ctx -> api.resendVerification(principal(ctx).userId(), clientIp.of(ctx))));
        t.get("/api/v1/me/sessions", FIRST_PARTY_BEARER, ctx -> json(ctx, api.sessions(principal(ctx).userId(), principal(ctx).sessionId())));
        t.delete("/api/v1/me/sessions/{id}", FIRST_PARTY_BEARER, noContent(ctx -> api.endSession(principal(ctx).userId(), ctx.pathParam("id"))));
        t.get("/api/v1/me/consents", FIRST_PARTY_BEARER, ctx -> json(ctx, api.consents(principal(ctx).userId())));
        t.delete("/api/v1/me/consents/{client_id}", FIRST_PARTY_BEARER,
                noContent(ctx -> api.revokeConsent(principal(ctx).userId(), ctx.pathParam("client_id"))));
    }

    private void hostedPages(Table t) {
        // HTML for browsers: each is wrapped in Pages#page (CSP, no-store, no CORS, HTML error pages);
        // every POST reads its body with Pages#form, which checks the CSRF token.
        Pages page = pages.pages();
        LoginPages login = pages.login();
        t.get(Assets.STYLESHEET_PATH, PUBLIC, page::stylesheet);
        t.get("/login", PUBLIC, page.page(login::show));
        t.post("/login", PUBLIC, page.page(ctx -> login.submit(ctx, clientIp.of(ctx))));
        t.get(LoginPages.SIGNED_IN, PUBLIC, page.page(login::signedIn));
        t.get("/logout", PUBLIC, page.page(login::confirmLogout));
        t.post("/logout", PUBLIC, page.page(ctx -> login.logout(ctx, clientIp.of(ctx))));
        t.get(LoginPages.SIGNED_OUT, PUBLIC, page.page(login::signedOut));
        // Authorization code flow (RFC 6749 §4.1, OIDC Core §3.1.2) and RP-initiated logout: HTML pages and
        // redirects; errors before the client and redirect URI are trusted are pages, never redirects.
        AuthorizePages authorize = pages.authorize();
        t.get("/oauth2/authorize", PUBLIC, page.page(authorize::authorizeGet));
        t.post("/oauth2/authorize", PUBLIC, page.page(authorize::authorizePost));
        t.get(AuthorizePages.RESUME, PUBLIC, page.page(authorize::resume));
        t.get("/consent", PUBLIC, page.page(authorize::consent));
        t.post("/consent", PUBLIC, page.page(authorize::decide));
        t.get("/oauth2/logout", PUBLIC, page.page(ctx -> authorize.logoutGet(ctx, clientIp.of(ctx))));
        t.post("/oauth2/logout", PUBLIC, page.page(ctx -> authorize.logoutPost(ctx, clientIp.of(ctx))));
        t.get("/signup", PUBLIC, page.page(pages.signup()::show));
        t.post("/signup", PUBLIC, page.page(ctx -> pages.signup().submit(ctx, clientIp.of(ctx))));
        // The pages behind the links in verification, email-change and reset mail; GET shows a form, POST spends the token.
        AccountLinkPages links = pages.accountLinks();
        t.get(AccountLinkPages.VERIFY, PUBLIC, page.page(links::verifyForm));
        t.post(AccountLinkPages.VERIFY, PUBLIC, page.page(ctx -> links.verify(ctx, clientIp.of(ctx))));
        t.get(AccountLinkPages.VERIFY_DONE, PUBLIC, page.page(links::verifyDone));
        t.get(AccountLinkPages.CANCEL_CHANGE, PUBLIC, page.page(links::cancelChangeForm));
        t.post(AccountLinkPages.CANCEL_CHANGE, PUBLIC, page.page(ctx -> links.cancelChange(ctx, clientIp.of(ctx))));
        t.get(AccountLinkPages.CANCEL_CHANGE_DONE, PUBLIC, page.page(links::cancelChangeDone));
        t.get(AccountLinkPages.RESET, PUBLIC, page.page(links::resetForm));
        t.post(AccountLinkPages.RESET, PUBLIC, page.page(ctx -> links.reset(ctx, clientIp.of(ctx))));
        t.get(AccountLinkPages.RESET_DONE, PUBLIC, page.page(links::resetDone));
    }

    /** API.md §4: every route declares the one named permission it needs. */
    private void adminApi(Table t) {
        t.get("/admin/v1/users", admin("admin:users:read"), ctx -> json(ctx,
                adminApi.searchUsers(ctx.queryParam("query"), ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        t.post("/admin/v1/users", admin("admin:users:write"), this::createUser);
        t.get("/admin/v1/users/{id}", admin("admin:users:read"), ctx -> json(ctx, adminApi.getUser(ctx.pathParam("id"))));
        t.patch("/admin/v1/users/{id}", admin("admin:users:write"), ctx -> json(ctx,
                adminApi.patchUser(actor(ctx), ctx.pathParam("id"), patchBody(ctx, PATCH_USER_FIELDS))));
        t.delete("/admin/v1/users/{id}", admin("admin:users:write"), noContent(ctx -> adminApi.deleteUser(actor(ctx), ctx.pathParam("id"))));
        t.put("/admin/v1/users/{id}/roles", admin("admin:roles:write"), ctx -> json(ctx,
                adminApi.setRoles(actor(ctx), ctx.pathParam("id"), bodies.json(ctx, AdminRequests.SetRoles.class))));
        t.get("/admin/v1/users/{id}/sessions", admin("admin:sessions:read"),
                ctx -> json(ctx, adminApi.sessions(ctx.pathParam("id"), ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        t.delete("/admin/v1/users/{id}/sessions", admin("admin:sessions:write"),
                noContent(ctx -> adminApi.endSessions(actor(ctx), ctx.pathParam("id"))));
        t.get("/admin/v1/roles", admin("admin:roles:read"), ctx -> json(ctx, adminApi.roles()));
        t.post("/admin/v1/roles", admin("admin:roles:write"), ctx -> created(ctx,
                adminApi.createRole(actor(ctx), bodies.json(ctx, AdminRequests.CreateRole.class))));
        t.get("/admin/v1/roles/{name}", admin("admin:roles:read"), ctx -> json(ctx, adminApi.getRole(ctx.pathParam("name"))));
        t.patch("/admin/v1/roles/{name}", admin("admin:roles:write"), ctx -> json(ctx,
                adminApi.patchRole(actor(ctx), ctx.pathParam("name"), patchBody(ctx, PATCH_ROLE_FIELDS))));
        t.delete("/admin/v1/roles/{name}", admin("admin:roles:write"), noContent(ctx -> adminApi.deleteRole(actor(ctx), ctx.pathParam("name"))));
        t.get("/admin/v1/keys", admin("admin:keys:read"), ctx -> json(ctx, adminApi.keys()));
        t.post("/admin/v1/keys/rotate", admin("admin:keys:write"), ctx -> created(ctx, adminApi.rotateKey(actor(ctx))));
        t.get("/admin/v1/events", admin("admin:events:read"), ctx -> json(ctx, adminApi.events(ctx.queryParam("type"),
                ctx.queryParam("user_id"), ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("limit"), ctx.queryParam("cursor"))));
        t.post("/admin/v1/users/{id}/verification-email", admin("admin:users:write"),
                ctx -> accepted(ctx, adminApi.sendVerification(ctx.pathParam("id"), actor(ctx))));
        t.post("/admin/v1/users/{id}/password-reset", admin("admin:users:write"),
                ctx -> accepted(ctx, adminApi.triggerReset(ctx.pathParam("id"), actor(ctx))));
        t.post("/admin/v1/users/{id}/verify-email", admin("admin:users:write"),
                noContent(ctx -> adminApi.markVerified(ctx.pathParam("id"), actor(ctx))));
    }

    /** OAuth clients; answers carry no-store: two of them hold a client secret, shown once. */
    private void adminClients(Table t) {
        ClientController clients = controllers.clients();
        t.get("/admin/v1/clients", admin("admin:clients:read"), clients::list);
        t.post("/admin/v1/clients", admin("admin:clients:write"), clients::create);
        t.get("/admin/v1/clients/{client_id}", admin("admin:clients:read"), clients::get);
        t.patch("/admin/v1/clients/{client_id}", admin("admin:clients:write"), clients::update);
        t.delete("/admin/v1/clients/{client_id}", admin("admin:clients:write"), clients::delete);
        t.post("/admin/v1/clients/{client_id}/secret", admin("admin:clients:write"), clients::rotateSecret);
    }

    private void createUser(Context ctx) {
        AdminRequests.CreateUser body = bodies.json(ctx, AdminRequests.CreateUser.class);
        // Granting roles at creation is granting roles: it needs that permission as well.
        if (AdminHandlers.grantsRoles(body)) gate.requireAlso(ctx, "admin:roles:write");
        created(ctx, adminApi.createUser(actor(ctx), body));
    }

    /**
     * Registers routes through the {@link Gate}: one line each. Admin routes are recorded so tests can
     * walk every one; an admin path without an admin rule, or an admin rule elsewhere, is a start-up error.
     */
    private final class Table {
        private final RoutesConfig routes;

        Table(RoutesConfig routes) {
            this.routes = routes;
        }

        void get(String path, Access access, Handler h) {
            add(HandlerType.GET, path, access, h);
        }

        void post(String path, Access access, Handler h) {
            add(HandlerType.POST, path, access, h);
        }

        void put(String path, Access access, Handler h) {
            add(HandlerType.PUT, path, access, h);
        }

        void patch(String path, Access access, Handler h) {
            add(HandlerType.PATCH, path, access, h);
        }

        void delete(String path, Access access, Handler h) {
            add(HandlerType.DELETE, path, access, h);
        }

        private void add(HandlerType method, String path, Access access, Handler h) {
            boolean adminRule = access.kind() == Access.Kind.ADMIN;
            if (adminRule != path.startsWith("/admin/")) {
                throw new IllegalArgumentException("admin routes live under /admin/ and need an admin rule: " + method + " " + path);
            }
            if (adminRule) adminRoutes.add(new AdminRoute(method, path, access.permission()));
            routes.addHttpHandler(method, path, gate.guard(access, h));
        }
    }

    /** Every admin route registered so far (tests enumerate them). */
    List<AdminRoute> adminRoutes() {
        return List.copyOf(adminRoutes);
    }

    /** The admin who makes this request, for the audit log. */
    private Actor actor(Context ctx) {
        return new Actor(principal(ctx).userId(), clientIp.of(ctx));
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
            Principal p = gate.bearer(ctx);
            api.logoutSession(p.userId(), p.sessionId(), all, clientIp.of(ctx));
        } else {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("refresh_token", "required")));
        }
        ctx.status(204);
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

    private static Principal principal(Context ctx) {
        return Gate.principal(ctx);
    }

    /** Runs the action, then answers 204 No Content. */
    private static Handler noContent(Handler action) {
        return ctx -> {
            action.handle(ctx);
            ctx.status(204);
        };
    }

    /** Runs the action, then answers 202 with the fixed body that tells nothing (API.md). */
    private static Handler accepted(Handler action) {
        return ctx -> {
            action.handle(ctx);
            ctx.status(202);
            json(ctx, ApiHandlers.ACCEPTED);
        };
    }

    private static void accepted(Context ctx, Object body) {
        ctx.status(202);
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
