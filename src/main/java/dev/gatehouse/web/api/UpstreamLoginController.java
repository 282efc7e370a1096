package dev.gatehouse.web.api;

import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.web.http.Principal;
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
    private final MfaService factors;

    /** @param factors the recent sign-in that adding a way in needs, as for a second factor */
    public UpstreamLoginController(FederatedLogins logins, Http http, MfaService factors) {
        this.logins = logins;
        this.http = http;
        this.factors = factors;
    }

    /** POST /api/v1/login/idp/{id}: the token response of /api/v1/login. */
    public void login(Context ctx) {
        Requests.IdpLogin r = http.body(ctx, Requests.IdpLogin.class);
        Http.tokens(ctx, logins.nativeSignIn(ctx.pathParam("id"), r.idToken(), r.nonce(), http.ip(ctx), ctx.userAgent()));
    }

    /** POST /api/v1/me/identities/{provider}: the answer's authorization_url is a secret of the app (no-store). */
    public void link(Context ctx) {
        Principal p = http.principal(ctx);
        // A linked upstream account signs in to this one from then on: a new way in, so a recent sign-in,
        // as for a passkey; an old or stolen access token gets 403 reauthentication_required.
        factors.requireRecentSignIn(p.userId(), p.sessionId(), http.ip(ctx), "identity_link");
        Http.noStore(ctx, Map.of("authorization_url", logins.linkUrl(p.userId(), ctx.pathParam("provider"))));
    }
}
