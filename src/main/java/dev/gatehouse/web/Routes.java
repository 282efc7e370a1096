package dev.gatehouse.web;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.web.admin.AdminControllers;
import dev.gatehouse.web.api.ApiControllers;
import dev.gatehouse.web.http.Access;
import dev.gatehouse.web.http.Gate;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.pages.AccountIdentityPages;
import dev.gatehouse.web.pages.AccountLinkPages;
import dev.gatehouse.web.pages.AdminClientPages;
import dev.gatehouse.web.pages.AdminConsole;
import dev.gatehouse.web.pages.AccountFactorPages;
import dev.gatehouse.web.pages.AdminKeyPages;
import dev.gatehouse.web.pages.AdminProviderPages;
import dev.gatehouse.web.pages.AdminEvents;
import dev.gatehouse.web.pages.AdminRolePages;
import dev.gatehouse.web.pages.AdminUserActions;
import dev.gatehouse.web.pages.AccountPages;
import dev.gatehouse.web.pages.Assets;
import dev.gatehouse.web.pages.AuthorizePages;
import dev.gatehouse.web.pages.BrandAssets;
import dev.gatehouse.web.pages.ConsoleSignIn;
import dev.gatehouse.web.pages.HostedPages;
import dev.gatehouse.web.pages.LoginPages;
import dev.gatehouse.web.pages.MfaPages;
import dev.gatehouse.web.pages.PasskeyPages;
import dev.gatehouse.web.pages.Pages;
import dev.gatehouse.web.pages.UpstreamLoginPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.gatehouse.web.http.Access.FIRST_PARTY_BEARER;
import static dev.gatehouse.web.http.Access.FIRST_PARTY_TOKEN;
import static dev.gatehouse.web.http.Access.PUBLIC;
import static dev.gatehouse.web.http.Access.admin;

/**
 * Every route of the server, in one file: the whole attack surface on one screen. Grouped by
 * audience; each protected route says how it authenticates. A route names its controller method and
 * nothing else: parsing, calling the service and rendering are the controller's.
 */
public final class Routes {
    private final Gate gate;
    /** Every controller; a new one is reached as {@code controllers.x()} on its route's line. */
    private final Controllers controllers;
    private final Http http;
    private final OperationsController operations;
    private final OAuthController oauth;
    private final Cors cors;
    private final List<AdminRoute> adminRoutes = new ArrayList<>();

    /** One admin route as registered through {@link #admin}: what it is and the permission it demands. */
    record AdminRoute(HandlerType method, String path, String permission) {}

    Routes(GatehouseConfig config, Controllers c, PrometheusMeterRegistry metrics) {
        this.controllers = c;
        this.http = c.http();
        this.gate = new Gate(http);
        this.operations = new OperationsController(c.health(), metrics, c.keys(), c.oauth().discovery(), c.openApi());
        this.oauth = new OAuthController(c.oauth(), new OAuthHttp(http, config.issuer(), c.health()));
        this.cors = new Cors(config.http().corsAllowedOrigins(), c.oauth().webOrigins());
    }

    /**
     * The management port: metrics and health, for the operator's network only. Metrics never go on
     * the public port: their counters (mail sent, logins failed) move with what happens to accounts,
     * so an outsider could learn which addresses have one (OWASP ASVS V2.2, account enumeration).
     */
    void registerManagement(RoutesConfig r) {
        health(r);
        r.get("/metrics", operations::metrics);
    }

    /** Liveness and readiness, on both ports: load balancers probe the public one. */
    private void health(RoutesConfig r) {
        r.get("/health/live", operations::live);
        r.get("/health/ready", operations::ready);
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
        upstreamAndLinkPages(t);
        adminApi(t);
        adminConsole(t);
        adminClients(t);
        federation(t);
        // Preflights for the first-party API on the paths it serves, not on a wildcard: a wildcard
        // OPTIONS route would turn every unknown /api/v1 path into 405 instead of 404.
        t.apiPaths.forEach(path -> r.options(path, cors::apiPreflight));
    }

