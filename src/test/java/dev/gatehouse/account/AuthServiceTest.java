package dev.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditStore;
import dev.gatehouse.audit.EventFilter;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.FakeSigningKeyStore;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.Verification;
import dev.gatehouse.rbac.Grants;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.RecentRotation;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.SessionStore;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.session.TokenService;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import dev.gatehouse.throttle.ThrottleStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AuthService alone, without HTTP or a database: in-memory stores, a transparent password hasher that
 * counts its work, and the real session and token services on top of them.
 */
class AuthServiceTest {
    private static final String FIRST_PARTY = "gatehouse";
    private static final String IP = "192.0.2.10";
    private static final int FREE_ATTEMPTS = 3;
    private static final int IP_PER_MINUTE = 50;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:10Z"));
    private final Users users = new Users();
    private final Throttles throttles = new Throttles();
    private final Sessions sessions = new Sessions();
    private final Hasher hasher = new Hasher();
    private final Audit auditStore = new Audit();
    private final AuditLog audit = new AuditLog(auditStore, clock);
    private final HashPool pool = new HashPool(1, 4);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        audit.close();
        pool.close();
    }

    private AuthService service(boolean requireVerifiedEmail, int ipPerMinute) {
        KeyService keys = new KeyService(new FakeSigningKeyStore(), MasterKey.generate(), clock, "ES256", Duration.ofMinutes(15));
        keys.ensureActiveKey();
        TokenService tokens = new TokenService(new AccessTokenIssuer(keys, "https://id.example", clock), "https://id.example",
                Duration.ofMinutes(5));
        SessionService sessionService = new SessionService(sessions, audit, clock, Duration.ofDays(14), Duration.ofDays(30),
                () -> { }, new LiveSessionCache<>(Duration.ZERO), Duration.ZERO);
        return new AuthService(users, new Credentials(hasher, pool, users),
                new LoginThrottle(throttles, clock, new GatehouseConfig.Throttle(FREE_ATTEMPTS, Duration.ofSeconds(10),
                        Duration.ofMinutes(15), ipPerMinute)),
                new IpRateLimiter(clock, ipPerMinute), sessionService, tokens, audit, clock, FIRST_PARTY, 128, metrics,
                requireVerifiedEmail);
    }

    private AuthService service() {
        return service(false, IP_PER_MINUTE);
    }

    private static LoginCommand login(String username, String password) {
        return login(username, password, null);
    }

    private static LoginCommand login(String username, String password, String scope) {
        return new LoginCommand(username, password, scope, null, IP, "agent/1.0");
    }

    private static void assertApiError(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(code));
    }

    /** Every event recorded so far, in order: close() stops the writer thread, then writes what it left queued. */
    private List<AuditEvent> events(String type) {
        audit.close();
        return auditStore.events.stream().filter(e -> e.type().equals(type)).toList();
    }

    private double counted(String name, String outcome) {
        var counter = metrics.find(name).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static JWTClaimsSet claims(TokenResponse tokens) throws Exception {
        return SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    }

    @Test
    void loginWithTheRightPasswordThenTokensOfANewSessionWithTheUsersPermissions() throws Exception {
        User alice = users.add("Alice", "alice@example.org", true, false, "correct horse", Set.of("notes:read", "notes:write"));
        TokenResponse tokens = service().login(login("alice", "correct horse"));

        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.scope()).isEqualTo("notes:read notes:write");
        JWTClaimsSet claims = claims(tokens);
        assertThat(claims.getSubject()).isEqualTo(alice.id());
        Session session = sessions.byId.get(claims.getStringClaim("sid"));
        assertThat(session.userId()).isEqualTo(alice.id());
        assertThat(session.clientId()).isEqualTo(FIRST_PARTY);
        assertThat(sessions.hashToId).containsEntry(SecureTokens.hash(tokens.refreshToken()), session.id());
        assertThat(events("login")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("success");
            assertThat(e.userId()).isEqualTo(alice.id());
            assertThat(e.detail()).isEqualTo("session=" + session.id());
        });
        assertThat(counted("gatehouse_logins", "success")).isEqualTo(1);
        assertThat(throttles.entries).as("a success clears the account's counter").isEmpty();
    }

    @Test
    void loginWithAScopeThenNarrowedToWhatWasBothAskedForAndHeld() throws Exception {
        users.add("bob", null, false, false, "pw-of-bob-123", Set.of("notes:read", "notes:write"));
        TokenResponse tokens = service().login(login("bob", "pw-of-bob-123", "notes:read admin:users:write"));
        assertThat(tokens.scope()).isEqualTo("notes:read");
        assertThat(sessions.byId.get(claims(tokens).getStringClaim("sid")).scope()).containsExactly("notes:read");
    }

    @Test
    void loginByEmailOrInAnotherLetterCaseFindsTheSameAccount() {
        User carol = users.add("carol", "Carol@Example.org", true, false, "pw-of-carol-1", Set.of());
        AuthService auth = service();
        for (String name : List.of("CAROL", "carol@example.org", "CAROL@EXAMPLE.ORG")) {
            assertThat(auth.authenticate(name, "pw-of-carol-1", IP).user().id()).isEqualTo(carol.id());
        }
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledUserFailAlikeAfterOneHashEach() {
        users.add("dave", null, false, false, "pw-of-dave-12", Set.of());
        users.add("erin", null, false, true, "pw-of-erin-12", Set.of());
        AuthService auth = service();
        assertApiError(() -> auth.login(login("dave", "wrong")), ErrorCode.INVALID_CREDENTIALS);
        assertApiError(() -> auth.login(login("nobody", "pw-of-dave-12")), ErrorCode.INVALID_CREDENTIALS);
        assertApiError(() -> auth.login(login("erin", "pw-of-erin-12")), ErrorCode.INVALID_CREDENTIALS);
        assertThat(hasher.verifications).as("one hash per attempt, known user or not").hasValue(3);
        assertThat(events("login")).extracting(AuditEvent::outcome, AuditEvent::detail).containsExactly(
                Tuple.tuple("failure", "wrong_password"),
                Tuple.tuple("failure", "unknown_user"),
                Tuple.tuple("failure", "disabled"));
        assertThat(sessions.byId).as("no session for a failure").isEmpty();
        assertThat(counted("gatehouse_logins", "failure")).isEqualTo(3);
    }

    @Test
    void missingOrOversizedFieldsThenInvalidRequestNamingEachBeforeAnyWork() {
        AuthService auth = service();
        assertThatThrownBy(() -> auth.login(new LoginCommand(null, "", "bad\"scope", "other-client", IP, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                            Tuple.tuple("username", "required"),
                            Tuple.tuple("password", "required"),
                            Tuple.tuple("scope", "invalid"),
                            Tuple.tuple("client_id", "unknown_client"));
                });
        assertThatThrownBy(() -> auth.authenticate("u".repeat(321), "p".repeat(257), IP))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                                Tuple.tuple("username", "too_long"),
                                Tuple.tuple("password", "too_long")));
        assertThat(hasher.verifications).hasValue(0);
        assertThat(throttles.entries).as("nothing counted").isEmpty();
    }

    @Test
    void failuresPastTheFreeAttemptsThenTooManyAttemptsForEveryNameOfTheAccountWithoutHashing() {
        users.add("frank", "frank@example.org", true, false, "pw-of-frank-1", Set.of());
        AuthService auth = service();
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            String name = i % 2 == 0 ? "frank" : "FRANK@example.org";
            assertApiError(() -> auth.authenticate(name, "wrong", IP), ErrorCode.INVALID_CREDENTIALS);
        }
        int hashes = hasher.verifications.get();
        for (String name : List.of("frank", "Frank", "frank@example.org")) {
            assertThatThrownBy(() -> auth.authenticate(name, "pw-of-frank-1", IP)).as(name)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.error()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
                        assertThat(e.retryAfter()).isPositive();
                    });
        }
        assertThat(hasher.verifications).as("a refused attempt checks no password").hasValue(hashes);
        assertThat(events("login")).filteredOn(e -> e.outcome().equals("throttled")).hasSize(3);

        clock.advance(Duration.ofMinutes(16));
        assertThat(auth.authenticate("frank", "pw-of-frank-1", IP).user().username()).as("the lock ends").isEqualTo("frank");
    }

    @Test
    void unknownNamesAreThrottledOnTheSameScheduleAsAccounts() {
        AuthService auth = service();
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            assertApiError(() -> auth.authenticate("ghost", "x", IP), ErrorCode.INVALID_CREDENTIALS);
        }
        assertApiError(() -> auth.authenticate("GHOST", "x", IP), ErrorCode.TOO_MANY_ATTEMPTS);
        assertThat(throttles.entries).containsOnlyKeys(LoginThrottle.nameKey("ghost"));
    }

    @Test
    void aSuccessBeforeTheLimitStartsTheCountAgain() {
        users.add("gina", null, false, false, "pw-of-gina-12", Set.of());
        AuthService auth = service();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < FREE_ATTEMPTS - 1; i++) {
                assertApiError(() -> auth.authenticate("gina", "wrong", IP), ErrorCode.INVALID_CREDENTIALS);
            }
            assertThat(auth.authenticate("gina", "pw-of-gina-12", IP)).isNotNull();
        }
    }

    @Test
    void tooManyAttemptsFromOneAddressThenRateLimitedBeforeAnyOtherWork() {
        users.add("hank", null, false, false, "pw-of-hank-12", Set.of());
        AuthService auth = service(false, 2);
        assertThat(auth.authenticate("hank", "pw-of-hank-12", IP)).isNotNull();
        assertThat(auth.authenticate("hank", "pw-of-hank-12", IP)).isNotNull();
        int hashes = hasher.verifications.get();
        assertThatThrownBy(() -> auth.authenticate("hank", "pw-of-hank-12", IP)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(e.retryAfter()).isPositive();
        });
        assertThat(hasher.verifications).hasValue(hashes);
        assertThat(auth.authenticate("hank", "pw-of-hank-12", "198.51.100.1")).as("another address").isNotNull();
        assertThat(counted("gatehouse_logins", "rate_limited")).isEqualTo(1);
    }

    @Test
    void verifiedEmailRequiredThenUnverifiedAddressRefusedOnlyWithTheRightPassword() {
        users.add("ivy", "ivy@example.org", false, false, "pw-of-ivy-123", Set.of());
        users.add("operator", null, false, false, "pw-of-operator", Set.of());
        users.add("jill", "jill@example.org", true, false, "pw-of-jill-12", Set.of());
        AuthService auth = service(true, IP_PER_MINUTE);
        assertApiError(() -> auth.login(login("ivy", "wrong")), ErrorCode.INVALID_CREDENTIALS);
        assertApiError(() -> auth.login(login("ivy", "pw-of-ivy-123")), ErrorCode.EMAIL_NOT_VERIFIED);
        assertThat(auth.login(login("operator", "pw-of-operator"))).as("no address: exempt").isNotNull();
        assertThat(auth.login(login("jill", "pw-of-jill-12"))).isNotNull();
        assertThat(service(false, IP_PER_MINUTE).login(login("ivy", "pw-of-ivy-123"))).as("not required").isNotNull();
        assertThat(events("login")).filteredOn(e -> "email_not_verified".equals(e.detail())).hasSize(1);
    }

    @Test
    void outdatedHashThenReplacedAtASuccessfulLogin() {
        User kim = users.add("kim", null, false, false, "pw-of-kim-123", Set.of());
        hasher.needsRehash = true;
        service().authenticate("kim", "pw-of-kim-123", IP);
        assertThat(users.findById(kim.id()).orElseThrow().user().passwordHash()).isEqualTo("fake2$pw-of-kim-123");
    }

    @Test
    void refreshThenNewTokensOfTheSameSessionAndTheOldTokenIsSpent() throws Exception {
        users.add("lena", null, false, false, "pw-of-lena-12", Set.of("notes:read"));
        AuthService auth = service();
        TokenResponse first = auth.login(login("lena", "pw-of-lena-12"));
        clock.advance(Duration.ofMinutes(1));
        TokenResponse second = auth.refresh(first.refreshToken(), IP);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(claims(second).getStringClaim("sid")).isEqualTo(claims(first).getStringClaim("sid"));
        assertThat(second.scope()).isEqualTo("notes:read");
        assertApiError(() -> auth.refresh(first.refreshToken(), IP), ErrorCode.INVALID_REFRESH_TOKEN);
        assertThat(sessions.byId.get(claims(first).getStringClaim("sid")).revokedAt()).as("reuse ends the session").isNotNull();
        assertThat(counted("gatehouse_refreshes", "success")).isEqualTo(1);
        assertThat(counted("gatehouse_refreshes", "failure")).isEqualTo(1);
    }

    @Test
    void refreshWhenTheUserWasDisabledOrDeletedSinceThenRefusedAndTheSessionEnded() throws Exception {
        User mia = users.add("mia", null, false, false, "pw-of-mia-123", Set.of());
        User ned = users.add("ned", null, false, false, "pw-of-ned-123", Set.of());
        AuthService auth = service();
        TokenResponse miaTokens = auth.login(login("mia", "pw-of-mia-123"));
        TokenResponse nedTokens = auth.login(login("ned", "pw-of-ned-123"));
        users.disable(mia.id());
        users.byId.remove(ned.id());
        assertApiError(() -> auth.refresh(miaTokens.refreshToken(), IP), ErrorCode.INVALID_REFRESH_TOKEN);
        assertApiError(() -> auth.refresh(nedTokens.refreshToken(), IP), ErrorCode.INVALID_REFRESH_TOKEN);
        assertThat(sessions.byId.get(claims(miaTokens).getStringClaim("sid")).revokedAt()).isNotNull();
        assertThat(sessions.byId.get(claims(nedTokens).getStringClaim("sid")).revokedAt()).isNotNull();
    }

    @Test
    void refreshWithMalformedOrUnknownTokensThenInvalidRefreshToken() {
        AuthService auth = service();
        for (String token : new String[] {null, "", "short", "x".repeat(43), "!".repeat(43), "a".repeat(4000)}) {
            assertApiError(() -> auth.refresh(token, IP), ErrorCode.INVALID_REFRESH_TOKEN);
        }
    }

    @Test
    void logoutEndsTheTokensSessionAndAnswersTheSameForAnUnknownToken() throws Exception {
        User olga = users.add("olga", null, false, false, "pw-of-olga-12", Set.of());
        AuthService auth = service();
        TokenResponse tokens = auth.login(login("olga", "pw-of-olga-12"));
        auth.logout(tokens.refreshToken(), IP);
        assertThat(sessions.byId.get(claims(tokens).getStringClaim("sid")).revokedAt()).isNotNull();
        assertApiError(() -> auth.refresh(tokens.refreshToken(), IP), ErrorCode.INVALID_REFRESH_TOKEN);
        auth.logout("y".repeat(43), IP);
        auth.logout(null, IP);
        assertThat(events("logout")).singleElement().satisfies(e -> assertThat(e.userId()).isEqualTo(olga.id()));
    }

    @Test
    void logoutSessionEndsThatSessionOrEveryOneOfTheUser() throws Exception {
        User pat = users.add("pat", null, false, false, "pw-of-pat-123", Set.of());
        users.add("quinn", null, false, false, "pw-of-quinn-1", Set.of());
        AuthService auth = service();
        String a = claims(auth.login(login("pat", "pw-of-pat-123"))).getStringClaim("sid");
        String b = claims(auth.login(login("pat", "pw-of-pat-123"))).getStringClaim("sid");
        String c = claims(auth.login(login("pat", "pw-of-pat-123"))).getStringClaim("sid");
        String other = claims(auth.login(login("quinn", "pw-of-quinn-1"))).getStringClaim("sid");
        auth.logoutSession(pat.id(), a, false, IP);
        assertThat(sessions.byId.get(a).revokedAt()).isNotNull();
        assertThat(sessions.byId.get(b).revokedAt()).isNull();
        auth.logoutSession(pat.id(), b, true, IP);
        assertThat(sessions.byId.get(b).revokedAt()).isNotNull();
        assertThat(sessions.byId.get(c).revokedAt()).isNotNull();
        assertThat(sessions.byId.get(other).revokedAt()).as("another user's session").isNull();
        assertThat(events("logout")).extracting(AuditEvent::detail).containsExactly("session=" + a, "all_sessions=2");
    }

    /** Users by id, found by normalised username or email, with the permissions of their roles. */
    private static final class Users implements UserStore {
        final Map<String, UserWithGrants> byId = new HashMap<>();
        private final Map<String, String> locales = new HashMap<>();

        @Override
        public synchronized void updateLocale(String userId, String locale) {
            locales.put(userId, locale);
        }

        @Override
        public synchronized Optional<String> locale(String userId) {
            return Optional.ofNullable(locales.get(userId));
        }
        private final Map<String, String> idByLogin = new HashMap<>();

        synchronized User add(String username, String email, boolean verified, boolean disabled, String password, Set<String> permissions) {
            User user = new User(UUID.randomUUID().toString(), username, email, verified, null, "fake$" + password, disabled,
                    Instant.parse("2026-01-01T00:00:00Z"));
            byId.put(user.id(), new UserWithGrants(user, new Grants(List.of("user"), permissions)));
            idByLogin.put(Identifiers.normalizeUsername(username), user.id());
            if (email != null) idByLogin.put(Identifiers.normalizeEmail(email), user.id());
            return user;
        }

        synchronized void disable(String id) {
            UserWithGrants u = byId.get(id);
            User x = u.user();
            byId.put(id, new UserWithGrants(new User(x.id(), x.username(), x.email(), x.emailVerified(), x.name(), x.passwordHash(),
                    true, x.createdAt()), u.grants()));
        }

        @Override
        public synchronized Optional<UserWithGrants> findByLogin(String normalizedIdentifier) {
            return Optional.ofNullable(idByLogin.get(normalizedIdentifier)).map(byId::get);
        }

        @Override
        public synchronized Optional<UserWithGrants> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public synchronized boolean replacePasswordHash(String userId, String expected, String replacement, Instant now) {
            UserWithGrants u = byId.get(userId);
            if (u == null || !expected.equals(u.user().passwordHash())) return false;
            updatePasswordHash(userId, replacement, now);
            return true;
        }

        @Override
        public synchronized void updatePasswordHash(String userId, String passwordHash, Instant now) {
            UserWithGrants u = byId.get(userId);
            User x = u.user();
            byId.put(userId, new UserWithGrants(new User(x.id(), x.username(), x.email(), x.emailVerified(), x.name(), passwordHash,
                    x.disabled(), x.createdAt()), u.grants()));
        }

        @Override
        public void insert(User user, String usernameNorm, String emailNorm, List<String> roles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now) {
            // The fake sessions are live while the test uses them; only the user is looked up.
            return Optional.ofNullable(byId.get(userId)).map(u -> new LiveSessionUser(u, now.plusSeconds(3600)));
        }

        @Override
        public Optional<LiveSessionClaims> findClaimsByLiveSession(String userId, String sessionId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean existsByUsernameNorm(String usernameNorm) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setVerifiedEmail(String userId, String email, String emailNorm, Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    /** The counting and locking {@link ThrottleStore} documents, in memory. */
    private static final class Throttles implements ThrottleStore {
        record Entry(int count, Instant last, Instant lockedUntil) {}

        final Map<String, Entry> entries = new HashMap<>();

        @Override
        public synchronized OptionalInt reserveAttempt(String key, Instant now, Instant decayBefore, int freeAttempts,
                                                       Duration baseDelay, Duration maxDelay) {
            Entry e = entries.get(key);
            if (e != null && e.lockedUntil() != null && e.lockedUntil().isAfter(now)) return OptionalInt.empty();
            int count = e == null || e.last().isBefore(decayBefore) ? 1 : e.count() + 1;
            Instant lock = null;
            if (count >= freeAttempts) {
                Duration delay = baseDelay.multipliedBy(1L << Math.min(20, count - freeAttempts));
                lock = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
            }
            entries.put(key, new Entry(count, now, lock));
            return OptionalInt.of(count);
        }

        @Override
        public synchronized Instant lockedUntil(String key, Instant now) {
            Entry e = entries.get(key);
            return e == null || e.lockedUntil() == null || !e.lockedUntil().isAfter(now) ? null : e.lockedUntil();
        }

        @Override
        public synchronized void clear(String key) {
            entries.remove(key);
        }
    }

    /** Sessions with rotation and reuse bookkeeping, in memory (no reuse interval: every repeat is reuse). */
    private static final class Sessions implements SessionStore {
        final Map<String, Session> byId = new HashMap<>();
        final Map<String, String> hashToId = new HashMap<>();
        private final Map<String, String> spent = new HashMap<>();

        @Override
        public synchronized void insert(Session session, String refreshHash) {
            byId.put(session.id(), session);
            hashToId.put(refreshHash, session.id());
        }

        @Override
        public synchronized Optional<Session> rotate(String oldHash, String newHash, String sealedSuccessor, String clientId,
                                                     Instant now, Instant idleCutoff) {
            String id = hashToId.get(oldHash);
            if (id == null) return Optional.empty();
            Session s = byId.get(id);
            if (s.revokedAt() != null || !s.expiresAt().isAfter(now) || s.lastUsedAt().isBefore(idleCutoff)
                    || !s.clientId().equals(clientId)) {
                return Optional.empty();
            }
            Session used = with(s, now, null);
            byId.put(id, used);
            hashToId.remove(oldHash);
            hashToId.put(newHash, id);
            spent.put(oldHash, id);
            return Optional.of(used);
        }

        @Override
        public Optional<RecentRotation> findByPreviousRefreshHash(String hash, Instant now) {
            return Optional.empty();
        }

        @Override
        public synchronized Optional<String> sessionOfUsedToken(String hash) {
            return Optional.ofNullable(spent.get(hash));
        }

        @Override
        public synchronized boolean revoke(String sessionId, Instant now) {
            Session s = byId.get(sessionId);
            if (s == null || s.revokedAt() != null) return false;
            byId.put(sessionId, with(s, s.lastUsedAt(), now));
            return true;
        }

        @Override
        public synchronized Optional<Session> revokeByRefreshHash(String hash, Instant now) {
            String id = hashToId.get(hash);
            return id != null && revoke(id, now) ? Optional.of(byId.get(id)) : Optional.empty();
        }

        @Override
        public synchronized int revokeAllForUser(String userId, String keepSessionId, Instant now) {
            int n = 0;
            for (Session s : new ArrayList<>(byId.values())) {
                if (s.userId().equals(userId) && !s.id().equals(keepSessionId) && revoke(s.id(), now)) n++;
            }
            return n;
        }

        @Override
        public synchronized Optional<Session> findLive(String sessionId, Instant now) {
            return Optional.ofNullable(byId.get(sessionId)).filter(s -> s.revokedAt() == null && s.expiresAt().isAfter(now));
        }

        private static Session with(Session s, Instant lastUsedAt, Instant revokedAt) {
            return new Session(s.id(), s.userId(), s.clientId(), s.scope(), s.createdAt(), lastUsedAt, s.expiresAt(), revokedAt,
                    s.userAgent(), s.ip(), s.authTime(), s.resources());
        }

        @Override
        public void insertFromLogin(Session session, String refreshHash, String loginSessionId, Instant signedInAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean insertForCode(Session session, String refreshHash, String loginSessionId, Instant signedInAt, String codeHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> signedInAt(String sessionId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int revokeByLoginSession(String loginSessionId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int moveToLoginSession(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Session> findByRefreshHash(String hash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized long countLive(Instant now) {
            return byId.values().stream().filter(s -> s.revokedAt() == null && s.expiresAt().isAfter(now)).count();
        }

        @Override
        public List<Session> listLive(String userId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Session> listLive(String userId, Instant now, Instant afterCreatedAt, String afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int revokeAllForClient(String clientId, Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    /** "fake$" + password, so a test reads what is stored; counts every verification (real or dummy). */
    private static final class Hasher implements PasswordHasher {
        final AtomicInteger verifications = new AtomicInteger();
        volatile boolean needsRehash;

        @Override
        public String hash(String password) {
            return "fake2$" + password;
        }

        @Override
        public Verification verify(String password, String encoded) {
            verifications.incrementAndGet();
            return new Verification(encoded.equals("fake$" + password) || encoded.equals("fake2$" + password), needsRehash);
        }

        @Override
        public Verification verifyDummy(String password) {
            verifications.incrementAndGet();
            return new Verification(false, false);
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    private static final class Audit implements AuditStore {
        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void insertAll(List<AuditEvent> batch) {
            events.addAll(batch);
        }

        @Override
        public List<AuditEvent> search(EventFilter filter, Instant beforeAt, String beforeId, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
