package dev.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.mail.MailMessage;
import dev.gatehouse.mail.MailTemplates;
import dev.gatehouse.password.Argon2Params;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.Verification;
import dev.gatehouse.testing.ServiceFixture;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AccountService alone, without HTTP: the real stores on a fresh SQLite database, the real Argon2id
 * hasher (cheap parameters), throttles, sessions, verification and reset; mail is only queued, here
 * into a list.
 */
class AccountServiceTest {
    private static final String IP = "192.0.2.20";
    private static final String PASSWORD = "correct horse battery";
    private static final Duration REAUTH_MAX_AGE = Duration.ofMinutes(5);

    private final ServiceFixture f = new ServiceFixture();
    private final UserStore users = f.stores.users;
    private final HashPool pool = new HashPool(1, 4);
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final List<MailMessage> mails = new CopyOnWriteArrayList<>();
    private final CountingHasher hasher = new CountingHasher(PasswordHashers.create(new Argon2Params(1024, 1, 1), "java"));
    private final Credentials credentials = new Credentials(hasher, pool, users);
    private final PasswordPolicy policy = new PasswordPolicy(8, 64, CommonPasswords.bundled());
    private final IpRateLimiter ipLimiter = new IpRateLimiter(f.clock, 100_000);
    private final LoginThrottle throttle = new LoginThrottle(f.stores.throttle, f.clock,
            new GatehouseConfig.Throttle(3, Duration.ofSeconds(10), Duration.ofMinutes(15), 100_000));
    private final AccountTokens tokens = new AccountTokens(f.stores.accountTokens, f.clock);
    private final AccountMail mail = new AccountMail(new MailTemplates(), m -> {
        mails.add(m);
        return "mail-" + mails.size();
    }, ServiceFixture.ISSUER, users);
    private final LoginThrottle mailThrottle = new LoginThrottle(f.stores.throttle, f.clock, LoginThrottle.mailPolicy(100_000));
    private final EmailVerification verification = new EmailVerification(users, tokens, mail, mailThrottle, ipLimiter, ipLimiter,
            f.audit, f.clock, Duration.ofHours(24), false);
    private final PasswordReset reset = new PasswordReset(users, tokens, mail, policy, credentials, f.sessions, mailThrottle, ipLimiter,
            ipLimiter, f.audit, f.clock, Duration.ofHours(1), background);
    private final AccountService accounts = service(true);

    /** The real hasher, counting the new hashes it makes. */
    private static final class CountingHasher implements PasswordHasher {
        final AtomicInteger hashes = new AtomicInteger();
        private final PasswordHasher real;

        CountingHasher(PasswordHasher real) {
            this.real = real;
        }

        @Override
        public String hash(String password) {
            hashes.incrementAndGet();
            return real.hash(password);
        }

        @Override
        public Verification verify(String password, String encoded) {
            return real.verify(password, encoded);
        }

        @Override
        public Verification verifyDummy(String password) {
            return real.verifyDummy(password);
        }

        @Override
        public String name() {
            return real.name();
        }
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        pool.close();
        f.close();
    }

    private AccountService service(boolean signupEnabled) {
        return new AccountService(users, policy, credentials, throttle, ipLimiter, f.sessions, f.audit, f.clock, signupEnabled,
                verification, reset, REAUTH_MAX_AGE);
    }

    private User signup(String username, String email) {
        return accounts.signup(new SignupCommand(username, PASSWORD, email, null, IP));
    }

    private String session(User user) {
        return f.sessions.start(user.id(), ServiceFixture.FIRST_PARTY, null, "agent/1.0", IP).session().id();
    }

    private boolean passwordIs(String userId, String password) {
        return credentials.check(users.findById(userId).map(UserWithGrants::user), PasswordPolicy.normalize(password), f.clock.instant());
    }