    private void operations(Table t) {
        // Public, no secrets (metrics are on the management port only).
        health(t.routes);
        t.get("/openapi.yaml", PUBLIC, operations::openApi);
        // Discovery and keys: public (RFC 8414, RFC 7517).
        t.get("/oauth2/jwks", PUBLIC, operations::jwks);
        t.get("/.well-known/openid-configuration", PUBLIC, operations::discovery);
        t.get("/.well-known/oauth-authorization-server", PUBLIC, operations::discovery);
    }

    private void oauth(Table t) {
        // Browser applications on other origins (API.md §8): JWKS and metadata for anyone; token, revocation and
        // userinfo for the client's web_origins (the endpoint decides); preflights answered without authentication.
        for (String path : Cors.PUBLIC_PATHS) {
            t.routes.before(path, cors::publicDocument);
            t.routes.options(path, cors::publicPreflight);
        }
        for (String path : Cors.CLIENT_PATHS) {
            t.routes.before(path, cors::clientEndpoint);
            t.routes.options(path, cors::clientPreflight);
        }
        // OAuth 2.1 endpoints: form-encoded POSTs, client authentication inside the endpoint (RFC 6749 §2.3),
        // RFC 6749 §5.2 JSON errors.
        t.post("/oauth2/token", PUBLIC, oauth::token);
        // OIDC userinfo (Core §5.3): any client's Bearer access token, checked by the endpoint (RFC 6750 §2.1).
        t.get("/oauth2/userinfo", PUBLIC, oauth::userInfo);
        t.post("/oauth2/userinfo", PUBLIC, oauth::userInfo);
        t.post("/oauth2/introspect", PUBLIC, oauth::introspect);
        t.post("/oauth2/revoke", PUBLIC, oauth::revoke);
    }

    private void firstPartyApi(Table t) {
        ApiControllers api = controllers.api();
        // The operator's browser origins (cors.allowed.origins), errors included; preflights without authentication.
        t.routes.before(Cors.API_PATHS, cors::api);
        // Anonymous: credentials, the token from a mailed link, or an address, in the body.
        t.post("/api/v1/signup", PUBLIC, api.login()::signup);
        t.post("/api/v1/login", PUBLIC, api.login()::login);
        // An upstream provider's ID token from a native app's SDK (API.md §6); throttled per address like /login.
        t.post("/api/v1/login/idp/{id}", PUBLIC, api.upstream()::login);
        t.post("/api/v1/login/mfa", PUBLIC, api.mfa()::complete); // the mfa_token in the body: judged inside
        t.post("/api/v1/login/mfa/totp", PUBLIC, api.mfa()::enrolAtLogin); // likewise
        t.post("/api/v1/login/mfa/webauthn/options", PUBLIC, api.mfa()::webauthnOptions); // likewise
        t.post("/api/v1/refresh", PUBLIC, api.login()::refresh);
        t.post("/api/v1/logout", PUBLIC, api.login()::logout); // a refresh token in the body, or a Bearer token: checked inside
        t.post("/api/v1/email/verify", PUBLIC, api.links()::verifyEmail);
        t.post("/api/v1/email/change/cancel", PUBLIC, api.links()::cancelEmailChange);
        // Same status and body whether or not the address has an account.
        t.post("/api/v1/password/forgot", PUBLIC, api.links()::forgotPassword);
        t.post("/api/v1/password/reset", PUBLIC, api.links()::resetPassword);
        // Bearer access token of a first-party client and a live session.
        t.get("/api/v1/me", FIRST_PARTY_TOKEN, api.account()::me);
        t.patch("/api/v1/me", FIRST_PARTY_BEARER, api.account()::update);
        t.post("/api/v1/me/password", FIRST_PARTY_BEARER, api.account()::changePassword);
        t.post("/api/v1/email/verify/resend", FIRST_PARTY_BEARER, api.links()::resendVerification);
        t.get("/api/v1/me/sessions", FIRST_PARTY_BEARER, api.sessions()::list);
        t.delete("/api/v1/me/sessions/{id}", FIRST_PARTY_BEARER, api.sessions()::end);
        // The answer's authorization_url links the upstream account of whoever completes it to this user: a secret of the app.
        t.post("/api/v1/me/identities/{provider}", FIRST_PARTY_BEARER, api.upstream()::link);
        t.get("/api/v1/me/mfa", FIRST_PARTY_BEARER, api.mfa()::status);
        t.post("/api/v1/me/mfa/totp", FIRST_PARTY_BEARER, api.mfa()::enrolTotp);
        t.post("/api/v1/me/mfa/totp/confirm", FIRST_PARTY_BEARER, api.mfa()::confirmTotp);
        t.delete("/api/v1/me/mfa/totp", FIRST_PARTY_BEARER, api.mfa()::removeTotp);
        t.post("/api/v1/me/mfa/recovery-codes", FIRST_PARTY_BEARER, api.mfa()::regenerateRecoveryCodes);
        t.get("/api/v1/me/consents", FIRST_PARTY_BEARER, api.consents()::list);
        t.delete("/api/v1/me/consents/{client_id}", FIRST_PARTY_BEARER, api.consents()::revoke);
        // Passkeys (API.md §7): registration needs a recent sign-in, checked by the service; sign-in is anonymous.
        t.post("/api/v1/me/passkeys/options", FIRST_PARTY_BEARER, api.passkeys()::registrationOptions);
        t.post("/api/v1/me/passkeys", FIRST_PARTY_BEARER, api.passkeys()::register);
        t.delete("/api/v1/me/passkeys/{id}", FIRST_PARTY_BEARER, api.passkeys()::remove);
        t.post("/api/v1/login/passkey/options", PUBLIC, api.passkeys()::signInOptions);
        t.post("/api/v1/login/passkey", PUBLIC, api.passkeys()::signIn);
    }

