package dev.gatehouse.web.pages;

import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    public static final String FORGOT = "/password/forgot";
    public static final String FORGOT_SENT = "/password/forgot/sent";
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
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", pages.text(ctx, "email_verify.done.title"),
                "message", pages.text(ctx, "email_verify.done.message")));
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
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", pages.text(ctx, "email_change_cancel.done.title"),
                "message", pages.text(ctx, "email_change_cancel.done.message")));
    }

    /** GET /password/forgot: the form asking for the address; a pending sign-in ({@code return_to}) is kept. */
    public void forgotForm(Context ctx) {
        renderForgotForm(ctx, 200, ReturnTo.safe(pages.query(ctx, "return_to")), null, null);
    }

    /**
     * POST /password/forgot: the JSON API's reset start (same checks, throttles and background mail), then
     * 303 to one page whatever the address: whether it has an account is never shown (SECURITY.md
     * "Login, enumeration"). Only a malformed address or a throttle shows the form again.
     */
    public void forgot(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String returnTo = ReturnTo.safe(form.get("return_to"));
        String email = form.get("email");
        try {
            reset.forgot(email, ip, returnTo);
        } catch (DomainException e) {
            switch (e.error()) {
                case INVALID_REQUEST -> renderForgotForm(ctx, 400, returnTo, email, pages.text(ctx, "signup.field.email.invalid"));
                case RATE_LIMITED -> {
                    String wait = LoginPages.tooMany(pages, ctx, e.retryAfter());
                    renderForgotForm(ctx, 429, returnTo, email, wait);
                }
                default -> throw e;
            }
            return;
        }
        pages.redirect(ctx, withReturnTo(FORGOT_SENT, returnTo));
    }

    /** GET /password/forgot/sent */
    public void forgotSent(Context ctx) {
        String returnTo = ReturnTo.safe(pages.query(ctx, "return_to"));
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", pages.text(ctx, "password_forgot.sent.title"),
                "message", pages.text(ctx, "password_forgot.sent.message"),
                "linkHref", LoginPages.loginUrl(returnTo), "linkText", pages.text(ctx, "password_forgot.back")));
    }

    /** GET /password/reset?token=…: the new-password form, or an error page when the link is no longer usable. */
    public void resetForm(Context ctx) {
        String token = token(pages.query(ctx, "token"));
        if (!reset.linkUsable(token)) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        renderResetForm(ctx, 200, token, ReturnTo.safe(pages.query(ctx, "return_to")), null, null);
    }

    /** POST /password/reset: a refused password shows the form again; the token stays usable. */
    public void reset(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String token = token(form.get("token"));
        String returnTo = ReturnTo.safe(form.get("return_to"));
        try {
            reset.reset(token, form.get("new_password"), ip);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.WEAK_PASSWORD && e.error() != ErrorCode.INVALID_REQUEST) throw e;
            renderResetForm(ctx, 400, token, returnTo, pages.text(ctx, messageKey(e.fieldErrors())), null);
            return;
        }
        pages.redirect(ctx, withReturnTo(RESET_DONE, returnTo));
    }

    /** GET /password/reset/done: the way on is the sign-in that was pending when the reset was asked for, if any. */
    public void resetDone(Context ctx) {
        String returnTo = ReturnTo.safe(pages.query(ctx, "return_to"));
        pages.render(ctx, 200, "pages/error.jte", Map.of("title", pages.text(ctx, "password_reset.done.title"),
                "message", pages.text(ctx, "password_reset.done.message"),
                "linkHref", LoginPages.loginUrl(returnTo), "linkText", pages.text(ctx, "error.sign_in")));
    }

    private void renderForgotForm(Context ctx, int status, String returnTo, String email, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", pages.csrfToken(ctx));
        params.put("returnTo", returnTo);
        params.put("email", email != null && email.length() <= 320 ? email : null);
        params.put("error", error);
        pages.render(ctx, status, "pages/password-forgot.jte", params);
    }

    private void renderResetForm(Context ctx, int status, String token, String returnTo, String error, String hint) {
        Map<String, Object> params = new HashMap<>();
        params.put("token", token);
        params.put("returnTo", returnTo);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("error", error);
        params.put("hint", hint);
        pages.render(ctx, status, "pages/password-reset.jte", params);
    }

    private static String withReturnTo(String path, String returnTo) {
        return returnTo == null ? path : path + "?return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /** A missing or oversized token is a broken link: the same page as an expired one. */
    private static String token(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        return raw;
    }

    private static final java.util.Set<String> RESET_FIELD_CODES = java.util.Set.of("required", "too_short", "too_long", "common",
            "contains_user_info", "repetitive", "sequential", "too_guessable");

    /** The message key of the first field code the page has words for. */
    static String messageKey(List<FieldError> errors) {
        for (FieldError e : errors) {
            if (RESET_FIELD_CODES.contains(e.code())) return "password_reset.field." + e.code();
        }
        return "password_reset.field.other";
    }
}
