package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password reset by mail. {@link #forgot} answers the same, after the same work on the request
 * thread, whether or not the address belongs to an account: input checks and both throttles run
 * inline, and the lookup, the token and the mail happen on a background executor, so neither the
 * body nor the timing tells whether the account exists (SECURITY.md "Login, enumeration").
 * {@link #reset} spends the token, sets the password, ends every session and does not log in.
 */
public final class PasswordReset {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordReset.class);
    private static final int MAX_EMAIL = 320;
    /** Forgot requests waiting for the background; beyond it they are dropped (same answer), so a flood cannot grow memory. */
    private static final int MAX_PENDING = 1000;

    private final UserStore users;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final PasswordPolicy policy;
    private final Credentials credentials;
    private final SessionService sessions;
    private final LoginThrottle addressThrottle;
    private final IpRateLimiter mailIpLimiter;
    private final IpRateLimiter ipLimiter;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration ttl;
    private final ScheduledExecutorService background;
    private final AtomicInteger pending = new AtomicInteger();

    /**
     * @param addressThrottle per normalised address, shared by every node, whether or not it exists
     * @param mailIpLimiter   per client IP, for requests that make the server send mail
     * @param ipLimiter       per client IP, the one every credential endpoint uses
     * @param background      runs the lookup and the mail of {@link #forgot} off the request thread
     */
    public PasswordReset(UserStore users, AccountTokens tokens, AccountMail mail, PasswordPolicy policy, Credentials credentials,
                         SessionService sessions, LoginThrottle addressThrottle, IpRateLimiter mailIpLimiter,
                         IpRateLimiter ipLimiter, AuditLog audit, Clock clock, Duration ttl, ScheduledExecutorService background) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.policy = policy;
        this.credentials = credentials;
        this.sessions = sessions;
        this.addressThrottle = addressThrottle;
        this.mailIpLimiter = mailIpLimiter;
        this.ipLimiter = ipLimiter;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
        this.background = background;
    }

    /** {@code POST /api/v1/password/forgot}. Returns normally for known and unknown addresses alike. */
    public void forgot(String email, String ip) {
        forgot(email, ip, null);
    }

    /**
     * The same, from the hosted page: {@code continueAt}, a local path the caller has checked (the
     * pending sign-in), rides along in the mailed link so the reset can lead back to it; null for none.
     */
    public void forgot(String email, String ip, String continueAt) {
        if (email == null || email.isEmpty()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        }
        if (email.length() > MAX_EMAIL) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(FieldError.tooLong("email", Identifiers.EMAIL_MAX_OCTETS)));
        FieldError problem = Identifiers.emailError("email", email);
        if (problem != null) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(problem));
        if (ip != null) limit(mailIpLimiter.tryAcquire(ip));
        String norm = Identifiers.normalizeEmail(email);
        limit(addressThrottle.tryAcquire("forgot:" + norm));
        if (pending.incrementAndGet() > MAX_PENDING) {
            // Flooded: dropping is the bounded choice; the user may ask again. The answer stays the same.
            pending.decrementAndGet();
            LOG.warn("password reset queue full; a reset request was dropped");
            return;
        }
        // Started a little later, at a random moment: the lookup and the writes for an existing
        // account then compete for CPU and the database with whatever request runs at that moment,
        // not with the tail of this one, whose timing must not depend on the account existing.
        long delayMillis = ThreadLocalRandom.current().nextLong(5, 30);
        try {
            background.schedule(() -> {
                pending.decrementAndGet();
                sendReset(norm, ip, continueAt);
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet(); // shutting down
        }
    }

    private void sendReset(String emailNorm, String ip, String continueAt) {
        try {
            Optional<User> found = users.findByLogin(emailNorm).map(UserWithGrants::user)
                    .filter(u -> u.email() != null && Identifiers.normalizeEmail(u.email()).equals(emailNorm));
            if (found.isEmpty()) {
                audit.record("password_forgot", "failure", null, null, emailNorm, ip, "unknown_email");
                return;
            }
            User user = found.get();
            if (user.disabled()) {
                audit.record("password_forgot", "failure", user.id(), null, emailNorm, ip, "disabled");
                return;
            }
            String token = tokens.issue(user.id(), AccountTokens.PASSWORD_RESET, null, ttl);
            mail.reset(user, token, ttl, continueAt);
            audit.record("password_forgot", "success", user.id(), null, emailNorm, ip, null);
        } catch (RuntimeException e) {
            LOG.warn("password reset mail could not be queued", e);
        }
    }

    /** True while the reset link can still be used (for the hosted page's GET, which spends nothing). */
    public boolean linkUsable(String token) {
        Optional<AccountTokenStore.Token> found = tokens.peek(token, AccountTokens.PASSWORD_RESET);
        return found.flatMap(t -> users.findById(t.userId())).map(u -> !u.user().disabled()).orElse(false);
    }

    /** {@code POST /api/v1/password/reset}. */
    public void reset(String token, String newPassword, String ip) {
        List<FieldError> errors = new ArrayList<>();
        if (token == null || token.isEmpty()) errors.add(new FieldError("token", "required"));
        if (newPassword == null || newPassword.isEmpty()) errors.add(new FieldError("new_password", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        if (ip != null) limit(ipLimiter.tryAcquire(ip));
        // Purpose is part of the lookup: a verification token does not reset a password.
        Optional<AccountTokenStore.Token> found = tokens.peek(token, AccountTokens.PASSWORD_RESET);
        Optional<User> user = found.flatMap(t -> users.findById(t.userId())).map(UserWithGrants::user);
        if (found.isEmpty() || user.isEmpty() || user.get().disabled()) {
            audit.record("password_reset", "failure", found.map(AccountTokenStore.Token::userId).orElse(null), null, null, ip,
                    user.isPresent() ? "disabled" : "invalid_token");
            throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        }
        User u = user.get();
        // Same policy as signup and change; a refused password leaves the token usable for a second try.
        List<FieldError> weak = policy.problems("new_password", newPassword, u.username(), u.email(), u.name());
        if (!weak.isEmpty()) throw DomainException.fields(ErrorCode.WEAK_PASSWORD, weak);
        // MFA hook: once MFA exists, a user with a second factor enrolled must also pass it here
        // (the reset link proves the mailbox, not the second factor). Until then the check below is
        // where that requirement goes, before the token is spent; a reset must never bypass MFA.
        String hash = credentials.hash(PasswordPolicy.normalize(newPassword));
        // The conditional write decides races: of two resets with one token, one wins.
        if (!tokens.consume(token, AccountTokens.PASSWORD_RESET)) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        Instant now = clock.instant();
        users.updatePasswordHash(u.id(), hash, now);
        int ended = sessions.endAll(u.id(), null);
        tokens.invalidate(u.id(), AccountTokens.PASSWORD_RESET);
        audit.record("password_reset", "success", u.id(), u.id(), null, ip, "sessions_ended=" + ended);
        mail.passwordChanged(u, now);
    }

    /**
     * After a password change by other means: earlier reset links stop working (a link mailed before
     * the change must not undo it), and the owner is told.
     */
    void afterPasswordChange(User user) {
        tokens.invalidate(user.id(), AccountTokens.PASSWORD_RESET);
        mail.passwordChanged(user, clock.instant());
    }

    /** Admin action: mail the user a reset link. */
    public void adminTrigger(String userId, String actor) {
        User user = users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND)).user();
        if (user.email() == null) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        if (user.disabled()) throw new DomainException(ErrorCode.INVALID_REQUEST, "The user is disabled");
        String token = tokens.issue(user.id(), AccountTokens.PASSWORD_RESET, null, ttl);
        mail.reset(user, token, ttl, null);
        audit.record("password_forgot", "success", userId, actor, null, null, "admin");
    }

    private static void limit(Duration wait) {
        if (wait != null) throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
    }
}
