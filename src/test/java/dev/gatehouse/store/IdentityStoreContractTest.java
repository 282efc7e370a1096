package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.User;
import dev.gatehouse.config.Secret;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.IdentityStore.Unlink;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.passkey.Passkey;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiIdentityProviderStore and JdbiIdentityStore on SQLite and PostgreSQL: providers round-trip with
 * their secret sealed, identities are unique per (provider, subject) and per (user, provider), and the
 * last way to sign in cannot be unlinked, not even by two requests at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String id() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static IdentityProvider provider(String id, ProviderType type, String secret, boolean enabled) {
        ProviderSettings s = new ProviderSettings(id, type, type == ProviderType.OIDC ? "https://idp.example" : null, "client-" + id,
                new Secret(secret), List.of("openid", "email"), List.of("com.example.ios"), true,
                type == ProviderType.MICROSOFT ? "common" : null, null, null,
                Map.of("token_endpoint", "https://idp.example/token", "jwks_uri", "https://idp.example/jwks"));
        return new IdentityProvider(s, "Sign in with " + id, enabled, true, LinkPolicy.CONFIRM, T0, T0);
    }

    private static IdentityProvider withSecret(IdentityProvider p, Secret secret, String name) {
        ProviderSettings s = p.settings();
        return new IdentityProvider(new ProviderSettings(s.id(), s.type(), s.issuer(), s.clientId(), secret, List.of("openid"),
                List.of(), false, s.tenant(), "TEAM", "KEY", Map.of()), name, false, false, LinkPolicy.NEVER, T0, T0.plusSeconds(5));
    }

    private static User userWithoutPassword(StoreFixture f) {
        String name = "np" + SecureTokens.random(6).replace('-', 'a').replace('_', 'b');
        User user = new User(UUID.randomUUID().toString(), name, null, false, null, null, false, T0);
        f.users.insert(user, Identifiers.normalizeUsername(name), null, List.of());
        return user;
    }

    private static LinkedIdentity identity(String provider, String subject, String userId) {
        return new LinkedIdentity(provider, subject, userId, subject + "@mail.example", T0, T0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void providerReadsBackWithEveryFieldAndItsSecret(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = id();
        IdentityProvider p = provider(id, ProviderType.OIDC, "s3cret-value", true);
        f.identityProviders.insert(p);
        assertThat(f.identityProviders.find(id)).contains(p);
        assertThat(f.identityProviders.find("absent")).isEmpty();
        // Sealed at rest: the plain secret is nowhere in the row.
        String sealed = f.jdbi.withHandle(h -> h.createQuery("SELECT client_secret_sealed FROM identity_providers WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(sealed).isNotBlank().doesNotContain("s3cret");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void providerWithoutSecretReadsBackWithAnAbsentOne(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = id();
        f.identityProviders.insert(provider(id, ProviderType.GITHUB, null, true));
        assertThat(f.identityProviders.find(id).orElseThrow().settings().clientSecret().isPresent()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sealedSecretCopiedToAnotherProviderDoesNotOpen(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        String b = id();
        f.identityProviders.insert(provider(a, ProviderType.GOOGLE, "secret-a", true));
        f.identityProviders.insert(provider(b, ProviderType.GOOGLE, "secret-b", true));
        f.jdbi.useHandle(h -> h.execute("UPDATE identity_providers SET client_secret_sealed = "
                + "(SELECT client_secret_sealed FROM identity_providers WHERE id = ?) WHERE id = ?", a, b));
        assertThatThrownBy(() -> f.identityProviders.find(b)).hasStackTraceContaining("does not authenticate");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void duplicateIdIsAUniqueViolation(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = id();
        f.identityProviders.insert(provider(id, ProviderType.GITLAB, null, true));
        assertThatThrownBy(() -> f.identityProviders.insert(provider(id, ProviderType.OIDC, "x", true)))
                .isInstanceOfSatisfying(UniqueViolation.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateReplacesEverythingAndANullSecretKeepsTheStoredOne(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = id();
        f.identityProviders.insert(provider(id, ProviderType.MICROSOFT, "first", true));

        IdentityProvider kept = withSecret(f.identityProviders.find(id).orElseThrow(), null, "Renamed");
        assertThat(f.identityProviders.update(kept)).isTrue();
        IdentityProvider read = f.identityProviders.find(id).orElseThrow();
        assertThat(read).isEqualTo(withSecret(read, new Secret("first"), "Renamed"));
        assertThat(read.settings().clientSecret().value()).isEqualTo("first");
        assertThat(read.enabled()).isFalse();
        assertThat(read.linkPolicy()).isEqualTo(LinkPolicy.NEVER);
        assertThat(read.settings().endpoints()).isEmpty();
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(read.createdAt()).isEqualTo(T0);

        assertThat(f.identityProviders.update(withSecret(read, new Secret("second"), "R"))).isTrue();
        assertThat(f.identityProviders.find(id).orElseThrow().settings().clientSecret().value()).isEqualTo("second");
        assertThat(f.identityProviders.update(withSecret(read, new Secret(null), "R"))).isTrue();
        assertThat(f.identityProviders.find(id).orElseThrow().settings().clientSecret().isPresent()).isFalse();

        assertThat(f.identityProviders.update(provider("absent-" + id.substring(1, 5), ProviderType.OIDC, null, true))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listIsOrderedById(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String prefix = id();
        for (String s : List.of("c", "a", "b")) f.identityProviders.insert(provider(prefix + s, ProviderType.OIDC, null, true));
        assertThat(f.identityProviders.list()).extracting(IdentityProvider::id).isSorted()
                .containsSubsequence(prefix + "a", prefix + "b", prefix + "c");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingAProviderDeletesItsIdentities(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = id();
        User user = f.user("del" + id, List.of());
        f.identityProviders.insert(provider(id, ProviderType.OIDC, null, true));
        f.identities.link(identity(id, "sub-1", user.id()));
        assertThat(f.identityProviders.delete(id)).isTrue();
        assertThat(f.identityProviders.find(id)).isEmpty();
        assertThat(f.identities.forUser(user.id())).isEmpty();
        assertThat(f.identityProviders.delete(id)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void identityLinksReadsBackAndIsTouched(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        String b = a + "z"; // after a: forUser is ordered by provider id
        f.identityProviders.insert(provider(a, ProviderType.GOOGLE, null, true));
        f.identityProviders.insert(provider(b, ProviderType.GITHUB, null, true));
        User user = f.user("link" + a, List.of());
        LinkedIdentity first = identity(a, "sub-" + a, user.id());
        f.identities.link(first);
        f.identities.link(new LinkedIdentity(b, "12345", user.id(), null, T0, null));
        assertThat(f.identities.find(a, "sub-" + a)).contains(first);
        assertThat(f.identities.find(b, "sub-" + a)).as("keyed by provider too").isEmpty();
        assertThat(f.identities.forUser(user.id())).extracting(LinkedIdentity::providerId).containsExactly(a, b);
        assertThat(f.identities.find(b, "12345").orElseThrow().lastUsedAt()).isEqualTo(T0);

        f.identities.touch(a, "sub-" + a, "new@mail.example", T0.plusSeconds(60));
        LinkedIdentity touched = f.identities.find(a, "sub-" + a).orElseThrow();
        assertThat(touched.email()).isEqualTo("new@mail.example");
        assertThat(touched.lastUsedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(touched.createdAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneUpstreamAccountLinksToOneUserAndAUserHasOneIdentityPerProvider(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String p = id();
        f.identityProviders.insert(provider(p, ProviderType.OIDC, null, true));
        User alice = f.user("alice" + p, List.of());
        User bob = f.user("bob" + p, List.of());
        f.identities.link(identity(p, "subject-1", alice.id()));
        assertThatThrownBy(() -> f.identities.link(identity(p, "subject-1", bob.id())))
                .isInstanceOfSatisfying(UniqueViolation.class, e -> assertThat(e.field()).isEqualTo("subject"));
        assertThatThrownBy(() -> f.identities.link(identity(p, "subject-2", alice.id())))
                .isInstanceOfSatisfying(UniqueViolation.class, e -> assertThat(e.field()).isEqualTo("provider"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nodesRacingOneFirstSignInLinkOnce(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String p = id();
        f.identityProviders.insert(provider(p, ProviderType.OIDC, null, true));
        List<User> users = List.of(f.user("r1" + p, List.of()), f.user("r2" + p, List.of()), f.user("r3" + p, List.of()),
                f.user("r4" + p, List.of()));
        AtomicInteger next = new AtomicInteger();
        List<String> outcomes = Concurrently.run(4, () -> {
            try {
                f.identities.link(identity(p, "racing", users.get(next.getAndIncrement()).id()));
                return "linked";
            } catch (UniqueViolation e) {
                return e.field();
            }
        });
        assertThat(outcomes).containsOnlyOnce("linked").containsOnly("linked", "subject");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingTheUserDeletesItsIdentities(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String p = id();
        f.identityProviders.insert(provider(p, ProviderType.OIDC, null, true));
        User user = f.user("gone" + p, List.of());
        f.identities.link(identity(p, "s", user.id()));
        f.jdbi.useHandle(h -> h.execute("DELETE FROM users WHERE id = ?", user.id()));
        assertThat(f.identities.find(p, "s")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unlinkRemovesOnlyThatProvidersIdentity(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        String b = id();
        f.identityProviders.insert(provider(a, ProviderType.OIDC, null, true));
        f.identityProviders.insert(provider(b, ProviderType.OIDC, null, true));
        User user = userWithoutPassword(f);
        f.identities.link(identity(a, "s", user.id()));
        f.identities.link(identity(b, "s", user.id()));
        assertThat(f.identities.unlinkUnlessLast(user.id(), a)).isEqualTo(Unlink.UNLINKED);
        assertThat(f.identities.unlinkUnlessLast(user.id(), a)).isEqualTo(Unlink.ABSENT);
        assertThat(f.identities.forUser(user.id())).extracting(LinkedIdentity::providerId).containsExactly(b);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLastWayToSignInIsNotUnlinked(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        String b = id();
        String off = id();
        f.identityProviders.insert(provider(a, ProviderType.OIDC, null, true));
        f.identityProviders.insert(provider(b, ProviderType.OIDC, null, true));
        f.identityProviders.insert(provider(off, ProviderType.OIDC, null, false));

        User withPassword = f.user("pw" + a, List.of());
        f.identities.link(identity(a, "pw", withPassword.id()));
        assertThat(f.identities.unlinkUnlessLast(withPassword.id(), a)).isEqualTo(Unlink.UNLINKED);
        assertThat(f.identities.unlinkUnlessLast(withPassword.id(), a)).isEqualTo(Unlink.ABSENT);

        User federated = userWithoutPassword(f);
        f.identities.link(identity(a, "fa", federated.id()));
        f.identities.link(identity(b, "fb", federated.id()));
        f.identities.link(identity(off, "fo", federated.id()));
        assertThat(f.identities.unlinkUnlessLast(federated.id(), a)).isEqualTo(Unlink.UNLINKED);
        // What is left: b, and an identity of a disabled provider, which cannot sign anyone in.
        assertThat(f.identities.unlinkUnlessLast(federated.id(), b)).isEqualTo(Unlink.LAST_LOGIN_METHOD);
        assertThat(f.identities.find(b, "fb")).isPresent();
        assertThat(f.identities.unlinkUnlessLast(federated.id(), off)).isEqualTo(Unlink.UNLINKED);
        assertThat(f.identities.unlinkUnlessLast(federated.id(), b)).isEqualTo(Unlink.LAST_LOGIN_METHOD);
        assertThat(f.identities.unlinkUnlessLast("no-such-user", b)).isEqualTo(Unlink.ABSENT);
        assertThat(f.identities.unlinkUnlessLast(federated.id(), a)).isEqualTo(Unlink.ABSENT);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPasskeyIsAWayToSignIn(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        f.identityProviders.insert(provider(a, ProviderType.OIDC, null, true));
        User user = userWithoutPassword(f);
        f.identities.link(identity(a, "pk", user.id()));
        assertThat(f.identities.unlinkUnlessLast(user.id(), a)).isEqualTo(Unlink.LAST_LOGIN_METHOD);
        // A passwordless passkey sign-in (API.md §7) keeps the account reachable.
        f.passkeys.insert(new Passkey(UUID.randomUUID().toString(), user.id(), SecureTokens.random(32), new byte[] {1, 2, 3}, 0, true, false,
                true, List.of("internal"), "00000000-0000-0000-0000-000000000000", "Laptop", Instant.now(), null));
        assertThat(f.identities.unlinkUnlessLast(user.id(), a)).isEqualTo(Unlink.UNLINKED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoRequestsUnlinkingTheLastTwoIdentitiesLeaveOne(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String a = id();
        String b = id();
        f.identityProviders.insert(provider(a, ProviderType.OIDC, null, true));
        f.identityProviders.insert(provider(b, ProviderType.OIDC, null, true));
        for (int round = 0; round < 5; round++) {
            User user = userWithoutPassword(f);
            f.identities.link(identity(a, "a" + round, user.id()));
            f.identities.link(identity(b, "b" + round, user.id()));
            AtomicInteger next = new AtomicInteger();
            List<Unlink> outcomes = Concurrently.run(2, () -> f.identities.unlinkUnlessLast(user.id(), next.getAndIncrement() == 0 ? a : b));
            assertThat(outcomes).containsExactlyInAnyOrder(Unlink.UNLINKED, Unlink.LAST_LOGIN_METHOD);
            assertThat(f.identities.forUser(user.id())).hasSize(1);
        }
    }
}