    private static void assertApiError(ThrowingCallable call, ErrorCode code, FieldError... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.error()).isEqualTo(code);
            if (fields.length > 0) assertThat(e.fieldErrors()).containsExactlyInAnyOrder(fields);
        });
    }

    private List<String> mailKindsTo(String address) {
        return mails.stream().filter(m -> m.to().equals(address)).map(MailMessage::kind).toList();
    }

    @Test
    void signupStoresTheUserWithTheDefaultRoleAHashedPasswordAndSendsAVerificationLink() {
        User alice = signup("Alice", "alice@example.org");

        UserWithGrants stored = users.findById(alice.id()).orElseThrow();
        assertThat(stored.user().username()).isEqualTo("Alice");
        assertThat(stored.user().emailVerified()).isFalse();
        assertThat(stored.user().passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(stored.grants().roles()).containsExactly(AccountService.DEFAULT_ROLE);
        assertThat(passwordIs(alice.id(), PASSWORD)).isTrue();
        assertThat(mailKindsTo("alice@example.org")).containsExactly("email_verify");
    }

    @Test
    void signupReportsEveryInvalidFieldAtOnceThenTheWeakPasswordAndIsRefusedWhenDisabled() {
        assertApiError(() -> accounts.signup(new SignupCommand("a b", null, "not-an-address", " ", IP)), ErrorCode.INVALID_REQUEST,
                new FieldError("username", Identifiers.usernameProblem("a b")),
                new FieldError("email", Identifiers.emailProblem("not-an-address")),
                new FieldError("name", "invalid"), new FieldError("password", "required"));
        assertApiError(() -> accounts.signup(new SignupCommand("bob", "bob", null, null, IP)), ErrorCode.WEAK_PASSWORD);
        assertApiError(() -> service(false).signup(new SignupCommand("carol", PASSWORD, null, null, IP)), ErrorCode.SIGNUP_DISABLED);
        assertThat(f.stores.count("SELECT COUNT(*) FROM users")).isZero();
        assertThat(mails).isEmpty();
    }

    @Test
    void aTakenUsernameOrEmailIsRefusedWhateverItsCase() {
        signup("alice", "alice@example.org");
        int hashed = hasher.hashes.get();

        assertApiError(() -> signup("ALICE", "other@example.org"), ErrorCode.USERNAME_TAKEN);
        assertThat(hasher.hashes.get()).as("a taken username costs no hash").isEqualTo(hashed);
        assertApiError(() -> signup("alice2", "Alice@Example.org"), ErrorCode.EMAIL_TAKEN);
        assertThat(f.stores.count("SELECT COUNT(*) FROM users")).isOne();
    }

    @Test
    void emailChangeNeedsARecentSignInOrTheCurrentPassword() {
        User alice = signup("alice", "alice@example.org");
        String sid = session(alice);
        f.clock.advance(REAUTH_MAX_AGE.plusSeconds(1));
        Optional<String> next = Optional.of("new@example.org");

        assertApiError(() -> accounts.update(alice.id(), sid, Optional.empty(), next, false, null, IP), ErrorCode.REAUTHENTICATION_REQUIRED);
        assertApiError(() -> accounts.update(alice.id(), sid, Optional.empty(), next, false, "wrong password!", IP),
                ErrorCode.INVALID_CREDENTIALS);
        assertThat(mailKindsTo("new@example.org")).isEmpty();
        // A name alone needs neither.
        assertThat(accounts.update(alice.id(), sid, Optional.of("Alice A."), Optional.empty(), false, null, IP).user().user().name())
                .isEqualTo("Alice A.");

        var withPassword = accounts.update(alice.id(), sid, Optional.empty(), next, false, PASSWORD, IP);
        assertThat(withPassword.pendingEmail()).isEqualTo("new@example.org");
        var recent = accounts.update(alice.id(), session(alice), Optional.empty(), Optional.of("newer@example.org"), false, null, IP);
        assertThat(recent.pendingEmail()).isEqualTo("newer@example.org");
    }

    @Test
    void aNewEmailStaysPendingUntilConfirmedAndTheCurrentAddressIsToldUnlessTheAddressIsTaken() {
        User alice = signup("alice", "alice@example.org");
        signup("bob", "bob@example.org");
        mails.clear();
        assertApiError(() -> accounts.update(alice.id(), session(alice), Optional.empty(), Optional.of("Bob@example.org"), false, null,
                IP), ErrorCode.EMAIL_TAKEN);
        assertThat(mails).isEmpty();

        var update = accounts.update(alice.id(), session(alice), Optional.empty(), Optional.of("new@example.org"), false, null, IP);

        assertThat(update.pendingEmail()).isEqualTo("new@example.org");
        assertThat(update.user().user().email()).isEqualTo("alice@example.org");
        assertThat(users.findById(alice.id()).orElseThrow().user().email()).isEqualTo("alice@example.org");
        assertThat(mails).extracting(MailMessage::kind, MailMessage::to).containsExactly(
                tuple("email_change_requested", "alice@example.org"), tuple("email_verify", "new@example.org"));
        assertThat(tokens.pendingEmail(alice.id())).contains("new@example.org");
    }

    @Test
    void aUserWithoutEmailGetsTheNewOneAtOnceUnverifiedAndATakenOneIsRefused() {
        signup("bob", "bob@example.org");
        User alice = signup("alice", null);
        String sid = session(alice);

        assertApiError(() -> accounts.update(alice.id(), sid, Optional.empty(), Optional.of("BOB@example.org"), false, null, IP),
                ErrorCode.EMAIL_TAKEN);
        var update = accounts.update(alice.id(), sid, Optional.empty(), Optional.of("alice@example.org"), false, null, IP);

        assertThat(update.pendingEmail()).isNull();
        assertThat(update.user().user().email()).isEqualTo("alice@example.org");
        assertThat(update.user().user().emailVerified()).isFalse();
        assertThat(mailKindsTo("alice@example.org")).containsExactly("email_verify");
    }

    @Test
    void passwordChangeChecksTheCurrentOneAndThePolicyThenEndsEveryOtherSession() {
        User alice = signup("alice", "alice@example.org");
        String mine = session(alice);
        String other = session(alice);
        String next = "a different long passphrase";

        assertApiError(() -> accounts.changePassword(alice.id(), mine, null, "", IP), ErrorCode.INVALID_REQUEST,
                new FieldError("current_password", "required"), new FieldError("new_password", "required"));
        assertApiError(() -> accounts.changePassword(alice.id(), mine, "wrong password!", next, IP), ErrorCode.INVALID_CREDENTIALS);
        assertApiError(() -> accounts.changePassword(alice.id(), mine, PASSWORD, "alice", IP), ErrorCode.WEAK_PASSWORD);
        assertThat(passwordIs(alice.id(), PASSWORD)).isTrue();
        assertThat(f.sessions.isLive(other)).isTrue();

        accounts.changePassword(alice.id(), mine, PASSWORD, next, IP);

        assertThat(passwordIs(alice.id(), next)).isTrue();
        assertThat(passwordIs(alice.id(), PASSWORD)).isFalse();
        assertThat(f.sessions.isLive(mine)).isTrue();
        assertThat(f.sessions.isLive(other)).isFalse();
        assertThat(mailKindsTo("alice@example.org")).endsWith("password_changed");
    }

    @Test
    void wrongCurrentPasswordsCountOnTheLoginThrottle() {
        User alice = signup("alice", null);
        String sid = session(alice);
        for (int i = 0; i < 3; i++) {
            assertApiError(() -> accounts.changePassword(alice.id(), sid, "wrong password!", "a different long passphrase", IP),
                    ErrorCode.INVALID_CREDENTIALS);
        }
        // Locked now, even for the right password (SECURITY.md: the same budget as a login).
        assertApiError(() -> accounts.changePassword(alice.id(), sid, PASSWORD, "a different long passphrase", IP),
                ErrorCode.TOO_MANY_ATTEMPTS);
    }
}
