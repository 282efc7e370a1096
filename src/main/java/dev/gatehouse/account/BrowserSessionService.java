package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.Ids;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Login sessions of the hosted pages: started by a password login or a signup, found again from the
 * browser's cookie, ended by logout. Every start issues a new random cookie value (no session
 * fixation: a value planted before login is never promoted). A session is dead once revoked or
 * expired, and also as soon as its user is disabled or deleted or changes password.
 */
public final class BrowserSessionService {
    /** RFC 8176 §2: password-based authentication. */
    public static final String AMR_PASSWORD = "pwd";
    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43;
    /** {@code last_seen_at} is written at most this often per session: reads stay reads. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /**
     * How long after a cookie was replaced a sign-in that still carries it counts as concurrent with the one that
     * replaced it (two tabs submitting at once; the slower waited for the password hashing queue): longer than any
     * sign-in request takes, short enough that a stolen old cookie does not take over a later session.
     */
    private static final Duration CONCURRENT_SIGN_IN = Duration.ofMinutes(1);
    /** Bounds the loops along merges: one merge per sign-in that carried the same cookie at once. */
    private static final int MAX_MERGES = 16;
    /**
     * Bounds {@link #continuesAs}: one step per re-sign-in in the browser (and per merge of two at once) since the
     * earlier session; beyond it the answer is no, which only means the user is asked.
     */
    private static final int MAX_SUCCESSORS = 32;

    private final BrowserSessionStore store;
    private final UserStore users;
    private final AuthService auth;
    private final AccountService accounts;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration ttl;

