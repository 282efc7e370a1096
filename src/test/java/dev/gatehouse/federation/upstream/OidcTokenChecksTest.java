package dev.gatehouse.federation.upstream;

import static dev.gatehouse.federation.upstream.UpstreamTesting.CALLBACK;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertSignInRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.signIn;
import static dev.gatehouse.federation.upstream.UpstreamTesting.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Set;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.StubOpenIdProvider;
import dev.gatehouse.testing.UpstreamBrowser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ID token and protocol checks of the generic OpenID upstream, against a stub whose answers bend. */
class OidcTokenChecksTest {
    private static final String CLIENT = "gatehouse";

    private StubOpenIdProvider idp;

    @BeforeEach
    void start() throws Exception {
        idp = new StubOpenIdProvider();
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    private Upstream upstream(Clock clock) {
        return UpstreamTesting.loopbackUpstreams(clock, UpstreamObserver.NONE)
                .forProvider(settings(ProviderType.OIDC, idp.base(), CLIENT, idp.clientSecret, Map.of()));
    }

    private Upstream upstream() {
        return upstream(Clock.systemUTC());
    }

    @Test
    void theStubSignsIn() throws Exception {
        idp.extraClaims = Map.of("email", "alice@example.com", "email_verified", true, "name", "Alice");
        assertThat(signIn(upstream()).subject()).isEqualTo("alice");
        StubOpenIdProvider.TokenRequest request = idp.tokenRequests.get(0);
        assertThat(request.authorization()).startsWith("Basic ");
        assertThat(request.form()).doesNotContainKey("client_secret").containsKey("code_verifier");
    }

    @Test
    void aFailingObserverNeverFailsTheSignIn() throws Exception {
        Upstream upstream = new Upstreams(new dev.gatehouse.net.OutboundGuard(UpstreamTesting.LOOPBACK), Clock.systemUTC(),
                UpstreamTesting.TIMEOUT, 8, (provider, step, took, outcome) -> {
                    throw new IllegalStateException("metrics registry closed");
                }).forProvider(settings(ProviderType.OIDC, idp.base(), CLIENT, idp.clientSecret, Map.of()));
        assertThat(signIn(upstream).subject()).isEqualTo("alice");
    }

    @Test
    void clientSecretPostWhenTheProviderListsOnlyThat() throws Exception {
        idp.authMethods = List.of("client_secret_post");
        signIn(upstream());
        StubOpenIdProvider.TokenRequest request = idp.tokenRequests.get(0);
        assertThat(request.authorization()).isNull();
        assertThat(request.form()).containsEntry("client_secret", idp.clientSecret).containsEntry("client_id", CLIENT);
    }

    @Test
    void aWrongClientSecretIsRefused() throws Exception {
        idp.clientSecret = "another";
        assertSignInRefused(UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE)
                .forProvider(settings(ProviderType.OIDC, idp.base(), CLIENT, "s3cret", Map.of())), "invalid_client");
    }

    @Test
    void aCodeIsGoodForOneExchange() throws Exception {
        UpstreamTesting.assertReplayRefused(upstream(), "invalid_grant");
    }

