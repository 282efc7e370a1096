package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.rbac.ScopePolicy;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.session.TokenService;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Password login, refresh and logout for the first-party API. */
public final class AuthService {
    private static final int MAX_IDENTIFIER = 320;
    /** RFC 8176 §2: password-based authentication. */
    public static final String PWD = "pwd";

    private final UserStore users;
    private final Credentials credentials;
    private final LoginThrottle throttle;
    private final IpRateLimiter ipLimiter;
    private final SessionService sessions;
    private final TokenService tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final String firstPartyClientId;
    private final int maxPasswordLength;
    private final MeterRegistry metrics;
    private final boolean requireVerifiedEmail;
    private final SecondStep secondStep;

    /** Without a second step (every password login gets tokens). */
    public AuthService(UserStore users, Credentials credentials, LoginThrottle throttle, IpRateLimiter ipLimiter,
                       SessionService sessions, TokenService tokens, AuditLog audit, Clock clock,
                       String firstPartyClientId, int maxPasswordLength, MeterRegistry metrics, boolean requireVerifiedEmail) {
        this(users, credentials, throttle, ipLimiter, sessions, tokens, audit, clock, firstPartyClientId, maxPasswordLength, metrics,
                requireVerifiedEmail, SecondStep.NONE);
    }

    /**
     * @param requireVerifiedEmail {@code require.verified.email=login}: no tokens for a user whose address is unverified
     * @param secondStep           asked after a right password whether the login must show a second factor (API.md §7)
     */
    public AuthService(UserStore users, Credentials credentials, LoginThrottle throttle, IpRateLimiter ipLimiter,
                       SessionService sessions, TokenService tokens, AuditLog audit, Clock clock,
                       String firstPartyClientId, int maxPasswordLength, MeterRegistry metrics, boolean requireVerifiedEmail,
                       SecondStep secondStep) {
        this.secondStep = secondStep;
        this.requireVerifiedEmail = requireVerifiedEmail;
        this.users = users;
        this.credentials = credentials;
        this.throttle = throttle;
        this.ipLimiter = ipLimiter;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.firstPartyClientId = firstPartyClientId;
        this.maxPasswordLength = maxPasswordLength;
        this.metrics = metrics;
    }

