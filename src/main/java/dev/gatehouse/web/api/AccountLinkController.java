package dev.gatehouse.web.api;

import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/**
 * The mailed links of API.md §3: email verification, cancelling an email change, password reset.
 * The mail endpoints answer 202 with the same body whatever happened behind it: whether an address
 * has an account is never told (OWASP ASVS V2.2, account enumeration).
 */
public final class AccountLinkController {
    private final EmailVerification verification;
    private final PasswordReset reset;
    private final Http http;

    public AccountLinkController(EmailVerification verification, PasswordReset reset, Http http) {
        this.verification = verification;
        this.reset = reset;
        this.http = http;
    }

    public void verifyEmail(Context ctx) {
        verification.verify(http.body(ctx, Requests.VerifyEmail.class).token(), http.ip(ctx));
        ctx.status(204);
    }

    public void cancelEmailChange(Context ctx) {
        verification.cancelChange(http.body(ctx, Requests.CancelEmailChange.class).token(), http.ip(ctx));
        ctx.status(204);
    }

    /** A new link for the signed-in user's unverified address. */
    public void resendVerification(Context ctx) {
        verification.resend(http.principal(ctx).userId(), http.ip(ctx));
        Http.json(ctx, 202, Http.ACCEPTED);
    }

    public void forgotPassword(Context ctx) {
        reset.forgot(http.body(ctx, Requests.ForgotPassword.class).email(), http.ip(ctx));
        Http.json(ctx, 202, Http.ACCEPTED);
    }

    public void resetPassword(Context ctx) {
        Requests.ResetPassword r = http.body(ctx, Requests.ResetPassword.class);
        reset.reset(r.token(), r.newPassword(), http.ip(ctx));
        ctx.status(204);
    }
}
