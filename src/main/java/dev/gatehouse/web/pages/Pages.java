package dev.gatehouse.web.pages;

import dev.gatehouse.web.errors.HttpStatuses;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.i18n.Languages;
import dev.gatehouse.i18n.Messages;
import dev.gatehouse.web.errors.RequestIds;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every hosted page uses: security headers, CSRF, form parsing, rendering, redirects and
 * error pages. A page is a route wrapped in {@link #page}; its controller reads input with
 * {@link #form} / {@link #query}, and answers with {@link #render}, {@link #redirect} or by
 * throwing {@link PageException}.
 */
public final class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final String FORM_ACTION_ATTRIBUTE = "gatehouse.form_action";
    private static final int MAX_QUERY_VALUE = 2048;
    private static final String MESSAGES_ATTRIBUTE = "gatehouse.messages";
    private static final String UI_LOCALES_ATTRIBUTE = "gatehouse.ui_locales";

    private final PageRenderer renderer;
    private final Csrf csrf;
    private final FormParser forms;
    private final BrowserCookies cookies;
    private final Predicate<Throwable> databaseDown;
    /** The CSP img-src: ours, and the origin of a configured logo URL (brand.logo.url). */
    private final String imgSrc;
    private final Languages languages;

    /**
     * @param csrfKey      HMAC key for CSRF tokens (derived from the master key, the same on every node)
     * @param maxFormBytes largest form body accepted (413 page above)
     * @param databaseDown recognises "the database is away" so the page says 503, not 500
     * @param languages    the languages of the pages and the default
     */
    public Pages(PageRenderer renderer, BrowserCookies cookies, byte[] csrfKey, int maxFormBytes, Predicate<Throwable> databaseDown,
                 Languages languages) {
        this.languages = languages;
        this.renderer = renderer;
        this.cookies = cookies;
        this.csrf = new Csrf(csrfKey, cookies);
        this.forms = new FormParser(maxFormBytes);
        this.databaseDown = databaseDown;
        String logo = renderer.brand().logoUrl();
        String logoOrigin = logo == null || logo.startsWith("/") ? null : sourceExpression(logo);
        this.imgSrc = logoOrigin == null ? "'self'" : "'self' " + logoOrigin;
    }

    public BrowserCookies cookies() {
        return cookies;
    }

    /**
     * Wraps a page controller: sets the page security headers, and turns whatever it throws into an
     * HTML error page ({@link PageException} as given, {@link DomainException} by its status, anything
     * else 500 with a request id and the cause in the log).
     */
    public Handler page(Handler controller) {
        return ctx -> {
            headers(ctx);
            try {
                controller.handle(ctx);
            } catch (PageException e) {
                error(ctx, e);
            } catch (DomainException e) {
                error(ctx, fromApi(e));
            } catch (Exception e) {
                if (databaseDown.test(e)) {
                    error(ctx, PageException.of(503, "error.unavailable").retryAfter(Duration.ofSeconds(5)));
                } else {
                    LOG.error("request_id={} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
                    error(ctx, PageException.of(500, "error.internal"));
                }
            }
        };
    }

    /** The CSRF token to put in every form as {@code <input type="hidden" name="csrf" value="${csrf}">}. */
    public String csrfToken(Context ctx) {
        return csrf.token(ctx);
    }

    /** A token of this browser for one purpose only, for a link a redirect carries (see {@link Csrf#token(Context, String)}). */
    String csrfToken(Context ctx, String purpose) {
        return csrf.token(ctx, purpose);
    }

    /** Whether {@code submitted} is this browser's token for {@code purpose} (see {@link Csrf#matches}). */
    boolean csrfMatches(Context ctx, String purpose, String submitted) {
        return csrf.matches(ctx, purpose, submitted);
    }

    /** Checks a CSRF token that came in a link's query (a GET that starts something): as for a form. */
    void checkCsrf(Context ctx, String submitted) {
        csrf.verify(ctx, submitted);
    }

    /**
     * Reads the POSTed form and checks its CSRF token.
     *
     * @throws PageException 415 / 413 / 400 for a body that is not a small, well-formed urlencoded
     *                       form with each name once; 403 when the CSRF check fails
     */
    public Form form(Context ctx) {
        Map<String, String> fields = forms.parse(ctx);
        hintLanguage(ctx, fields.get(UiLocales.PARAMETER), fields.get("return_to"));
        try {
            csrf.verify(ctx, fields.get(Csrf.FIELD));
        } catch (PageException e) {
            // The way back: the page's own path serves the form again with a fresh token.
            throw e.withLink(ctx.path(), "error.back_to_form");
        }
        return new Form(fields, Map.of());
    }

    /**
     * As {@link #form}, with the names in {@code repeatable} allowed more than once (checkboxes of one
     * name: the roles of a new user); {@link Form#all} gives their values in order. Any other name sent
     * twice is refused as by {@link #form}.
     */
    public Form form(Context ctx, Set<String> repeatable) {
        Map<String, List<String>> all = forms.parseAll(ctx);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (values.size() > 1 && !repeatable.contains(name)) throw PageException.badRequest("error.bad_request.repeated_field");
            fields.put(name, values.get(0));
        });
        try {
            csrf.verify(ctx, fields.get(Csrf.FIELD));
        } catch (PageException e) {
            throw e.withLink(ctx.path(), "error.back_to_form");
        }
        return new Form(fields, all);
    }

    /**
     * Reads a POSTed form WITHOUT a CSRF check, for protocol endpoints that other sites legitimately
     * POST to (OIDC Core §3.1.2.1 authorization requests, RP-Initiated Logout §2).
     */
    Map<String, String> formWithoutCsrf(Context ctx) {
        Map<String, String> fields = forms.parse(ctx);
        hintLanguage(ctx, fields.get(UiLocales.PARAMETER), null);
        return fields;
    }

    /**
     * As {@link #formWithoutCsrf}, keeping every value of a repeated name: the authorization endpoint
     * answers a repeated parameter itself, with an error redirect once the client is known (RFC 6749 §3.1).
     */
    Map<String, List<String>> parametersWithoutCsrf(Context ctx) {
        Map<String, List<String>> fields = forms.parseAll(ctx);
        List<String> ui = fields.get(UiLocales.PARAMETER);
        if (ui != null && ui.size() == 1) hintLanguage(ctx, ui.get(0), null);
        return fields;
    }

    /**
     * The messages of this request's language: {@code ui_locales} (of the form, the query, or inside
     * {@code return_to}: the client's choice carried through the sign-in), then {@code Accept-Language},
     * then the default ({@link Languages#choose}).
     */
    public Messages messages(Context ctx) {
        Messages m = ctx.attribute(MESSAGES_ATTRIBUTE);
        if (m == null) {
            m = languages.messages(languages.choose(uiLocales(ctx), ctx.header("Accept-Language")));
            ctx.attribute(MESSAGES_ATTRIBUTE, m);
        }
        return m;
    }

    /** One message in this request's language (controllers' error sentences). */
    public String text(Context ctx, String key, Object... args) {
        return messages(ctx).get(key, args);
    }

    /** The client's {@code ui_locales} this request carries, cleaned, or null: the authorize flow passes it on. */
    String uiLocales(Context ctx) {
        String hinted = ctx.attribute(UI_LOCALES_ATTRIBUTE);
        if (hinted != null) return hinted;
        String direct = Languages.cleanUiLocales(singleQueryValue(ctx, UiLocales.PARAMETER));
        return direct != null ? direct : UiLocales.fromReturnTo(singleQueryValue(ctx, "return_to"));
    }

    /** A page that learns its {@code ui_locales} or {@code return_to} from a form or a stored round trip. */
    void hintLanguage(Context ctx, String uiLocales, String returnTo) {
        String clean = Languages.cleanUiLocales(uiLocales);
        if (clean == null) clean = UiLocales.fromReturnTo(ReturnTo.safe(returnTo));
        if (clean == null) return;
        ctx.attribute(UI_LOCALES_ATTRIBUTE, clean);
        ctx.attribute(MESSAGES_ATTRIBUTE, null);
    }

    /** A query value for the language choice only: absent, repeated or oversized is simply no value, never an error. */
    private static String singleQueryValue(Context ctx, String name) {
        try {
            List<String> values = ctx.queryParams(name);
            return values.size() == 1 && values.get(0).length() <= MAX_QUERY_VALUE ? values.get(0) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @throws PageException 403 unless the form's CSRF token matches this browser's cookie */
    void checkCsrf(Context ctx, Map<String, String> fields) {
        csrf.verify(ctx, fields.get(Csrf.FIELD));
    }

    /** A query parameter, null when absent. @throws PageException 400 when repeated or over 2048 characters */
    public String query(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) return null;
        if (values.size() > 1) throw PageException.badRequest("error.bad_request.repeated_parameter", name);
        String v = values.get(0);
        if (v.length() > MAX_QUERY_VALUE) throw PageException.badRequest("error.bad_request.address_too_long");
        return v;
    }

    /**
     * Lets the next rendered page's forms lead to {@code uri}'s origin: browsers apply CSP
     * {@code form-action} to the redirects that follow a form POST (CSP3 §6.3.1), so a page whose
     * form ends in a redirect to a client's redirect URI must list that origin.
     */
    public void allowFormAction(Context ctx, String uri) {
        String source = sourceExpression(uri);
        if (source == null) throw new IllegalArgumentException("not an absolute URI usable in CSP: " + uri);
        Set<String> extra = ctx.attribute(FORM_ACTION_ATTRIBUTE);
        if (extra == null) {
            extra = new LinkedHashSet<>();
            ctx.attribute(FORM_ACTION_ATTRIBUTE, extra);
        }
        extra.add(source);
        headers(ctx);
    }

    /**
     * Renders {@code template} (a path under src/main/jte) as the response, with this status, in the
     * request's language: the template's {@code t} is {@link #messages}, and {@code Content-Language}
     * says which (RFC 9110 §8.5) as {@code <html lang>} does.
     */
    public void render(Context ctx, int status, String template, Map<String, Object> params) {
        Messages t = messages(ctx);
        Map<String, Object> all = new HashMap<>(params);
        all.put("t", t);
        String html = renderer.render(template, all);
        ctx.header("Content-Language", t.lang());
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /** 303 See Other to a path on this server (RFC 9110 §15.4.4: the next request is a GET). */
    public void redirect(Context ctx, String location) {
        ctx.status(303).header("Location", location).result("");
    }

    /** GET of the stylesheet: the URL the layout links carries a content hash, so it never changes (RFC 8246). */
    public void stylesheet(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("text/css; charset=utf-8").result(Assets.stylesheet());
    }

    /** GET of the passkey script, cached like the stylesheet. */
    public void script(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("text/javascript; charset=utf-8").result(Assets.script());
    }

    /** GET of the console's script, cached like the stylesheet. */
    public void consoleScript(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("text/javascript; charset=utf-8").result(Assets.consoleScript());
    }

    /** Renders the error page. */
    public void error(Context ctx, PageException e) {
        if (e.retryAfter() != null) ctx.header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        Messages t = messages(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("title", t.get(e.titleKey()));
        params.put("message", t.get(e.messageKey(), e.args().toArray()));
        // Always a way on: the link the error names, else the sign-in page (which sends a signed-in browser on).
        params.put("linkHref", e.linkHref() != null ? e.linkHref() : "/login");
        params.put("linkText", t.get(e.linkHref() != null && e.linkKey() != null ? e.linkKey() : "error.go_to_sign_in"));
        // The X-Request-Id of this answer, which the log lines of the failure carry too.
        params.put("requestId", RequestIds.of(ctx));
        render(ctx, e.status(), "pages/error.jte", params);
    }

    static PageException fromApi(DomainException e) {
        ErrorCode code = e.error();
        return switch (code) {
            case OVERLOADED, SERVICE_UNAVAILABLE -> PageException.of(503, "error.busy")
                    .retryAfter(e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1));
            case RATE_LIMITED, TOO_MANY_ATTEMPTS -> PageException.of(429, "error.too_many").retryAfter(e.retryAfter());
            case PAYLOAD_TOO_LARGE -> PageException.of(413, "error.too_large");
            // Codes a page can meet have their own words (error.code.NAME.*); any other gets a general sentence.
            default -> PageException.of(HttpStatuses.of(code), Languages.english().has("error.code." + code.name() + ".title")
                    ? "error.code." + code.name() : "error.generic");
        };
    }

    /**
     * The headers of every hosted page: a CSP that allows only our stylesheet, our script file (no
     * inline script; it fetches passkey options from us alone) and our own form targets and forbids framing (clickjacking, RFC 9700 §4.16), no caching of pages that carry
     * CSRF tokens or personal data, no referrer, no MIME sniffing, and no CORS headers at all.
     */
    private void headers(Context ctx) {
        Set<String> extra = ctx.attribute(FORM_ACTION_ATTRIBUTE);
        String formAction = extra == null || extra.isEmpty() ? "'self'" : "'self' " + String.join(" ", extra);
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src " + imgSrc + "; form-action " + formAction
                + "; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** scheme://host[:port] for http(s), {@code scheme:} for a private-use scheme (RFC 8252 §7.1); null if unusable. */
    static String sourceExpression(String uri) {
        URI u;
        try {
            u = new URI(uri);
        } catch (Exception e) {
            return null;
        }
        String scheme = u.getScheme();
        if (scheme == null || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) return null;
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return scheme + ":";
        String host = u.getHost();
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) return null;
        return scheme + "://" + host + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }
}
