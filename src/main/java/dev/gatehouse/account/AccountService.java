package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Ids;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.password.ImportedHash;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    private final Duration reauthMaxAge;

    /** @param reauthMaxAge how old a session's sign-in may be for an email change without the password */
    public AccountService(UserStore users, PasswordPolicy policy, Credentials credentials, LoginThrottle throttle,
                          IpRateLimiter ipLimiter, SessionService sessions, AuditLog audit, Clock clock, boolean signupEnabled,
                          EmailVerification verification, PasswordReset reset, Duration reauthMaxAge) {
        this.reauthMaxAge = reauthMaxAge;
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
        if (!signupEnabled) throw new DomainException(ErrorCode.SIGNUP_DISABLED);
        // When login needs a verified address, an account without one could never log in.
        User user = create(c.username(), c.password(), c.email(), c.name(), List.of(DEFAULT_ROLE), c.ip(), false, true,
                verification.requiredForLogin());
        audit.record("signup", "success", user.id(), user.id(), null, c.ip(), null);
        // Before the verification mail, which is written in it.
        if (c.locale() != null) users.updateLocale(user.id(), c.locale());
        verification.afterSignup(user);
        return user;
    }

    /** Creates a user (signup, CLI, bootstrap): every field checked, the password hashed on the pool. */
    public User create(String username, String password, String email, String name, List<String> roles, String ip) {
        return create(username, password, email, name, roles, ip, false, true, false);
    }

    /**
     * Creates a user for an administrator: the password may be absent (the user then cannot log in
     * with one until it is set through a reset) and the email may be marked verified. Instead of a
     * password, {@code passwordHash} may carry a hash from another system ({@link ImportedHash}):
     * stored as it is, checked at the next login and replaced by Argon2id then.
     */
    public User createByAdmin(String username, String password, String passwordHash, String email, String name, List<String> roles,
                              boolean emailVerified) {
        return insert(prepare(username, password, passwordHash, email, name, roles, null, emailVerified, false, false, false, true));
    }

    /**
     * A user from another system, checked like {@link #createByAdmin} but not stored: the importer
     * writes many at once ({@link #insert} one by one would cost a transaction each). Only a plain
     * password is hashed here; an imported hash costs nothing.
     */
    public NewAccount prepareImport(String username, String password, String passwordHash, String email, String name,
                                    List<String> roles, boolean emailVerified, boolean disabled) {
        return prepare(username, password, passwordHash, email, name, roles, null, emailVerified, disabled, false, false,
                password != null);
    }

    /** A user checked and ready to insert, with the identity keys the store's unique indexes hold. */
    public record NewAccount(User user, String usernameNorm, String emailNorm, List<String> roles) {}

    private User create(String username, String password, String email, String name, List<String> roles, String ip,
                        boolean emailVerified, boolean passwordRequired, boolean emailRequired) {
        return insert(prepare(username, password, null, email, name, roles, ip, emailVerified, false, passwordRequired, emailRequired,
                true));
    }

    private User insert(NewAccount a) {
        try {
            users.insert(a.user(), a.usernameNorm(), a.emailNorm(), a.roles());
        } catch (UniqueViolation e) {
            throw new DomainException("email".equals(e.field()) ? ErrorCode.EMAIL_TAKEN : ErrorCode.USERNAME_TAKEN);
        }
        return a.user();
    }

    private NewAccount prepare(String username, String password, String passwordHash, String email, String name, List<String> roles,
                               String ip, boolean emailVerified, boolean disabled, boolean passwordRequired, boolean emailRequired,
                               boolean checkTaken) {
        // Every field is judged, and every problem reported in one answer: a form fixes them all at once.
        List<FieldError> errors = new ArrayList<>();
        FieldError usernameError = Identifiers.usernameError("username", username);
        if (usernameError != null) errors.add(usernameError);
        FieldError emailError = email == null ? null : Identifiers.emailError("email", email);
        if (emailError != null) errors.add(emailError);
        if (email == null && emailRequired) errors.add(new FieldError("email", "required"));
        boolean nameInvalid = name != null && (name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME || hasControl(name));
        if (nameInvalid) errors.add(nameError());
        boolean hasPassword = password != null && !password.isEmpty();
        if (passwordRequired ? !hasPassword : password != null && password.isEmpty()) {
            errors.add(new FieldError("password", "required"));
        }
        if (passwordHash != null) {
            // One credential: which of two would the user's password be?
            if (password != null) {
                errors.add(new FieldError("password", "exclusive"));
                errors.add(new FieldError("password_hash", "exclusive"));
            } else if (passwordHash.isEmpty()) {
                errors.add(new FieldError("password_hash", "required"));
            } else {
                ImportedHash.problem(passwordHash).ifPresent(p -> errors.add(new FieldError("password_hash", p.code())));
            }
        }
        if (!hasPassword && !errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        if (ip != null) limitIp(ip);
        if (hasPassword) {
            // The user's own words count against the password only when they are valid themselves.
            List<FieldError> weak = policy.problems("password", password, usernameError == null ? username : null,
                    emailError == null ? email : null, nameInvalid ? null : name);
            if (!weak.isEmpty() && errors.isEmpty()) throw DomainException.fields(ErrorCode.WEAK_PASSWORD, weak);
            errors.addAll(weak);
        }
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        String usernameNorm = Identifiers.normalizeUsername(username);
        String emailNorm = email == null ? null : Identifiers.normalizeEmail(email);
        // Cheap check first so a taken name costs no hash; the unique index is the real guard.
        if (checkTaken && users.existsByUsernameNorm(usernameNorm)) throw new DomainException(ErrorCode.USERNAME_TAKEN);
        String hash = password != null ? credentials.hash(PasswordPolicy.normalize(password)) : passwordHash;
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return new NewAccount(new User(Ids.newId(clock), username, email, emailVerified, name, hash, disabled, now), usernameNorm,
                emailNorm, roles);
    }

    public UserWithGrants get(String userId) {
        return users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.INVALID_TOKEN));
    }

    /** The user of a token whose session must still be live, read in one query. */
    public UserWithGrants getForSession(String userId, String sessionId) {
        if (sessionId == null) throw new DomainException(ErrorCode.INVALID_TOKEN, "The session of this token has ended");
        return users.findByLiveSession(userId, sessionId, clock.instant()).map(LiveSessionUser::user)
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_TOKEN, "The session of this token has ended"));
    }

    /**
     * Self-service profile change. Changing the email needs a recent sign-in (SECURITY.md "Who may
     * act on whom"; OWASP ASVS 4.0 V3.7.1): {@code currentPassword}, checked like a login and counted
     * on the same throttle, or a session whose sign-in is at most {@code account.reauth.max.age} old.
     * Otherwise a stolen access token alone could move the account to another mailbox and then
     * reset its password. A present {@code currentPassword} is always checked.
     *
     * <p>A new email does not replace a current one until it is confirmed: it stays pending (in its
     * verification link), the response says so in {@code pendingEmail}, and the current address is
     * told at once, with a link that cancels the change. A user without an address gets the new one
     * at once, unverified, with a link to verify it.
     */
    public ProfileUpdate update(String userId, String sessionId, Optional<String> name, Optional<String> email, boolean clearName,
                                String currentPassword, String ip) {
        return update(userId, () -> sessions.signedInAt(sessionId), name, email, clearName, currentPassword, ip);
    }

    /**
     * The account page's email change: as {@link #update}, the browser's login session being the
     * sign-in that may be recent ({@link BrowserSession#authTime}).
     */
    public ProfileUpdate changeEmail(String userId, Instant browserSignIn, String email, String currentPassword, String ip) {
        return update(userId, () -> Optional.ofNullable(browserSignIn), Optional.empty(), Optional.of(email), false, currentPassword, ip);
    }

    private ProfileUpdate update(String userId, Supplier<Optional<Instant>> signedInAt, Optional<String> name, Optional<String> email,
                                 boolean clearName, String currentPassword, String ip) {
        User u = get(userId).user();
        List<FieldError> errors = profileProblems(name, email);
        if (currentPassword != null && currentPassword.isEmpty()) errors.add(new FieldError("current_password", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        boolean emailChanged = email.isPresent() && !sameAddress(email.get(), u.email());
        if (currentPassword != null) {
            checkCurrentPassword(u, currentPassword, ip, emailChanged ? "email_change" : "profile_update");
        } else if (emailChanged) {
            requireRecentSignIn(u, signedInAt.get(), ip);
        }
        boolean pending = emailChanged && u.email() != null;
        if (emailChanged) requireFree(userId, email.get());
        String storedEmail = emailChanged && !pending ? email.get() : u.email();
        write(userId, clearName ? null : name.orElse(u.name()), storedEmail, emailChanged && !pending ? false : u.emailVerified());
        UserWithGrants updated = get(userId);
        if (emailChanged) {
            verification.requestChange(updated.user(), email.get(), ip);
            if (!pending) audit.record("email_change", "success", userId, userId, null, ip, null);
        }
        return new ProfileUpdate(updated, pending ? email.get() : null);
    }

    /**
     * An administrator's change (PATCH /admin/v1/users/{id}): the email is replaced at once,
     * unverified, and a pending self-service change is dropped; the administrator is the check, so
     * no sign-in or confirmation is asked for. The new address gets a verification link and the old
     * one a notice. {@code email_verified} in the same request is applied by the caller afterwards.
     */
    public UserWithGrants adminUpdate(String userId, Optional<String> name, Optional<String> email, boolean clearName, String actor) {
        User u = get(userId).user();
        List<FieldError> errors = profileProblems(name, email);
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        boolean emailChanged = email.isPresent() && !sameAddress(email.get(), u.email());
        if (emailChanged) requireFree(userId, email.get());
        String storedEmail = emailChanged ? email.get() : u.email();
        write(userId, clearName ? null : name.orElse(u.name()), storedEmail, !emailChanged && u.emailVerified());
        UserWithGrants updated = get(userId);
        if (emailChanged) verification.afterAdminChange(updated.user(), u.email(), actor);
        return updated;
    }

    private List<FieldError> profileProblems(Optional<String> name, Optional<String> email) {
        List<FieldError> errors = new ArrayList<>();
        name.ifPresent(n -> {
            if (n.isBlank() || n.codePointCount(0, n.length()) > MAX_NAME || hasControl(n)) errors.add(nameError());
        });
        email.ifPresent(e -> {
            FieldError problem = Identifiers.emailError("email", e);
            if (problem != null) errors.add(problem);
        });
        return errors;
    }

    private static FieldError nameError() {
        return new FieldError("name", "invalid", "must be 1 to " + MAX_NAME + " characters, not all spaces, without control characters",
                Map.of(FieldError.MIN_LENGTH, 1, FieldError.MAX_LENGTH, MAX_NAME));
    }

    private static boolean sameAddress(String candidate, String current) {
        return current != null && Identifiers.normalizeEmail(candidate).equals(Identifiers.normalizeEmail(current));
    }

    /** Refuses an address that belongs to someone else now; the unique index decides again at confirmation. */
    private void requireFree(String userId, String email) {
        if (users.findByLogin(Identifiers.normalizeEmail(email)).filter(o -> !o.user().id().equals(userId)).isPresent()) {
            throw new DomainException(ErrorCode.EMAIL_TAKEN);
        }
    }

    private void write(String userId, String name, String email, boolean emailVerified) {
        try {
            users.updateProfile(userId, name, email, email == null ? null : Identifiers.normalizeEmail(email), emailVerified,
                    clock.instant());
        } catch (UniqueViolation e) {
            throw new DomainException(ErrorCode.EMAIL_TAKEN);
        }
    }

    /**
     * The session's own sign-in (stored with it; refreshes keep it) must be recent. A session whose
     * sign-in time is unknown counts as old: the user can always send the password instead.
     */
    private void requireRecentSignIn(User user, Optional<Instant> signedInAt, String ip) {
        Instant signedIn = signedInAt.orElse(null);
        if (signedIn == null || signedIn.isBefore(clock.instant().minus(reauthMaxAge))) {
            audit.record("email_change", "failure", user.id(), user.id(), null, ip, "reauthentication_required");
            throw new DomainException(ErrorCode.REAUTHENTICATION_REQUIRED, "Changing the email address needs a recent sign-in: send "
                    + "current_password with the request, or sign in again (a sign-in counts for " + human(reauthMaxAge) + ")");
        }
    }

    /**
     * Checks the current password like a login: counted on the account's login throttle before the
     * hash is compared (SECURITY.md: "applied on every path that checks a credential"), cleared on success.
     */
    private void checkCurrentPassword(User user, String password, String ip, String auditType) {
        // The login's budget: a wrong current password counts against the account like a wrong login.
        String key = LoginThrottle.accountKey(user.id());
        Duration wait = throttle.tryAcquire(key);
        if (wait != null) throw DomainException.retryAfter(ErrorCode.TOO_MANY_ATTEMPTS, wait);
        if (password.length() > 8192 || !credentials.check(Optional.of(user), PasswordPolicy.normalize(password), clock.instant())) {
            audit.record(auditType, "failure", user.id(), user.id(), null, ip, "wrong_password");
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        }
        throttle.success(key);
    }

    /** The user after a profile change, and the address waiting for verification, if any. */
    public record ProfileUpdate(UserWithGrants user, String pendingEmail) {}

    /** Changes the password after checking the current one; every other session ends (SECURITY.md). */
    public void changePassword(String userId, String sessionId, String currentPassword, String newPassword, String ip) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) errors.add(new FieldError("current_password", "required"));
        if (newPassword == null || newPassword.isEmpty()) errors.add(new FieldError("new_password", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        User user = get(userId).user();
        checkCurrentPassword(user, currentPassword, ip, "password_change");
        List<FieldError> weak = policy.problems("new_password", newPassword, user.username(), user.email(), user.name());
        if (!weak.isEmpty()) throw DomainException.fields(ErrorCode.WEAK_PASSWORD, weak);
        users.updatePasswordHash(userId, credentials.hash(PasswordPolicy.normalize(newPassword)), clock.instant());
        int ended = sessions.endAll(userId, sessionId);
        audit.record("password_change", "success", userId, userId, null, ip, "other_sessions_ended=" + ended);
        reset.afterPasswordChange(user);
    }

    private void limitIp(String ip) {
        Duration wait = ipLimiter.tryAcquire(ip);
        if (wait != null) throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
    }

    /** "5 minutes", "90 seconds": for the problem detail. */
    private static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds % 60 != 0) return seconds + (seconds == 1 ? " second" : " seconds");
        long minutes = seconds / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT);
    }
}
