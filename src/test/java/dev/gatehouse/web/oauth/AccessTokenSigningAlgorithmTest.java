package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.ResourceServers;
import dev.gatehouse.testing.TestServer;
import dev.gatehouse.web.oauth.RelyingParty.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Access tokens signed with the client's {@code access_token_signed_response_alg} on every grant, verified by
 * the server's own protected endpoints and by a resource server that knows only the JWKS, while the server's
 * {@code token.signing.alg} (RS256 here) stays the default and the first-party login's algorithm.
 */
class AccessTokenSigningAlgorithmTest {
    private static final Set<String> CLIENT_CLAIMS = Set.of("sub", "exp", "iat", "jti", "client_id");
    private static final Set<String> USER_CLAIMS = Set.of("sub", "exp", "iat", "jti", "client_id", "sid");
    private static TestServer server;
    private static OAuthFixture oauth;
    private static OAuthFixture.Registered introspector;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        oauth = new OAuthFixture(server);
        introspector = oauth.confidential("client_secret_basic", List.of("client_credentials"), List.of("introspect"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The API the service clients' tokens are for (their registered audience). */
    private static final String REPORTS_API = "https://reports.example";

    private static OAuthFixture.Registered serviceClient(String accessTokenAlg) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Service " + accessTokenAlg, "confidential",
                null, null, List.of("client_credentials"), List.of("reports:read"), null, null, null, null, null, null, null,
                accessTokenAlg, List.of(REPORTS_API)), "test");
        return new OAuthFixture.Registered(c.client().clientId(), c.clientSecret(), null);
    }

    private static Tokens token(ClientAuthentication auth, com.nimbusds.oauth2.sdk.AuthorizationGrant grant) {
        HTTPResponse r = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), auth, grant, null).toHTTPRequest());
        return OAuthFixture.parse(r).toSuccessResponse().getTokens();
    }

    private static SignedJWT parse(AccessToken token) throws Exception {
        return SignedJWT.parse(token.getValue());
    }

    /** The published key the token names, with the key type its algorithm needs. */
    private static JWK publishedKey(SignedJWT token) throws Exception {
        JWK key = JWKSet.parse(server.http().get("/oauth2/jwks").body()).getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).as("kid %s in the JWKS", token.getHeader().getKeyID()).isNotNull();
        assertThat(key.getAlgorithm()).isEqualTo(token.getHeader().getAlgorithm());
        return key;
    }

    /** A resource server for Gatehouse's own audience (first-party user tokens) or, with CLIENT_CLAIMS, the reports API. */
    private static JWTClaimsSet resourceServer(String alg, Set<String> required, AccessToken token) throws Exception {
        String audience = required == CLIENT_CLAIMS ? REPORTS_API : server.config().tokens().audience();
        return ResourceServers.nimbus(server.baseUrl() + "/oauth2/jwks", alg, server.config().issuer(),
                audience, required).process(token.getValue(), null);
    }

    private static TokenIntrospectionSuccessResponse introspect(String token) throws Exception {
        HTTPResponse r = OAuthFixture.send(new TokenIntrospectionRequest(oauth.endpoint("/oauth2/introspect"), introspector.basic(),
                new BearerAccessToken(token)).toHTTPRequest());
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        return TokenIntrospectionResponse.parse(r).toSuccessResponse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "PS256"})
    void clientCredentialsTokenIsSignedWithTheClientsAlgorithmAndAcceptedByAResourceServer(String alg) throws Exception {
        OAuthFixture.Registered client = serviceClient(alg);

        AccessToken token = token(client.basic(), new ClientCredentialsGrant()).getAccessToken();

        SignedJWT jwt = parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo(alg);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(publishedKey(jwt).getKeyType()).isEqualTo(alg.equals("ES256") ? KeyType.EC : KeyType.RSA);
        assertThat(resourceServer(alg, CLIENT_CLAIMS, token).getStringClaim("client_id")).isEqualTo(client.clientId());
        // A resource server pinned to the server's algorithm does not take it: the algorithm really is the client's.
        assertThatThrownBy(() -> resourceServer("RS256", CLIENT_CLAIMS, token)).isInstanceOf(BadJOSEException.class);
        TokenIntrospectionSuccessResponse info = introspect(token.getValue());
        assertThat(info.isActive()).isTrue();
        assertThat(info.getClientID().getValue()).isEqualTo(client.clientId());
    }

    @Test
    void codeFlowAndRefreshGiveEs256AccessTokensThatEveryProtectedEndpointAccepts() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access", "admin:clients:read"), true, "RS256",
                "ES256");
        SignedIn s = app.signIn(List.of("user", "admin"), "openid offline_access admin:clients:read");
        AccessToken refreshed = token(app.auth(), new RefreshTokenGrant(s.tokens().getRefreshToken())).getAccessToken();

        for (AccessToken token : List.of(s.tokens().getAccessToken(), refreshed)) {
            SignedJWT jwt = parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
            assertThat(publishedKey(jwt).getKeyType()).isEqualTo(KeyType.EC);
            assertThat(resourceServer("ES256", USER_CLAIMS, token).getStringClaim("client_id")).isEqualTo(app.clientId);
            String bearer = token.getValue();
            assertThat(server.http().get("/oauth2/userinfo", bearer).status()).isEqualTo(200);
            assertThat(server.http().get("/api/v1/me", bearer).status()).isEqualTo(200);
            assertThat(server.http().get("/admin/v1/clients/" + app.clientId, bearer).status()).isEqualTo(200);
            assertThat(introspect(bearer).isActive()).isTrue();
        }
        // The ID token keeps its own algorithm.
        assertThat(s.idToken().getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    @Test
    void firstPartyLoginAndClientsWithoutAnAlgorithmKeepTheServersAlgorithm() throws Exception {
        serviceClient("ES256");
        String login = server.http().signupAndLogin("first-party-user", RelyingParty.PASSWORD).path("access_token").asText();
        assertThat(SignedJWT.parse(login).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        AccessToken plain = token(serviceClient(null).basic(), new ClientCredentialsGrant()).getAccessToken();
        assertThat(parse(plain).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    /** Clients registered at the same moment with an algorithm that has no key yet: one key is made and signs for all. */
    @Test
    void parallelRegistrationsWithANewAlgorithmShareOneKey() throws Exception {
        try (TestServer fresh = TestServer.start()) {
            List<String> clients = Concurrently.run(8, () -> fresh.gatehouse().services().clients().create(new ClientSpec(null, "Racer",
                    "confidential", null, null, List.of("client_credentials"), List.of(), null, null, null, null, null, null, null,
                    "PS256"), "test").client().clientId());
            List<KeyInfo> ps256 = fresh.gatehouse().services().keys().keys().stream().filter(k -> k.alg().equals("PS256")).toList();
            assertThat(ps256).hasSize(1);
            assertThat(clients).doesNotHaveDuplicates().hasSize(8);
            assertThat(clients).allSatisfy(id ->
                    assertThat(fresh.gatehouse().services().clients().get(id).accessTokenSignedResponseAlg()).isEqualTo("PS256"));
        }
    }

    /**
     * The header's alg never chooses the algorithm (RFC 8725 §3.1): a genuine token whose alg is relabelled
     * to another supported algorithm, signature kept, is refused everywhere.
     */
    @Test
    void tokenWhoseHeaderAlgDisagreesWithItsKidsKeyIsRefused() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid"), true, "RS256", "ES256");
        String es256 = app.signIn(List.of("user"), "openid").tokens().getAccessToken().getValue();
        String rs256 = server.http().signupAndLogin("relabelled-user", RelyingParty.PASSWORD).path("access_token").asText();
        assertThat(server.http().get("/api/v1/me", es256).status()).isEqualTo(200);

        for (String forged : List.of(relabel(es256, "RS256"), relabel(es256, "PS256"), relabel(rs256, "ES256"), relabel(rs256, "PS256"))) {
            assertThat(server.http().get("/api/v1/me", forged).status()).isEqualTo(401);
            assertThat(server.http().get("/oauth2/userinfo", forged).status()).isEqualTo(401);
            assertThat(introspect(forged).isActive()).isFalse();
        }
    }

    private static String relabel(String token, String alg) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + jwt.getHeader().getKeyID() + "\",\"typ\":\"at+jwt\"}";
        String[] parts = token.split("\\.");
        return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
    }
}
