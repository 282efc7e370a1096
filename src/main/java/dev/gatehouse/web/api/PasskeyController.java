package dev.gatehouse.web.api;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.User;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.passkey.PasskeyInfo;
import dev.gatehouse.passkey.PasskeyLogin;
import dev.gatehouse.passkey.PasskeyService;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.Principal;
import io.javalin.http.Context;
import java.util.List;

/**
 * Passkeys of the first-party API (API.md §7): the signed-in user's registrations under
 * {@code /api/v1/me/passkeys}, always of the token's own user, and the anonymous passwordless sign-in
 * under {@code /api/v1/login/passkey}. Options carry challenges: never cached.
 */
public final class PasskeyController {
    private final PasskeyService passkeys;
    private final PasskeyLogin login;
    private final AccountService accounts;
    private final Http http;
    private final MfaService factors;

    /** @param factors the other second factors: recovery codes come with the first factor of any kind, and go with the last (API.md §7) */
    public PasskeyController(PasskeyService passkeys, PasskeyLogin login, AccountService accounts, Http http, MfaService factors) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.login = login;
        this.accounts = accounts;
        this.http = http;
    }

    /** A passkey as its owner sees it: {@code {"id","name","created_at","last_used_at"}}. */
    public record PasskeyView(String id, String name, String createdAt, String lastUsedAt) {
        public static PasskeyView of(PasskeyInfo p) {
            return new PasskeyView(p.id(), p.name(), p.createdAt().toString(), p.lastUsedAt() == null ? null : p.lastUsedAt().toString());
        }
    }

    /** The body, if any, is ignored: the options depend only on the token's user. */
    public void registrationOptions(Context ctx) {
        Principal p = http.principal(ctx);
        User u = accounts.getForSession(p.userId(), p.sessionId()).user();
        Http.noStore(ctx, passkeys.registrationOptions(u.id(), p.sessionId(), u.username(), u.name()));
    }

    public void register(Context ctx) {
        Principal p = http.principal(ctx);
        Requests.PasskeyRegistration r = http.body(ctx, Requests.PasskeyRegistration.class);
        PasskeyInfo added = passkeys.register(p.userId(), p.sessionId(), r.name(), r.credential(), http.ip(ctx));
        List<String> codes = factors.factorAdded(p.userId());
        if (codes.isEmpty()) {
            Http.created(ctx, PasskeyView.of(added), "api", "v1", "me", "passkeys", added.id());
            return;
        }
        Http.createdNoStore(ctx, FirstPasskeyView.of(PasskeyView.of(added), codes), "api", "v1", "me", "passkeys", added.id());
    }

    /** The first factor of the account: the passkey and the recovery codes that come with it, shown this once. */
    record FirstPasskeyView(String id, String name, String createdAt, String lastUsedAt, List<String> recoveryCodes) {
        static FirstPasskeyView of(PasskeyView v, List<String> codes) {
            return new FirstPasskeyView(v.id(), v.name(), v.createdAt(), v.lastUsedAt(), codes);
        }
    }

    public void remove(Context ctx) {
        Principal p = http.principal(ctx);
        passkeys.remove(p.userId(), p.sessionId(), ctx.pathParam("id"), http.ip(ctx), factors::removePasskey);
        ctx.status(204);
    }

    /** {@code {}} or no body. */
    public void signInOptions(Context ctx) {
        if (!http.hasNoBody(ctx)) http.body(ctx, Requests.Empty.class);
        Http.noStore(ctx, login.options(http.ip(ctx)));
    }

    public void signIn(Context ctx) {
        Requests.PasskeySignIn r = http.body(ctx, Requests.PasskeySignIn.class);
        Http.tokens(ctx, login.signIn(r.challengeId(), r.credential(), http.ip(ctx), ctx.userAgent()));
    }
}
