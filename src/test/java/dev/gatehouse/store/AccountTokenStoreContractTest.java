package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.AccountTokenStore;
import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.store.jdbi.JdbiAccountTokenStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mailed-link tokens on SQLite and PostgreSQL: purpose-bound, single use, expiring, newest wins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountTokenStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String hash() {
        return SecureTokens.hash(SecureTokens.random(32));
    }

    private static AccountTokenStore.Token token(User u, String purpose, String email) {
        return new AccountTokenStore.Token(u.id(), purpose, email, T0, T0.plus(Duration.ofMinutes(30)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void tokenWhenUsedOnceOrForAnotherPurposeOrExpiredThenRefused(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        JdbiAccountTokenStore store = new JdbiAccountTokenStore(f.jdbi);
        User u = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        String h = hash();
        store.replace(h, token(u, "password_reset", null), T0);

        assertThat(store.findUsable(h, "email_verify", T0)).isEmpty();
        assertThat(store.consume(h, "email_verify", T0)).isFalse();
        assertThat(store.findUsable(h, "password_reset", T0.plus(Duration.ofMinutes(30)))).as("expired").isEmpty();
        assertThat(store.findUsable(h, "password_reset", T0)).get().extracting(AccountTokenStore.Token::userId).isEqualTo(u.id());
        assertThat(store.consume(h, "password_reset", T0)).isTrue();
        assertThat(store.consume(h, "password_reset", T0)).isFalse();
        assertThat(store.findUsable(h, "password_reset", T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newerTokenSpendsOlderOfSamePurposeOnly(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        JdbiAccountTokenStore store = new JdbiAccountTokenStore(f.jdbi);
        User u = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        String verify = hash();
        String first = hash();
        String second = hash();
        store.replace(verify, token(u, "email_verify", "new@example.com"), T0);
        store.replace(first, token(u, "password_reset", null), T0);
        store.replace(second, token(u, "password_reset", null), T0.plusMillis(1));

        assertThat(store.findUsable(first, "password_reset", T0)).isEmpty();
        assertThat(store.findUsable(second, "password_reset", T0)).isPresent();
        assertThat(store.findUsable(verify, "email_verify", T0)).isPresent();
        assertThat(store.newestUnusedEmail(u.id(), "email_verify")).hasValue("new@example.com");
        assertThat(store.invalidate(u.id(), "password_reset", T0)).isEqualTo(1);
        assertThat(store.findUsable(second, "password_reset", T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void usablePendingEmailIsTheNewestLinkNeitherUsedNorExpired(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        JdbiAccountTokenStore store = new JdbiAccountTokenStore(f.jdbi);
        User u = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        assertThat(store.newestUsableEmail(u.id(), "email_verify", T0)).isEmpty();
        String h = hash();
        store.replace(h, token(u, "email_verify", "pending@example.com"), T0);
        assertThat(store.newestUsableEmail(u.id(), "email_verify", T0)).hasValue("pending@example.com");
        assertThat(store.newestUsableEmail(u.id(), "password_reset", T0)).isEmpty();
        Instant expired = T0.plus(Duration.ofMinutes(30));
        assertThat(store.newestUsableEmail(u.id(), "email_verify", expired)).isEmpty();
        assertThat(store.newestUnusedEmail(u.id(), "email_verify")).as("the unexpired-or-not one stays").hasValue("pending@example.com");
        assertThat(store.consume(h, "email_verify", T0)).isTrue();
        assertThat(store.newestUsableEmail(u.id(), "email_verify", T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void consumeWhenRacedThenExactlyOneWins(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        JdbiAccountTokenStore store = new JdbiAccountTokenStore(f.jdbi);
        User u = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        String h = hash();
        store.replace(h, token(u, "password_reset", null), T0);
        List<Boolean> wins = Concurrently.run(8, () -> store.consume(h, "password_reset", T0));
        assertThat(wins).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void setVerifiedEmailWhenAddressTakenThenUniqueViolation(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User a = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        User b = f.user("tok-" + SecureTokens.random(6), List.of("user"));
        String address = "shared-" + SecureTokens.random(6).toLowerCase(java.util.Locale.ROOT) + "@example.com";
        f.users.setVerifiedEmail(a.id(), address, address, T0);
        assertThat(f.users.findById(a.id())).get().satisfies(u -> {
            assertThat(u.user().email()).isEqualTo(address);
            assertThat(u.user().emailVerified()).isTrue();
        });
        assertThatThrownBy(() -> f.users.setVerifiedEmail(b.id(), address, address, T0)).isInstanceOf(UniqueViolation.class);
    }
}