    private void hostedPages(Table t) {
        // HTML for browsers: each is wrapped in Pages#page (CSP, no-store, no CORS, HTML error pages);
        // every POST reads its body with Pages#form, which checks the CSRF token.
        HostedPages pages = controllers.pages();
        Pages page = pages.pages();
        LoginPages login = pages.login();
        t.get(Assets.STYLESHEET_PATH, PUBLIC, page::stylesheet);
        t.get(Assets.SCRIPT_PATH, PUBLIC, page::script);
        t.get(Assets.CONSOLE_SCRIPT_PATH, PUBLIC, page::consoleScript);
        // The operator's colours, CSS and logo (brand.*), from our origin: the CSP stays style-src 'self'. 404 when unset.
        t.get(BrandAssets.STYLESHEET_PATH, PUBLIC, pages.brand()::stylesheet);
        t.get(BrandAssets.LOGO_PATH, PUBLIC, pages.brand()::logo);
        t.get("/login", PUBLIC, page.page(login::show));
        t.post("/login", PUBLIC, page.page(ctx -> login.submit(ctx, http.ip(ctx))));
        // The second step of the hosted sign-in (API.md §7): the pending step is the browser's mfa cookie.
        t.get(MfaPages.PATH, PUBLIC, page.page(pages.mfa()::show));
        t.post(MfaPages.PATH, PUBLIC, page.page(ctx -> pages.mfa().submit(ctx, http.ip(ctx))));
        t.post(MfaPages.PATH + "/passkey/options", PUBLIC, page.page(pages.mfa()::passkeyOptions)); // the mfa cookie and CSRF: judged inside
        t.post(PasskeyPages.PATH, PUBLIC, page.page(ctx -> pages.passkey().submit(ctx, http.ip(ctx))));
        t.get(LoginPages.SIGNED_IN, PUBLIC, page.page(login::signedIn));
        t.get("/logout", PUBLIC, page.page(login::confirmLogout));
        t.post("/logout", PUBLIC, page.page(ctx -> login.logout(ctx, http.ip(ctx))));
        t.get(LoginPages.SIGNED_OUT, PUBLIC, page.page(login::signedOut));
        // Authorization code flow (RFC 6749 §4.1, OIDC Core §3.1.2) and RP-initiated logout: HTML pages and
        // redirects; errors before the client and redirect URI are trusted are pages, never redirects.
        AuthorizePages authorize = pages.authorize();
        t.get("/oauth2/authorize", PUBLIC, page.page(authorize::authorizeGet));
        t.post("/oauth2/authorize", PUBLIC, page.page(authorize::authorizePost));
        t.get(AuthorizePages.RESUME, PUBLIC, page.page(authorize::resume));
        t.get("/consent", PUBLIC, page.page(authorize::consent));
        t.post("/consent", PUBLIC, page.page(authorize::decide));
        t.get("/oauth2/logout", PUBLIC, page.page(ctx -> authorize.logoutGet(ctx, http.ip(ctx))));
        t.post("/oauth2/logout", PUBLIC, page.page(ctx -> authorize.logoutPost(ctx, http.ip(ctx))));
        t.get("/signup", PUBLIC, page.page(pages.signup()::show));
        t.post("/signup", PUBLIC, page.page(ctx -> pages.signup().submit(ctx, http.ip(ctx))));
        // The account page (API.md §9): the hosted sign-in's cookie, checked inside (303 to /login without it).
        AccountPages account = pages.account();
        t.get(AccountPages.PATH, PUBLIC, page.page(account::show));
        t.post(AccountPages.NAME, PUBLIC, page.page(ctx -> account.changeName(ctx, http.ip(ctx))));
        t.post(AccountPages.PASSWORD, PUBLIC, page.page(ctx -> account.changePassword(ctx, http.ip(ctx))));
        t.post(AccountPages.SESSIONS + "/end-others", PUBLIC, page.page(ctx -> account.endOtherSessions(ctx, http.ip(ctx))));
        t.post(AccountPages.SESSIONS + "/{id}/end", PUBLIC, page.page(ctx -> account.endSession(ctx, http.ip(ctx))));
        t.post(AccountPages.CONSENTS + "/{client_id}/withdraw", PUBLIC, page.page(account::withdrawConsent));
        // Its second factors (API.md §7): the browser session's own sign-in must be recent, checked inside.
        AccountFactorPages factors = pages.accountFactors();
        t.post(AccountFactorPages.TOTP, PUBLIC, page.page(ctx -> factors.startTotp(ctx, http.ip(ctx))));
        t.get(AccountFactorPages.TOTP, PUBLIC, page.page(factors::showTotp));
        t.post(AccountFactorPages.TOTP_CONFIRM, PUBLIC, page.page(ctx -> factors.confirmTotp(ctx, http.ip(ctx))));
        t.post(AccountFactorPages.TOTP_REMOVE, PUBLIC, page.page(ctx -> factors.removeTotp(ctx, http.ip(ctx))));
        t.post(AccountFactorPages.RECOVERY_CODES, PUBLIC, page.page(ctx -> factors.regenerateRecoveryCodes(ctx, http.ip(ctx))));
        t.post(AccountFactorPages.PASSKEY_OPTIONS, PUBLIC, page.page(factors::passkeyOptions));
        t.post(AccountFactorPages.PASSKEYS, PUBLIC, page.page(ctx -> factors.addPasskey(ctx, http.ip(ctx))));
        t.post(AccountFactorPages.PASSKEYS + "/{id}/remove", PUBLIC, page.page(ctx -> factors.removePasskey(ctx, http.ip(ctx))));
        // Email change, linked identities and applications' sessions: the JSON API's services, each id among the user's own.
        AccountIdentityPages identities = pages.accountIdentities();
        t.post(AccountIdentityPages.EMAIL, PUBLIC, page.page(ctx -> identities.changeEmail(ctx, http.ip(ctx))));
        t.post(AccountIdentityPages.EMAIL_CANCEL, PUBLIC, page.page(ctx -> identities.cancelEmailChange(ctx, http.ip(ctx))));
        t.get(AccountIdentityPages.IDENTITIES + "/{provider}/link", PUBLIC, page.page(identities::link));
        t.post(AccountIdentityPages.IDENTITIES + "/{provider}/unlink", PUBLIC, page.page(ctx -> identities.unlink(ctx, http.ip(ctx))));
        t.post(AccountIdentityPages.APP_SESSIONS + "/{id}/end", PUBLIC, page.page(identities::endAppSession));
    }

