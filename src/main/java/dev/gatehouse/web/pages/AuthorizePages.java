package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.oauth.authorize.AuthorizeOutcome;
import dev.gatehouse.oauth.authorize.AuthorizeService;
import dev.gatehouse.oauth.authorize.EndSessionService;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The browser side of the authorization code flow: {@code /oauth2/authorize}, its return from the
 * login page, the consent page, and RP-initiated logout. Parses, calls {@link AuthorizeService} or
 * {@link EndSessionService}, and turns the outcome into a page or a 303.
 */
public final class AuthorizePages {
    public static final String RESUME = "/oauth2/authorize/resume";
    /**
     * The hosted second step (API.md §7: the code page after the password), given the pending request
     * as {@code return_to}, as the login page is: a session signed in with one factor steps up there.
     */
    public static final String SECOND_STEP = "/login/mfa";

    private final Pages pages;
    private final LoginCookie cookie;
    private final AuthorizeService authorize;
    private final EndSessionService endSession;
    private final ConsentPage consentPage;
    private final Predicate<String> upstreamEnabled;

    /** @param upstreamEnabled whether an {@code idp_hint} names an enabled upstream provider (API.md §6) */
    public AuthorizePages(Pages pages, LoginCookie cookie, AuthorizeService authorize, EndSessionService endSession,
                          ConsentPage consentPage, Predicate<String> upstreamEnabled) {
        this.consentPage = consentPage;
        this.upstreamEnabled = upstreamEnabled;
        this.pages = pages;
        this.cookie = cookie;
        this.authorize = authorize;
        this.endSession = endSession;
    }

    /** GET /oauth2/authorize: parameters in the query (RFC 6749 §4.1.1). */
    public void authorizeGet(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        answer(ctx, authorize.start(params, cookie.current(ctx)), idpHint(params));
    }

    /**
     * POST /oauth2/authorize: parameters form-encoded (OIDC Core §3.1.2.1); no CSRF token, the client's page
     * sends it. Repeated parameters reach the service as on GET, which judges them the same way.
     */
    public void authorizePost(Context ctx) {
        Map<String, List<String>> params = pages.parametersWithoutCsrf(ctx);
        answer(ctx, authorize.start(params, cookie.current(ctx)), idpHint(params));
    }

    /** GET /oauth2/authorize/resume?id=…: back from the login page. */
    public void resume(Context ctx) {
        answer(ctx, authorize.resume(pages.query(ctx, "id"), cookie.current(ctx)));
    }

    /** GET /consent?id=… */
    public void consent(Context ctx) {
        answer(ctx, authorize.consentPage(pages.query(ctx, "id"), cookie.current(ctx)));
    }

    /** POST /consent: decision=allow or deny. */
    public void decide(Context ctx) {
        Form form = pages.form(ctx);
        String decision = form.get("decision");
        if (!"allow".equals(decision) && !"deny".equals(decision)) {
            throw PageException.badRequest("error.bad_request.decision");
        }
        answer(ctx, authorize.decide(form.get("id"), "allow".equals(decision), cookie.current(ctx)));
    }

    /** GET /oauth2/logout */
    public void logoutGet(Context ctx, String ip) {
        logoutAnswer(ctx, endSession.logout(ctx.queryParamMap(), cookie.current(ctx), false, ip), ip);
    }

    /** POST /oauth2/logout: from a client (no CSRF token), or the confirmation form ({@code confirm=1} and the CSRF token). */
    public void logoutPost(Context ctx, String ip) {
        Map<String, String> fields = new LinkedHashMap<>(pages.formWithoutCsrf(ctx));
        boolean confirmed = "1".equals(fields.get("confirm"));
        if (confirmed) pages.checkCsrf(ctx, fields);
        fields.remove("confirm");
        fields.remove(Csrf.FIELD);
        logoutAnswer(ctx, endSession.logout(multi(fields), cookie.current(ctx), confirmed, ip), ip);
    }

