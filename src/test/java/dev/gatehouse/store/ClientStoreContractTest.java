package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.oauth.client.ClientStore;
import dev.gatehouse.oauth.client.ClientType;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.store.jdbi.JdbiClientStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiClientStore on SQLite and PostgreSQL: clients round-trip, and assertion ids are single use. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static OAuthClient client(String id) {
        return new OAuthClient(id, "App " + id, ClientType.CONFIDENTIAL, List.of("https://app.example/cb", "http://127.0.0.1/cb"),
                List.of("https://app.example/bye"), List.of("authorization_code", "refresh_token"), List.of("notes:read", "openid"),
                "client_secret_basic", null, null, true, Duration.ofMinutes(5), Duration.ofDays(1), "RS256", "ES256", T0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertedClientReadsBackWithItsSecretHash(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "c-" + SecureTokens.random(8);
        f.clients.insert(client(id), "hash-1");
        ClientStore.Stored stored = f.clients.find(id).orElseThrow();
        assertThat(stored.client()).isEqualTo(client(id));
        assertThat(stored.secretHash()).isEqualTo("hash-1");
        assertThat(f.clients.find("nope")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void publicClientWithoutTtlsOrSecretReadsBackWithNulls(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "p-" + SecureTokens.random(8);
        OAuthClient c = new OAuthClient(id, "SPA", ClientType.PUBLIC, List.of("https://spa.example/cb"), List.of(),
                List.of("authorization_code"), List.of(), "none", null, null, false, null, null, "RS256", null, T0);
        f.clients.insert(c, null);
        ClientStore.Stored stored = f.clients.find(id).orElseThrow();
        assertThat(stored.client()).isEqualTo(c);
        assertThat(stored.secretHash()).isNull();
    }

    /** require_mfa (V16) reads back as written, and an update turns it off again. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void requireMfaReadsBackAndIsUpdated(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "m-" + SecureTokens.random(8);
        OAuthClient plain = client(id);
        assertThat(plain.requireMfa()).isFalse();
        OAuthClient strict = new OAuthClient(id, plain.name(), plain.type(), plain.redirectUris(), plain.postLogoutRedirectUris(),
                plain.grantTypes(), plain.scopes(), plain.authMethod(), null, null, plain.firstParty(), plain.accessTokenTtl(),
                plain.refreshTokenTtl(), plain.idTokenSignedResponseAlg(), plain.accessTokenSignedResponseAlg(), T0, List.of(), true);
        f.clients.insert(strict, null);
        assertThat(f.clients.find(id).orElseThrow().client()).isEqualTo(strict);
        assertThat(f.clients.update(plain, T0.plusSeconds(1))).isTrue();
        assertThat(f.clients.find(id).orElseThrow().client().requireMfa()).isFalse();
    }

    /** web_origins (V17) read back in order, an update replaces them, and withWebOrigins lists exactly the clients that have some. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void webOriginsReadBackAndOnlyClientsWithSomeAreListed(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "w-" + SecureTokens.random(8);
        OAuthClient plain = client(id);
        assertThat(plain.webOrigins()).isEmpty();
        OAuthClient browser = withOrigins(plain, List.of("https://spa.example", "+", "http://127.0.0.1:5173"));
        f.clients.insert(browser, null);
        f.clients.insert(client("none-" + id), null);
        assertThat(f.clients.find(id).orElseThrow().client()).isEqualTo(browser);
        assertThat(f.clients.withWebOrigins()).extracting(OAuthClient::clientId).contains(id).doesNotContain("none-" + id);
        assertThat(f.clients.withWebOrigins()).filteredOn(c -> c.clientId().equals(id)).containsExactly(browser);
        assertThat(f.clients.update(plain, T0.plusSeconds(1))).isTrue();
        assertThat(f.clients.find(id).orElseThrow().client().webOrigins()).isEmpty();
        assertThat(f.clients.withWebOrigins()).extracting(OAuthClient::clientId).doesNotContain(id);
    }

    private static OAuthClient withOrigins(OAuthClient c, List<String> origins) {
        return new OAuthClient(c.clientId(), c.name(), c.type(), c.redirectUris(), c.postLogoutRedirectUris(), c.grantTypes(),
                c.scopes(), c.authMethod(), c.jwks(), c.jwksUri(), c.firstParty(), c.accessTokenTtl(), c.refreshTokenTtl(),
                c.idTokenSignedResponseAlg(), c.accessTokenSignedResponseAlg(), c.createdAt(), c.audience(), c.requireMfa(), origins);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void duplicateClientIdIsAUniqueViolation(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "d-" + SecureTokens.random(8);
        f.clients.insert(client(id), null);
        assertThatThrownBy(() -> f.clients.insert(client(id), null)).isInstanceOf(UniqueViolation.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateReplacesMetadataAndKeepsTheSecret(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "u-" + SecureTokens.random(8);
        f.clients.insert(client(id), "hash-1");
        OAuthClient changed = new OAuthClient(id, "Renamed", ClientType.CONFIDENTIAL, List.of(), List.of(),
                List.of("client_credentials"), List.of("a:b"), "client_secret_post", null, null, false, null, null, "ES256", "PS256", T0);
        assertThat(f.clients.update(changed, T0.plusSeconds(1))).isTrue();
        assertThat(f.clients.find(id).orElseThrow()).isEqualTo(new ClientStore.Stored(changed, "hash-1"));
        assertThat(f.clients.updateSecret(id, "hash-2", T0)).isTrue();
        assertThat(f.clients.find(id).orElseThrow().secretHash()).isEqualTo("hash-2");
        assertThat(f.clients.update(client("missing-" + id), T0)).isFalse();
        assertThat(f.clients.updateSecret("missing-" + id, "x", T0)).isFalse();
        // Back to the server's access token algorithm: the column holds NULL again.
        OAuthClient serverDefault = new OAuthClient(id, "Renamed", ClientType.CONFIDENTIAL, List.of(), List.of(),
                List.of("client_credentials"), List.of("a:b"), "client_secret_post", null, null, false, null, null, "ES256", null, T0);
        assertThat(f.clients.update(serverDefault, T0.plusSeconds(2))).isTrue();
        assertThat(f.clients.find(id).orElseThrow().client().accessTokenSignedResponseAlg()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteRemovesTheClient(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String id = "x-" + SecureTokens.random(8);
        f.clients.insert(client(id), null);
        assertThat(f.clients.rememberAssertion(id, "j1", T0.plusSeconds(60), T0)).isTrue();
        assertThat(f.clients.delete(id)).isTrue();
        assertThat(f.clients.find(id)).isEmpty();
        assertThat(f.clients.delete(id)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listPagesInClientIdOrder(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String prefix = "l" + SecureTokens.random(6).replace('-', 'a').replace('_', 'b') + "-";
        for (String s : List.of("c", "a", "b")) f.clients.insert(client(prefix + s), null);
        List<OAuthClient> after = f.clients.list(prefix, 2);
        assertThat(after).extracting(OAuthClient::clientId).containsExactly(prefix + "a", prefix + "b");
        assertThat(f.clients.list(prefix + "b", 10)).extracting(OAuthClient::clientId).startsWith(prefix + "c");
        assertThat(f.clients.list(null, 1000)).extracting(OAuthClient::clientId).isSorted();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void assertionIdIsAcceptedOnceUntilItExpires(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String client = "j-" + SecureTokens.random(8);
        Instant exp = T0.plusSeconds(60);
        assertThat(f.clients.rememberAssertion(client, "jti-1", exp, T0)).isTrue();
        assertThat(f.clients.rememberAssertion(client, "jti-1", exp, T0.plusSeconds(1))).as("replay").isFalse();
        assertThat(f.clients.rememberAssertion("other-" + client, "jti-1", exp, T0)).as("per client").isTrue();
        // Once the first assertion expired, its jti cannot be replayed anyway: the row may be reused.
        assertThat(f.clients.rememberAssertion(client, "jti-1", exp.plusSeconds(60), exp)).isTrue();
        assertThat(f.clients.rememberAssertion(client, "jti-1", exp.plusSeconds(60), exp.plusSeconds(1))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelReplaysOfOneAssertionSucceedOnce(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String client = "r-" + SecureTokens.random(8);
        List<Boolean> results = Concurrently.run(8, () -> f.clients.rememberAssertion(client, "jti-race", T0.plusSeconds(60), T0));
        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    /** V8 added access_token_signed_response_alg: clients registered before it read back with null (the server's algorithm). */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void clientsWrittenBeforeV8ReadBackWithTheServersAccessTokenAlgorithm(Kind kind) {
        try (Database db = StoreFixture.migratedTo(kind, "7")) {
            Jdbi jdbi = Jdbi.create(db.dataSource());
            jdbi.useHandle(h -> h.execute("""
                    INSERT INTO oauth_clients (client_id, name, client_type, secret_hash, token_endpoint_auth_method, redirect_uris,
                      post_logout_redirect_uris, grant_types, scopes, id_token_signed_response_alg, created_at, updated_at)
                    VALUES ('v7-app', 'Old App', 'confidential', 'hash-1', 'client_secret_basic', 'https://app.example/cb', '',
                      'authorization_code refresh_token', 'openid', 'ES256', ?, ?)""", T0.toEpochMilli(), T0.toEpochMilli()));

            assertThat(Migrations.migrate(db)).isEqualTo(Migrations.LATEST - 7);

            JdbiClientStore store = new JdbiClientStore(jdbi);
            ClientStore.Stored old = store.find("v7-app").orElseThrow();
            assertThat(old.client().accessTokenSignedResponseAlg()).isNull();
            assertThat(old.client().idTokenSignedResponseAlg()).isEqualTo("ES256");
            assertThat(old.client().grantTypes()).containsExactly("authorization_code", "refresh_token");
            assertThat(old.secretHash()).isEqualTo("hash-1");
            store.insert(client("v8-app"), null);
            assertThat(store.find("v8-app").orElseThrow().client().accessTokenSignedResponseAlg()).isEqualTo("ES256");
        }
    }
}
