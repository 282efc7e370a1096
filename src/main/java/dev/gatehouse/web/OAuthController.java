package dev.gatehouse.web;

import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import io.javalin.http.Context;

/**
 * The OAuth 2.1 endpoints that take a form POST or a Bearer token (RFC 6749 §3.2, RFC 7662, RFC 7009,
 * OIDC Core §5.3): each is carried to its protocol endpoint by {@link OAuthHttp}, which answers in
 * the protocol's own error format (RFC 6749 §5.2), never a problem document.
 */
final class OAuthController {
    private final OAuthEndpoints oauth;
    private final OAuthHttp http;

    OAuthController(OAuthEndpoints oauth, OAuthHttp http) {
        this.oauth = oauth;
        this.http = http;
    }

    /** Client authentication happens inside the endpoint (RFC 6749 §2.3). */
    void token(Context ctx) {
        http.post(ctx, (OAuthHttp.TimedEndpoint) oauth.token()::handle);
    }

    /** Any client's Bearer access token, checked by the endpoint (RFC 6750 §2.1). */
    void userInfo(Context ctx) {
        http.bearer(ctx, oauth.userInfo()::handle);
    }

    void introspect(Context ctx) {
        http.post(ctx, oauth.introspection()::handle);
    }

    void revoke(Context ctx) {
        http.post(ctx, oauth.revocation()::handle);
    }
}
