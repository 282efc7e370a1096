package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Ids;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Signup and self-service account changes. */
public final class AccountService {
    public static final String DEFAULT_ROLE = "user";
    private static final int MAX_NAME = 256;

    private final UserStore users;
    private final PasswordPolicy policy;
    private final Credentials credentials;
    private final LoginThrottle throttle;
    private final IpRateLimiter ipLimiter;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean signupEnabled;
    private final EmailVerification verification;
    private final PasswordReset reset;

    public AccountService(UserStore users, PasswordPolicy policy, Credentials credentials, LoginThrottle throttle,
                          IpRateLimiter ipLimiter, SessionService sessions, AuditLog audit, Clock clock, boolean signupEnabled,
                          EmailVerification verification, PasswordReset reset) {
        this.verification = verification;
        this.reset = reset;
        this.users = users;
        this.policy = policy;
        this.credentials = credentials;
        this.throttle = throttle;
        this.ipLimiter = ipLimiter;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.signupEnabled = signupEnabled;
    }

    public boolean signupEnabled() {
        return signupEnabled;
    }

    /** {@code require.verified.email=login}: no login (JSON, hosted, after signup) before the address is verified. */
    public boolean verifiedEmailRequired() {
        return verification.requiredForLogin();
    }

    public User signup(SignupCommand c) {
        if (!signupEnabled) throw new ApiException(ErrorCode.SIGNUP_DISABLED);
        // When login needs a verified address, an account without one could never log in.
        if (verification.requiredForLogin() && c.email() == null) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        }
        User user = create(c.username(), c.password(), c.email(), c.name(), List.of(DEFAULT_ROLE), c.ip());
        audit.record("signup", "success", user.id(), user.id(), null, c.ip(), null);
        verification.afterSignup(user);
        return user;
    }

    /** Creates a user (signup, CLI, bootstrap): every field checked, the password hashed on the pool. */
    public User create(String username, String password, String email, String name, List<String> roles, String ip) {
        return create(username, password, email, name, roles, ip, false, true);
    }

    /**
     * Creates a user for an administrator: the password may be absent (the user then cannot log in
     * with one until it is set through a reset) and the email may be marked verified.
     */
    public User createByAdmin(String username, String password, String email, String name, List<String> roles,
                              boolean emailVerified) {
        return create(username, password, email, name, roles, null, emailVerified, false);
    }

    private User create(String username, String password, String email, String name, List<String> roles, String ip,
                        boolean emailVerified, boolean passwordRequired) {
        List<FieldError> errors = new ArrayList<>();
        String usernameProblem = username == null ? "required" : Identifiers.usernameProblem(username);
        if (usernameProblem != null) errors.add(new FieldError("username", usernameProblem));
        if (email != null) {
            String emailProblem = Identifiers.emailProblem(email);
            if (emailProblem != null) errors.add(new FieldError("email", emailProblem));
        }
        if (name != null && (name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME || hasControl(name))) {
            errors.add(new FieldError("name", "invalid"));
        }
        if (passwordRequired ? password == null || password.isEmpty() : password != null && password.isEmpty()) {
            errors.add(new FieldError("password", "required"));
        }
        if (!errors.isEmpty()) throw ApiException.fields(ErrorCode.INVALID_REQUEST, errors);
        if (ip != null) limitIp(ip);
        List<String> weak = password == null ? List.of() : policy.violations(password, username, email);
        if (!weak.isEmpty()) {
            throw ApiException.fields(ErrorCode.WEAK_PASSWORD, weak.stream().map(code -> new FieldError("password", code)).toList());
        }
        String usernameNorm = Identifiers.normalizeUsername(username);
        String emailNorm = email == null ? null : Identifiers.normalizeEmail(email);
        // Cheap check first so a taken name costs no hash; the unique index is the real guard.
        if (users.existsByUsernameNorm(usernameNorm)) throw new ApiException(ErrorCode.USERNAME_TAKEN);
        String hash = password == null ? null : credentials.hash(PasswordPolicy.normalize(password));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        User user = new User(Ids.newId(clock), username, email, emailVerified, name, hash, false, now);
        try {
            users.insert(user, usernameNorm, emailNorm, roles);
        } catch (UniqueViolation e) {
            throw new ApiException("email".equals(e.field()) ? ErrorCode.EMAIL_TAKEN : ErrorCode.USERNAME_TAKEN);
        }
        return user;
    }

    public UserWithGrants get(String userId) {
        return users.findById(userId).orElseThrow(() -> new ApiException(ErrorCode.INVALID_TOKEN));
    }

    /** The user of a token whose session must still be live, read in one query. */
    public UserWithGrants getForSession(String userId, String sessionId) {
        if (sessionId == null) throw new ApiException(ErrorCode.INVALID_TOKEN, "The session of this token has ended");
        return users.findByLiveSession(userId, sessionId, clock.instant()).map(LiveSessionUser::user)
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_TOKEN, "The session of this token has ended"));
    }

    /**
     * Self-service profile change. A new email does not replace a current one until it is verified:
     * it stays pending (in its verification link) and the response says so in {@code pendingEmail}.
     * A user without an address gets the new one at once, unverified, with a link to verify it.
     */
    public ProfileUpdate update(String userId, Optional<String> name, Optional<String> email, boolean clearName) {
        UserWithGrants current = get(userId);
        List<FieldError> errors = new ArrayList<>();
        name.ifPresent(n -> {
            if (n.isBlank() || n.codePointCount(0, n.length()) > MAX_NAME || hasControl(n)) errors.add(new FieldError("name", "invalid"));
        });
        email.ifPresent(e -> {
            String problem = Identifiers.emailProblem(e);
            if (problem != null) errors.add(new FieldError("email", problem));
        });
        if (!errors.isEmpty()) throw ApiException.fields(ErrorCode.INVALID_REQUEST, errors);
        User u = current.user();
        String newName = clearName ? null : name.orElse(u.name());
        boolean emailChanged = email.isPresent() && !Identifiers.normalizeEmail(email.get()).equals(
                u.email() == null ? null : Identifiers.normalizeEmail(u.email()));
        boolean pending = emailChanged && u.email() != null;
        if (emailChanged) {
            // Refuse an address that belongs to someone else now; the unique index decides again at verification.
            String norm = Identifiers.normalizeEmail(email.get());
            if (users.findByLogin(norm).filter(o -> !o.user().id().equals(userId)).isPresent()) {
                throw new ApiException(ErrorCode.EMAIL_TAKEN);
            }
        }
        String storedEmail = emailChanged && !pending ? email.get() : u.email();
        try {
            users.updateProfile(userId, newName, storedEmail, storedEmail == null ? null : Identifiers.normalizeEmail(storedEmail),
                    emailChanged && !pending ? false : u.emailVerified(), clock.instant());
        } catch (UniqueViolation e) {
            throw new ApiException(ErrorCode.EMAIL_TAKEN);
        }
        UserWithGrants updated = get(userId);
        if (emailChanged) {
            verification.requestChange(updated.user(), email.get());
            if (!pending) audit.record("email_change", "success", userId, userId, null, null, null);
        }
        return new ProfileUpdate(updated, pending ? email.get() : null);
    }

    /** The user after a profile change, and the address waiting for verification, if any. */
    public record ProfileUpdate(UserWithGrants user, String pendingEmail) {}

    /** Changes the password after checking the current one; every other session ends (SECURITY.md). */
    public void changePassword(String userId, String sessionId, String currentPassword, String newPassword, String ip) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) errors.add(new FieldError("current_password", "required"));
        if (newPassword == null || newPassword.isEmpty()) errors.add(new FieldError("new_password", "required"));
        if (!errors.isEmpty()) throw ApiException.fields(ErrorCode.INVALID_REQUEST, errors);
        User user = get(userId).user();
        String key = "login:" + Identifiers.normalizeUsername(user.username());
        Duration wait = throttle.tryAcquire(key);
        if (wait != null) throw ApiException.retryAfter(ErrorCode.TOO_MANY_ATTEMPTS, wait);
        if (currentPassword.length() > 8192
                || !credentials.check(Optional.of(user), PasswordPolicy.normalize(currentPassword), clock.instant())) {
            audit.record("password_change", "failure", userId, userId, null, ip, "wrong_password");
            throw new ApiException(ErrorCode.INVALID_CREDENTIALS);
        }
        throttle.success(key);
        List<String> weak = policy.violations(newPassword, user.username(), user.email());
        if (!weak.isEmpty()) {
            throw ApiException.fields(ErrorCode.WEAK_PASSWORD, weak.stream().map(code -> new FieldError("new_password", code)).toList());
        }
        users.updatePasswordHash(userId, credentials.hash(PasswordPolicy.normalize(newPassword)), clock.instant());
        int ended = sessions.endAll(userId, sessionId);
        audit.record("password_change", "success", userId, userId, null, ip, "other_sessions_ended=" + ended);
        reset.afterPasswordChange(user);
    }

    private void limitIp(String ip) {
        Duration wait = ipLimiter.tryAcquire(ip);
        if (wait != null) throw ApiException.retryAfter(ErrorCode.RATE_LIMITED, wait);
    }

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT);
    }
}