    /** Sign-in through upstream providers (API.md §6), and the pages behind the links of account mail. */
    private void upstreamAndLinkPages(Table t) {
        HostedPages pages = controllers.pages();
        Pages page = pages.pages();
        // The callback takes the provider's GET or its form_post, a cross-site POST: no CSRF token there,
        // the round trip's browser binding cookie instead.
        UpstreamLoginPages upstream = pages.upstream();
        t.get("/login/idp/{id}", PUBLIC, page.page(upstream::startGet));
        t.post("/login/idp/{id}", PUBLIC, page.page(upstream::startPost));
        t.get("/login/idp/{id}/callback", PUBLIC, page.page(ctx -> upstream.callback(ctx, http.ip(ctx))));
        t.post("/login/idp/{id}/callback", PUBLIC, page.page(ctx -> upstream.callback(ctx, http.ip(ctx))));
        t.post("/login/idp/{id}/confirm", PUBLIC, page.page(ctx -> upstream.confirm(ctx, http.ip(ctx))));
        t.get("/login/idp/{id}/link", PUBLIC, page.page(upstream::linkPage));
        // The pages behind the links in verification, email-change and reset mail; GET shows a form, POST spends the token.
        AccountLinkPages links = pages.accountLinks();
        t.get(AccountLinkPages.VERIFY, PUBLIC, page.page(links::verifyForm));
        t.post(AccountLinkPages.VERIFY, PUBLIC, page.page(ctx -> links.verify(ctx, http.ip(ctx))));
        t.get(AccountLinkPages.VERIFY_DONE, PUBLIC, page.page(links::verifyDone));
        t.get(AccountLinkPages.CANCEL_CHANGE, PUBLIC, page.page(links::cancelChangeForm));
        t.post(AccountLinkPages.CANCEL_CHANGE, PUBLIC, page.page(ctx -> links.cancelChange(ctx, http.ip(ctx))));
        t.get(AccountLinkPages.CANCEL_CHANGE_DONE, PUBLIC, page.page(links::cancelChangeDone));
        t.get(AccountLinkPages.RESET, PUBLIC, page.page(links::resetForm));
        t.post(AccountLinkPages.RESET, PUBLIC, page.page(ctx -> links.reset(ctx, http.ip(ctx))));
        t.get(AccountLinkPages.RESET_DONE, PUBLIC, page.page(links::resetDone));
        // Asks for the reset mail: the same page whatever the address (no enumeration), throttled as the JSON API.
        t.get(AccountLinkPages.FORGOT, PUBLIC, page.page(links::forgotForm));
        t.post(AccountLinkPages.FORGOT, PUBLIC, page.page(ctx -> links.forgot(ctx, http.ip(ctx))));
        t.get(AccountLinkPages.FORGOT_SENT, PUBLIC, page.page(links::forgotSent));
    }