    /** Password login of the first-party API: a token session and tokens. See {@link #verify}. */
    public TokenResponse login(LoginCommand c) {
        List<FieldError> errors = credentialProblems(c.username(), c.password());
        List<String> scope = null;
        try {
            scope = Scopes.parse(c.scope());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("scope", e.getMessage()));
        }
        if (c.clientId() != null && !c.clientId().equals(firstPartyClientId)) errors.add(new FieldError("client_id", "unknown_client"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        Verified verified = verify(c.username(), c.password(), c.ip());
        UserWithGrants user = verified.user();
        // Without a scope the session is unrestricted (stored as null): every token carries the user's
        // permissions of that moment, a role granted since included (as Keycloak and Auth0 do). With
        // one it keeps the scope GRANTED here, not the one requested, and a refresh never widens it
        // (RFC 6749 §6). Either way a permission removed since is gone (ScopePolicy.firstParty).
        List<String> granted = scope == null ? null : ScopePolicy.firstParty(user.grants(), null, scope);
        PendingLogin pending = new PendingLogin(user.user().id(), firstPartyClientId, granted, List.of(PWD), c.userAgent(), c.ip());
        // Before the throttle is cleared: a right password alone does not reset the account's failed
        // attempts while a second factor is still to come (API.md §7).
        secondStep.require(pending);
        throttle.success(verified.throttleKey());
        return start(user, pending);
    }

    /**
     * Ends a login whose second step was passed ({@code login.amr} says how): a token session and
     * tokens, as {@link #login} gives when the password is enough. The user is read again, so one
     * disabled meanwhile gets nothing; the account's failed attempts are cleared.
     */
    public TokenResponse finish(PendingLogin login) {
        Optional<UserWithGrants> user = users.findById(login.userId());
        if (user.isEmpty() || user.get().user().disabled()) throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        throttle.success(LoginThrottle.accountKey(login.userId()));
        return start(user.get(), login);
    }

    private TokenResponse start(UserWithGrants user, PendingLogin login) {
        SessionService.Issued issued = sessions.start(user.user().id(), login.clientId(), login.scope(), login.amr(), login.userAgent(),
                login.ip());
        // An upstream sign-in finished by its second step is audited as one directly (signIn): with its provider.
        audit.record("login", "success", user.user().id(), user.user().id(), null, login.ip(),
                (login.idp() == null ? "" : "provider=" + login.idp() + " ") + "session=" + issued.session().id());
        return tokens.issue(user.user().id(), issued.session(), user.grants(), issued.refreshToken());
    }

    /**
     * Tokens for a user who authenticated some other way (an upstream provider's ID token, API.md §6),
     * exactly as {@link #login} issues them: a new unrestricted first-party session. The upstream is
     * only the first factor: an account with a second factor gets {@code mfa_required} (and one that
     * must enrol {@code mfa_enrollment_required}) as after a password, and the mfa_token remembers
     * {@code idp} and the upstream's {@code amr} for the session the second step makes.
     *
     * @param idp    the provider id
     * @param amr    what the upstream reported (RFC 8176), trusted; empty when it said nothing
     * @param detail what the audit event says about how (e.g. the provider)
     * @throws DomainException invalid_credentials (disabled or gone), mfa_required, mfa_enrollment_required
     */
    public TokenResponse signIn(String userId, String idp, List<String> amr, String ip, String userAgent, String detail) {
        UserWithGrants user = users.findById(userId).filter(u -> !u.user().disabled())
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_CREDENTIALS));
        secondStep.require(new PendingLogin(userId, firstPartyClientId, null, amr, userAgent, ip, idp));
        SessionService.Issued issued = sessions.start(userId, firstPartyClientId, null, amr, userAgent, ip);
        audit.record("login", "success", userId, userId, null, ip, detail + " session=" + issued.session().id());
        return tokens.issue(userId, issued.session(), user.grants(), issued.refreshToken());
    }

    /**
     * Whether an upstream sign-in in the browser (API.md §6) may make a session on the upstream alone:
     * returns when it may; refuses with {@code mfa_required} or {@code mfa_enrollment_required} (as
     * {@link #signIn}) when the account needs a second factor first; its mfa_token is the hosted code
     * step's (API.md §7), whose challenge keeps {@code amr} and {@code idp}.
     */
    public void requireSecondStep(String userId, String idp, List<String> amr, String ip) {
        secondStep.require(new PendingLogin(userId, firstPartyClientId, null, amr, null, ip, idp));
    }

    /**
     * The credential check of {@link #login} without creating a token session, for the hosted login
     * form: same validation, IP rate limit, per-account throttle (SECURITY.md: "applied on every
     * path that checks a credential"), hash pool and identical failure. The caller records the
     * success audit event with what it created.
     *
     * @throws DomainException invalid_request, rate_limited, too_many_attempts (429 with Retry-After),
     *                      invalid_credentials (401), overloaded (503), mfa_required (the account has a second factor)
     */
    public UserWithGrants authenticate(String username, String password, String ip) {
        List<FieldError> errors = credentialProblems(username, password);
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        Verified verified = verify(username, password, ip);
        // An account with a factor is never signed in on its password alone: the hosted pages take
        // the mfa_token of this refusal to their code step (API.md §7).
        secondStep.require(new PendingLogin(verified.user().user().id(), firstPartyClientId, null, List.of(PWD), null, ip));
        throttle.success(verified.throttleKey());
        return verified.user();
    }

    /** A user whose password matched, and the throttle key its attempt was counted on (not cleared yet). */
    private record Verified(UserWithGrants user, String throttleKey) {}

    private List<FieldError> credentialProblems(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || username.isEmpty()) errors.add(new FieldError("username", "required"));
        else if (username.length() > MAX_IDENTIFIER) errors.add(FieldError.tooLong("username", MAX_IDENTIFIER));
        if (password == null || password.isEmpty()) errors.add(new FieldError("password", "required"));
        else if (password.length() > maxPasswordLength * 2) errors.add(FieldError.tooLong("password", maxPasswordLength * 2));
        return errors;
    }

    /**
     * Unknown user, wrong password and disabled user end in the same 401 after the same work (one
     * hash), so neither the body nor the timing tells them apart (SECURITY.md).
     */
    private Verified verify(String username, String password, String ip) {
        limitIp(ip);
        // Before the throttle: an attempt refused for capacity checks no password, so it is no guess;
        // the place is held through the reads and the throttle write, so a counted attempt is hashed.
        try (HashPool.Permit permit = credentials.reserve()) {
            return verify(permit, username, password, ip);
        }
    }

    private Verified verify(HashPool.Permit permit, String username, String password, String ip) {
        String identifier = username.indexOf('@') >= 0 ? Identifiers.normalizeEmail(username)
                : Identifiers.normalizeUsername(username);
        // The account first, so that the throttle counts per account whatever name was typed; an
        // unknown name gets a key of its own on the same schedule. Both paths do the same work (one
        // read, one throttle write, one hash), so neither timing nor the 429 tells them apart.
        Optional<UserWithGrants> found = users.findByLogin(identifier);
        String throttleKey = found.map(f -> LoginThrottle.accountKey(f.user().id())).orElseGet(() -> LoginThrottle.nameKey(identifier));
        Duration wait = throttle.tryAcquire(throttleKey);
        if (wait != null) {
            count("throttled");
            audit.record("login", "throttled", found.map(f -> f.user().id()).orElse(null), null, identifier, ip, null);
            throw DomainException.retryAfter(ErrorCode.TOO_MANY_ATTEMPTS, wait);
        }
        boolean ok = credentials.check(permit, found.map(UserWithGrants::user), PasswordPolicy.normalize(password), clock.instant());
        if (!ok || found.get().user().disabled()) {
            count("failure");
            audit.record("login", "failure", found.map(f -> f.user().id()).orElse(null), null, identifier, ip,
                    found.isEmpty() ? "unknown_user" : ok ? "disabled" : "wrong_password");
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        }
        UserWithGrants user = found.get();
        // Checked only after the password matched, so it reveals nothing to someone without it. Users
        // without any address (made by an operator: CLI, bootstrap) are exempt; signup needs one in this mode.
        if (requireVerifiedEmail && user.user().email() != null && !user.user().emailVerified()) {
            throttle.success(throttleKey); // the password was right: no guess to count
            count("email_not_verified");
            audit.record("login", "failure", user.user().id(), null, identifier, ip, "email_not_verified");
            throw new DomainException(ErrorCode.EMAIL_NOT_VERIFIED);
        }
        count("success");
        return new Verified(user, throttleKey);
    }

    public TokenResponse refresh(String refreshToken, String ip) {
        SessionService.Issued issued;
        try {
            // /api/v1/refresh serves the first-party client only: OAuth clients refresh at /oauth2/token.
            issued = sessions.refresh(refreshToken, firstPartyClientId, ip);
        } catch (DomainException e) {
            metrics.counter("gatehouse_refreshes", "outcome", "failure").increment();
            throw e;
        }
        // Through the live session, as /api/v1/me reads it (cached until a write can change it: LiveSessionCache);
        // by id when a parallel presentation of the old token ended the session since the rotation, as before.
        Optional<UserWithGrants> user = users.findByLiveSession(issued.session().userId(), issued.session().id(), clock.instant())
                .map(LiveSessionUser::user).or(() -> users.findById(issued.session().userId()));
        if (user.isEmpty() || user.get().user().disabled()) {
            sessions.end(issued.session().id());
            throw new DomainException(ErrorCode.INVALID_REFRESH_TOKEN);
        }
        metrics.counter("gatehouse_refreshes", "outcome", "success").increment();
        return tokens.issue(user.get().user().id(), issued.session(), user.get().grants(), issued.refreshToken());
    }

    /** Logout with a refresh token; answers the same whether or not the token was known. */
    public void logout(String refreshToken, String ip) {
        sessions.endByRefreshToken(refreshToken).ifPresent(s ->
                audit.record("logout", "success", s.userId(), s.userId(), null, ip, "session=" + s.id()));
    }

    /** Logout of the bearer's own session, or of every session of the user. */
    public void logoutSession(String userId, String sessionId, boolean all, String ip) {
        if (all) {
            int n = sessions.endAll(userId, null);
            audit.record("logout", "success", userId, userId, null, ip, "all_sessions=" + n);
        } else {
            sessions.end(sessionId);
            audit.record("logout", "success", userId, userId, null, ip, "session=" + sessionId);
        }
    }

    private void limitIp(String ip) {
        Duration wait = ipLimiter.tryAcquire(ip);
        if (wait != null) {
            count("rate_limited");
            throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
        }
    }

    private void count(String outcome) {
        metrics.counter("gatehouse_logins", "outcome", outcome).increment();
    }
}
