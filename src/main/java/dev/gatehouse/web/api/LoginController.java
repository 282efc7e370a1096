package dev.gatehouse.web.api;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.LoginCommand;
import dev.gatehouse.account.SignupCommand;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.Principal;
import io.javalin.http.Context;
import java.util.List;

/** Signup, login, refresh and logout of the first-party API (API.md §3): anonymous routes, credentials in the body. */
public final class LoginController {
    private final AccountService accounts;
    private final AuthService auth;
    private final Http http;

    public LoginController(AccountService accounts, AuthService auth, Http http) {
        this.accounts = accounts;
        this.auth = auth;
        this.http = http;
    }

    public void signup(Context ctx) {
        Requests.Signup r = http.body(ctx, Requests.Signup.class);
        // The new account is read at /api/v1/me, with the tokens of its first sign-in.
        Http.created(ctx, AccountView.of(accounts.signup(new SignupCommand(r.username(), r.password(), r.email(), r.name(), http.ip(ctx)))),
                "api", "v1", "me");
    }

    public void login(Context ctx) {
        Requests.Login r = http.body(ctx, Requests.Login.class);
        Http.tokens(ctx, auth.login(new LoginCommand(r.username(), r.password(), r.scope(), r.clientId(), http.ip(ctx), ctx.userAgent())));
    }

    public void refresh(Context ctx) {
        Requests.Refresh r = http.body(ctx, Requests.Refresh.class);
        if (r.refreshToken() == null || r.refreshToken().isEmpty()) throw required("refresh_token");
        Http.tokens(ctx, auth.refresh(r.refreshToken(), http.ip(ctx)));
    }

    /**
     * With a refresh token: ends that session, 204 even when unknown or revoked. With a Bearer token
     * (checked here: the route is public so that a refresh token alone will do): ends its session,
     * or with {@code "all": true} every session of the user.
     */
    public void logout(Context ctx) {
        boolean hasBearer = ctx.header("Authorization") != null;
        Requests.Logout body = hasBearer && http.hasNoBody(ctx) ? new Requests.Logout(null, null) : http.body(ctx, Requests.Logout.class);
        boolean all = Boolean.TRUE.equals(body.all());
        // An empty token is never valid: refused as missing, as /refresh does, not taken as an unknown token.
        if ("".equals(body.refreshToken())) throw required("refresh_token");
        if (body.refreshToken() != null && all) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("all", "conflicts_with_refresh_token")));
        }
        if (body.refreshToken() != null) {
            auth.logout(body.refreshToken(), http.ip(ctx));
        } else if (hasBearer) {
            Principal p = http.bearer(ctx);
            auth.logoutSession(p.userId(), p.sessionId(), all, http.ip(ctx));
        } else {
            throw required("refresh_token");
        }
        ctx.status(204);
    }

    private static DomainException required(String field) {
        return DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError(field, "required")));
    }
}