    /**
     * The admin console (API.md §9): HTML pages beside the JSON admin API, never under /admin/v1. They sign in
     * as the OAuth client gatehouse-console (ConsoleSignIn); ConsoleGuard checks the admin permission of each page
     * with the admin API's query (Authorizer) and answers a page: sign-in redirect, 403 or 404.
     */
    private void adminConsole(Table t) {
        Pages page = controllers.pages().pages();
        AdminConsole console = controllers.pages().console().users();
        t.get(AdminConsole.HOME, PUBLIC, page.page(controllers.pages().console().dashboard()::home));
        t.get(AdminConsole.USERS, PUBLIC, page.page(console::users));
        adminConsoleUsers(t, page, controllers.pages().console().userActions());
        t.get(AdminConsole.USERS + "/{id}", PUBLIC, page.page(console::user));
        // The console's sign-in as the OAuth client gatehouse-console: the code comes back here (state checked against
        // the round trip's cookie), and the sign-out ends its token session (CSRF token).
        ConsoleSignIn signIn = controllers.pages().console().guard().signIn();
        t.get(ConsoleSignIn.CALLBACK, PUBLIC, page.page(ctx -> signIn.callback(ctx, http.ip(ctx))));
        t.post(ConsoleSignIn.LOGOUT, PUBLIC, page.page(ctx -> signIn.logout(ctx, http.ip(ctx))));
        // Clients (admin:clients:read / :write, as /admin/v1/clients); "new" before "{client_id}". A secret is on a POST's answer only.
        AdminClientPages clients = controllers.pages().console().clients();
        t.get(AdminClientPages.PATH, PUBLIC, page.page(clients::list));
        t.get(AdminClientPages.PATH + "/new", PUBLIC, page.page(clients::createForm));
        t.post(AdminClientPages.PATH, PUBLIC, page.page(clients::create));
        t.get(AdminClientPages.PATH + "/{client_id}", PUBLIC, page.page(clients::show));
        t.get(AdminClientPages.PATH + "/{client_id}/edit", PUBLIC, page.page(clients::editForm));
        t.post(AdminClientPages.PATH + "/{client_id}/edit", PUBLIC, page.page(clients::update));
        t.post(AdminClientPages.PATH + "/{client_id}/secret", PUBLIC, page.page(clients::rotateSecret));
        t.get(AdminClientPages.PATH + "/{client_id}/delete", PUBLIC, page.page(clients::confirmDelete));
        t.post(AdminClientPages.PATH + "/{client_id}/delete", PUBLIC, page.page(clients::delete));
        // Identity providers (admin:identity-providers:read / :write); the forms never hold the client secret.
        AdminProviderPages providers = controllers.pages().console().providers();
        t.get(AdminProviderPages.PATH, PUBLIC, page.page(providers::list));
        t.get(AdminProviderPages.PATH + "/new", PUBLIC, page.page(providers::createForm));
        t.post(AdminProviderPages.PATH, PUBLIC, page.page(providers::create));
        t.get(AdminProviderPages.PATH + "/{id}", PUBLIC, page.page(providers::show));
        t.get(AdminProviderPages.PATH + "/{id}/edit", PUBLIC, page.page(providers::editForm));
        t.post(AdminProviderPages.PATH + "/{id}/edit", PUBLIC, page.page(providers::update));
        t.post(AdminProviderPages.PATH + "/{id}/enable", PUBLIC, page.page(providers::enable));
        t.post(AdminProviderPages.PATH + "/{id}/disable", PUBLIC, page.page(providers::disable));
        t.get(AdminProviderPages.PATH + "/{id}/delete", PUBLIC, page.page(providers::confirmDelete));
        t.post(AdminProviderPages.PATH + "/{id}/delete", PUBLIC, page.page(providers::delete));
        // Signing keys (admin:keys:read / :write).
        AdminKeyPages keys = controllers.pages().console().keys();
        t.get(AdminKeyPages.PATH, PUBLIC, page.page(keys::list));
        t.post(AdminKeyPages.PATH + "/rotate", PUBLIC, page.page(keys::rotate));
        t.get(AdminEvents.PATH, PUBLIC, page.page(controllers.pages().console().events()::list));
        t.get(AdminConsole.USERS + "/{id}/events", PUBLIC, page.page(console::userEvents));
        AdminRolePages roles = controllers.pages().console().roles();
        t.get(AdminRolePages.ROLES, PUBLIC, page.page(roles::list));
        t.post(AdminRolePages.ROLES, PUBLIC, page.page(roles::create));
        t.get(AdminRolePages.ROLES + "/{name}", PUBLIC, page.page(roles::role));
        t.post(AdminRolePages.ROLES + "/{name}", PUBLIC, page.page(roles::update));
        t.get(AdminRolePages.ROLES + "/{name}/delete", PUBLIC, page.page(roles::confirmDelete));
        t.post(AdminRolePages.ROLES + "/{name}/delete", PUBLIC, page.page(roles::delete));
    }

