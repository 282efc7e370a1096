package dev.gatehouse.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.User;
import dev.gatehouse.account.AccountService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.passkey.PasskeyService;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The second factors of the account page (API.md §7 and §9): TOTP set-up and removal, recovery codes,
 * passkeys. Every action calls the JSON API's services with the browser login session's own sign-in time
 * ({@link BrowserSession#authTime()}) where the API uses the token's: the same {@code mfa.reauth.max.age},
 * the same audit events, the same "last factor" rules. A sign-in that is too old is not an error here: the
 * browser goes through the hosted sign-in again ({@code force=1}, as OIDC {@code max_age} does) and comes
 * back to the account page, where one click repeats the action.
 */
public final class AccountFactorPages {
    public static final String TOTP = AccountPages.PATH + "/factors/totp";
    public static final String TOTP_CONFIRM = TOTP + "/confirm";
    public static final String TOTP_REMOVE = TOTP + "/remove";
    public static final String RECOVERY_CODES = AccountPages.PATH + "/factors/recovery-codes";
    public static final String PASSKEYS = AccountPages.PATH + "/passkeys";
    public static final String PASSKEY_OPTIONS = PASSKEYS + "/options";
    /** The notices a 303 back to the account page may name ({@code ?factors=…}); anything else shows none. */
    private static final Set<String> NOTICES = Set.of("reauth", "totp_on", "totp_off", "passkey_added", "passkey_removed");
    /** Where a stale sign-in comes back to after signing in again. */
    private static final String AFTER_REAUTH = AccountPages.PATH + "?factors=reauth";
    private static final Pattern CODE = Pattern.compile("\\d{6,8}");
    private static final int MAX_CODE = 64;
    /** A PublicKeyCredential's JSON is a few kilobytes; the form parser's own limit caps the rest. */
    private static final int MAX_CREDENTIAL = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages;
    private final LoginCookie cookie;
    private final MfaService factors;
    private final PasskeyService passkeys;
    private final AccountService accounts;

    public AccountFactorPages(Pages pages, LoginCookie cookie, MfaService factors, PasskeyService passkeys, AccountService accounts) {
        this.pages = pages;
        this.cookie = cookie;
        this.factors = factors;
        this.passkeys = passkeys;
        this.accounts = accounts;
    }

    /**
     * What the account page's factor section shows: the overview, a notice after an action, whether
     * passkeys can be added here, and whether the next change will ask to sign in again.
     */
    public record Section(MfaService.Status status, String notice, boolean passkeysAvailable, boolean recent) {}

    /** The section of the account page for this browser's session. */
    public Section section(Context ctx, BrowserSession session) {
        String notice = pages.query(ctx, "factors");
        return new Section(factors.status(session.userId()), notice != null && NOTICES.contains(notice) ? pages.text(ctx, "account.factors.done." + notice) : null,
                passkeys.available(), factors.recent(session.authTime()));
    }

    /** POST /account/factors/totp: starts the set-up (or keeps the one pending since this sign-in) and shows it. */
    public void startTotp(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        try {
            factors.enrolTotp(s.userId(), s.authTime(), ip);
        } catch (DomainException e) {
            if (reauth(ctx, s, e)) return;
            if (e.error() != ErrorCode.MFA_ALREADY_ENABLED) throw e;
        }
        pages.redirect(ctx, TOTP);
    }

    /** GET /account/factors/totp: the pending set-up (QR code, key, code form); with none pending, the account page. */
    public void showTotp(Context ctx) {
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        Optional<MfaService.Enrolment> pending = factors.pendingTotp(session.get().userId(), session.get().authTime());
        if (pending.isEmpty()) {
            pages.redirect(ctx, AccountPages.PATH);
            return;
        }
        renderTotp(ctx, 200, pending.get(), null);
    }

    /** POST /account/factors/totp/confirm: the first code turns the pending secret on; new recovery codes are shown this once. */
    public void confirmTotp(Context ctx, String ip) {
        Form form = pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        Optional<MfaService.Enrolment> pending = factors.pendingTotp(s.userId(), s.authTime());
        String code = form.get("code", "").replace(" ", "").strip();
        if (pending.isPresent() && (code.isEmpty() || code.length() > MAX_CODE || !CODE.matcher(code).matches())) {
            renderTotp(ctx, 400, pending.get(), pages.text(ctx, "account.totp.code_invalid"));
            return;
        }
        List<String> codes;
        try {
            codes = factors.confirmTotp(s.userId(), s.authTime(), code, ip);
        } catch (DomainException e) {
            if (reauth(ctx, s, e)) return;
            if (e.error() == ErrorCode.INVALID_ENROLMENT_CODE && pending.isPresent()) {
                renderTotp(ctx, 400, pending.get(), pages.text(ctx, "account.totp.code_wrong"));
                return;
            }
            if (e.error() == ErrorCode.INVALID_ENROLMENT_CODE || e.error() == ErrorCode.MFA_ALREADY_ENABLED) {
                // Nothing pending since this sign-in (confirmed in another tab, or never started): the page says what is on.
                pages.redirect(ctx, AccountPages.PATH);
                return;
            }
            throw e;
        }
        if (codes.isEmpty()) pages.redirect(ctx, AccountPages.PATH + "?factors=totp_on");
        else recoveryCodes(ctx, codes);
    }

    /** POST /account/factors/totp/remove: idempotent, as DELETE /api/v1/me/mfa/totp. */
    public void removeTotp(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        change(ctx, s, () -> {
            factors.removeTotp(s.userId(), s.authTime(), ip);
            return AccountPages.PATH + "?factors=totp_off";
        }).ifPresent(next -> pages.redirect(ctx, next));
    }

    /** POST /account/factors/recovery-codes: a new set, shown this once; the old ones stop working. */
    public void regenerateRecoveryCodes(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        change(ctx, s, () -> factors.regenerateRecoveryCodes(s.userId(), s.authTime(), ip)).ifPresent(codes -> recoveryCodes(ctx, codes));
    }

    /**
     * POST /account/passkeys/options: the creation options for the page's script (WebAuthn Level 3 §5.1.3),
     * with the form's CSRF token. Their challenge is bound to this user (single use, {@code PasskeyService}'s
     * expiry) and the origin to the issuer's. A sign-in too old answers 403: the script then posts the form
     * without a credential, and that POST goes through the sign-in again.
     */
    public void passkeyOptions(Context ctx) {
        pages.form(ctx);
        Optional<BrowserSession> session = cookie.current(ctx);
        if (session.isEmpty()) throw PageException.of(401, "error.generic");
        BrowserSession s = session.get();
        User u = accounts.get(s.userId()).user();
        Map<String, Object> options = passkeys.registrationOptions(u.id(), s.authTime(), u.username(), u.name());
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(options));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST /account/passkeys: registers what the authenticator made; the first factor of the account brings recovery codes. */
    public void addPasskey(Context ctx, String ip) {
        Form form = pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        if (!factors.recent(s.authTime())) {
            reauth(ctx, s);
            return;
        }
        String field = form.get("credential", "");
        JsonNode credential = field.length() > MAX_CREDENTIAL ? null : PasskeyPages.credential(field);
        if (credential == null) throw badRequest("account.passkeys.incomplete");
        String name = form.get("passkey_name", "");
        try {
            passkeys.register(s.userId(), s.authTime(), name.isBlank() ? null : name, credential, ip);
        } catch (DomainException e) {
            if (reauth(ctx, s, e)) return;
            throw switch (e.error()) {
                case INVALID_REQUEST -> badRequest("account.passkeys.name_invalid");
                case INVALID_CREDENTIAL -> badRequest("account.passkeys.refused");
                default -> toAccount(e);
            };
        }
        List<String> codes = factors.factorAdded(s.userId());
        if (codes.isEmpty()) pages.redirect(ctx, AccountPages.PATH + "?factors=passkey_added");
        else recoveryCodes(ctx, codes);
    }

    /** POST /account/passkeys/{id}/remove: one of the user's own passkeys; another user's id is 404, as an unknown one. */
    public void removePasskey(Context ctx, String ip) {
        pages.form(ctx);
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        String id = ctx.pathParam("id");
        change(ctx, s, () -> {
            passkeys.remove(s.userId(), s.authTime(), id, ip, factors::removePasskey);
            return AccountPages.PATH + "?factors=passkey_removed";
        }).ifPresent(next -> pages.redirect(ctx, next));
    }

    /**
     * Runs a change of the user's factors: its result, or empty after sending an old sign-in through the
     * sign-in again; any other refusal is an error page that leads back to the account page.
     */
    private <T> Optional<T> change(Context ctx, BrowserSession s, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (DomainException e) {
            if (!reauth(ctx, s, e)) throw toAccount(e);
            return Optional.empty();
        }
    }

    /** This browser's login session, or empty after answering 303 to the login page that comes back to the account page. */
    private Optional<BrowserSession> signedIn(Context ctx) {
        Optional<BrowserSession> session = cookie.current(ctx);
        if (session.isEmpty()) pages.redirect(ctx, LoginPages.loginUrl(AccountPages.PATH));
        return session;
    }

    /** True after sending the browser to sign in again when {@code e} says the sign-in is too old. */
    private boolean reauth(Context ctx, BrowserSession s, DomainException e) {
        if (e.error() != ErrorCode.REAUTHENTICATION_REQUIRED) return false;
        reauth(ctx, s);
        return true;
    }

    /**
     * The hosted sign-in again, even though this browser is signed in ({@code force=1}, as for OIDC
     * {@code max_age}), with the username filled in; the password (and the second factor, if any) starts a
     * new login session with a new auth_time, and the account page follows.
     */
    private void reauth(Context ctx, BrowserSession s) {
        pages.redirect(ctx, LoginPages.loginUrl(AFTER_REAUTH, true) + "&login_hint=" + URLEncoder.encode(s.username(), StandardCharsets.UTF_8));
    }

    /** A refusal as an error page whose link leads back to the account page. */
    private static PageException toAccount(DomainException e) {
        return Pages.fromApi(e).withLink(AccountPages.PATH, "account.back");
    }

    private static PageException badRequest(String messageKey) {
        return PageException.badRequest(messageKey).withLink(AccountPages.PATH, "account.back");
    }

    private void recoveryCodes(Context ctx, List<String> codes) {
        // Shown this once (API.md §7): the page is no-store like every hosted page.
        Map<String, Object> params = new HashMap<>();
        params.put("codes", codes);
        params.put("next", AccountPages.PATH);
        pages.render(ctx, 200, "pages/mfa_recovery_codes.jte", params);
    }

    private void renderTotp(Context ctx, int status, MfaService.Enrolment enrolment, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", pages.csrfToken(ctx));
        params.put("enrolment", enrolment);
        params.put("error", error);
        pages.render(ctx, status, "pages/account_totp.jte", params);
    }
}
