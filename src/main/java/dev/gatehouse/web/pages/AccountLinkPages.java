package dev.gatehouse.web.pages;

import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages behind the links in verification, email-change and reset mails. A GET only shows a form: mail
 * scanners and link previews fetch links, so nothing is spent until the user submits (POST, CSRF
 * checked); success answers 303 to a page without the token, so it leaves the address bar and the
 * history. Every page is sent with {@code Referrer-Policy: no-referrer} (Pages#page), so the token
 * in the link's query never leaks to another site.
 */
public final class AccountLinkPages {
    public static final String VERIFY = "/email/verify";
    public static final String VERIFY_DONE = "/email/verify/done";
    public static final String CANCEL_CHANGE = "/email/change/cancel";
    public static final String CANCEL_CHANGE_DONE = "/email/change/cancel/done";
    public static final String RESET = "/password/reset";
    public static final String RESET_DONE = "/password/reset/done";
    private static final int MAX_TOKEN = 128;

    private final Pages pages;
    private final EmailVerification verification;
    private final PasswordReset reset;

    public AccountLinkPages(Pages pages, EmailVerification verification, PasswordReset reset) {
        this.pages = pages;
        this.verification = verification;
        this.reset = reset;
    }

    /** GET /email/verify?token=…: a one-button form. */
    public void verifyForm(Context ctx) {
        String token = token(pages.query(ctx, "token"));
        pages.render(ctx, 200, "pages/email-verify.jte", Map.of("token", token, "csrf", pages.csrfToken(ctx)));
    }

    /** POST /email/verify. */
    public void verify(Context ctx, String ip) {
        Form form = pages.form(ctx);
        verification.verify(token(form.get("token")), ip);
        pages.redirect(ctx, VERIFY_DONE);
    }

    public void verifyDone(Context ctx) {
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", "Email address verified",
                "message", "Thank you: your email address is verified."));
    }

    /** GET /email/change/cancel?token=…: a one-button form naming the pending address, or an error page for a dead link. */
    public void cancelChangeForm(Context ctx) {
        String token = token(pages.query(ctx, "token"));
        String pending = verification.pendingChange(token).orElseThrow(() -> new DomainException(ErrorCode.INVALID_LINK_TOKEN));
        pages.render(ctx, 200, "pages/email-change-cancel.jte", Map.of("token", token, "csrf", pages.csrfToken(ctx),
                "newEmail", pending));
    }

    /** POST /email/change/cancel. */
    public void cancelChange(Context ctx, String ip) {
        Form form = pages.form(ctx);
        verification.cancelChange(token(form.get("token")), ip);
        pages.redirect(ctx, CANCEL_CHANGE_DONE);
    }

    public void cancelChangeDone(Context ctx) {
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", "Email change cancelled",
                "message", "The email address of your account stays as it was. If you did not ask for the change, "
                        + "change your password now: someone else may have it."));
    }

    /** GET /password/reset?token=…: the new-password form, or an error page when the link is no longer usable. */
    public void resetForm(Context ctx) {
        String token = token(pages.query(ctx, "token"));
        if (!reset.linkUsable(token)) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        renderResetForm(ctx, 200, token, null, null);
    }

    /** POST /password/reset: a refused password shows the form again; the token stays usable. */
    public void reset(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String token = token(form.get("token"));
        try {
            reset.reset(token, form.get("new_password"), ip);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.WEAK_PASSWORD && e.error() != ErrorCode.INVALID_REQUEST) throw e;
            renderResetForm(ctx, 400, token, message(e.fieldErrors()), null);
            return;
        }
        pages.redirect(ctx, RESET_DONE);
    }

    public void resetDone(Context ctx) {
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", "Password changed",
                "message", "Your password was changed and every session was signed out. Sign in with the new password.",
                "linkHref", "/login", "linkText", "Sign in"));
    }

    private void renderResetForm(Context ctx, int status, String token, String error, String hint) {
        Map<String, Object> params = new HashMap<>();
        params.put("token", token);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("error", error);
        params.put("hint", hint);
        pages.render(ctx, status, "pages/password-reset.jte", params);
    }

    /** A missing or oversized token is a broken link: the same page as an expired one. */
    private static String token(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        return raw;
    }

    private static String message(List<FieldError> errors) {
        for (FieldError e : errors) {
            switch (e.code()) {
                case "required": return "Enter a new password.";
                case "too_short": return "The password is too short.";
                case "too_long": return "The password is too long.";
                case "common": return "This password is too common; choose another.";
                case "contains_user_info": return "The password must not contain your username or email address.";
                case "repetitive": return "The password repeats itself too much; choose another.";
                case "sequential": return "The password is mostly a sequence (like 12345 or qwerty); choose another.";
                case "too_guessable": return "This password is too easy to guess; try a few unrelated words.";
                default: break;
            }
        }
        return "Choose another password.";
    }
}
