package dev.gatehouse.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditStore;
import dev.gatehouse.audit.EventFilter;
import dev.gatehouse.config.Secret;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.testing.FieldErrors;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Provider rules (API.md §6), one by one, on an in-memory store. */
class ProviderRegistryTest {
    /** Names resolve from this table only (no DNS in tests); literals are parsed as usual. */
    private static final OutboundGuard.HostResolver RESOLVER = host -> {
        if (host.equals("idp.example")) return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        if (host.equals("inside.example")) return new InetAddress[] {InetAddress.getByName("10.1.2.3")};
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) return new InetAddress[] {InetAddress.getByName(host)};
        throw new UnknownHostException(host);
    };

    private final FakeIdentityProviderStore rows = new FakeIdentityProviderStore();
    private final Map<String, Secret> environment = new HashMap<>();
    private final ConfiguredSecrets store = new ConfiguredSecrets(rows,
            id -> environment.getOrDefault(id, new Secret(null)));
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    private final AuditLog audit = new AuditLog(new AuditStore() {
        @Override
        public void insertAll(List<AuditEvent> batch) {
            events.addAll(batch);
        }

        @Override
        public List<AuditEvent> search(EventFilter filter, Instant beforeAt, String beforeId, int limit) {
            return List.of();
        }
    }, Clock.systemUTC());
    private final ProviderRegistry registry = registry(List.of());

    private ProviderRegistry registry(List<String> allowedNetworks) {
        return new ProviderRegistry(store, new GuardedHttpFetcher(new OutboundGuard(allowedNetworks, RESOLVER), 64 * 1024,
                Duration.ofSeconds(5)), audit, Clock.systemUTC(), "https://login.example.com");
    }

    private static IdentityProvider create(ProviderRegistry r, ProviderSpec s) {
        return r.create(s, "admin");
    }

    @AfterEach
    void close() {
        audit.close();
    }

    /** A spec with only id, type and client_id; {@code change} sets more through a builder map. */
    private static ProviderSpec spec(String id, String type, Consumer<Map<String, Object>> change) {
        Map<String, Object> m = new HashMap<>();
        m.put("client_id", "app-1");
        change.accept(m);
        return new ProviderSpec(id, type, (String) m.get("name"), (Boolean) m.get("enabled"), (Boolean) m.get("create_users"),
                (Boolean) m.get("trust_email"), (String) m.get("link_policy"), (String) m.get("issuer"), (String) m.get("client_id"),
                (String) m.get("client_secret"), cast(m.get("scopes")), cast(m.get("audiences")), (String) m.get("tenant"),
                (String) m.get("team_id"), (String) m.get("key_id"), cast(m.get("endpoints")));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    private static ProviderSpec patch(Consumer<Map<String, Object>> change) {
        Map<String, Object> m = new HashMap<>();
        change.accept(m);
        return new ProviderSpec((String) m.get("id"), (String) m.get("type"), (String) m.get("name"), (Boolean) m.get("enabled"),
                (Boolean) m.get("create_users"), (Boolean) m.get("trust_email"), (String) m.get("link_policy"), (String) m.get("issuer"),
                (String) m.get("client_id"), (String) m.get("client_secret"), cast(m.get("scopes")), cast(m.get("audiences")),
                (String) m.get("tenant"), (String) m.get("team_id"), (String) m.get("key_id"), cast(m.get("endpoints")));
    }

    private static List<FieldError> errors(Runnable r) {
        return FieldErrors.of(r);
    }

    static String applePem() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void idIsARequiredLowercaseSlugOfAtMost32Characters() {
        for (String bad : List.of("", "Corp", "-corp", "corp_1", "corp.1", "c/../x", "a".repeat(33), "corp\u0000", "ｃorp")) {
            assertThat(errors(() -> create(registry, spec(bad, "github", m -> {}))))
                    .as(bad).containsExactly(new FieldError("id", "invalid"));
        }
        assertThat(errors(() -> create(registry, spec(null, "github", m -> {})))).containsExactly(new FieldError("id", "required"));
        assertThat(create(registry, spec("a".repeat(32), "github", m -> {})).id()).hasSize(32);
        assertThat(create(registry, spec("0-corp-9", "github", m -> {})).id()).isEqualTo("0-corp-9");
    }

    @Test
    void typeIsRequiredAndOneOfTheWireNames() {
        assertThat(errors(() -> create(registry, spec("x", null, m -> {})))).containsExactly(new FieldError("type", "required"));
        for (String bad : List.of("OIDC", "saml", "", "Google")) {
            assertThat(errors(() -> create(registry, spec("x", bad, m -> {})))).as(bad).containsExactly(new FieldError("type", "invalid"));
        }
    }

    @Test
    void oidcNeedsAnHttpsIssuer() {
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> {})))).containsExactly(new FieldError("issuer", "required"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "http://idp.example")))))
                .containsExactly(new FieldError("issuer", "https_required"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "ftp://idp.example")))))
                .containsExactly(new FieldError("issuer", "https_required"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://idp.example/?tenant=1")))))
                .containsExactly(new FieldError("issuer", "invalid_uri"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://user@idp.example")))))
                .containsExactly(new FieldError("issuer", "https_required"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://169.254.169.254/")))))
                .containsExactly(new FieldError("issuer", "forbidden_address"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://inside.example")))))
                .containsExactly(new FieldError("issuer", "forbidden_address"));
        assertThat(errors(() -> create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://x/" + "a".repeat(2100))))))
                .containsExactly(new FieldError("issuer", "too_long"));
        assertThat(create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://idp.example/realms/x"))).settings().issuer())
                .isEqualTo("https://idp.example/realms/x");
    }

    @Test
    void plainHttpIssuerOnlyOnTheOperatorsAllowedNetworks() {
        ProviderRegistry allowing = registry(List.of("10.0.0.0/8", "127.0.0.0/8"));
        assertThat(create(allowing, spec("dev", "oidc", m -> m.put("issuer", "http://inside.example:8080"))).settings().issuer())
                .isEqualTo("http://inside.example:8080");
        assertThat(create(allowing, spec("loop", "oidc", m -> m.put("issuer", "http://127.0.0.1:9000"))).id()).isEqualTo("loop");
        // Public addresses are never "allowed" for plain http: it can be read and changed on the way.
        assertThat(errors(() -> create(allowing, spec("pub", "oidc", m -> m.put("issuer", "http://idp.example")))))
                .containsExactly(new FieldError("issuer", "https_required"));
    }

    @Test
    void clientIdIsRequired() {
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.remove("client_id")))))
                .containsExactly(new FieldError("client_id", "required"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("client_id", " ")))))
                .containsExactly(new FieldError("client_id", "required"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("client_id", "a\u0000b")))))
                .containsExactly(new FieldError("client_id", "invalid"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("client_id", "x".repeat(513))))))
                .containsExactly(new FieldError("client_id", "too_long"));
    }

    @Test
    void defaultsFollowTheType() {
        IdentityProvider corp = create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://idp.example")));
        assertThat(corp.settings().scopes()).containsExactly("openid", "email", "profile");
        assertThat(corp.settings().trustEmail()).isFalse();
        assertThat(corp.name()).isEqualTo("corp");
        assertThat(corp.enabled()).isTrue();
        assertThat(corp.createUsers()).isTrue();
        assertThat(corp.linkPolicy()).isEqualTo(LinkPolicy.CONFIRM);
        assertThat(corp.settings().tenant()).isNull();
        assertThat(corp.settings().endpoints()).isEmpty();
        assertThat(corp.settings().audiences()).isEmpty();

        IdentityProvider google = create(registry, spec("google", "google", m -> {}));
        assertThat(google.settings().scopes()).containsExactly("openid", "email", "profile");
        assertThat(google.settings().trustEmail()).isTrue();
        assertThat(google.name()).isEqualTo("Google");
        assertThat(google.settings().issuer()).isNull();

        IdentityProvider ms = create(registry, spec("ms", "microsoft", m -> {}));
        assertThat(ms.settings().tenant()).isEqualTo("common");
        assertThat(ms.settings().trustEmail()).isTrue();

        IdentityProvider gh = create(registry, spec("gh", "github", m -> {}));
        assertThat(gh.settings().scopes()).containsExactly("read:user", "user:email");
        assertThat(gh.settings().trustEmail()).isFalse();
        assertThat(gh.name()).isEqualTo("GitHub");

        IdentityProvider fb = create(registry, spec("fb", "facebook", m -> {}));
        assertThat(fb.settings().scopes()).containsExactly("email", "public_profile");
        assertThat(fb.settings().trustEmail()).isFalse();

        IdentityProvider gl = create(registry, spec("gl", "gitlab", m -> {}));
        assertThat(gl.settings().scopes()).containsExactly("openid", "email", "profile");
        assertThat(gl.settings().trustEmail()).isFalse();
    }

    @Test
    void explicitValuesWinOverDefaults() {
        IdentityProvider p = create(registry, spec("g2", "google", m -> {
            m.put("name", "Work account");
            m.put("enabled", false);
            m.put("create_users", false);
            m.put("trust_email", false);
            m.put("link_policy", "auto");
            m.put("scopes", List.of("openid", "email"));
            m.put("audiences", List.of("com.example.ios"));
        }));
        assertThat(p.name()).isEqualTo("Work account");
        assertThat(p.enabled()).isFalse();
        assertThat(p.createUsers()).isFalse();
        assertThat(p.settings().trustEmail()).isFalse();
        assertThat(p.linkPolicy()).isEqualTo(LinkPolicy.AUTO);
        assertThat(p.settings().scopes()).containsExactly("openid", "email");
        assertThat(p.settings().audiences()).containsExactly("com.example.ios");
    }

    @Test
    void linkPolicyIsOneOfThree() {
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("link_policy", "always")))))
                .containsExactly(new FieldError("link_policy", "invalid"));
        assertThat(create(registry, spec("gh", "github", m -> m.put("link_policy", "never"))).linkPolicy()).isEqualTo(LinkPolicy.NEVER);
    }

    @Test
    void scopesAreTokensAndOpenIdTypesNeedOpenid() {
        assertThat(errors(() -> create(registry, spec("g", "google", m -> m.put("scopes", List.of("email"))))))
                .containsExactly(new FieldError("scopes", "openid_required"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("scopes", List.of("read user"))))))
                .contains(new FieldError("scopes", "invalid"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("scopes", java.util.Arrays.asList("a", null))))))
                .contains(new FieldError("scopes", "invalid"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("scopes", List.of("a\"b"))))))
                .contains(new FieldError("scopes", "invalid"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) many.add("s" + i);
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("scopes", many)))))
                .contains(new FieldError("scopes", "too_many"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("audiences", List.of("a b"))))))
                .containsExactly(new FieldError("audiences", "invalid"));
    }

    @Test
    void appleNeedsTeamKeyAndAParsablePrivateKey() throws Exception {
        assertThat(errors(() -> create(registry, spec("apple", "apple", m -> {}))))
                .containsExactlyInAnyOrder(new FieldError("team_id", "required"), new FieldError("key_id", "required"),
                        new FieldError("client_secret", "required"));
        assertThat(errors(() -> create(registry, spec("apple", "apple", m -> {
            m.put("team_id", "TEAM123456");
            m.put("key_id", "KEY1234567");
            m.put("client_secret", "not a key");
        })))).containsExactly(new FieldError("client_secret", "invalid_private_key"));
        // An RSA key is a private key, but not one Apple issues (ES256 on P-256).
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaPem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        assertThat(errors(() -> create(registry, spec("apple", "apple", m -> {
            m.put("team_id", "TEAM123456");
            m.put("key_id", "KEY1234567");
            m.put("client_secret", rsaPem);
        })))).containsExactly(new FieldError("client_secret", "invalid_private_key"));
        assertThat(errors(() -> create(registry, spec("apple", "apple", m -> {
            m.put("team_id", "TEAM 1");
            m.put("key_id", "KEY1234567");
        })))).contains(new FieldError("team_id", "invalid"));

        String pem = applePem();
        IdentityProvider apple = create(registry, spec("apple", "apple", m -> {
            m.put("team_id", "TEAM123456");
            m.put("key_id", "KEY1234567");
            m.put("client_secret", pem);
        }));
        assertThat(apple.settings().clientSecret().value()).isEqualTo(pem);
        assertThat(apple.settings().scopes()).containsExactly("openid", "email", "name");
        assertThat(apple.settings().trustEmail()).isTrue();
        // Team and key ids belong to Apple only.
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("team_id", "TEAM123456")))))
                .containsExactly(new FieldError("team_id", "not_applicable"));
    }

    @Test
    void appleKeyMayComeFromConfiguration() throws Exception {
        environment.put("apple", new Secret(applePem()));
        IdentityProvider apple = create(registry, spec("apple", "apple", m -> {
            m.put("team_id", "TEAM123456");
            m.put("key_id", "KEY1234567");
        }));
        assertThat(apple.settings().clientSecret().isPresent()).isTrue();
        assertThat(rows.find("apple").orElseThrow().settings().clientSecret().isPresent()).as("not copied into the store").isFalse();
        assertThat(registry.secretFromConfiguration("apple")).isTrue();
    }

    @Test
    void tenantIsMicrosoftsOnly() {
        assertThat(create(registry, spec("ms", "microsoft", m -> m.put("tenant", "contoso.onmicrosoft.com"))).settings().tenant())
                .isEqualTo("contoso.onmicrosoft.com");
        assertThat(errors(() -> create(registry, spec("ms2", "microsoft", m -> m.put("tenant", "../common")))))
                .containsExactly(new FieldError("tenant", "invalid"));
        assertThat(errors(() -> create(registry, spec("g", "google", m -> m.put("tenant", "common")))))
                .containsExactly(new FieldError("tenant", "not_applicable"));
    }

    @Test
    void endpointsAreTheKnownKeysWithAcceptableUrls() {
        IdentityProvider gh = create(registry, spec("gh", "github", m -> m.put("endpoints",
                Map.of("authorization_endpoint", "https://idp.example/authorize", "api_base", "https://idp.example/api"))));
        assertThat(gh.settings().endpoints()).containsOnlyKeys("authorization_endpoint", "api_base");
        assertThat(errors(() -> create(registry, spec("gh2", "github", m -> m.put("endpoints", Map.of("device_endpoint", "https://idp.example"))))))
                .containsExactly(new FieldError("endpoints.device_endpoint", "unknown"));
        assertThat(errors(() -> create(registry, spec("gh2", "github", m -> m.put("endpoints", Map.of("token_endpoint", "http://idp.example/t"))))))
                .containsExactly(new FieldError("endpoints.token_endpoint", "https_required"));
        assertThat(errors(() -> create(registry, spec("gh2", "github", m -> m.put("endpoints", Map.of("jwks_uri", "https://127.0.0.1/k"))))))
                .containsExactly(new FieldError("endpoints.jwks_uri", "forbidden_address"));
        assertThat(errors(() -> create(registry, spec("gh2", "github", m -> m.put("endpoints", Map.of("jwks_uri", ""))))))
                .containsExactly(new FieldError("endpoints.jwks_uri", "required"));
    }

    @Test
    void secretIsBoundedAndNeverInTheSpecsText() {
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("client_secret", "x".repeat(9000))))))
                .containsExactly(new FieldError("client_secret", "too_long"));
        assertThat(errors(() -> create(registry, spec("gh", "github", m -> m.put("client_secret", "a\u0000b")))))
                .containsExactly(new FieldError("client_secret", "invalid"));
        assertThat(spec("gh", "github", m -> m.put("client_secret", "hunter2")).toString()).doesNotContain("hunter2");
    }

    @Test
    void duplicateIdIsProviderIdTaken() {
        create(registry, spec("gh", "github", m -> {}));
        assertThatThrownBy(() -> create(registry, spec("gh", "gitlab", m -> {})))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.PROVIDER_ID_TAKEN);
                    assertThat(e.fieldErrors()).containsExactly(new FieldError("id", "taken"));
                });
    }

    @Test
    void updateChangesTheGivenFieldsAndKeepsIdTypeAndSecret() {
        create(registry, spec("gh", "github", m -> m.put("client_secret", "first")));
        IdentityProvider p = registry.update("gh", patch(m -> {
            m.put("name", "Code");
            m.put("enabled", false);
        }), "admin");
        assertThat(p.name()).isEqualTo("Code");
        assertThat(p.enabled()).isFalse();
        assertThat(p.settings().clientSecret().value()).isEqualTo("first");
        assertThat(p.settings().scopes()).containsExactly("read:user", "user:email");
        assertThat(registry.update("gh", patch(m -> m.put("client_secret", "second")), "admin").settings().clientSecret().value())
                .isEqualTo("second");
        assertThat(registry.update("gh", patch(m -> m.put("client_secret", "")), "admin").settings().clientSecret().isPresent())
                .isFalse();
        assertThat(errors(() -> registry.update("gh", patch(m -> {
            m.put("type", "gitlab");
            m.put("id", "other");
        }), "admin"))).containsExactlyInAnyOrder(new FieldError("type", "immutable"), new FieldError("id", "immutable"));
        // Rules apply to the result: an oidc provider cannot lose its issuer, a Microsoft tenant reset is "common".
        create(registry, spec("corp", "oidc", m -> m.put("issuer", "https://idp.example")));
        assertThat(errors(() -> registry.update("corp", patch(m -> m.put("issuer", "")), "admin")))
                .containsExactly(new FieldError("issuer", "required"));
        create(registry, spec("ms", "microsoft", m -> m.put("tenant", "organizations")));
        assertThat(registry.update("ms", patch(m -> m.put("tenant", "")), "admin").settings().tenant()).isEqualTo("common");
        assertThatThrownBy(() -> registry.update("nope", patch(m -> {}), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void deleteRemovesAndAnUnknownIdIsNotFound() {
        create(registry, spec("gh", "github", m -> {}));
        registry.delete("gh", "admin");
        assertThat(registry.find("gh")).isEmpty();
        for (String id : List.of("gh", "../gh", "GH", "x".repeat(100))) {
            assertThatThrownBy(() -> registry.delete(id, "admin")).as(id)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Test
    void configuredSecretWinsOverTheStoredOneOnReads() {
        create(registry, spec("corp", "oidc", m -> {
            m.put("issuer", "https://idp.example");
            m.put("client_secret", "stored");
        }));
        assertThat(registry.get("corp").settings().clientSecret().value()).isEqualTo("stored");
        assertThat(registry.secretFromConfiguration("corp")).isFalse();
        environment.put("corp", new Secret("from-env"));
        assertThat(registry.get("corp").settings().clientSecret().value()).isEqualTo("from-env");
        assertThat(registry.list()).singleElement().satisfies(p -> assertThat(p.settings().clientSecret().value()).isEqualTo("from-env"));
        // An update that does not touch the secret writes none: the configured one never lands in the store.
        registry.update("corp", patch(m -> m.put("name", "Corp")), "admin");
        assertThat(rows.find("corp").orElseThrow().settings().clientSecret().value()).isEqualTo("stored");
    }

    @Test
    void enabledListsOnlyEnabledProviders() {
        create(registry, spec("a", "github", m -> {}));
        create(registry, spec("b", "github", m -> m.put("enabled", false)));
        assertThat(registry.enabled()).extracting(IdentityProvider::id).containsExactly("a");
        assertThat(registry.redirectUri("a")).isEqualTo("https://login.example.com/login/idp/a/callback");
    }

    @Test
    void createUpdateAndDeleteAreAuditedWithoutTheSecret() {
        registry.create(spec("gh", "github", m -> m.put("client_secret", "hunter2")), "admin-1");
        registry.update("gh", patch(m -> m.put("client_secret", "hunter3")), "admin-1");
        registry.delete("gh", "admin-1");
        audit.flush();
        assertThat(events).extracting(AuditEvent::type)
                .containsExactly("identity_provider_create", "identity_provider_update", "identity_provider_delete");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin-1");
            assertThat(e.identifier()).isEqualTo("gh");
            assertThat(String.valueOf(e.detail())).doesNotContain("hunter");
        });
        assertThat(events.get(1).detail()).isEqualTo("fields=client_secret");
    }
}
