package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.mfa.MfaStore;
import dev.gatehouse.passkey.Passkey;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiMfaStore on SQLite and PostgreSQL: every race of API.md §7 is settled by one conditional
 * statement (a TOTP step accepted once, a recovery code or an mfa_token spent once), and an
 * enrolment never overwrites a confirmed factor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String user(StoreFixture f) {
        return f.user("mfa" + SEQ.incrementAndGet(), List.of("user")).id();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPendingSecretIsReplacedButAConfirmedOneNever(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        assertThat(f.mfa.savePendingTotp(u, "first", T0)).isTrue();
        assertThat(f.mfa.savePendingTotp(u, "second", T0)).isTrue();
        assertThat(f.mfa.findTotp(u)).get().extracting(MfaStore.TotpFactor::sealedSecret).isEqualTo("second");
        // Confirming the secret that was replaced meanwhile (another tab) confirms nothing.
        assertThat(f.mfa.confirmTotp(u, "first", 100, T0)).isFalse();
        assertThat(f.mfa.confirmTotp(u, "second", 100, T0)).isTrue();
        assertThat(f.mfa.savePendingTotp(u, "third", T0)).isFalse();
        MfaStore.TotpFactor factor = f.mfa.findTotp(u).orElseThrow();
        assertThat(factor.confirmed()).isTrue();
        assertThat(factor.sealedSecret()).isEqualTo("second");
        assertThat(factor.lastStep()).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStepIsAcceptedOnlyWhenLaterThanTheLastAccepted(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        assertThat(f.mfa.savePendingTotp(u, "s", T0)).isTrue();
        assertThat(f.mfa.acceptStep(u, 5)).as("not confirmed yet").isFalse();
        assertThat(f.mfa.confirmTotp(u, "s", 10, T0)).isTrue();
        assertThat(f.mfa.acceptStep(u, 10)).isFalse();
        assertThat(f.mfa.acceptStep(u, 9)).isFalse();
        assertThat(f.mfa.acceptStep(u, 11)).isTrue();
        assertThat(f.mfa.acceptStep(u, 11)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneStepRacedByManyIsAcceptedOnce(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        f.mfa.savePendingTotp(u, "s", T0);
        f.mfa.confirmTotp(u, "s", 10, T0);
        List<Boolean> won = Concurrently.run(8, () -> f.mfa.acceptStep(u, 11));
        assertThat(won).containsOnlyOnce(true);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRecoveryCodeUsedInParallelIsSpentExactlyOnce(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        f.mfa.replaceRecoveryCodes(u, List.of("h1", "h2", "h3"), T0);
        assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(3);
        List<Boolean> won = Concurrently.run(8, () -> f.mfa.useRecoveryCode(u, "h2", T0));
        assertThat(won).containsOnlyOnce(true);
        assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(2);
        // Another user's code of the same hash is not this user's.
        assertThat(f.mfa.useRecoveryCode(user(f), "h1", T0)).isFalse();
        // A new set replaces the old one entirely.
        f.mfa.replaceRecoveryCodes(u, List.of("n1"), T0);
        assertThat(f.mfa.useRecoveryCode(u, "h1", T0)).isFalse();
        assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(1);
        assertThat(f.mfa.deleteRecoveryCodes(u)).isEqualTo(1);
        assertThat(f.mfa.recoveryCodesLeft(u)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChallengeIsFoundUntilSpentOrExpiredAndSpentOnce(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        f.mfa.insertChallenge(new MfaStore.Challenge(hash, MfaStore.Purpose.VERIFY, u, "gatehouse", List.of("openid", "notes:read"), "ua", "203.0.113.9", T0,
                T0.plus(Duration.ofMinutes(5)), List.of("pwd"), null));
        MfaStore.Challenge c = f.mfa.findChallenge(hash, T0).orElseThrow();
        assertThat(c.userId()).isEqualTo(u);
        assertThat(c.scope()).containsExactly("openid", "notes:read");
        assertThat(c.amr()).containsExactly("pwd");
        assertThat(c.idp()).isNull();
        assertThat(f.mfa.findChallenge(hash, T0.plus(Duration.ofMinutes(5)))).as("expired").isEmpty();
        assertThat(f.mfa.spendChallenge(hash, T0.plus(Duration.ofMinutes(5)))).as("expired").isFalse();
        List<Boolean> won = Concurrently.run(6, () -> f.mfa.spendChallenge(hash, T0));
        assertThat(won).containsOnlyOnce(true);
        assertThat(f.mfa.findChallenge(hash, T0)).as("spent").isEmpty();

        String unscoped = SecureTokens.hash(SecureTokens.random(32));
        f.mfa.insertChallenge(new MfaStore.Challenge(unscoped, MfaStore.Purpose.ENROL, u, "gatehouse", null, null, null, T0, T0.plusSeconds(60), List.of(), null));
        assertThat(f.mfa.findChallenge(unscoped, T0).orElseThrow().scope()).isNull();
        assertThat(f.mfa.findChallenge(unscoped, T0).orElseThrow().purpose()).isEqualTo(MfaStore.Purpose.ENROL);
    }

    /** An upstream sign-in's second step remembers the upstream's amr and the provider (V16). */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChallengeKeepsTheFirstFactorsAmrAndProvider(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        String upstream = SecureTokens.hash(SecureTokens.random(32));
        f.mfa.insertChallenge(new MfaStore.Challenge(upstream, MfaStore.Purpose.VERIFY, u, "gatehouse", null, null, null, T0, T0.plusSeconds(60),
                List.of("pwd", "hwk"), "acme-sso"));
        MfaStore.Challenge c = f.mfa.findChallenge(upstream, T0).orElseThrow();
        assertThat(c.amr()).containsExactly("pwd", "hwk");
        assertThat(c.idp()).isEqualTo("acme-sso");
        String silent = SecureTokens.hash(SecureTokens.random(32));
        f.mfa.insertChallenge(new MfaStore.Challenge(silent, MfaStore.Purpose.VERIFY, u, "gatehouse", null, null, null, T0, T0.plusSeconds(60),
                List.of(), "other"));
        assertThat(f.mfa.findChallenge(silent, T0).orElseThrow().amr()).as("an upstream that reported no amr").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingTheUserDeletesTheirFactors(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        f.mfa.savePendingTotp(u, "s", T0);
        f.mfa.replaceRecoveryCodes(u, List.of("h"), T0);
        assertThat(f.mfa.deleteTotp(u)).isTrue();
        assertThat(f.mfa.deleteTotp(u)).isFalse();
        assertThat(f.mfa.findTotp(u)).isEmpty();
    }

    /** A user with a confirmed TOTP factor, one passkey (its id returned) and recovery codes. */
    private static String twoFactors(StoreFixture f, String u) {
        f.mfa.savePendingTotp(u, "s", T0);
        assertThat(f.mfa.confirmTotp(u, "s", 1, T0)).isTrue();
        String passkey = UUID.randomUUID().toString();
        f.passkeys.insert(new Passkey(passkey, u, SecureTokens.random(32), new byte[] {1}, 0, false, false, true, List.of(), "00000000-0000-0000-0000-000000000000", "key",
                T0, null));
        f.mfa.replaceRecoveryCodes(u, List.of("h1", "h2"), T0);
        return passkey;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRemovalKeepsTheLastFactorWhenAskedAndTakesTheRecoveryCodesWithTheLastOtherwise(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String u = user(f);
        String passkey = twoFactors(f, u);
        String other = user(f);
        assertThat(f.mfa.removeFactor(other, passkey, true)).as("another user's passkey").isEqualTo(MfaStore.Removal.NOT_FOUND);
        assertThat(f.mfa.removeFactor(u, "no-such-id", true)).isEqualTo(MfaStore.Removal.NOT_FOUND);
        assertThat(f.mfa.removeFactor("no-such-user", null, true)).isEqualTo(MfaStore.Removal.NOT_FOUND);
        assertThat(f.mfa.removeFactor(u, null, true)).isEqualTo(MfaStore.Removal.REMOVED);
        assertThat(f.mfa.removeFactor(u, null, true)).as("removed already").isEqualTo(MfaStore.Removal.NOT_FOUND);
        assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(2);
        assertThat(f.mfa.removeFactor(u, passkey, true)).isEqualTo(MfaStore.Removal.LAST_FACTOR);
        assertThat(f.passkeys.forUser(u)).hasSize(1);
        assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(2);
        assertThat(f.mfa.removeFactor(u, passkey, false)).isEqualTo(MfaStore.Removal.REMOVED);
        assertThat(f.passkeys.forUser(u)).isEmpty();
        assertThat(f.mfa.recoveryCodesLeft(u)).as("the codes go with the last factor").isZero();
        // A pending enrolment is no factor: a user without one may drop it even when a factor is required.
        f.mfa.savePendingTotp(u, "pending", T0);
        assertThat(f.mfa.removeFactor(u, null, true)).isEqualTo(MfaStore.Removal.REMOVED);
        assertThat(f.mfa.findTotp(u)).isEmpty();
    }

    /**
     * Two parallel removals of a user's last two factors, TOTP and passkey, while a factor is required:
     * each alone may go, but never both. Many rounds, each on a fresh user, released at the same instant.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoParallelRemovalsOfTheLastTwoFactorsNeverLeaveNone(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        for (int round = 0; round < 40; round++) {
            String u = user(f);
            String passkey = twoFactors(f, u);
            AtomicInteger turn = new AtomicInteger();
            List<MfaStore.Removal> outcomes = Concurrently.run(2, () -> f.mfa.removeFactor(u, turn.getAndIncrement() == 0 ? null : passkey, true));
            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(MfaStore.Removal.REMOVED, MfaStore.Removal.LAST_FACTOR);
            boolean totp = f.mfa.findTotp(u).isPresent();
            assertThat(totp ^ !f.passkeys.forUser(u).isEmpty()).as("exactly one factor left, round " + round).isTrue();
            assertThat(f.mfa.recoveryCodesLeft(u)).isEqualTo(2);
        }
    }
}
