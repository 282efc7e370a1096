package dev.gatehouse.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.testing.FieldErrors;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client registration rules, field by field, on an in-memory store. */
class ClientRegistryTest {
    private final FakeClientStore store = new FakeClientStore();
    private final AuditLog audit = new AuditLog(new DiscardingAuditStore(), Clock.systemUTC());
    private final List<String> idTokenKeys = new java.util.ArrayList<>();
    /** Names resolve from this table only (no DNS in tests); literals are parsed as usual. */
    private static final OutboundGuard.HostResolver RESOLVER = host -> {
        if (host.equals("keys.example")) return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        if (host.equals("localhost")) return new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")};
        if (host.equals("inside.example")) return new InetAddress[] {InetAddress.getByName("10.1.2.3")};
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) return new InetAddress[] {InetAddress.getByName(host)};
        throw new UnknownHostException(host);
    };
    private static final GuardedHttpFetcher OUTBOUND =
            new GuardedHttpFetcher(new OutboundGuard(List.of(), RESOLVER), 64 * 1024, Duration.ofSeconds(5));
    private final ClientRegistry registry = new ClientRegistry(store, null, audit, Clock.systemUTC(), false, "gatehouse",
            Duration.ofMinutes(15), Duration.ofDays(30), idTokenKeys::add, "https://id.example.com", OUTBOUND);

    @AfterEach
    void close() {
        audit.close();
    }

    private static ClientSpec spec(String name, String type) {
        return new ClientSpec(null, name, type, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static final String RSA_JWKS = """
            {"keys":[{"kty":"RSA","kid":"k1","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}]}""";

    private static List<FieldError> errors(Runnable r) {
        return FieldErrors.of(r);
    }

    private List<FieldError> createErrors(UnaryOperator<ClientSpec> edit) {
        return errors(() -> registry.create(edit.apply(spec("App", "confidential")), "test"));
    }

    private static ClientSpec with(ClientSpec s, List<String> redirects, List<String> grants, String method) {
        return new ClientSpec(s.clientId(), s.name(), s.type(), redirects, s.postLogoutRedirectUris(), grants, s.scopes(),
                method, s.jwks(), s.jwksUri(), s.firstParty(), s.accessTokenTtl(), s.refreshTokenTtl(), s.idTokenSignedResponseAlg());
    }

    @Test
    void confidentialClientGetsAGeneratedIdAndA256BitSecretStoredOnlyAsHash() {
        ClientRegistry.Created c = registry.create(with(spec("App", "confidential"), null, List.of("client_credentials"), null), "test");
        assertThat(c.client().clientId()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(c.client().authMethod()).isEqualTo("client_secret_basic");
        assertThat(c.clientSecret()).hasSize(43);
        String stored = store.find(c.client().clientId()).orElseThrow().secretHash();
        assertThat(stored).isEqualTo(SecureTokens.hash(c.clientSecret())).doesNotContain(c.clientSecret());
        assertThat(ClientSecrets.matches(c.clientSecret(), stored)).isTrue();
        assertThat(ClientSecrets.matches(c.clientSecret() + "x", stored)).isFalse();
        assertThat(ClientSecrets.matches(c.clientSecret(), null)).isFalse();
    }

    @Test
    void publicClientDefaultsToNoneAndHasNoSecret() {
        ClientRegistry.Created c = registry.create(with(spec("SPA", "public"), List.of("https://spa.example/cb"), null, null), "test");
        assertThat(c.client().authMethod()).isEqualTo("none");
        assertThat(c.clientSecret()).isNull();
        assertThat(c.client().grantTypes()).containsExactly("authorization_code", "refresh_token");
        assertThat(store.find(c.client().clientId()).orElseThrow().secretHash()).isNull();
    }

    @Test
    void publicClientCannotUseASecretMethodOrClientCredentials() {
        assertThat(errors(() -> registry.create(with(spec("SPA", "public"), List.of("https://spa.example/cb"), null,
                "client_secret_basic"), "t"))).contains(new FieldError("token_endpoint_auth_method", "public_client_requires_none"));
        assertThat(errors(() -> registry.create(with(spec("SPA", "public"), null, List.of("client_credentials"), null), "t")))
                .contains(new FieldError("grant_types", "client_credentials_requires_confidential"));
    }

    @Test
    void confidentialClientCannotUseNone() {
        assertThat(createErrors(s -> with(s, null, List.of("client_credentials"), "none")))
                .contains(new FieldError("token_endpoint_auth_method", "confidential_client_requires_authentication"));
    }

    @Test
    void unknownTypeMethodGrantAndAlgAreRefusedTogether() {
        List<FieldError> e = errors(() -> registry.create(new ClientSpec(null, "", "secret", null, null, List.of("password"),
                null, "client_secret_jwt", null, null, null, null, null, "none"), "t"));
        assertThat(e).contains(new FieldError("name", "required"), new FieldError("type", "invalid"),
                new FieldError("grant_types", "unsupported"), new FieldError("token_endpoint_auth_method", "unsupported"),
                new FieldError("id_token_signed_response_alg", "unsupported"));
    }

    private static ClientSpec withAlg(ClientSpec s, String alg) {
        return new ClientSpec(s.clientId(), s.name(), s.type(), s.redirectUris(), s.postLogoutRedirectUris(), s.grantTypes(),
                s.scopes(), s.authMethod(), s.jwks(), s.jwksUri(), s.firstParty(), s.accessTokenTtl(), s.refreshTokenTtl(), alg);
    }

    @Test
    void createAndUpdateMakeSureTheIdTokenAlgorithmHasAKeyBeforeSaving() {
        ClientSpec app = with(spec("App", "confidential"), List.of("https://app.example/cb"), null, null);
        String id = registry.create(withAlg(app, "ES256"), "t").client().clientId();
        assertThat(idTokenKeys).containsExactly("ES256");
        registry.update(id, withAlg(spec(null, null), "PS256"), "t");
        assertThat(idTokenKeys).containsExactly("ES256", "PS256");
        assertThat(store.find(id).orElseThrow().client().idTokenSignedResponseAlg()).isEqualTo("PS256");
    }

    private static ClientSpec withAccessTokenAlg(ClientSpec s, String alg) {
        return new ClientSpec(s.clientId(), s.name(), s.type(), s.redirectUris(), s.postLogoutRedirectUris(), s.grantTypes(),
                s.scopes(), s.authMethod(), s.jwks(), s.jwksUri(), s.firstParty(), s.accessTokenTtl(), s.refreshTokenTtl(),
                s.idTokenSignedResponseAlg(), alg);
    }

    @Test
    void createAndUpdateMakeSureTheAccessTokenAlgorithmHasAKeyAndServerDefaultClearsIt() {
        ClientSpec app = with(spec("App", "confidential"), null, List.of("client_credentials"), null);
        String id = registry.create(withAccessTokenAlg(app, "ES256"), "t").client().clientId();
        assertThat(idTokenKeys).containsExactly("RS256", "ES256");
        assertThat(registry.update(id, spec("Renamed", null), "t").accessTokenSignedResponseAlg()).isEqualTo("ES256");
        registry.update(id, withAccessTokenAlg(spec(null, null), "PS256"), "t");
        assertThat(idTokenKeys).endsWith("RS256", "PS256");
        assertThat(registry.update(id, withAccessTokenAlg(spec(null, null), ClientSpec.SERVER_DEFAULT), "t").accessTokenSignedResponseAlg())
                .isNull();
        assertThat(store.find(id).orElseThrow().client().accessTokenSignedResponseAlg()).isNull();
        assertThat(registry.create(withAccessTokenAlg(app, ClientSpec.SERVER_DEFAULT), "t").client().accessTokenSignedResponseAlg()).isNull();
    }

    @Test
    void refusedAccessTokenAlgorithmIsAFieldErrorAndAsksForNoKey() {
        ClientSpec app = with(spec("App", "confidential"), null, List.of("client_credentials"), null);
        for (String alg : List.of("HS256", "none", "es256", "RS384")) {
            assertThat(errors(() -> registry.create(withAccessTokenAlg(app, alg), "t")))
                    .containsExactly(new FieldError("access_token_signed_response_alg", "unsupported"));
        }
        assertThat(idTokenKeys).isEmpty();
    }

    @Test
    void refusedAlgorithmAsksForNoKey() {
        errors(() -> registry.create(withAlg(spec("App", "confidential"), "HS256"), "t"));
        assertThat(idTokenKeys).isEmpty();
    }

    @Test
    void redirectUriRulesAreEnforced() {
        assertThat(createErrors(s -> with(s, List.of("https://app.example/cb#frag"), null, null)))
                .contains(new FieldError("redirect_uris", "fragment"));
        assertThat(createErrors(s -> with(s, List.of("https://*.example/cb"), null, null)))
                .contains(new FieldError("redirect_uris", "wildcard"));
        assertThat(createErrors(s -> with(s, List.of("/relative/cb"), null, null)))
                .contains(new FieldError("redirect_uris", "not_absolute"));
        assertThat(createErrors(s -> with(s, List.of("http://app.example/cb"), null, null)))
                .contains(new FieldError("redirect_uris", "https_required"));
        assertThat(createErrors(s -> with(s, List.of("javascript:alert(1)"), null, null)))
                .contains(new FieldError("redirect_uris", "forbidden_scheme"));
        assertThat(createErrors(s -> with(s, List.of(), List.of("authorization_code"), null)))
                .contains(new FieldError("redirect_uris", "required"));
        ClientRegistry.Created ok = registry.create(with(spec("App", "confidential"),
                List.of("https://app.example/cb?x=1", "http://127.0.0.1/cb", "http://[::1]:8080/cb", "com.example.app:/cb"), null, null), "t");
        assertThat(ok.client().redirectUris()).hasSize(4);
    }

    /** The issuer's own origin is as good as the issuer (a plain-http localhost issuer): the admin console's callback lives there. */
    @Test
    void aRedirectUriOnThePlainHttpIssuersOwnOriginIsAccepted() {
        RedirectUris own = new RedirectUris(false, "http://localhost:8080");
        assertThat(own.problem("http://localhost:8080/admin/callback")).isNull();
        assertThat(own.problem("http://LOCALHOST:8080/cb")).isNull();
        for (String other : List.of("http://localhost:8081/cb", "http://localhost/cb", "http://localhost:8080.evil.example/cb",
                "http://evil.example/localhost:8080/cb", "http://user@localhost:8080/cb")) {
            assertThat(own.problem(other)).as(other).isNotNull();
        }
        assertThat(new RedirectUris(false, null).problem("http://localhost:8080/admin/callback")).isEqualTo("https_required");
    }

    @Test
    void devModeAllowsPlainHttpRedirects() {
        ClientRegistry dev = new ClientRegistry(store, null, audit, Clock.systemUTC(), true, "gatehouse", Duration.ofMinutes(15), Duration.ofDays(30),
                idTokenKeys::add, "https://id.example.com", OUTBOUND);
        assertThat(dev.create(with(spec("App", "confidential"), List.of("http://app.test/cb"), null, null), "t").client()).isNotNull();
    }

    @Test
    void loopbackRedirectMatchesOnAnyPortButEverythingElseExactly() {
        List<String> registered = List.of("http://127.0.0.1/cb", "https://app.example/cb");
        assertThat(RedirectUris.matches(registered, "http://127.0.0.1:51234/cb")).isTrue();
        assertThat(RedirectUris.matches(registered, "http://127.0.0.1:51234/other")).isFalse();
        assertThat(RedirectUris.matches(registered, "https://app.example/cb")).isTrue();
        assertThat(RedirectUris.matches(registered, "https://app.example:443/cb")).isFalse();
        assertThat(RedirectUris.matches(registered, "https://app.example/cb/")).isFalse();
        assertThat(RedirectUris.matches(registered, "https://APP.example/cb")).isFalse();
        assertThat(RedirectUris.matches(registered, null)).isFalse();
    }

    @Test
    void privateKeyJwtNeedsExactlyOneOfJwksOrJwksUriWithPublicKeysOnly() {
        ClientSpec base = with(spec("Svc", "confidential"), null, List.of("client_credentials"), "private_key_jwt");
        assertThat(errors(() -> registry.create(base, "t"))).contains(new FieldError("jwks", "exactly_one_of_jwks_or_jwks_uri"));
        ClientRegistry.Created ok = registry.create(new ClientSpec(null, "Svc", "confidential", null, null,
                List.of("client_credentials"), null, null, RSA_JWKS, null, null, null, null, null), "t");
        assertThat(ok.client().authMethod()).as("jwks implies private_key_jwt").isEqualTo("private_key_jwt");
        assertThat(ok.clientSecret()).isNull();
        String privateJwks = "{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}";
        assertThat(errors(() -> registry.create(new ClientSpec(null, "Svc", "confidential", null, null,
                List.of("client_credentials"), null, "private_key_jwt", privateJwks, null, null, null, null, null), "t")))
                .contains(new FieldError("jwks", "unsupported_key_type"));
        assertThat(errors(() -> registry.create(new ClientSpec(null, "Svc", "confidential", null, null,
                List.of("client_credentials"), null, "private_key_jwt", "{not json", null, null, null, null, null), "t")))
                .contains(new FieldError("jwks", "invalid"));
        assertThat(errors(() -> registry.create(new ClientSpec(null, "Svc", "confidential", null, null,
                List.of("client_credentials"), null, "private_key_jwt", null, "http://keys.example/jwks", null, null, null, null), "t")))
                .contains(new FieldError("jwks_uri", "https_required"));
    }

    @Test
    void chosenClientIdMustBeValidFreeAndNotTheFirstPartyId() {
        ClientSpec s = new ClientSpec("my-app", "App", "confidential", null, null, List.of("client_credentials"), null, null,
                null, null, null, null, null, null);
        registry.create(s, "t");
        assertThatThrownBy(() -> registry.create(s, "t")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.error()).isEqualTo(ErrorCode.CLIENT_ID_TAKEN));
        assertThat(errors(() -> registry.create(new ClientSpec("gatehouse", "App", "confidential", null, null,
                List.of("client_credentials"), null, null, null, null, null, null, null, null), "t")))
                .contains(new FieldError("client_id", "reserved"));
        assertThat(errors(() -> registry.create(new ClientSpec("bad id/", "App", "confidential", null, null,
                List.of("client_credentials"), null, null, null, null, null, null, null, null), "t")))
                .contains(new FieldError("client_id", "invalid"));
    }

    @Test
    void ttlsAndScopesAreChecked() {
        List<FieldError> e = errors(() -> registry.create(new ClientSpec(null, "App", "confidential", null, null,
                List.of("client_credentials"), List.of("ok", "two words", "bad\"quote"), null, null, null, null, 3600L, 0L, null), "t"));
        assertThat(e).contains(new FieldError("scopes", "invalid"), new FieldError("access_token_ttl", "out_of_range"),
                new FieldError("refresh_token_ttl", "out_of_range"));
    }

    @Test
    void rotationReplacesTheSecretAndUpdateKeepsIdAndType() {
        ClientRegistry.Created c = registry.create(with(spec("App", "confidential"), null, List.of("client_credentials"), null), "t");
        ClientRegistry.Created rotated = registry.rotateSecret(c.client().clientId(), "t");
        String hash = store.find(c.client().clientId()).orElseThrow().secretHash();
        assertThat(ClientSecrets.matches(rotated.clientSecret(), hash)).isTrue();
        assertThat(ClientSecrets.matches(c.clientSecret(), hash)).isFalse();

        OAuthClient renamed = registry.update(c.client().clientId(), new ClientSpec(null, "Renamed", null, null, null, null,
                List.of("notes:read"), "client_secret_post", null, null, null, 60L, null, null), "t");
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.authMethod()).isEqualTo("client_secret_post");
        assertThat(registry.get(c.client().clientId())).isEqualTo(renamed);
        assertThat(errors(() -> registry.update(c.client().clientId(), new ClientSpec(null, null, "public", null, null, null,
                null, null, null, null, null, null, null, null), "t"))).contains(new FieldError("type", "immutable"));
        assertThatThrownBy(() -> registry.update("missing", ClientSpec.empty(), "t")).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.error()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void listPagesWithACursor() {
        for (String id : List.of("a1", "a2", "a3")) {
            registry.create(new ClientSpec(id, "App", "confidential", null, null, List.of("client_credentials"), null, null,
                    null, null, null, null, null, null), "t");
        }
        ClientRegistry.Page first = registry.list(2, null);
        assertThat(first.items()).extracting(OAuthClient::clientId).containsExactly("a1", "a2");
        assertThat(first.nextCursor()).isEqualTo("a2");
        ClientRegistry.Page second = registry.list(2, first.nextCursor());
        assertThat(second.items()).extracting(OAuthClient::clientId).containsExactly("a3");
        assertThat(second.nextCursor()).isNull();
    }

    /** Audit events are not what these tests are about. */
    private static final class DiscardingAuditStore implements dev.gatehouse.audit.AuditStore {
        @Override
        public void insertAll(java.util.List<dev.gatehouse.audit.AuditEvent> events) {}

        @Override
        public java.util.List<dev.gatehouse.audit.AuditEvent> search(dev.gatehouse.audit.EventFilter filter, java.time.Instant beforeAt,
                                                                    String beforeId, int limit) {
            return java.util.List.of();
        }
    }

    private ClientSpec keyedSpec(String jwksUri) {
        return new ClientSpec(null, "Svc", "confidential", null, null, List.of("client_credentials"), null, "private_key_jwt",
                null, jwksUri, null, null, null, null);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "http://127.0.0.1/jwks", "https://127.0.0.1/jwks", "https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/",
            "https://[::1]/jwks", "https://[::ffff:127.0.0.1]/jwks", "https://[::ffff:a9fe:a9fe]/", "https://localhost/jwks",
            "https://172.16.0.1/", "https://192.168.1.1/", "https://100.64.0.1/", "https://[fc00::1]/", "https://[fe80::1]/",
            "https://0.0.0.0/", "https://[::]/", "https://224.0.0.1/", "https://inside.example/jwks", "https://2130706433/jwks",
            "https://[64:ff9b::7f00:1]/", "https://[2002:a9fe:a9fe::1]/",
    })
    void jwksUriOnLoopbackPrivateOrLinkLocalIsRefusedAtRegistration(String uri) {
        assertThat(errors(() -> registry.create(keyedSpec(uri), "t"))).contains(new FieldError("jwks_uri", "forbidden_address"));
    }

    @Test
    void jwksUriOnAPublicHostOrAnUnresolvedNameIsAccepted() {
        assertThat(registry.create(keyedSpec("https://keys.example/jwks"), "t").client().jwksUri()).isEqualTo("https://keys.example/jwks");
        // Not resolvable today: accepted; the fetch checks whatever it resolves to then.
        assertThat(registry.create(keyedSpec("https://not-yet.example/jwks"), "t").client()).isNotNull();
    }

    @Test
    void allowedNetworkMakesALoopbackJwksUriAcceptableAndPlainHttpWithIt() {
        GuardedHttpFetcher allowing = new GuardedHttpFetcher(new OutboundGuard(List.of("127.0.0.0/8", "::1"), RESOLVER),
                64 * 1024, Duration.ofSeconds(5));
        ClientRegistry r = new ClientRegistry(store, null, audit, Clock.systemUTC(), false, "gatehouse", Duration.ofMinutes(15),
                Duration.ofDays(30), idTokenKeys::add, "https://id.example.com", allowing);
        assertThat(r.create(keyedSpec("http://127.0.0.1:8443/jwks"), "t").client()).isNotNull();
        assertThat(r.create(keyedSpec("http://localhost:8443/jwks"), "t").client()).isNotNull();
        assertThat(errors(() -> r.create(keyedSpec("https://169.254.169.254/"), "t")))
                .contains(new FieldError("jwks_uri", "forbidden_address"));
        // Plain http to the public internet stays refused: only allowed networks may be reached without TLS.
        assertThat(errors(() -> r.create(keyedSpec("http://keys.example/jwks"), "t"))).contains(new FieldError("jwks_uri", "https_required"));
    }
}
