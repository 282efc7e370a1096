package dev.gatehouse.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.session.TokenService;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Passwordless sign-in with a discoverable passkey (API.md §7): the same token session and tokens as a
 * password login of the first-party API, with {@code amr} {@code ["hwk","mfa"]}, or {@code ["swk","mfa"]}
 * for a backup-eligible (synced) passkey (RFC 8176 §2: a key the user holds, proven with user
 * verification, counts as two factors). Every failure is the same 401 {@code invalid_credentials};
 * attempts count on the client's IP limiter and on the claimed account's login throttle, as passwords do.
 */
public final class PasskeyLogin {
    private final PasskeyService passkeys;
    private final UserStore users;
    private final SessionService sessions;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final IpRateLimiter ipLimiter;
    private final IpRateLimiter optionsLimiter;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final String firstPartyClientId;
    private final boolean requireVerifiedEmail;

    /**
     * @param ipLimiter      the password login's limiter: a passkey answer is an attempt like a password
     * @param optionsLimiter a budget of its own for the anonymous options, each of which stores a challenge
     */
    public PasskeyLogin(PasskeyService passkeys, UserStore users, SessionService sessions, TokenService tokens, LoginThrottle throttle,
                        IpRateLimiter ipLimiter, IpRateLimiter optionsLimiter, AuditLog audit, MeterRegistry metrics,
                        String firstPartyClientId, boolean requireVerifiedEmail) {
        this.optionsLimiter = optionsLimiter;
        this.passkeys = passkeys;
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.throttle = throttle;
        this.ipLimiter = ipLimiter;
        this.audit = audit;
        this.metrics = metrics;
        this.firstPartyClientId = firstPartyClientId;
        this.requireVerifiedEmail = requireVerifiedEmail;
    }

    /**
     * {@code {"challenge_id", …PublicKeyCredentialRequestOptionsJSON}} for a discoverable credential.
     *
     * @throws DomainException rate_limited (429): too many options for this address
     */
    public Map<String, Object> options(String ip) {
        limit(optionsLimiter, ip);
        return passkeys.passwordlessOptions();
    }

    /** @throws DomainException invalid_request, rate_limited, too_many_attempts (429), invalid_credentials (401) */
    public TokenResponse signIn(String challengeId, JsonNode credential, String ip, String userAgent) {
        Verified v = verify(challengeId, credential, ip);
        // The session keeps how the user signed in, so refreshes carry the same amr (RFC 8176).
        SessionService.Issued issued = sessions.start(v.user().user().id(), firstPartyClientId, null, v.amr(), userAgent, ip);
        count("success");
        audit.record("passkey_login", "success", v.user().user().id(), v.user().user().id(), null, ip,
                "session=" + issued.session().id() + " passkey=" + v.passkeyId());
        return tokens.issue(v.user().user().id(), issued.session(), v.user().grants(), issued.refreshToken(), v.amr());
    }

    /** A passwordless answer that passed: whose, how (RFC 8176 amr) and with which passkey. */
    public record Verified(UserWithGrants user, List<String> amr, String passkeyId) {}

    /**
     * The checks of {@link #signIn} without the token session: for the hosted login page, which starts a
     * browser session instead (and records its own success event).
     *
     * @throws DomainException invalid_request, rate_limited, too_many_attempts (429), invalid_credentials (401)
     */
    public Verified verify(String challengeId, JsonNode credential, String ip) {
        List<FieldError> errors = new ArrayList<>();
        if (challengeId == null || challengeId.isEmpty()) errors.add(new FieldError("challenge_id", "required"));
        if (credential == null || credential.isNull()) errors.add(new FieldError("credential", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        limit(ipLimiter, ip);
        Optional<Passkey> claimed = passkeys.claimed(credential);
        String userId = claimed.map(Passkey::userId).orElse(null);
        String key = userId == null ? null : LoginThrottle.accountKey(userId);
        if (key != null) {
            Duration wait = throttle.tryAcquire(key);
            if (wait != null) {
                count("throttled");
                audit.record("passkey_login", "throttled", userId, null, null, ip, null);
                throw DomainException.retryAfter(ErrorCode.TOO_MANY_ATTEMPTS, wait);
            }
        }
        Optional<Passkey> used = passkeys.verifyPasswordless(challengeId, credential);
        Optional<UserWithGrants> user = used.flatMap(p -> users.findById(p.userId()));
        String refused = used.isEmpty() ? (claimed.isEmpty() ? "unknown_credential" : "assertion_refused")
                : user.isEmpty() || user.get().user().disabled() ? "disabled" : null;
        if (refused != null) {
            count("failure");
            audit.record("passkey_login", "failure", userId, null, null, ip, refused);
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        }
        throttle.success(key);
        UserWithGrants u = user.get();
        if (requireVerifiedEmail && u.user().email() != null && !u.user().emailVerified()) {
            count("email_not_verified");
            audit.record("passkey_login", "failure", userId, null, null, ip, "email_not_verified");
            throw new DomainException(ErrorCode.EMAIL_NOT_VERIFIED);
        }
        Passkey p = used.get();
        return new Verified(u, amr(p), p.id());
    }

    /** Counts and records a passwordless sign-in that ended in a browser session (the hosted login page). */
    public void signedInBrowser(Verified v, String loginSessionId, String ip) {
        count("success");
        audit.record("passkey_login", "success", v.user().user().id(), v.user().user().id(), null, ip,
                "login_session=" + loginSessionId + " passkey=" + v.passkeyId());
    }

    /** The key's method ({@link Passkey#method}) and {@code mfa}: a user-verified passkey is two factors in one (API.md §7). */
    static List<String> amr(Passkey p) {
        return List.of(p.method(), "mfa");
    }

    private void limit(IpRateLimiter limiter, String ip) {
        Duration wait = limiter.tryAcquire(ip);
        if (wait != null) {
            count("rate_limited");
            throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
        }
    }

    private void count(String outcome) {
        metrics.counter("gatehouse_passkey_logins", "outcome", outcome).increment();
    }
}
