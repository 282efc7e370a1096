package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.federation.FederationFailure;
import dev.gatehouse.federation.UpstreamRoundTrips;
import dev.gatehouse.oauth.authorize.AuthorizeOutcome;
import dev.gatehouse.oauth.authorize.AuthorizeService;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-in through an upstream provider (API.md §6): {@code /login/idp/{id}} sends the browser
 * upstream, {@code /login/idp/{id}/callback} takes it back (GET, or POST for {@code form_post}), and
 * {@code /login/idp/{id}/confirm} and {@code /login/idp/{id}/link} are the pages of an email match and
 * of linking. An account with a second factor (or one that must set one up) goes on from the callback
 * to the hosted second step, {@link MfaPages}, the upstream being the first factor (API.md §7).
 * The pending sign-in rides along as the login form's {@code return_to}; when it is an
 * authorization request, a failure goes back to its client as {@code access_denied} or
 * {@code server_error} (with state and iss), otherwise the login page says what happened.
 */
public final class UpstreamLoginPages {
    /** The browser binding of a round trip (see {@link UpstreamRoundTrips}). */
    static final String BINDING_COOKIE = "gatehouse_idp";
    private static final int MAX_CALLBACK_PARAMETERS = 20;
    private static final int MAX_CALLBACK_VALUE = 8 * 1024;
    private static final String RESUME_PREFIX = AuthorizePages.RESUME + "?id=";

    private final Pages pages;
    private final LoginCookie cookie;
    private final LoginPages login;
    private final FederatedLogins logins;
    private final BrowserSessionService sessions;
    private final AuthorizeService authorize;

    public UpstreamLoginPages(Pages pages, LoginCookie cookie, LoginPages login, FederatedLogins logins, BrowserSessionService sessions,
                              AuthorizeService authorize) {
        this.pages = pages;
        this.cookie = cookie;
        this.login = login;
        this.logins = logins;
        this.sessions = sessions;
        this.authorize = authorize;
    }

