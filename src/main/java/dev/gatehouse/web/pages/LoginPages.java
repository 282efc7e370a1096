package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.federation.FederatedLogins;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sign in, sign out and the small pages around them. A successful sign-in answers 303 (SECURITY.md)
 * to a local {@code return_to} or to {@code /signed-in}. {@code force=1} shows the form even to a
 * signed-in browser and starts a fresh session: the authorize flow uses it for {@code prompt=login}
 * and {@code max_age} (OIDC Core §3.1.2.1) and then reads the new {@code auth_time}.
 */
public final class LoginPages {
    public static final String SIGNED_IN = "/signed-in";
    public static final String SIGNED_OUT = "/signed-out";

    private final Pages pages;
    private final LoginCookie cookie;
    private final BrowserSessionService sessions;
    private final boolean signupEnabled;
    private final Supplier<List<FederatedLogins.Button>> providers;
    private final Function<String, Optional<String>> pendingRedirect;
    private final dev.gatehouse.mfa.MfaLogin mfa;

    /**
     * @param providers       the enabled upstream providers, one button each (API.md §6)
     * @param pendingRedirect the redirect URI of a pending authorization request, by its handle
     * @param mfa             the second step that follows a first factor (API.md §7)
     */
    public LoginPages(Pages pages, LoginCookie cookie, BrowserSessionService sessions, boolean signupEnabled,
                      Supplier<List<FederatedLogins.Button>> providers, Function<String, Optional<String>> pendingRedirect,
                      dev.gatehouse.mfa.MfaLogin mfa) {
        this.pendingRedirect = pendingRedirect;
        this.mfa = mfa;
        this.pages = pages;
        this.cookie = cookie;
        this.sessions = sessions;
        this.signupEnabled = signupEnabled;
        this.providers = providers;
    }

    /** The login page, coming back to {@code returnTo} (a checked local path) afterwards; plain /login for null. */
    public static String loginUrl(String returnTo) {
        return returnTo == null ? "/login" : loginUrl(returnTo, false);
    }

    /**
     * The URL of the login page that comes back to {@code returnTo} (a local path) afterwards;
     * with {@code force} the user must enter the password even when already signed in.
     */
    public static String loginUrl(String returnTo, boolean force) {
        String url = "/login?return_to=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
        return force ? url + "&force=1" : url;
    }

    /** After a first factor other than the password here (an upstream sign-in): on to the hosted second step of {@code mfaToken}. */
    void secondStep(Context ctx, String mfaToken, String returnTo) {
        MfaPages.begin(pages, mfa, ctx, mfaToken, returnTo);
    }

    /** GET /login */
    public void show(Context ctx) {
        String returnTo = ReturnTo.safe(pages.query(ctx, "return_to"));
        boolean force = "1".equals(pages.query(ctx, "force"));
        if (!force && cookie.current(ctx).isPresent()) {
            pages.redirect(ctx, returnTo != null ? returnTo : SIGNED_IN);
            return;
        }
        // OIDC Core §3.1.2.1 login_hint: prefills the username; only a hint, the user may change it.
        String hint = pages.query(ctx, "login_hint");
        renderForm(ctx, 200, hint != null && hint.length() <= 256 ? hint : null, null, returnTo, force);
    }

