package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.keys.StoredKey;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.web.oauth.RelyingParty.SignedIn;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ID tokens signed with the client's {@code id_token_signed_response_alg} (OIDC Core §2, OIDC Dynamic
 * Client Registration §2) through the whole authorization code flow, validated as a relying party does
 * with the Nimbus SDK against the JWKS, while access tokens keep the configured algorithm (RS256).
 */
class IdTokenSigningAlgorithmTest {
    private static final List<String> SCOPES = List.of("openid", "profile");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A new user signs in to {@code app} on its server and the app redeems the code. */
    private static SignedIn signIn(RelyingParty app) {
        return app.signIn(List.of("user"), "openid profile");
    }

    private static IDTokenClaimsSet validate(RelyingParty app, SignedIn s) throws Exception {
        return app.idTokenValidator().validate(s.tokens().getIDToken(), s.request().nonce());
    }

    private static JWKSet jwks(TestServer node) throws Exception {
        return JWKSet.parse(node.http().get("/oauth2/jwks").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "PS256"})
    void clientWithAnotherAlgorithmGetsItsIdTokenSignedWithItWhileTheAccessTokenStaysRs256(String alg) throws Exception {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false, alg);

        SignedIn s = signIn(app);

        IDTokenClaimsSet id = validate(app, s);
        assertThat(s.idToken().getHeader().getAlgorithm().getName()).isEqualTo(alg);
        assertThat(jwks(server).getKeyByKeyId(s.idTokenKid()).getAlgorithm().getName()).isEqualTo(alg);
        // at_hash uses the hash of the ID token's algorithm (OIDC Core §3.1.3.6).
        AccessTokenValidator.validate(s.tokens().getAccessToken(), app.idTokenAlg, id.getAccessTokenHash());
        SignedJWT access = SignedJWT.parse(s.tokens().getAccessToken().getValue());
        assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwks(server).getKeyByKeyId(access.getHeader().getKeyID()).getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
        // A relying party expecting RS256 refuses it: the algorithm really is the client's.
        IDTokenValidator rs256 = new IDTokenValidator(new Issuer(OAuthFixture.ISSUER), new ClientID(app.clientId),
                JWSAlgorithm.RS256, jwks(server));
        assertThatThrownBy(() -> rs256.validate(s.tokens().getIDToken(), s.request().nonce())).isInstanceOf(BadJOSEException.class);
    }

    /** Discovery's id_token_signing_alg_values_supported against reality: each one signs a valid ID token. */
    @Test
    void everyAdvertisedIdTokenAlgorithmSignsIdTokensThatValidate() throws Exception {
        List<String> advertised = new ArrayList<>();
        server.http().get("/.well-known/openid-configuration").json().path("id_token_signing_alg_values_supported")
                .forEach(a -> advertised.add(a.asText()));
        assertThat(advertised).contains("RS256"); // OIDC Discovery §3

        for (String alg : advertised) {
            RelyingParty app = RelyingParty.confidential(server, SCOPES, false, alg);
            SignedIn s = signIn(app);
            assertThat(validate(app, s).getSubject()).as(alg).isNotNull();
            assertThat(s.idToken().getHeader().getAlgorithm().getName()).isEqualTo(alg);
        }
    }

    @Test
    void registeringOrSwitchingAClientToAnAlgorithmCreatesItsKeyBeforeAnyToken() throws Exception {
        try (TestServer fresh = TestServer.start()) {
            assertThat(activeAlgs(fresh)).containsExactly("RS256");
            RelyingParty app = RelyingParty.confidential(fresh, SCOPES, false, "ES256");
            assertThat(activeAlgs(fresh)).containsExactlyInAnyOrder("RS256", "ES256");

            fresh.gatehouse().services().clients().update(app.clientId, new ClientSpec(null, null, null, null, null, null, null, null, null,
                    null, null, null, null, "PS256"), "test");
            assertThat(activeAlgs(fresh)).containsExactlyInAnyOrder("RS256", "ES256", "PS256");
            assertThat(jwks(fresh).getKeys()).extracting(k -> k.getAlgorithm().getName())
                    .containsExactlyInAnyOrder("RS256", "ES256", "PS256");
        }
    }

    @Test
    void rotationRotatesTheIdTokenKeysTooAndIdTokensSignedBeforeStillValidate() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false, "ES256");
        SignedIn before = signIn(app);
        String accessKidBefore = SignedJWT.parse(before.tokens().getAccessToken().getValue()).getHeader().getKeyID();

        List<StoredKey> rotated = server.gatehouse().services().keys().rotateAll();

        assertThat(rotated).extracting(StoredKey::alg).first().isEqualTo("RS256");
        assertThat(rotated).extracting(StoredKey::alg).contains("ES256").doesNotHaveDuplicates();
        SignedIn after = signIn(app);
        assertThat(after.idTokenKid()).isNotEqualTo(before.idTokenKid())
                .isEqualTo(rotated.stream().filter(k -> k.alg().equals("ES256")).findFirst().orElseThrow().kid());
        assertThat(SignedJWT.parse(after.tokens().getAccessToken().getValue()).getHeader().getKeyID())
                .isNotEqualTo(accessKidBefore);
        // The old public keys stay published: what was signed before still validates.
        JWKSet published = jwks(server);
        assertThat(published.getKeyByKeyId(before.idTokenKid())).isNotNull();
        assertThat(published.getKeyByKeyId(accessKidBefore)).isNotNull();
        validate(app, before);
        validate(app, after);
        assertThat(server.http().get("/oauth2/userinfo", before.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
    }

    /**
     * Two nodes on one PostgreSQL register ES256 clients at the same moment: both find no ES256 key and
     * create one, the unique index keeps one, the loser reloads; each node's ID tokens verify with the JWKS
     * of the other.
     */
    @Test
    void twoNodesRacingToCreateTheEs256KeyEndWithOneActiveEs256Key() throws Exception {
        String url = TestDatabases.postgresql();
        try (TestServer a = TestServer.builder().databaseUrl(url).start();
             TestServer b = TestServer.builder().databaseUrl(url).start()) {
            List<TestServer> nodes = List.of(a, b);
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<RelyingParty> apps = Concurrently.run(2, () ->
                    RelyingParty.confidential(nodes.get(next.getAndIncrement()), SCOPES, false, "ES256"));

            int activeEs256 = a.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM signing_keys WHERE alg = 'ES256' AND status = 'active'").mapTo(Integer.class).one());
            assertThat(activeEs256).isEqualTo(1);
            for (RelyingParty app : apps) {
                SignedIn s = signIn(app);
                TestServer other = app.server == a ? b : a;
                assertThat(jwks(other).getKeyByKeyId(s.idTokenKid())).as("published by the other node").isNotNull();
                new IDTokenValidator(new Issuer(OAuthFixture.ISSUER), new ClientID(app.clientId), JWSAlgorithm.ES256, jwks(other))
                        .validate(s.tokens().getIDToken(), s.request().nonce());
            }
            assertThat(apps.get(0).server).isNotSameAs(apps.get(1).server);
        }
    }

    private static List<String> activeAlgs(TestServer node) {
        return node.gatehouse().services().keys().keys().stream().filter(k -> k.status().equals(StoredKey.ACTIVE)).map(KeyInfo::alg).toList();
    }
}