    /** The start of a sign-in at provider {@code id} that continues at {@code returnTo} (a local path). */
    private static String startUrl(String id, String returnTo) {
        return "/login/idp/" + id + "?return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /**
     * The idp_hint entry (API.md §6): the start at provider {@code id} of a sign-in for the pending
     * authorization request {@code handle}, continuing at {@code returnTo} (its resume URL), with a token of
     * this browser for this request and provider ({@code hint}). The redirect from {@code /oauth2/authorize}
     * carries it, so only the browser that made the request can start it.
     */
    static String hintUrl(Pages pages, Context ctx, String id, String handle, String returnTo) {
        return startUrl(id, returnTo) + "&hint=" + pages.csrfToken(ctx, hintPurpose(id, handle));
    }

    private static String hintPurpose(String id, String handle) {
        return "idp_hint:" + id + ":" + handle;
    }

    /**
     * GET /login/idp/{id}?return_to=…&hint=… (idp_hint), ?csrf=…&return_to=… (the login page's buttons) or
     * ?csrf=…&link=… (the link page's button). The buttons are links, not forms: browsers apply the
     * page's CSP {@code form-action} to the redirects after a form POST (CSP3 §6.3.1), and the
     * provider's authorization endpoint is on another origin. A button's CSRF token is checked as a
     * form's, Fetch Metadata included. The idp_hint entry is reached by a redirect from a client's
     * (cross-site) authorization request, so Fetch Metadata says cross-site there; it needs instead the
     * {@code hint} made for this browser, this pending request and this provider ({@link #hintUrl}).
     * Anything else is a start this browser never asked for, e.g. a third party's link that would sign the
     * person in, or switch their account, at a provider of its choosing (login CSRF, RFC 6749 §10.12): it
     * goes to the login page instead, where the person may click the provider's button.
     */
    public void startGet(Context ctx) {
        String csrf = pages.query(ctx, "csrf");
        String link = pages.query(ctx, "link");
        String returnTo = pages.query(ctx, "return_to");
        if (csrf != null || link != null) {
            pages.checkCsrf(ctx, csrf);
        } else if (!hinted(ctx, ctx.pathParam("id"), ReturnTo.safe(returnTo), pages.query(ctx, "hint"))) {
            pages.redirect(ctx, LoginPages.loginUrl(ReturnTo.safe(returnTo)));
            return;
        }
        start(ctx, link, returnTo);
    }

    /** Whether {@code hint} is this browser's for provider {@code id} and the pending request that {@code returnTo} resumes. */
    private boolean hinted(Context ctx, String id, String returnTo, String hint) {
        if (hint == null || returnTo == null || !returnTo.startsWith(RESUME_PREFIX)) return false;
        String handle = returnTo.substring(RESUME_PREFIX.length());
        int end = handle.indexOf('&');
        if (end >= 0) handle = handle.substring(0, end);
        return !handle.isEmpty() && pages.csrfMatches(ctx, hintPurpose(id, handle), hint);
    }

    /** POST /login/idp/{id}: the former form buttons (return_to, or the link page's link ticket), kept for existing callers. */
    public void startPost(Context ctx) {
        Form form = pages.form(ctx);
        start(ctx, form.get("link"), form.get("return_to"));
    }

    private void start(Context ctx, String link, String returnToParameter) {
        String id = ctx.pathParam("id");
        if (link != null) {
            begin(ctx, () -> logins.startLink(id, link, binding(ctx)), null);
        } else {
            String returnTo = ReturnTo.safe(returnToParameter);
            begin(ctx, () -> logins.start(id, returnTo, binding(ctx)), returnTo);
        }
    }

    /** The login page's button for provider {@code id}: a link carrying the CSRF token and the pending sign-in. */
    public static String buttonUrl(String id, String csrf, String returnTo) {
        String url = "/login/idp/" + id + "?csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return returnTo == null ? url : url + "&return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /** GET or POST /login/idp/{id}/callback: the provider's answer; no CSRF token (the provider posts it), the binding cookie instead. */
    public void callback(Context ctx, String ip) {
        Map<String, String> params = callbackParameters(ctx);
        FederatedLogins.Result result;
        try {
            result = logins.callback(ctx.pathParam("id"), binding(ctx), params, ip,
                    cookie.current(ctx).map(BrowserSession::userId).orElse(null));
        } catch (FederationFailure f) {
            fail(ctx, f);
            return;
        }
        if (result instanceof FederatedLogins.Result.SignedIn s) {
            signIn(ctx, s, ip);
        } else if (result instanceof FederatedLogins.Result.SecondStep m) {
            // The upstream was the first factor: the code step as after a password, no session before it (API.md §7).
            login.secondStep(ctx, m.mfaToken(), ReturnTo.safe(m.returnTo()));
        } else if (result instanceof FederatedLogins.Result.Confirm c) {
            renderConfirm(ctx, 200, c, null);
        } else if (result instanceof FederatedLogins.Result.Linked l && l.returnTo() != null) {
            pages.redirect(ctx, ReturnTo.safe(l.returnTo()) != null ? l.returnTo() : AccountPages.PATH);
        } else if (result instanceof FederatedLogins.Result.Linked l) {
            Map<String, Object> page = new HashMap<>();
            page.put("title", pages.text(ctx, "idp_linked.title"));
            page.put("message", pages.text(ctx, "idp_linked.message", l.providerName(), l.username()));
            pages.render(ctx, 200, "pages/error.jte", page);
        }
    }

    /** GET /login/idp/{id}/link?ticket=…: the authorization_url of a link request names the account first. */
    public void linkPage(Context ctx) {
        String ticket = pages.query(ctx, "ticket");
        FederatedLogins.Result.Linked view;
        try {
            view = logins.linkPage(ctx.pathParam("id"), ticket);
        } catch (FederationFailure f) {
            throw PageException.of(400, "error.link_expired");
        }
        Map<String, Object> params = new HashMap<>();
        // A link, as the login page's buttons (see startGet).
        params.put("href", "/login/idp/" + ctx.pathParam("id") + "?csrf="
                + URLEncoder.encode(pages.csrfToken(ctx), StandardCharsets.UTF_8) + "&link=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        params.put("username", view.username());
        params.put("providerName", view.providerName());
        pages.render(ctx, 200, "pages/idp_link.jte", params);
    }

    /** POST /login/idp/{id}/confirm: the password of the account whose email the provider reported. */
    public void confirm(Context ctx, String ip) {
        Form form = pages.form(ctx);
        String ticket = form.get("ticket");
        FederatedLogins.Result.SignedIn signedIn;
        try {
            signedIn = logins.confirm(ticket, binding(ctx), form.get("username"), form.get("password"), ip);
        } catch (FederationFailure f) {
            fail(ctx, f);
            return;
        } catch (DomainException e) {
            FederatedLogins.Result.Confirm page;
            try {
                page = logins.confirmPage(ticket, binding(ctx));
            } catch (FederationFailure f) {
                fail(ctx, f);
                return;
            }
            switch (e.error()) {
                case INVALID_CREDENTIALS -> renderConfirm(ctx, 401, page, pages.text(ctx, "idp_confirm.error.credentials"));
                case INVALID_REQUEST -> renderConfirm(ctx, 400, page, pages.text(ctx, "idp_confirm.error.missing"));
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> {
                    ctx.header("Retry-After", String.valueOf(e.retryAfter() == null ? 1 : Math.max(1, e.retryAfter().toSeconds())));
                    renderConfirm(ctx, 429, page, pages.text(ctx, "idp_confirm.error.too_many"));
                }
                default -> throw e;
            }
            return;
        }
        signIn(ctx, signedIn, ip);
    }

    /**
     * The account page's link button (its CSRF token already checked): a round trip that links the
     * upstream account to {@code userId} and comes back to the account page.
     */
    void startAccountLink(Context ctx, String userId, String providerId) {
        begin(ctx, () -> logins.startAccountLink(userId, providerId, AccountPages.LINKED, binding(ctx)), AccountPages.LINKED);
    }

    private interface Start {
        FederatedLogins.Begun begin();
    }

    private void begin(Context ctx, Start start, String returnTo) {
        FederatedLogins.Begun begun;
        try {
            begun = start.begin();
        } catch (FederationFailure f) {
            fail(ctx, f);
            return;
        }
        pages.cookies().setCrossSite(ctx, BINDING_COOKIE, begun.binding(), UpstreamRoundTrips.TTL);
        // The upstream's authorization endpoint: a redirect to another origin, which is the point here.
        ctx.status(303).header("Location", begun.authorizationUri().toString()).result("");
    }

    private void signIn(Context ctx, FederatedLogins.Result.SignedIn s, String ip) {
        // A new session id at every sign-in (no fixation); it names the provider for the ID token's idp.
        BrowserSessionService.Started started = sessions.start(s.userId(), s.amr(), s.providerId(), ip, ctx.userAgent());
        cookie.replace(ctx, started, ip);
        pages.redirect(ctx, s.returnTo() != null ? s.returnTo() : LoginPages.SIGNED_IN);
    }

    /**
     * No session and no account. Within an authorization request whose client and redirect URI check
     * out, the client hears of it (API.md §6); policy refusals and a disabled provider go to the login
     * page instead, where the person may sign in another way and the request continues.
     */
    private void fail(Context ctx, FederationFailure f) {
        String returnTo = ReturnTo.safe(f.returnTo());
        String handle = returnTo != null && returnTo.startsWith(RESUME_PREFIX) ? returnTo.substring(RESUME_PREFIX.length()) : null;
        boolean toClient = switch (f.reason()) {
            case DENIED, INVALID, UNAVAILABLE -> true;
            default -> false;
        };
        if (toClient && handle != null) {
            AuthorizeOutcome o = authorize.refuse(handle, f.reason() == FederationFailure.Reason.UNAVAILABLE, f.message());
            if (o instanceof AuthorizeOutcome.Redirect r) {
                pages.redirect(ctx, r.location().toString());
                return;
            }
            if (o instanceof AuthorizeOutcome.ErrorPage e) throw PageException.titled(e.status(), e.titleKey(), e.messageKey());
        }
        if (AccountPages.LINKED.equals(returnTo)) {
            // A link begun at the account page: the person is signed in, so back to the account, not to a login form.
            throw PageException.titled(f.reason() == FederationFailure.Reason.UNAVAILABLE ? 503 : 400, "account.identities.link_failed",
                    f.messageKey()).withLink(AccountPages.PATH, "account.back");
        }
        if (f.reason() == FederationFailure.Reason.EXPIRED && returnTo == null) {
            throw PageException.titled(400, "error.sign_in_failed.title", f.messageKey()).withLink("/login", "error.sign_in");
        }
        if (f.reason() == FederationFailure.Reason.UNAVAILABLE) ctx.header("Retry-After", "30");
        login.showError(ctx, f.reason() == FederationFailure.Reason.UNAVAILABLE ? 503 : 400, f.messageKey(), returnTo);
    }

    private void renderConfirm(Context ctx, int status, FederatedLogins.Result.Confirm c, String error) {
        // The password form ends, within an authorization request, in a 303 to its client (CSP3 §6.3.1).
        login.allowRedirectOf(ctx, ReturnTo.safe(c.returnTo()));
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", pages.csrfToken(ctx));
        params.put("action", "/login/idp/" + ctx.pathParam("id") + "/confirm");
        params.put("ticket", c.ticket());
        params.put("username", c.username());
        params.put("providerName", c.providerName());
        params.put("error", error);
        pages.render(ctx, status, "pages/idp_confirm.jte", params);
    }

    private String binding(Context ctx) {
        return pages.cookies().read(ctx, BINDING_COOKIE);
    }

    /**
     * Every parameter of the callback, query or form (Apple posts {@code code}, {@code state} and
     * {@code user}). A name given twice is dropped: a duplicated state or code is never picked from (RFC 6749 §3.1).
     */
    private Map<String, String> callbackParameters(Context ctx) {
        Map<String, List<String>> all = "POST".equals(ctx.method().name()) ? pages.parametersWithoutCsrf(ctx) : ctx.queryParamMap();
        if (all.size() > MAX_CALLBACK_PARAMETERS) throw PageException.badRequest("error.bad_request.provider_parameters");
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (v.size() != 1) return;
            if (v.get(0).length() > MAX_CALLBACK_VALUE) throw PageException.badRequest("error.bad_request.provider_too_long");
            out.put(k, v.get(0));
        });
        return out;
    }
}