    /** POST /login */
    public void submit(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String returnTo = ReturnTo.safe(form.get("return_to"));
        boolean force = "1".equals(form.get("force"));
        String username = form.get("username");
        BrowserSessionService.Started started;
        try {
            started = sessions.passwordLogin(username, form.get("password"), ip, ctx.userAgent());
        } catch (DomainException e) {
            switch (e.error()) {
                // One message for unknown user, wrong password and disabled account (SECURITY.md).
                // Which of the two was wrong is not told: the focus goes to the password, the field to type again.
                case INVALID_CREDENTIALS -> renderForm(ctx, 401, username, pages.text(ctx, "login.error.credentials"), returnTo, force, "password");
                case INVALID_REQUEST -> renderForm(ctx, 400, username, pages.text(ctx, "login.error.missing"), returnTo, force,
                        username == null || username.isBlank() ? "username" : "password");
                // API.md §7: never a sign-in on the password alone; the code step (or the set-up) comes next.
                case MFA_REQUIRED, MFA_ENROLLMENT_REQUIRED -> MfaPages.begin(pages, mfa, ctx, e, returnTo);
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> renderForm(ctx, 429, username, tooMany(pages, ctx, e.retryAfter()), returnTo, force);
                case OVERLOADED -> {
                    retryAfter(ctx, e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1));
                    renderForm(ctx, 503, username, pages.text(ctx, "login.error.busy"), returnTo, force);
                }
                default -> throw e;
            }
            return;
        }
        cookie.replace(ctx, started, ip);
        pages.redirect(ctx, returnTo != null ? returnTo : SIGNED_IN);
    }

    /** GET /signed-in */
    public void signedIn(Context ctx) {
        Optional<BrowserSession> current = cookie.current(ctx);
        if (current.isEmpty()) {
            pages.redirect(ctx, "/login");
            return;
        }
        pages.render(ctx, 200, "pages/signed_in.jte", Map.of("username", current.get().username()));
    }

    /** GET /logout: a confirmation form (a GET must not end a session: a link or image could trigger it). */
    public void confirmLogout(Context ctx) {
        Optional<BrowserSession> current = cookie.current(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", pages.csrfToken(ctx));
        params.put("username", current.map(BrowserSession::username).orElse(null));
        pages.render(ctx, 200, "pages/logout.jte", params);
    }

    /** POST /logout */
    public void logout(Context ctx, String ip) {
        pages.form(ctx);
        cookie.end(ctx, ip);
        pages.redirect(ctx, SIGNED_OUT);
    }

    /** GET /signed-out */
    public void signedOut(Context ctx) {
        pages.render(ctx, 200, "pages/signed_out.jte", Map.of());
    }

    /**
     * The login form with a message (a key of the message bundles), e.g. after an upstream sign-in that
     * could not go on; the pending sign-in is kept, and so is its language.
     */
    void showError(Context ctx, int status, String errorKey, String returnTo) {
        pages.hintLanguage(ctx, null, returnTo);
        renderForm(ctx, status, null, pages.text(ctx, errorKey), returnTo, false);
    }

    /** As {@link #showError}, with a message already in words (the throttled form's). */
    void showText(Context ctx, int status, String error, String returnTo) {
        renderForm(ctx, status, null, error, returnTo, false);
    }

    /**
     * A sign-in form that returns to a pending authorization request ends, after its POST, in redirects
     * to the client's redirect URI (at once for a first-party client): browsers check those redirects
     * against the page's CSP form-action (CSP3 §6.3.1), so it lists that URI's origin.
     */
    void allowRedirectOf(Context ctx, String returnTo) {
        String prefix = AuthorizePages.RESUME + "?id=";
        if (returnTo == null || !returnTo.startsWith(prefix)) return;
        pendingRedirect.apply(returnTo.substring(prefix.length())).ifPresent(uri -> pages.allowFormAction(ctx, uri));
    }

    private void renderForm(Context ctx, int status, String username, String error, String returnTo, boolean force) {
        renderForm(ctx, status, username, error, returnTo, force, null);
    }

    /** @param invalid the field the error is about, which gets the focus and aria-invalid; null for none */
    private void renderForm(Context ctx, int status, String username, String error, String returnTo, boolean force, String invalid) {
        allowRedirectOf(ctx, returnTo);
        Map<String, Object> params = new HashMap<>();
        params.put("invalid", invalid);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("username", username);
        params.put("error", error);
        params.put("returnTo", returnTo);
        params.put("force", force);
        params.put("signupEnabled", signupEnabled);
        params.put("providers", providers.get());
        pages.render(ctx, status, "pages/login.jte", params);
    }

    /** Sets Retry-After and says how long to wait: the message of every throttled sign-in form. */
    static String tooMany(Pages pages, Context ctx, Duration wait) {
        retryAfter(ctx, wait);
        return pages.text(ctx, "login.error.too_many", seconds(wait));
    }

    private static void retryAfter(Context ctx, Duration wait) {
        ctx.header("Retry-After", String.valueOf(seconds(wait)));
    }

    private static long seconds(Duration wait) {
        return wait == null ? 1 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