    private void logoutAnswer(Context ctx, EndSessionService.Outcome outcome, String ip) {
        if (outcome instanceof EndSessionService.Outcome.ErrorPage e) {
            throw PageException.titled(400, "end_session.title", e.messageKey());
        }
        if (outcome instanceof EndSessionService.Outcome.Confirm c) {
            if (c.redirectUri() != null) pages.allowFormAction(ctx, c.redirectUri());
            Map<String, Object> params = new HashMap<>();
            params.put("csrf", pages.csrfToken(ctx));
            params.put("username", c.username());
            params.put("clientName", c.clientName());
            params.put("carry", c.carry());
            pages.render(ctx, 200, "pages/oauth_logout.jte", params);
            return;
        }
        EndSessionService.Outcome.Done done = (EndSessionService.Outcome.Done) outcome;
        if (done.endLoginSession()) cookie.end(ctx, ip);
        pages.redirect(ctx, done.redirect() != null ? done.redirect().toString() : LoginPages.SIGNED_OUT);
    }

    private void answer(Context ctx, AuthorizeOutcome outcome) {
        answer(ctx, outcome, null);
    }

    /**
     * {@code idp_hint} (API.md §6, as Keycloak's kc_idp_hint): a valid request that needs a sign-in goes
     * straight to that upstream provider, carrying the pending request as the login page would; an
     * unknown or disabled provider leaves the login page as usual.
     */
    private String idpHint(Map<String, List<String>> params) {
        List<String> hint = params.get("idp_hint");
        return hint != null && hint.size() == 1 && upstreamEnabled.test(hint.get(0)) ? hint.get(0) : null;
    }

    /**
     * The local URLs of the flow carry the client's {@code ui_locales} (OIDC Core §3.1.2.1), so the
     * login, second-step and consent pages of this request speak the language it asked for.
     */
    private void answer(Context ctx, AuthorizeOutcome outcome, String idpHint) {
        String ui = pages.uiLocales(ctx);
        if (outcome instanceof AuthorizeOutcome.Login l && idpHint != null) {
            pages.redirect(ctx, UpstreamLoginPages.hintUrl(pages, ctx, idpHint, l.handle(), UiLocales.append(RESUME + "?id=" + l.handle(), ui)));
        } else if (outcome instanceof AuthorizeOutcome.ErrorPage e) {
            throw PageException.titled(e.status(), e.titleKey(), e.messageKey());
        } else if (outcome instanceof AuthorizeOutcome.Redirect r) {
            pages.redirect(ctx, r.location().toString());
        } else if (outcome instanceof AuthorizeOutcome.Login l) {
            String url = LoginPages.loginUrl(UiLocales.append(RESUME + "?id=" + l.handle(), ui), l.force());
            if (l.loginHint() != null) url += "&login_hint=" + URLEncoder.encode(l.loginHint(), StandardCharsets.UTF_8);
            pages.redirect(ctx, url);
        } else if (outcome instanceof AuthorizeOutcome.SecondStep s) {
            pages.redirect(ctx, SECOND_STEP + "?return_to=" + URLEncoder.encode(UiLocales.append(RESUME + "?id=" + s.handle(), ui),
                    StandardCharsets.UTF_8));
        } else if (outcome instanceof AuthorizeOutcome.Consent c) {
            pages.redirect(ctx, UiLocales.append("/consent?id=" + c.handle(), ui));
        } else if (outcome instanceof AuthorizeOutcome.ShowConsent s) {
            // The form's answer is a 303 to the client: CSP form-action must allow that origin (CSP3 §6.3.1).
            Map<String, String> hidden = new LinkedHashMap<>();
            hidden.put("id", s.handle());
            if (ui != null) hidden.put(UiLocales.PARAMETER, ui);
            consentPage.render(ctx, s.clientName(), s.username(), s.scopes(), "/consent", hidden, s.redirectUri());
        }
    }

    private static Map<String, List<String>> multi(Map<String, String> fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }

}
