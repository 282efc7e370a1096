package dev.gatehouse.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.passkey.PasskeyLogin;
import io.javalin.http.Context;

/**
 * "Sign in with a passkey" on the login page (API.md §7, passwordless): the page's script takes the
 * options of {@code POST /api/v1/login/passkey/options}, asks the authenticator and posts the answer
 * here, in a form with the CSRF token. The passkey service checks it exactly as for the JSON API (same
 * throttles, same single refusal); a right answer starts a browser session with the passkey's amr
 * (e.g. hwk, mfa) instead of tokens, and goes on to {@code return_to}.
 */
public final class PasskeyPages {
    public static final String PATH = "/login/passkey";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages;
    private final LoginCookie cookie;
    private final BrowserSessionService sessions;
    private final PasskeyLogin passkeys;
    private final LoginPages login;

    public PasskeyPages(Pages pages, LoginCookie cookie, BrowserSessionService sessions, PasskeyLogin passkeys, LoginPages login) {
        this.pages = pages;
        this.cookie = cookie;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.login = login;
    }

    /** The passkey answer of a form field (PublicKeyCredential JSON), or null when it is not a JSON object. */
    static JsonNode credential(String field) {
        if (field == null || field.isEmpty()) return null;
        try {
            JsonNode node = JSON.readTree(field);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** POST /login/passkey */
    public void submit(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String returnTo = ReturnTo.safe(form.get("return_to"));
        JsonNode credential = credential(form.get("credential"));
        String challengeId = form.get("challenge_id");
        if (credential == null || challengeId == null || challengeId.isEmpty()) {
            login.showError(ctx, 400, "login.error.passkey_incomplete", returnTo);
            return;
        }
        PasskeyLogin.Verified verified;
        try {
            verified = passkeys.verify(challengeId, credential, ip);
        } catch (DomainException e) {
            switch (e.error()) {
                case INVALID_CREDENTIALS, INVALID_REQUEST -> login.showError(ctx, 401, "login.error.passkey_refused", returnTo);
                case EMAIL_NOT_VERIFIED -> login.showError(ctx, 403, "login.error.email_not_verified", returnTo);
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> login.showText(ctx, 429, LoginPages.tooMany(pages, ctx, e.retryAfter()), returnTo);
                default -> throw e;
            }
            return;
        }
        BrowserSessionService.Started started = sessions.start(verified.user().user().id(), verified.amr(), ip, ctx.userAgent());
        passkeys.signedInBrowser(verified, started.session().id(), ip);
        cookie.replace(ctx, started, ip);
        pages.redirect(ctx, returnTo != null ? returnTo : LoginPages.SIGNED_IN);
    }
}
