package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.mfa.MfaLogin;
import dev.gatehouse.mfa.MfaService;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The second step of the hosted sign-in (API.md §7 "Hosted pages"): after a right password, a 303 to
 * {@code /login/mfa}, a page with one form and an input named {@code code} (a TOTP or a recovery
 * code). The pending step is the mfa service's own, kept in a short-lived HttpOnly cookie (never in a
 * URL or a page) as a page handle ({@link MfaLogin#pageHandle}), which is no mfa_token for the JSON
 * API; the step has exactly the JSON API's rules: single use, bound to the login, {@link MfaLogin#TTL},
 * wrong codes counted on the account's throttle. A user who must set up a
 * factor ({@code mfa.required.roles}) sees the QR code and confirms with the first code instead.
 */
public final class MfaPages {
    public static final String PATH = "/login/mfa";
    static final String COOKIE = "gatehouse_mfa";
    /** RFC 6238 codes of the authenticator apps we accept; anything else is tried as a recovery code. */
    private static final Pattern TOTP = Pattern.compile("\\d{6,8}");
    private static final int MAX_CODE = 64;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Pages pages;
    private final LoginCookie cookie;
    private final BrowserSessionService sessions;
    private final MfaLogin mfa;
    private final LoginPages login;

    public MfaPages(Pages pages, LoginCookie cookie, BrowserSessionService sessions, MfaLogin mfa, LoginPages login) {
        this.pages = pages;
        this.cookie = cookie;
        this.sessions = sessions;
        this.mfa = mfa;
        this.login = login;
    }

    /** After the password: keeps the refusal's mfa_token for this browser and sends it to the code page. */
    static void begin(Pages pages, MfaLogin mfa, Context ctx, DomainException refusal, String returnTo) {
        Object token = refusal.members().get("mfa_token");
        if (!(token instanceof String t)) throw refusal;
        begin(pages, mfa, ctx, t, returnTo);
    }

    /**
     * After a first factor (a password, or an upstream sign-in): keeps {@code mfaToken} for this browser
     * and sends it to the code page, which continues at {@code returnTo} (a checked local path, or null).
     */
    static void begin(Pages pages, MfaLogin mfa, Context ctx, String mfaToken, String returnTo) {
        pages.cookies().set(ctx, COOKIE, mfa.pageHandle(mfaToken), MfaLogin.TTL);
        pages.redirect(ctx, returnTo == null ? PATH : PATH + "?return_to=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** GET /login/mfa: the code form, or the set-up of TOTP for a user who must have a factor. */
    public void show(Context ctx) {
        String returnTo = ReturnTo.safe(pages.query(ctx, "return_to"));
        String token = stepToken(ctx);
        if (token == null && returnTo != null) {
            // No step pending: a step-up (acr_values=2 or a client's require_mfa, API.md §7) of a session signed in
            // with one factor, or a reload after the step ended. Either way: the password again, then the second factor.
            login.showError(ctx, 200, "login.error.step_up", returnTo);
            return;
        }
        MfaLogin.Step step = stepOrExpired(ctx, token, returnTo);
        if (step == null) return;
        if (step.enrol()) {
            // The secret pending since this step began: a reload or a second tab shows the key the app already holds.
            render(ctx, 200, step, mfa.pendingTotp(token), null, returnTo);
        } else {
            render(ctx, 200, step, null, null, returnTo);
        }
    }

    /** POST /login/mfa: checks the code; a right one signs the browser in as the password alone used to. */
    public void submit(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String returnTo = ReturnTo.safe(form.get("return_to"));
        String token = stepToken(ctx);
        String code = form.get("code");
        MfaLogin.Step step = stepOrExpired(ctx, token, returnTo);
        if (step == null) return;
        String credential = form.get("credential");
        if (credential != null && !credential.isEmpty() && !step.enrol()) {
            passkey(ctx, step, token, credential, returnTo, ip);
            return;
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            again(ctx, 400, step, pages.text(ctx, "mfa.error.missing"), returnTo);
            return;
        }
        String compact = code.replace(" ", "").strip();
        MfaLogin.Method method = step.enrol() || TOTP.matcher(compact).matches() ? MfaLogin.Method.TOTP : MfaLogin.Method.RECOVERY_CODE;
        finish(ctx, step, token, method, method == MfaLogin.Method.TOTP ? compact : code.strip(), null, returnTo, ip);
    }

    /** POST /login/mfa/passkey/options: the request options of the browser's pending step (its script asks the authenticator). */
    public void passkeyOptions(Context ctx) {
        pages.form(ctx);
        String json;
        try {
            json = JSON.writeValueAsString(mfa.webauthnOptions(stepToken(ctx)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.contentType("application/json").result(json);
    }

    /** The passkey answer posted by the page's script instead of a code. */
    private void passkey(Context ctx, MfaLogin.Step step, String token, String credential, String returnTo, String ip) {
        com.fasterxml.jackson.databind.JsonNode node = PasskeyPages.credential(credential);
        if (node == null) {
            again(ctx, 400, step, pages.text(ctx, "mfa.error.passkey_incomplete"), returnTo);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = JSON.convertValue(node, Map.class);
        finish(ctx, step, token, MfaLogin.Method.WEBAUTHN, null, answer, returnTo, ip);
    }

    private void finish(Context ctx, MfaLogin.Step step, String token, MfaLogin.Method method, String code, Map<String, Object> credential,
                        String returnTo, String ip) {
        MfaLogin.Completed done;
        try {
            done = mfa.complete(token, method.wire(), code, credential, ip);
        } catch (DomainException e) {
            switch (e.error()) {
                case INVALID_MFA_CODE, INVALID_REQUEST -> again(ctx, 401, step, pages.text(ctx, method == MfaLogin.Method.WEBAUTHN
                        ? "mfa.error.passkey_refused" : "mfa.error.wrong_code"), returnTo);
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> again(ctx, 429, step, LoginPages.tooMany(pages, ctx, e.retryAfter()), returnTo);
                case INVALID_MFA_TOKEN -> expired(ctx, returnTo);
                default -> throw e;
            }
            return;
        }
        BrowserSessionService.Started started;
        try {
            started = sessions.secondStepLogin(done.login(), ctx.userAgent());
        } catch (DomainException e) {
            if (e.error() != ErrorCode.INVALID_CREDENTIALS) throw e;
            expired(ctx, returnTo);
            return;
        }
        pages.cookies().clear(ctx, COOKIE);
        cookie.replace(ctx, started, ip);
        String next = returnTo != null ? returnTo : LoginPages.SIGNED_IN;
        if (!done.recoveryCodes().isEmpty()) {
            // Shown this once (API.md §7): the page is no-store like every hosted page.
            Map<String, Object> params = new HashMap<>();
            params.put("codes", done.recoveryCodes());
            params.put("next", next);
            pages.render(ctx, 200, "pages/mfa_recovery_codes.jte", params);
            return;
        }
        pages.redirect(ctx, next);
    }

    /** The form again with a message; a set-up keeps the secret the app already holds (the page links to it again). */
    private void again(Context ctx, int status, MfaLogin.Step step, String error, String returnTo) {
        render(ctx, status, step, null, error, returnTo);
    }

    /** The token of the step this browser's cookie holds the handle of, or null. */
    private String stepToken(Context ctx) {
        return mfa.pageToken(pages.cookies().read(ctx, COOKIE));
    }

    /** The browser's live step, or null after showing the login form again. */
    private MfaLogin.Step stepOrExpired(Context ctx, String token, String returnTo) {
        try {
            return mfa.step(token);
        } catch (DomainException e) {
            expired(ctx, returnTo);
            return null;
        }
    }

    /** No live step (none, expired, spent, or the user went away): back to the password, the pending request kept. */
    private void expired(Context ctx, String returnTo) {
        pages.cookies().clear(ctx, COOKIE);
        login.showError(ctx, 401, "login.error.expired", returnTo);
    }

    private void render(Context ctx, int status, MfaLogin.Step step, MfaService.Enrolment enrolment, String error, String returnTo) {
        login.allowRedirectOf(ctx, returnTo);
        Map<String, Object> params = new HashMap<>();
        params.put("enrol", step.enrol());
        params.put("csrf", pages.csrfToken(ctx));
        params.put("error", error);
        params.put("returnTo", returnTo);
        params.put("enrolment", enrolment);
        params.put("recovery", step.methods().contains(MfaLogin.Method.RECOVERY_CODE.wire()));
        params.put("passkey", step.methods().contains(MfaLogin.Method.WEBAUTHN.wire()));
        pages.render(ctx, status, "pages/mfa.jte", params);
    }
}