    @Test
    void anotherVerifierIsRefusedByTheProvider() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
        UpstreamStart other = new UpstreamStart(started.authorizationUri(), started.state(), started.nonce(), "x".repeat(50));
        assertRefused(() -> upstream.finish(other, callback, CALLBACK), Reason.INVALID, "invalid_grant");
    }

    @Test
    void anotherAudienceIsRefused() throws Exception {
        idp.claims = b -> b.audience("another-client");
        assertSignInRefused(upstream(), "aud");
    }

    @Test
    void anotherAuthorizedPartyIsRefused() throws Exception {
        idp.extraClaims = Map.of("azp", "another-client");
        assertSignInRefused(upstream(), "azp");
    }

    @Test
    void severalAudiencesNeedAnAuthorizedParty() throws Exception {
        idp.claims = b -> b.audience(List.of(CLIENT, "another-client"));
        assertSignInRefused(upstream(), "azp");
        idp.claims = b -> b.audience(List.of(CLIENT, "another-client")).claim("azp", CLIENT);
        assertThat(signIn(upstream()).subject()).isEqualTo("alice");
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        idp.tokenIssuer = "https://idp.evil.example";
        assertSignInRefused(upstream(), "iss");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() throws Exception {
        idp.claims = b -> b.subject(null);
        assertSignInRefused(upstream(), "sub");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheProvidersKidIsRefused() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(idp.signingKey.getKeyID()).generate();
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(), new RSASSASigner(forger));
        assertSignInRefused(upstream(), "signature");
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        idp.idTokens = claims -> new PlainJWT(claims).serialize();
        assertSignInRefused(upstream(), "not signed");
    }

    @Test
    void aTokenMacedWithTheClientSecretIsRefused() throws Exception {
        idp.clientSecret = "a-client-secret-of-at-least-thirty-two-bytes!";
        idp.algs = List.of("HS256", "RS256");
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader(JWSAlgorithm.HS256), new MACSigner(idp.clientSecret.getBytes()));
        assertSignInRefused(upstream(), "HS256");
    }

    @Test
    void anAlgorithmTheProviderDoesNotListIsRefused() throws Exception {
        // A valid ES256 signature under a published key, but the provider lists RS256 only.
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        idp.published = new JWKSet(List.of(idp.signingKey.toPublicJWK(), ec.toPublicJWK()));
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), new ECDSASigner(ec));
        assertSignInRefused(upstream(), "signature");
        idp.algs = List.of("RS256", "ES256");
        assertThat(signIn(upstream()).subject()).isEqualTo("alice");
    }

    /** An Ed25519 key pair of the JDK, its public half as an OKP JWK (RFC 8037), and a signer over it. */
    private record Ed25519(OctetKeyPair jwk, JWSSigner signer) {
        static Ed25519 generate(String kid) throws Exception {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded();
            byte[] x = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
            OctetKeyPair jwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).keyID(kid).build();
            JWSSigner signer = new JWSSigner() {
                @Override
                public Base64URL sign(JWSHeader header, byte[] input) throws JOSEException {
                    try {
                        Signature ed = Signature.getInstance("Ed25519");
                        ed.initSign(pair.getPrivate());
                        ed.update(input);
                        return Base64URL.encode(ed.sign());
                    } catch (GeneralSecurityException e) {
                        throw new JOSEException(e.getMessage(), e);
                    }
                }

                @Override
                public Set<JWSAlgorithm> supportedJWSAlgorithms() {
                    return Set.of(JWSAlgorithm.EdDSA);
                }

                @Override
                public JCAContext getJCAContext() {
                    return new JCAContext();
                }
            };
            return new Ed25519(jwk, signer);
        }
    }

    @Test
    void anEd25519TokenIsAcceptedWhenTheProviderListsEdDsa() throws Exception {
        Ed25519 ed = Ed25519.generate("ed-1");
        idp.published = new JWKSet(List.of(idp.signingKey.toPublicJWK(), ed.jwk()));
        idp.algs = List.of("RS256", "EdDSA");
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed-1").build(), ed.signer());
        assertThat(signIn(upstream()).subject()).isEqualTo("alice");
    }

    @Test
    void anEd25519TokenOfAnotherKeyIsRefused() throws Exception {
        Ed25519 published = Ed25519.generate("ed-1");
        Ed25519 forger = Ed25519.generate("ed-1");
        idp.published = new JWKSet(List.of(published.jwk()));
        idp.algs = List.of("EdDSA");
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed-1").build(), forger.signer());
        assertSignInRefused(upstream(), "signature");
    }

    @Test
    void aRotatedKeyIsFetchedOnceAndAccepted() throws Exception {
        Upstream upstream = upstream();
        signIn(upstream);
        assertThat(idp.jwksFetches).hasValue(1);
        signIn(upstream);
        assertThat(idp.jwksFetches).hasValue(1);

        idp.rotate("key-2");
        assertThat(signIn(upstream).subject()).isEqualTo("alice");
        assertThat(idp.jwksFetches).hasValue(2);
        assertThat(signIn(upstream).subject()).isEqualTo("alice");
        assertThat(idp.jwksFetches).hasValue(2);
    }

    @Test
    void parallelSignInsShareOneDiscoveryAndOneKeyFetch() throws Exception {
        Upstream upstream = UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE)
                .forProvider(settings(ProviderType.OIDC, idp.base(), CLIENT, idp.clientSecret, Map.of()));
        List<UpstreamUser> users = Concurrently.run(8, () -> signIn(upstream));
        assertThat(users).extracting(UpstreamUser::subject).containsOnly("alice");
        assertThat(idp.discoveryFetches).hasValue(1);
        assertThat(idp.jwksFetches).hasValue(1);
    }

    @Test
    void madeUpKidsDoNotMakeTheServerFetchAtWill() throws Exception {
        Upstream upstream = upstream();
        signIn(upstream);
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(idp.base()).subject("x").audience(CLIENT).build());
        jwt.sign(new RSASSASigner(stranger));
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> upstream.verifyIdToken(jwt.serialize(), null), Reason.INVALID, "");
        }
        assertThat(idp.jwksFetches.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void discoveryNamingAnotherIssuerIsRefused() throws Exception {
        idp.documentedIssuer = "https://idp.evil.example";
        assertRefused(() -> upstream().start(CALLBACK), Reason.UNAVAILABLE, "another issuer");
    }

    @Test
    void anAnnouncedResponseIssuerMustBeSent() throws Exception {
        idp.announcesIss = true;
        assertSignInRefused(upstream(), "lacks the announced iss");
        idp.sendsIss = true;
        assertThat(signIn(upstream()).subject()).isEqualTo("alice");
    }

    @Test
    void userinfoOfAnotherSubjectIsRefused() throws Exception {
        idp.userinfo = Map.of("sub", "mallory", "email", "m@example.com");
        assertSignInRefused(upstream(), "userinfo sub");
    }

    @Test
    void userinfoNeverReplacesTheIdTokensClaims() throws Exception {
        idp.extraClaims = Map.of("email", "alice@example.com", "email_verified", false);
        idp.userinfo = Map.of("email", "ceo@example.com", "email_verified", true, "name", "Alice");
        UpstreamUser user = signIn(upstream());
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.name()).isEqualTo("Alice");
    }

    @Test
    void userinfoNeverVouchesForTheIdTokensEmail() throws Exception {
        idp.extraClaims = Map.of("email", "alice@example.com");
        idp.userinfo = Map.of("email", "alice@example.com", "email_verified", true, "name", "Alice", "amr", List.of("mfa"));
        UpstreamUser user = signIn(upstream());
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.amr()).isEmpty();
    }

    @Test
    void userinfoGivesAnAddressAndItsVerificationTogether() throws Exception {
        idp.userinfo = Map.of("email", "alice@example.com", "email_verified", true, "name", "Alice");
        UpstreamUser user = signIn(upstream());
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isTrue();
    }

    @Test
    void aReReadDocumentListingOtherAlgorithmsTakesEffect() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        idp.clock = clock;
        Upstream upstream = upstream(clock);
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        idp.published = new JWKSet(List.of(idp.signingKey.toPublicJWK(), ec.toPublicJWK()));
        idp.idTokens = StubOpenIdProvider.signer(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), new ECDSASigner(ec));
        assertSignInRefused(upstream, "signature");
        idp.algs = List.of("RS256", "ES256");
        clock.advance(OidcDiscovery.TTL.plus(Duration.ofSeconds(1)));
        assertThat(signIn(upstream).subject()).isEqualTo("alice");
    }

    @Test
    void discoveryIsReadAgainAfterItsLifetime() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        Upstream upstream = upstream(clock);
        upstream.start(CALLBACK);
        upstream.start(CALLBACK);
        assertThat(idp.discoveryFetches).hasValue(1);
        clock.advance(OidcDiscovery.TTL.plus(Duration.ofSeconds(1)));
        upstream.start(CALLBACK);
        assertThat(idp.discoveryFetches).hasValue(2);
    }

    @Test
    void aStaleDocumentOutlivesAShortOutage() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        Upstream upstream = upstream(clock);
        upstream.start(CALLBACK);
        idp.close();
        clock.advance(OidcDiscovery.TTL.plus(Duration.ofSeconds(1)));
        assertThat(upstream.start(CALLBACK)).isNotNull();
        clock.advance(OidcDiscovery.MAX_STALE);
        assertRefused(() -> upstream.start(CALLBACK), Reason.UNAVAILABLE, "");
    }
}
