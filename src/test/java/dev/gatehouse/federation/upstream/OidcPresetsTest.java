package dev.gatehouse.federation.upstream;

import static dev.gatehouse.federation.upstream.UpstreamTesting.CALLBACK;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertSignInRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import dev.gatehouse.testing.StubApple;
import dev.gatehouse.testing.StubOpenIdProvider;
import dev.gatehouse.testing.UpstreamBrowser;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * The OpenID presets with their issuer overridden to a local provider: Google and GitLab against
 * mock-oauth2-server, Microsoft's multi-tenant issuer template and Apple's client secret, form_post
 * and nonce hash against stubs.
 */
class OidcPresetsTest {
    private static Upstream upstream(ProviderSettings settings) {
        return UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE).forProvider(settings);
    }

    private static ProviderSettings preset(ProviderType type, String issuer, String clientId, String secret, String tenant,
                                           String teamId, String keyId, List<String> audiences) {
        return new ProviderSettings(type.wireName(), type, issuer, clientId, new Secret(secret), List.of(), audiences,
                type.trustsEmailByDefault(), tenant, teamId, keyId, Map.of());
    }

    // --- Google and GitLab: plain OpenID Connect at their issuer ---

    @Test
    void googleAndGitLabSignInAgainstAnOverriddenIssuer() throws Exception {
        MockOAuth2Server mock = new MockOAuth2Server();
        mock.start(InetAddress.getByName("127.0.0.1"), 0);
        try {
            for (ProviderType type : List.of(ProviderType.GOOGLE, ProviderType.GITLAB)) {
                String issuer = "http://127.0.0.1:" + mock.baseUrl().port() + "/" + type.wireName();
                mock.enqueueCallback(new DefaultOAuth2TokenCallback(type.wireName(), "user-" + type.wireName(), "JWT",
                        List.of("app"), Map.of("email", "a@example.com", "email_verified", true, "name", "A"), 3600));
                UpstreamUser user = signIn(upstream(preset(type, issuer, "app", "s", null, null, null, List.of())));
                assertThat(user.subject()).isEqualTo("user-" + type.wireName());
                // trust_email defaults: true for Google, false for GitLab (API.md §6).
                assertThat(user.emailVerified()).isEqualTo(type == ProviderType.GOOGLE);
            }
        } finally {
            mock.shutdown();
        }
    }

    @Test
    void builtInIssuers() throws Exception {
        ProviderSettings none = preset(ProviderType.MICROSOFT, null, "app", "s", null, null, null, List.of());
        assertThat(Presets.GOOGLE.builtInIssuer(none)).isEqualTo("https://accounts.google.com");
        assertThat(Presets.GITLAB.builtInIssuer(none)).isEqualTo("https://gitlab.com");
        assertThat(new Presets.Microsoft(none).builtInIssuer(none)).isEqualTo("https://login.microsoftonline.com/common/v2.0");
        ProviderSettings tenant = preset(ProviderType.MICROSOFT, null, "app", "s", "0f3c1f4a-1111-2222-3333-444455556666", null, null, List.of());
        assertThat(new Presets.Microsoft(tenant).builtInIssuer(tenant))
                .isEqualTo("https://login.microsoftonline.com/0f3c1f4a-1111-2222-3333-444455556666/v2.0");
    }

    @Test
    void googlesSchemelessIssuerOnlyForGoogle() {
        JWTClaimsSet schemeless = new JWTClaimsSet.Builder().issuer("accounts.google.com").build();
        assertThat(Presets.GOOGLE.tokenIssuerMatches("https://accounts.google.com", schemeless)).isTrue();
        assertThat(Presets.GOOGLE.tokenIssuerMatches("http://127.0.0.1:1/google", schemeless)).isFalse();
        assertThat(OidcProfile.GENERIC.tokenIssuerMatches("https://accounts.google.com", schemeless)).isFalse();
    }

    // --- Microsoft Entra ID: the {tenantid} template of the multi-tenant endpoints ---

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String OTHER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

    private static StubOpenIdProvider entra() throws Exception {
        StubOpenIdProvider idp = new StubOpenIdProvider();
        idp.documentedIssuer = idp.base() + "/{tenantid}/v2.0";
        idp.tokenIssuer = idp.base() + "/" + TENANT + "/v2.0";
        idp.extraClaims = Map.of("tid", TENANT, "email", "alice@contoso.example", "name", "Alice");
        return idp;
    }

    private static Upstream microsoft(StubOpenIdProvider idp, String tenant) {
        return upstream(preset(ProviderType.MICROSOFT, idp.base() + "/" + tenant + "/v2.0", "app", idp.clientSecret, tenant,
                null, null, List.of()));
    }

    @Test
    void microsoftMultiTenantTokensAreJudgedByTheirTenant() throws Exception {
        try (StubOpenIdProvider idp = entra()) {
            Upstream upstream = microsoft(idp, "common");
            UpstreamUser user = signIn(upstream);
            assertThat(user.subject()).isEqualTo("alice");
            // Entra sends no email_verified: the address is not verified, whatever trust_email says.
            assertThat(user.email()).isEqualTo("alice@contoso.example");
            assertThat(user.emailVerified()).isFalse();
        }
    }

    @Test
    void microsoftTokensWhoseIssuerIsNotTheirTenantsAreRefused() throws Exception {
        try (StubOpenIdProvider idp = entra()) {
            Upstream upstream = microsoft(idp, "organizations");
            idp.extraClaims = Map.of("tid", OTHER_TENANT);
            assertSignInRefused(upstream, "iss");
            idp.extraClaims = Map.of();
            assertSignInRefused(upstream, "iss");
            idp.extraClaims = Map.of("tid", "../evil");
            assertSignInRefused(upstream, "iss");
            idp.extraClaims = Map.of("tid", TENANT);
            idp.tokenIssuer = idp.base() + "/{tenantid}/v2.0";
            assertSignInRefused(upstream, "iss");
        }
    }

    @Test
    void aSingleTenantNeedsItsExactIssuer() throws Exception {
        try (StubOpenIdProvider idp = entra()) {
            assertRefused(() -> microsoft(idp, TENANT).start(CALLBACK), Reason.UNAVAILABLE, "another issuer");
            idp.documentedIssuer = idp.base() + "/" + TENANT + "/v2.0";
            assertThat(signIn(microsoft(idp, TENANT)).subject()).isEqualTo("alice");
        }
    }

    @Test
    void aMultiTenantDocumentMustBeTheTemplateOfTheConfiguredIssuer() throws Exception {
        try (StubOpenIdProvider idp = entra()) {
            idp.documentedIssuer = "https://login.evil.example/{tenantid}/v2.0";
            assertRefused(() -> microsoft(idp, "common").start(CALLBACK), Reason.UNAVAILABLE, "another issuer");
        }
    }

    @Test
    void microsoftDocumentIssuersOfTheMultiTenantEndpoints() {
        Presets.Microsoft consumers = new Presets.Microsoft(preset(ProviderType.MICROSOFT, null, "app", "s", "consumers", null, null, List.of()));
        String configured = "https://login.microsoftonline.com/consumers/v2.0";
        // consumers documents the personal-accounts tenant itself; common and organizations the template.
        assertThat(consumers.documentIssuerMatches(configured, "https://login.microsoftonline.com/" + OTHER_TENANT + "/v2.0")).isTrue();
        assertThat(consumers.documentIssuerMatches(configured, "https://login.microsoftonline.com/{tenantid}/v2.0")).isTrue();
        assertThat(consumers.documentIssuerMatches(configured, "https://login.microsoftonline.com/consumers/v2.0")).isTrue();
        assertThat(consumers.documentIssuerMatches(configured, "https://login.microsoftonline.com/evil/v2.0")).isFalse();
        assertThat(consumers.documentIssuerMatches(configured, "https://login.microsoftonline.com/" + OTHER_TENANT + "/v2.0/x")).isFalse();
        Presets.Microsoft single = new Presets.Microsoft(preset(ProviderType.MICROSOFT, null, "app", "s", TENANT, null, null, List.of()));
        assertThat(single.documentIssuerMatches("https://login.microsoftonline.com/" + TENANT + "/v2.0",
                "https://login.microsoftonline.com/{tenantid}/v2.0")).isFalse();
    }

    @Test
    void microsoftResponseIssuerFollowsTheTemplate() {
        ProviderSettings s = preset(ProviderType.MICROSOFT, null, "app", "s", "common", null, null, List.of());
        Presets.Microsoft ms = new Presets.Microsoft(s);
        String template = "https://login.microsoftonline.com/{tenantid}/v2.0";
        assertThat(ms.responseIssuerMatches(template, "https://login.microsoftonline.com/" + TENANT + "/v2.0")).isTrue();
        assertThat(ms.responseIssuerMatches(template, "https://login.microsoftonline.com/evil/v2.0")).isFalse();
        assertThat(ms.responseIssuerMatches(template, "https://login.microsoftonline.com//v2.0")).isFalse();
    }

    // --- Apple ---

    private static Upstream apple(StubApple apple) throws Exception {
        return upstream(preset(ProviderType.APPLE, apple.issuer(), apple.clientId, apple.privateKeyPem(), null, apple.teamId,
                apple.keyId, List.of("com.example.ios")));
    }

    @Test
    void appleSignsInWithAJwtClientSecretAndFormPost() throws Exception {
        try (StubApple apple = new StubApple()) {
            apple.idp.formPostUser = "{\"name\":{\"firstName\":\"Alice\",\"lastName\":\"Appleseed\"},\"email\":\"ceo@example.com\"}";
            Upstream upstream = apple(apple);
            UpstreamStart started = upstream.start(CALLBACK);
            Map<String, String> authz = UpstreamBrowser.query(started.authorizationUri().getRawQuery());
            assertThat(authz).containsEntry("response_mode", "form_post").containsKey("nonce");
            assertThat(authz.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "name", "email");
            Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
            assertThat(callback).containsKey("user");

            UpstreamUser user = upstream.finish(started, callback, CALLBACK);
            assertThat(apple.lastRefusal).isNull();
            assertThat(user.subject()).isEqualTo("alice");
            assertThat(user.givenName()).isEqualTo("Alice");
            assertThat(user.familyName()).isEqualTo("Appleseed");
            assertThat(user.name()).isEqualTo("Alice Appleseed");
            // The email is the ID token's, never the posted one; Apple's "true" is a string.
            assertThat(user.email()).isEqualTo("x7k2@privaterelay.appleid.com");
            assertThat(user.emailVerified()).isTrue();
        }
    }

    @Test
    void appleRefusesAClientSecretSignedByAnotherKey() throws Exception {
        try (StubApple apple = new StubApple()) {
            StubApple other = new StubApple();
            other.close();
            Upstream upstream = upstream(preset(ProviderType.APPLE, apple.issuer(), apple.clientId, other.privateKeyPem(), null,
                    apple.teamId, apple.keyId, List.of()));
            assertSignInRefused(upstream, "invalid_client");
            assertThat(apple.lastRefusal).isEqualTo("signature");
        }
    }

    @Test
    void aMalformedUserFieldOnlyCostsTheName() throws Exception {
        try (StubApple apple = new StubApple()) {
            apple.idp.formPostUser = "{not json";
            UpstreamUser user = signIn(apple(apple));
            assertThat(user.subject()).isEqualTo("alice");
            assertThat(user.name()).isNull();
        }
    }

    @Test
    void anUnusableAppleKeyFailsEveryUse() throws Exception {
        try (StubApple apple = new StubApple()) {
            Upstream upstream = upstream(preset(ProviderType.APPLE, apple.issuer(), apple.clientId, "not a pem", null,
                    apple.teamId, apple.keyId, List.of()));
            assertRefused(() -> upstream.start(CALLBACK), Reason.UNAVAILABLE, "private key");
        }
    }

    @Test
    void appleNativeTokensMayCarryTheNoncesHash() throws Exception {
        try (StubApple apple = new StubApple()) {
            Upstream upstream = apple(apple);
            String nonce = "raw-nonce-123";
            String hashed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nonce.getBytes()));
            assertThat(upstream.verifyIdToken(apple.idp.idToken("com.example.ios", hashed), nonce).subject()).isEqualTo("alice");
            assertThat(upstream.verifyIdToken(apple.idp.idToken(apple.clientId, nonce), nonce).subject()).isEqualTo("alice");
            assertRefused(() -> upstream.verifyIdToken(apple.idp.idToken("com.example.ios", hashed), "other"), Reason.INVALID, "nonce");
            assertRefused(() -> upstream.verifyIdToken(apple.idp.idToken("com.example.ios", hashed), null), Reason.INVALID, "nonce");
            assertRefused(() -> upstream.verifyIdToken(apple.idp.idToken("com.other", nonce), nonce), Reason.INVALID, "aud");
        }
    }

    @Test
    void appleNativeTokensSignedWithTheTeamKeyAreNotIdTokens() throws Exception {
        // A token signed by a key not in Apple's set (the team key signs client secrets, not ID tokens).
        try (StubApple apple = new StubApple()) {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(apple.keyId).generate();
            JWTClaimsSet claims = SignedJWT.parse(apple.idp.idToken(apple.clientId, null)).getJWTClaimsSet();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(apple.keyId).build(), claims);
            jwt.sign(new ECDSASigner(key));
            assertRefused(() -> apple(apple).verifyIdToken(jwt.serialize(), null), Reason.INVALID, "signature");
        }
    }
}
