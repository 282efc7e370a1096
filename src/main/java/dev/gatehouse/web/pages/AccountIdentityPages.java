package dev.gatehouse.web.pages;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account page's forms for the email address, the linked upstream identities and the
 * applications' token sessions (API.md §3, §6, §9). Each goes through the service of the JSON API's
 * route ({@code PATCH /api/v1/me}, {@code /api/v1/me/identities}, {@code /api/v1/me/sessions}), so its
 * rules are theirs: an email change needs the password or a recent sign-in and waits for the link
 * sent to the new address; an address another account holds is refused; the last way to sign in is
 * not unlinked. Every id in a path is looked up among the signed-in user's own, so another user's is 404.
 */
public final class AccountIdentityPages {
    public static final String EMAIL = AccountPages.PATH + "/email";
    public static final String EMAIL_CANCEL = EMAIL + "/cancel";
    public static final String IDENTITIES = AccountPages.PATH + "/identities";
    public static final String APP_SESSIONS = AccountPages.PATH + "/app-sessions";
    /** Longer than any address the API accepts (RFC 5321 §4.5.3.1: 254): kept for the form again only below this. */
    private static final int MAX_ECHO = 320;
    /** Session ids are UUIDs: anything much longer is no id of ours and never reaches the database. */
    private static final int MAX_SESSION_ID = 64;

    private final Pages pages;
    private final AccountPages account;
    private final AccountService accounts;
    private final EmailVerification verification;
    private final LinkedIdentities identities;
    private final SessionService sessions;
    private final UpstreamLoginPages upstream;
    private final MfaService factors;

    /** @param factors whose recent-sign-in rule a link follows: a new way in, as a second factor is */
    public AccountIdentityPages(Pages pages, AccountPages account, AccountService accounts, EmailVerification verification,
                                LinkedIdentities identities, SessionService sessions, UpstreamLoginPages upstream, MfaService factors) {
        this.factors = factors;
        this.pages = pages;
        this.account = account;
        this.accounts = accounts;
        this.verification = verification;
        this.identities = identities;
        this.sessions = sessions;
        this.upstream = upstream;
    }

    /**
     * POST /account/email: {@code email} and {@code password} (the current one; empty relies on a sign-in
     * of this browser at most {@code account.reauth.max.age} old, as a token's does in PATCH /api/v1/me).
     * The new address gets a confirmation link and the current one a notice with a cancel link; the
     * address changes only when the link is followed. A user without an address gets the new one at once, unverified.
     */
    public void changeEmail(Context ctx, String ip) {
        Form form = pages.form(ctx);
        Optional<BrowserSession> session = account.signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        String email = form.get("email", "").strip();
        String password = form.get("password", "");
        boolean wasAddressless = accounts.get(s.userId()).user().email() == null;
        AccountService.ProfileUpdate update;
        try {
            update = accounts.changeEmail(s.userId(), s.authTime(), email, password.isEmpty() ? null : password, ip);
        } catch (DomainException e) {
            Map<String, Object> v = new HashMap<>();
            v.put("emailValue", email.length() <= MAX_ECHO ? email : null);
            int status = switch (e.error()) {
                case INVALID_REQUEST -> {
                    v.put("emailError", pages.text(ctx, "account.email.invalid"));
                    yield 400;
                }
                case EMAIL_TAKEN -> {
                    v.put("emailError", pages.text(ctx, "account.email.taken"));
                    yield 409;
                }
                case INVALID_CREDENTIALS -> {
                    v.put("emailPasswordError", pages.text(ctx, "account.password.wrong"));
                    yield 401;
                }
                case REAUTHENTICATION_REQUIRED -> {
                    v.put("emailPasswordError", pages.text(ctx, "account.email.reauth"));
                    yield 403;
                }
                case TOO_MANY_ATTEMPTS, RATE_LIMITED -> {
                    v.put("emailPasswordError", LoginPages.tooMany(pages, ctx, e.retryAfter()));
                    yield 429;
                }
                default -> throw e;
            };
            account.render(ctx, status, s, v);
            return;
        }
        // Pending: the link went to the new address. Otherwise the account had no address and has this one now,
        // unverified, with a link to it; or the address was the current one and nothing changed.
        String done = update.pendingEmail() != null ? "email" : wasAddressless ? "email_set" : "email_same";
        pages.redirect(ctx, AccountPages.PATH + "?done=" + done);
    }