    /** The console's actions on users: each POST carries the CSRF token and asks the permission of its admin API route. */
    private void adminConsoleUsers(Table t, Pages page, AdminUserActions users) {
        String user = AdminConsole.USERS + "/{id}";
        t.get(AdminConsole.USERS + "/new", PUBLIC, page.page(users::newUser)); // before {id}; "new" is never a user id (UUIDs)
        t.post(AdminConsole.USERS, PUBLIC, page.page(users::create));
        t.post(user + "/disable", PUBLIC, page.page(users::disable));
        t.post(user + "/enable", PUBLIC, page.page(users::enable));
        t.get(user + "/delete", PUBLIC, page.page(users::confirmDelete));
        t.post(user + "/delete", PUBLIC, page.page(users::delete));
        t.post(user + "/password-reset", PUBLIC, page.page(users::passwordReset));
        t.post(user + "/verification-email", PUBLIC, page.page(users::verificationEmail));
        t.post(user + "/verify-email", PUBLIC, page.page(users::markVerified));
        t.post(user + "/sessions/revoke", PUBLIC, page.page(users::endSessions));
        t.post(user + "/sessions/end", PUBLIC, page.page(users::endSession));
        t.post(user + "/mfa/reset", PUBLIC, page.page(users::resetMfa));
        t.post(user + "/roles/grant", PUBLIC, page.page(users::grantRole));
        t.post(user + "/roles/revoke", PUBLIC, page.page(users::revokeRole));
        t.post(user + "/consents/withdraw", PUBLIC, page.page(users::withdrawConsent));
    }

