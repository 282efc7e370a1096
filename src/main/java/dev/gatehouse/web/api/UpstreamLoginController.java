package dev.gatehouse.web.api;

import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;
import java.util.Map;

/**
 * First-party JSON of upstream sign-in (API.md §6): a native app's ID token, and linking by a
 * signed-in user (the user is always the token's, never one named in the request).
 */
public final class UpstreamLoginController {
    private final FederatedLogins logins;
    private final Http http;

    public UpstreamLoginController(FederatedLogins logins, Http http) {
        this.logins = logins;
        this.http = http;
    }

    /** POST /api/v1/login/idp/{id}: the token response of /api/v1/login. */
    public void login(Context ctx) {
        Requests.IdpLogin r = http.body(ctx, Requests.IdpLogin.class);
        Http.tokens(ctx, logins.nativeSignIn(ctx.pathParam("id"), r.idToken(), r.nonce(), http.ip(ctx), ctx.userAgent()));
    }

    /** POST /api/v1/me/identities/{provider}: the answer's authorization_url is a secret of the app (no-store). */
    public void link(Context ctx) {
        Http.noStore(ctx, Map.of("authorization_url", logins.linkUrl(http.principal(ctx).userId(), ctx.pathParam("provider"))));
    }
}