    /** POST /account/email/cancel: the pending change's links stop working, as with the cancel link mailed to the old address. */
    public void cancelEmailChange(Context ctx, String ip) {
        Optional<BrowserSession> session = signedInForm(ctx);
        if (session.isEmpty()) return;
        // A second tab's cancel finds nothing pending: the outcome the person wanted, so the same answer.
        verification.cancelOwnChange(accounts.get(session.get().userId()).user(), ip);
        pages.redirect(ctx, AccountPages.PATH + "?done=email_cancelled");
    }

    /**
     * GET /account/identities/{provider}/link?csrf=…: the upstream round trip of a sign-in, bound to this
     * browser and, when it comes back, to this user's sign-in here; it ends at the account page. A link,
     * not a form: browsers apply the page's CSP {@code form-action} to the redirects after a form POST
     * (CSP3 §6.3.1), and the provider's origin is not the page's. The CSRF token rides in the query,
     * checked as a form's (with Fetch Metadata: a cross-site navigation is refused).
     */
    public void link(Context ctx) {
        pages.checkCsrf(ctx, pages.query(ctx, "csrf"));
        Optional<BrowserSession> session = account.signedIn(ctx);
        if (session.isEmpty()) return;
        String provider = ctx.pathParam("provider");
        if (!LinkedIdentities.isProviderId(provider)) throw new DomainException(ErrorCode.NOT_FOUND);
        String userId = session.get().userId();
        if (identities.of(userId).stream().anyMatch(i -> i.providerId().equals(provider))) {
            throw PageException.of(409, "account.identities.already_linked").withLink(AccountPages.PATH, "account.back");
        }
        if (!factors.recent(session.get().authTime())) {
            // A new way in needs a recent sign-in, as a second factor does: the hosted sign-in again, then the account page.
            pages.redirect(ctx, LoginPages.loginUrl(AccountPages.PATH, true) + "&login_hint="
                    + java.net.URLEncoder.encode(session.get().username(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        upstream.startAccountLink(ctx, userId, provider);
    }

    /** POST /account/identities/{provider}/unlink: never the last way to sign in (409, the page says why). */
    public void unlink(Context ctx, String ip) {
        Optional<BrowserSession> session = signedInForm(ctx);
        if (session.isEmpty()) return;
        try {
            identities.unlink(session.get().userId(), ctx.pathParam("provider"), ip);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.LAST_LOGIN_METHOD) throw e;
            account.render(ctx, 409, session.get(), Map.of("identitiesError", pages.text(ctx, "account.identities.last")));
            return;
        }
        pages.redirect(ctx, AccountPages.PATH + "?done=identity_unlinked");
    }

    /**
     * POST /account/app-sessions/{id}/end: one of the user's applications' token sessions ends, with its
     * refresh tokens (as DELETE /api/v1/me/sessions/{id}); someone else's answers exactly like a missing one.
     */
    public void endAppSession(Context ctx) {
        Optional<BrowserSession> session = signedInForm(ctx);
        if (session.isEmpty()) return;
        String id = ctx.pathParam("id");
        Optional<Session> found = id.length() > MAX_SESSION_ID ? Optional.empty() : sessions.findLive(id);
        if (found.isEmpty() || !found.get().userId().equals(session.get().userId())) throw new DomainException(ErrorCode.NOT_FOUND);
        // Ended by another tab in between: the session is gone either way.
        sessions.end(id);
        pages.redirect(ctx, AccountPages.PATH + "?done=app_session");
    }

    /** Checks the posted form's CSRF token, then the sign-in: empty after answering 303 to the login page. */
    private Optional<BrowserSession> signedInForm(Context ctx) {
        pages.form(ctx);
        return account.signedIn(ctx);
    }
}