    /** API.md §4: every route declares the one named permission it needs. */
    private void adminApi(Table t) {
        AdminControllers c = controllers.admin();
        t.get("/admin/v1/users", admin("admin:users:read"), c.users()::search);
        t.post("/admin/v1/users", admin("admin:users:write"), c.users()::create); // with roles: admin:roles:write too
        t.get("/admin/v1/users/{id}", admin("admin:users:read"), c.users()::get);
        t.patch("/admin/v1/users/{id}", admin("admin:users:write"), c.users()::update);
        t.delete("/admin/v1/users/{id}", admin("admin:users:write"), c.users()::delete);
        t.put("/admin/v1/users/{id}/roles", admin("admin:roles:write"), c.users()::setRoles);
        t.delete("/admin/v1/users/{id}/mfa", admin("admin:users:write"), c.mfa()::reset);
        t.get("/admin/v1/users/{id}/sessions", admin("admin:sessions:read"), c.userSessions()::list);
        t.delete("/admin/v1/users/{id}/sessions", admin("admin:sessions:write"), c.userSessions()::endAll);
        t.get("/admin/v1/roles", admin("admin:roles:read"), c.roles()::list);
        t.post("/admin/v1/roles", admin("admin:roles:write"), c.roles()::create);
        t.get("/admin/v1/roles/{name}", admin("admin:roles:read"), c.roles()::get);
        t.patch("/admin/v1/roles/{name}", admin("admin:roles:write"), c.roles()::update);
        t.delete("/admin/v1/roles/{name}", admin("admin:roles:write"), c.roles()::delete);
        t.get("/admin/v1/keys", admin("admin:keys:read"), c.keys()::list);
        t.get("/admin/v1/keys/{kid}", admin("admin:keys:read"), c.keys()::get); // the Location of a rotation's 201
        t.post("/admin/v1/keys/rotate", admin("admin:keys:write"), c.keys()::rotate);
        t.get("/admin/v1/events", admin("admin:events:read"), c.events()::search);
        t.post("/admin/v1/users/{id}/verification-email", admin("admin:users:write"), c.userMail()::sendVerification);
        t.post("/admin/v1/users/{id}/password-reset", admin("admin:users:write"), c.userMail()::triggerReset);
        t.post("/admin/v1/users/{id}/verify-email", admin("admin:users:write"), c.userMail()::markVerified);
        t.delete("/admin/v1/users/{id}/sessions/{session_id}", admin("admin:sessions:write"), c.userSessions()::end);
        t.get("/admin/v1/users/{id}/consents", admin("admin:users:read"), c.consents()::list);
        t.delete("/admin/v1/users/{id}/consents/{client_id}", admin("admin:users:write"), c.consents()::withdraw);
    }

