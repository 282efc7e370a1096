package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.passkey.ChallengePurpose;
import dev.gatehouse.passkey.Passkey;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiPasskeyStore and JdbiChallengeStore on SQLite and PostgreSQL: passkeys round-trip, a credential
 * id is registered once across users, a counter update is conditional, a user handle is made once, and
 * a challenge is spent once, only by its purpose and user, before it expires, even by racing callers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static User user(StoreFixture f) {
        return f.user("pk" + UUID.randomUUID().toString().substring(0, 8), List.of());
    }

    private static Passkey passkey(String userId, String credentialId, long count, Instant created) {
        return new Passkey(UUID.randomUUID().toString(), userId, credentialId, new byte[] {1, 2, 3, (byte) 0xff}, count, true, false, true,
                List.of("internal", "hybrid"), "00000000-0000-0000-0000-000000000000", "Laptop", created, null);
    }

    private static String credential() {
        return SecureTokens.random(32);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void passkeysReadBackWithEveryField(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user(f);
        Passkey first = passkey(u.id(), credential(), 7, T0);
        Passkey second = passkey(u.id(), credential(), 0, T0.plusSeconds(1));
        f.passkeys.insert(second);
        f.passkeys.insert(first);
        List<Passkey> read = f.passkeys.forUser(u.id());
        assertThat(read).extracting(Passkey::id).containsExactly(first.id(), second.id());
        Passkey back = read.get(0);
        assertThat(back.publicKey()).containsExactly(first.publicKey());
        assertThat(back).usingRecursiveComparison().ignoringFields("publicKey").isEqualTo(first);
        assertThat(f.passkeys.count(u.id())).isEqualTo(2);
        assertThat(f.passkeys.findByCredentialId(second.credentialId()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(f.passkeys.findByCredentialId("absent")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCredentialIdBelongsToOnePasskeyOfOneUser(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String c = credential();
        f.passkeys.insert(passkey(user(f).id(), c, 0, T0));
        assertThatThrownBy(() -> f.passkeys.insert(passkey(user(f).id(), c, 0, T0)))
                .isInstanceOfSatisfying(UniqueViolation.class, e -> assertThat(e.field()).isEqualTo("credential_id"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyTheOwnerDeletesAndTheUsersDeletionTakesItsPasskeys(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User alice = user(f);
        User bob = user(f);
        Passkey p = passkey(alice.id(), credential(), 0, T0);
        f.passkeys.insert(p);
        assertThat(f.passkeys.delete(bob.id(), p.id())).isFalse();
        assertThat(f.passkeys.delete(alice.id(), p.id())).isTrue();
        assertThat(f.passkeys.delete(alice.id(), p.id())).isFalse();
        f.passkeys.insert(passkey(alice.id(), credential(), 0, T0));
        f.passkeys.insert(passkey(bob.id(), credential(), 0, T0));
        assertThat(f.passkeys.deleteAll(alice.id())).isEqualTo(1);
        assertThat(f.passkeys.count(bob.id())).isEqualTo(1);
        f.passkeys.insert(passkey(alice.id(), credential(), 0, T0));
        f.passkeys.userHandle(alice.id(), SecureTokens.random(32));
        f.jdbi.useHandle(h -> h.execute("DELETE FROM users WHERE id = ?", alice.id()));
        assertThat(f.passkeys.count(alice.id())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aUseIsRecordedOnlyOverTheCounterItWasJudgedOn(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Passkey p = passkey(user(f).id(), credential(), 5, T0);
        f.passkeys.insert(p);
        assertThat(f.passkeys.recordUse(p.id(), 5, 6, true, T0.plusSeconds(9))).isTrue();
        assertThat(f.passkeys.recordUse(p.id(), 5, 7, true, T0.plusSeconds(10))).isFalse();
        Passkey read = f.passkeys.findByCredentialId(p.credentialId()).orElseThrow();
        assertThat(read.signCount()).isEqualTo(6);
        assertThat(read.backupState()).isTrue();
        assertThat(read.lastUsedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aUserHandleIsMadeOnceAndFindsItsUser(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        User u = user(f);
        List<String> handles = Concurrently.run(4, () -> f.passkeys.userHandle(u.id(), SecureTokens.random(32)));
        assertThat(handles).containsOnly(handles.get(0));
        assertThat(f.passkeys.userHandle(u.id(), "other")).isEqualTo(handles.get(0));
        assertThat(f.passkeys.userOfHandle(handles.get(0))).contains(u.id());
        assertThat(f.passkeys.userOfHandle("nobody")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChallengeAnswersOnlyItsPurposeAndUserBeforeItExpires(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User alice = user(f);
        User bob = user(f);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        f.challenges.insert(hash, hash, ChallengePurpose.REGISTRATION, alice.id(), T0.plusSeconds(300));
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.REGISTRATION, bob.id(), T0)).isFalse();
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.SECOND_FACTOR, alice.id(), T0)).isFalse();
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.REGISTRATION, null, T0)).isFalse();
        assertThat(f.challenges.spend(hash, "other", ChallengePurpose.REGISTRATION, alice.id(), T0)).isFalse();
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.REGISTRATION, alice.id(), T0.plusSeconds(300))).isFalse();
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.REGISTRATION, alice.id(), T0)).isTrue();
        assertThat(f.challenges.spend(hash, hash, ChallengePurpose.REGISTRATION, alice.id(), T0)).isFalse();

        String id = SecureTokens.random(24);
        f.challenges.insert(id, hash, ChallengePurpose.PASSWORDLESS, null, T0.plusSeconds(300));
        assertThat(f.challenges.spend(id, hash, ChallengePurpose.PASSWORDLESS, alice.id(), T0)).isFalse();
        assertThat(f.challenges.spend(id, hash, ChallengePurpose.PASSWORDLESS, null, T0)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void racingSpendsOfOneChallengeHaveOneWinner(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String id = SecureTokens.random(24);
        String hash = SecureTokens.hash(id);
        f.challenges.insert(id, hash, ChallengePurpose.PASSWORDLESS, null, T0.plusSeconds(300));
        List<Boolean> won = Concurrently.run(8, () -> f.challenges.spend(id, hash, ChallengePurpose.PASSWORDLESS, null, T0));
        assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    }
}