    public BrowserSessionService(BrowserSessionStore store, UserStore users, AuthService auth, AccountService accounts,
                               SessionService sessions, AuditLog audit, Clock clock, Duration ttl) {
        this.store = store;
        this.users = users;
        this.auth = auth;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A new session and the cookie value the browser gets (once; only its hash is stored). */
    public record Started(BrowserSession session, String cookieValue) {}

    /**
     * Remembers the language of the page the user signed in on (a BCP 47 tag): their mails are written
     * in it, whichever request later causes one (a reset asked for by anyone, a notice).
     */
    public void rememberLocale(String userId, String languageTag) {
        users.updateLocale(userId, languageTag);
    }

    /** The absolute lifetime of a login session (the cookie's Max-Age). */
    public Duration ttl() {
        return ttl;
    }

    /**
     * Password login for the hosted login form: exactly the checks of the JSON login (validation, IP
     * rate, per-account throttle, hashing pool, identical failure for unknown user, wrong password
     * and disabled user), then a new login session instead of tokens.
     *
     * @throws DomainException as {@link AuthService#login} does
     */
    public Started passwordLogin(String username, String password, String ip, String userAgent) {
        UserWithGrants user = auth.authenticate(username, password, ip);
        Started started = start(user.user().id(), List.of(AMR_PASSWORD), ip, userAgent);
        audit.record("login", "success", user.user().id(), user.user().id(), null, ip, "login_session=" + started.session().id());
        return started;
    }

    /**
     * A login session for a password login whose second step was just passed (API.md §7); {@code
     * login.amr} says how (e.g. pwd, otp, mfa), {@code login.idp} through which upstream provider the
     * first step went (API.md §6; the ID token's idp), if any. The user is read again: one disabled
     * meanwhile gets nothing.
     */
    public Started secondStepLogin(PendingLogin login, String userAgent) {
        if (users.findById(login.userId()).map(u -> u.user().disabled()).orElse(true)) throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        Started started = start(login.userId(), login.amr(), login.idp(), login.ip(), userAgent);
        audit.record("login", "success", login.userId(), login.userId(), null, login.ip(), (login.idp() == null ? "" : "provider=" + login.idp() + " ")
                + "login_session=" + started.session().id() + " amr=" + String.join(",", login.amr()));
        return started;
    }

    /** Public signup from the hosted page, then a login session for the new user (the password was just set). */
    public Started signup(SignupCommand command, String userAgent) {
        User user = accounts.signup(command);
        // require.verified.email=login: the account exists, but signing in waits for the mailed link.
        if (accounts.verifiedEmailRequired() && !user.emailVerified()) throw new DomainException(ErrorCode.EMAIL_NOT_VERIFIED);
        return start(user.id(), List.of(AMR_PASSWORD), command.ip(), userAgent);
    }

    /** Starts a session for a user who has just authenticated by {@code amr}. */
    public Started start(String userId, List<String> amr, String ip, String userAgent) {
        return start(userId, amr, null, ip, userAgent);
    }

    /** As {@link #start(String, List, String, String)}, through the upstream provider {@code idp} (null: none). */
    public Started start(String userId, List<String> amr, String idp, String ip, String userAgent) {
        // Read after authentication: a rehash during the check has already changed the stored hash.
        User user = users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.INVALID_CREDENTIALS)).user();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        BrowserSession session = new BrowserSession(Ids.newId(clock), userId, user.username(), now, List.copyOf(amr), now,
                now.plus(ttl), now, ip, truncate(userAgent, 512), idp);
        String cookie = SecureTokens.random(TOKEN_BYTES);
        store.insert(session, SecureTokens.hash(cookie), fingerprint(user.passwordHash()));
        return new Started(session, cookie);
    }

    /** The live session of this cookie value, or empty (unknown, malformed, ended, expired, or its user's state changed). */
    public Optional<BrowserSession> current(String cookieValue) {
        if (!wellFormed(cookieValue)) return Optional.empty();
        Instant now = clock.instant();
        Optional<BrowserSessionStore.Found> found = store.findLive(SecureTokens.hash(cookieValue), now);
        if (found.isEmpty()) return Optional.empty();
        BrowserSessionStore.Found f = found.get();
        if (f.userDisabled() || !f.passwordFingerprint().equals(fingerprint(f.currentPasswordHash()))) {
            store.revoke(f.session().id(), now);
            return Optional.empty();
        }
        if (f.session().lastSeenAt().isBefore(now.minus(TOUCH_EVERY))) store.touch(f.session().id(), now, now.minus(TOUCH_EVERY));
        return Optional.of(f.session());
    }

    /**
     * Ends the session of this cookie value, and the token sessions applications got through it
     * (OIDC: signing out of the provider signs out of what it issued); silent when there is none.
     */
    public void end(String cookieValue, String ip) {
        if (!wellFormed(cookieValue)) return;
        store.revokeByTokenHash(SecureTokens.hash(cookieValue), clock.instant()).ifPresent(s -> {
            int tokens = sessions.endFromLogin(s.id());
            audit.record("logout", "success", s.userId(), s.userId(), null, ip, "login_session=" + s.id() + " sessions=" + tokens);
        });
    }

    /**
     * The browser's previous session ({@code oldCookieValue}, may be null) gives way to {@code started},
     * which the browser gets instead: the old value stops working at once, so a value known before the
     * sign-in is never promoted (no fixation). A re-sign-in of the same user (a step-up, the recent
     * sign-in a factor change needs, {@code prompt=login}) keeps the applications signed in: the token
     * sessions they got through the old session go on as the new one's, as Keycloak keeps its SSO session
     * through a re-authentication; nobody's open app loses its work because a sign-in was refreshed in
     * another tab. Another user's session ends with its applications, as {@link #end} does.
     */
    public void replace(String oldCookieValue, Started started, String ip) {
        if (!wellFormed(oldCookieValue)) return;
        BrowserSession next = started.session();
        String hash = SecureTokens.hash(oldCookieValue);
        Instant now = clock.instant();
        Optional<BrowserSession> old = store.revokeByTokenHash(hash, next, now);
        if (old.isEmpty()) {
            // Two tabs signed in again at once with the same cookie, and the other sign-in replaced it first. The
            // browser keeps whichever cookie arrives last, so the two new sessions become one: the other one ends,
            // merged into this one, its applications move here, and its cookie stands for this session. Neither
            // tab is signed out, every application stays with the cookie the browser keeps. Another user's sign-in
            // ends it with its applications instead, as above.
            old = store.revokeSuccessor(hash, next, now.minus(CONCURRENT_SIGN_IN), now);
        }
        old.ifPresent(s -> {
            if (s.userId().equals(next.userId())) {
                moveApplications(s.id(), next.id());
                return;
            }
            int tokens = sessions.endFromLogin(s.id());
            audit.record("logout", "success", s.userId(), s.userId(), null, ip, "login_session=" + s.id() + " sessions=" + tokens);
        });
    }

    /**
     * The token sessions of {@code from} go on as {@code to}'s, and on along the merges {@code to} went through
     * meanwhile (a concurrent sign-in may merge it between the move and now: the merger moves only what it found).
     */
    private void moveApplications(String from, String to) {
        for (int hop = 0; hop < MAX_MERGES; hop++) {
            sessions.moveFromLogin(from, to);
            String further = store.mergedInto(to);
            if (further.equals(to)) return;
            from = to;
            to = further;
        }
    }

    /**
     * After a token session was started from login session {@code loginSessionId}: if that session was merged
     * meanwhile (two tabs signing in again at once, see {@link #replace}), the token session follows it.
     */
    public void followMerges(String loginSessionId) {
        String merged = store.mergedInto(loginSessionId);
        if (!merged.equals(loginSessionId)) moveApplications(loginSessionId, merged);
    }

    /**
     * As {@link #live}, or else the live session {@code loginSessionId} was merged into when two sign-ins of
     * its browser met (see {@link #replace}): what it continues as.
     */
    public Optional<BrowserSession> liveOrMergedInto(String userId, String loginSessionId) {
        Optional<BrowserSession> live = live(userId, loginSessionId);
        if (live.isPresent() || loginSessionId == null) return live;
        String merged = store.mergedInto(loginSessionId);
        return merged.equals(loginSessionId) ? Optional.empty() : live(userId, merged);
    }

    /**
     * True when the user's login session {@code earlier} is {@code current} or was replaced by it, directly or
     * through further re-sign-ins and merges in the same browser ({@link #replace}): an ID token issued for the
     * earlier one names the session that goes on as {@code current}. Another browser's session, another user's,
     * and one that ended (logout, expiry) without a successor are not.
     */
    public boolean continuesAs(String userId, String earlier, String current) {
        if (userId == null || earlier == null || current == null) return false;
        return earlier.equals(current) || store.wentOnAs(userId, earlier, current, MAX_SUCCESSORS);
    }

    /**
     * Ends one of the user's own login sessions (the account page's "sign out" of another device), and
     * the token sessions applications got through it, as {@link #end} does. False when the user has no
     * such live session: another user's session id is answered exactly like an unknown one.
     */
    public boolean endOwn(String userId, String loginSessionId, String ip) {
        if (live(userId, loginSessionId).isEmpty() || !store.revoke(loginSessionId, clock.instant())) return false;
        int tokens = sessions.endFromLogin(loginSessionId);
        audit.record("logout", "success", userId, userId, null, ip, "login_session=" + loginSessionId + " sessions=" + tokens + " by=account_page");
        return true;
    }

    /** Ends every login session of the user (admin revoke, account disable); returns how many. */
    public int endAll(String userId) {
        return store.revokeAllForUser(userId, clock.instant());
    }

    /** True while this login session of the user has neither ended nor expired. */
    public boolean isLive(String userId, String loginSessionId) {
        return live(userId, loginSessionId).isPresent();
    }

    /** This login session of the user while it has neither ended nor expired. */
    public Optional<BrowserSession> live(String userId, String loginSessionId) {
        if (loginSessionId == null) return Optional.empty();
        return listLive(userId).stream().filter(s -> s.id().equals(loginSessionId)).findFirst();
    }

    public List<BrowserSession> listLive(String userId) {
        return store.listLive(userId, clock.instant());
    }

    /** SHA-256 of the stored password hash: changes whenever the password does, reveals nothing usable. */
    private static String fingerprint(String passwordHash) {
        return SecureTokens.hash(passwordHash == null ? "" : passwordHash);
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.length() != TOKEN_LENGTH) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
        }
        return true;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
