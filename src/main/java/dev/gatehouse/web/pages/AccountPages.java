package dev.gatehouse.web.pages;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.User;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.oauth.authorize.ConsentService;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user's account page (API.md §9): the profile with a form for the name, the password
 * form, the login sessions of the user's browsers, an overview of the second factors and the
 * applications the user allowed. Every form goes through the same services as
 * the JSON API (API.md §3), so policy, re-authentication and throttles are theirs; a page only turns
 * their errors into words next to the field. Without the hosted sign-in, every path answers 303 to the
 * login page, which comes back here.
 */
public final class AccountPages {
    public static final String PATH = "/account";
    public static final String NAME = PATH + "/name";
    public static final String PASSWORD = PATH + "/password";
    public static final String SESSIONS = PATH + "/sessions";
    public static final String CONSENTS = PATH + "/consents";
    /** The notices a 303 back to the page may name ({@code ?done=…}); anything else shows none. */
    private static final Set<String> DONE = Set.of("name", "password", "session", "sessions", "consent",
            "email", "email_set", "email_same", "email_cancelled", "identity_linked", "identity_unlinked", "app_session");
    /** Where a link begun at this page comes back to once the upstream account is linked. */
    public static final String LINKED = PATH + "?done=identity_linked";

    private final Pages pages;
    private final LoginCookie cookie;
    private final AccountService accounts;
    private final BrowserSessionService loginSessions;
    private final AccountFactorPages factors;
    private final ConsentService consents;
    private final AccountIdentityView identities;

    /**
     * @param factors    the section of the user's second factors (API.md §7)
     * @param consents   the applications the user allowed, each with a withdraw form
     * @param identities the email change, linked identities and applications' sessions (forms: {@link AccountIdentityPages})
     */
    public AccountPages(Pages pages, LoginCookie cookie, AccountService accounts, BrowserSessionService loginSessions, AccountFactorPages factors,
                        ConsentService consents, AccountIdentityView identities) {
        this.identities = identities;
        this.factors = factors;
        this.consents = consents;
        this.pages = pages;
        this.cookie = cookie;
        this.accounts = accounts;
        this.loginSessions = loginSessions;
    }

    /** GET /account */
    public void show(Context ctx) {
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        String done = pages.query(ctx, "done");
        render(ctx, 200, session.get(), new View(done != null && DONE.contains(done) ? "account.done." + done : null));
    }