    /** OAuth clients; answers carry no-store: two of them hold a client secret, shown once. */
    private void adminClients(Table t) {
        var clients = controllers.admin().clients();
        t.get("/admin/v1/clients", admin("admin:clients:read"), clients::list);
        t.post("/admin/v1/clients", admin("admin:clients:write"), clients::create);
        t.get("/admin/v1/clients/{client_id}", admin("admin:clients:read"), clients::get);
        t.patch("/admin/v1/clients/{client_id}", admin("admin:clients:write"), clients::update);
        t.delete("/admin/v1/clients/{client_id}", admin("admin:clients:write"), clients::delete);
        t.post("/admin/v1/clients/{client_id}/secret", admin("admin:clients:write"), clients::rotateSecret);
    }

    /** Upstream identity providers and linked identities (API.md §6); provider answers never hold the secret. */
    private void federation(Table t) {
        var idp = controllers.admin().identityProviders();
        t.get("/admin/v1/identity-providers", admin("admin:identity-providers:read"), idp::list);
        t.post("/admin/v1/identity-providers", admin("admin:identity-providers:write"), idp::create);
        t.get("/admin/v1/identity-providers/{id}", admin("admin:identity-providers:read"), idp::get);
        t.patch("/admin/v1/identity-providers/{id}", admin("admin:identity-providers:write"), idp::update);
        t.delete("/admin/v1/identity-providers/{id}", admin("admin:identity-providers:write"), idp::delete);
        t.get("/admin/v1/users/{id}/identities", admin("admin:users:read"), idp::userIdentities);
        t.delete("/admin/v1/users/{id}/identities/{provider}", admin("admin:users:write"), idp::unlinkUserIdentity);
        t.get("/api/v1/me/identities", FIRST_PARTY_BEARER, controllers.api().identities()::list);
        t.delete("/api/v1/me/identities/{provider}", FIRST_PARTY_BEARER, controllers.api().identities()::unlink);
    }

    /**
     * Registers routes through the {@link Gate}: one line each. Admin routes are recorded so tests can
     * walk every one; an admin path without an admin rule, or an admin rule elsewhere, is a start-up error.
     */
    private final class Table {
        private final RoutesConfig routes;
        /** The first-party API's paths, for its preflights. */
        private final Set<String> apiPaths = new LinkedHashSet<>();

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
            // The JSON admin API is /admin/v1; the console's pages beside it (/admin, /admin/users) check inside.
            if (adminRule != path.startsWith("/admin/v1/")) {
                throw new IllegalArgumentException("admin API routes live under /admin/v1/ and need an admin rule: " + method + " " + path);
            }
            if (adminRule) adminRoutes.add(new AdminRoute(method, path, access.permission()));
            if (path.startsWith("/api/v1/")) apiPaths.add(path);
            routes.addHttpHandler(method, path, gate.guard(access, h));
        }
    }

    /** Every admin route registered so far (tests enumerate them). */
    List<AdminRoute> adminRoutes() {
        return List.copyOf(adminRoutes);
    }
}