    /** POST /account/name: an empty name clears it, as {@code "name": null} does in PATCH /api/v1/me. */
    public void changeName(Context ctx, String ip) {
        Form form = pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        String name = form.get("name", "");
        boolean clear = name.isBlank();
        try {
            accounts.update(session.get().userId(), null, clear ? Optional.empty() : Optional.of(name), Optional.empty(), clear, null, ip);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.INVALID_REQUEST) throw e;
            View v = new View(null);
            v.nameError = pages.text(ctx, "account.name.invalid");
            v.name = name.length() <= 1000 ? name : null;
            render(ctx, 400, session.get(), v);
            return;
        }
        pages.redirect(ctx, PATH + "?done=name");
    }

    /**
     * POST /account/password: {@code AccountService#changePassword}, the JSON API's change. It ends the
     * user's other sessions; the stored password changed, so this browser's login session ends too
     * (BrowserSessionService#current), and the browser gets a new one: the user just proved the password.
     */
    public void changePassword(Context ctx, String ip) {
        Form form = pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        try {
            accounts.changePassword(s.userId(), null, form.get("current_password"), form.get("new_password"), ip);
        } catch (DomainException e) {
            View v = new View(null);
            int status = switch (e.error()) {
                case INVALID_CREDENTIALS -> {
                    v.currentPasswordError = pages.text(ctx, "account.password.wrong");
                    yield 401;
                }
                case INVALID_REQUEST -> {
                    boolean currentMissing = e.fieldErrors().stream().anyMatch(f -> f.field().equals("current_password"));
                    if (currentMissing) v.currentPasswordError = pages.text(ctx, "account.password.current_required");
                    if (e.fieldErrors().stream().anyMatch(f -> f.field().equals("new_password"))) {
                        v.newPasswordError = pages.text(ctx, "password_reset.field.required");
                    }
                    yield 400;
                }
                case WEAK_PASSWORD -> {
                    v.newPasswordError = pages.text(ctx, AccountLinkPages.messageKey(e.fieldErrors()));
                    yield 400;
                }
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> {
                    v.passwordError = LoginPages.tooMany(pages, ctx, e.retryAfter());
                    yield 429;
                }
                default -> throw e;
            };
            render(ctx, status, s, v);
            return;
        }
        // The other browsers' sessions would only end when next used (their password fingerprint is stale):
        // end them now, so the list below shows what is left.
        loginSessions.endAll(s.userId());
        cookie.replace(ctx, loginSessions.start(s.userId(), s.amr(), s.idp(), ip, ctx.userAgent()), ip);
        pages.redirect(ctx, PATH + "?done=password");
    }

    /** POST /account/sessions/{id}/end: one of the user's own sessions; any other id is 404, as an unknown one. */
    public void endSession(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        String id = ctx.pathParam("id");
        if (id.equals(session.get().id())) {
            // Ending this browser's own session is signing out.
            cookie.end(ctx, ip);
            pages.redirect(ctx, LoginPages.SIGNED_OUT);
            return;
        }
        if (!loginSessions.endOwn(session.get().userId(), id, ip)) throw new DomainException(ErrorCode.NOT_FOUND);
        pages.redirect(ctx, PATH + "?done=session");
    }

    /** POST /account/sessions/end-others: every login session of the user but this browser's. */
    public void endOtherSessions(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession current = session.get();
        for (BrowserSession other : loginSessions.listLive(current.userId())) {
            if (!other.id().equals(current.id())) loginSessions.endOwn(current.userId(), other.id(), ip);
        }
        pages.redirect(ctx, PATH + "?done=sessions");
    }

    /**
     * POST /account/consents/{client_id}/withdraw: as DELETE /api/v1/me/consents/{client_id}, the consent goes and
     * the application's sessions for this user end; 404 when the user never allowed that application.
     */
    public void withdrawConsent(Context ctx) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        if (!consents.revoke(session.get().userId(), ctx.pathParam("client_id"))) throw new DomainException(ErrorCode.NOT_FOUND);
        pages.redirect(ctx, PATH + "?done=consent");
    }

    /** This browser's login session, or empty after answering 303 to the login page that comes back to the account page. */
    Optional<BrowserSession> signedIn(Context ctx) {
        Optional<BrowserSession> session = cookie.current(ctx);
        if (session.isEmpty()) pages.redirect(ctx, LoginPages.loginUrl(PATH));
        return session;
    }

    /** The page again with what another section's form has to say ({@code extra}: template parameters such as an error). */
    void render(Context ctx, int status, BrowserSession session, Map<String, Object> extra) {
        render(ctx, status, session, new View(null), extra);
    }

    private void render(Context ctx, int status, BrowserSession session, View v) {
        render(ctx, status, session, v, Map.of());
    }

    private void render(Context ctx, int status, BrowserSession session, View v, Map<String, Object> extra) {
        User user = accounts.get(session.userId()).user();
        Map<String, Object> params = new HashMap<>(identities.of(user));
        params.putAll(extra);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("user", user);
        params.put("name", v.nameError != null ? v.name : user.name());
        params.put("nameError", v.nameError);
        params.put("currentPasswordError", v.currentPasswordError);
        params.put("newPasswordError", v.newPasswordError);
        params.put("passwordError", v.passwordError);
        params.put("done", v.doneKey == null ? null : pages.text(ctx, v.doneKey));
        params.put("currentSession", session.id());
        params.put("sessions", loginSessions.listLive(session.userId()));
        params.put("factors", factors.section(ctx, session));
        params.put("consents", consents.list(session.userId()));
        pages.render(ctx, status, "pages/account.jte", params);
    }

    /** What one rendering of the page says beyond the account itself. */
    private static final class View {
        final String doneKey;
        String name;
        String nameError;
        String currentPasswordError;
        String newPasswordError;
        String passwordError;

        View(String doneKey) {
            this.doneKey = doneKey;
        }
    }
}
