package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.gatehouse.account.User;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metadata says exactly what the server does: each advertised thing works, nothing else is claimed (CORS: CorsTest). */
class DiscoveryTest {
    private static TestServer server;
    private static OAuthFixture oauth;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        oauth = new OAuthFixture(server);
        oauth.confidential("client_secret_basic", List.of("client_credentials"), List.of("reports:read", "openid"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode metadata() {
        TestHttp.Response r = server.http().get("/.well-known/oauth-authorization-server");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String path(String url) {
        assertThat(url).startsWith(OAuthFixture.ISSUER);
        return url.substring(OAuthFixture.ISSUER.length());
    }

    @Test
    void bothWellKnownPathsServeTheSameMetadataWithTheExactIssuer() throws Exception {
        JsonNode m = metadata();
        assertThat(server.http().get("/.well-known/openid-configuration").json()).isEqualTo(m);
        assertThat(m.path("issuer").asText()).isEqualTo(OAuthFixture.ISSUER);
        AuthorizationServerMetadata parsed = AuthorizationServerMetadata.parse(m.toString());
        assertThat(parsed.getTokenEndpointURI()).isEqualTo(URI.create(OAuthFixture.ISSUER + "/oauth2/token"));
        // The public scopes only: a client's permission scopes (reports:read) are its own business.
        assertThat(list(m.path("scopes_supported"))).containsExactly("email", "offline_access", "openid", "profile");
        assertThat(list(m.path("code_challenge_methods_supported"))).containsExactly("S256");
    }

    @Test
    void theAuthorizationCodeFlowIsAdvertisedWithS256QueryModeAndIss() {
        JsonNode m = metadata();
        assertThat(m.path("authorization_endpoint").asText()).isEqualTo(m.path("issuer").asText() + "/oauth2/authorize");
        assertThat(list(m.path("response_types_supported"))).containsExactly("code");
        assertThat(list(m.path("response_modes_supported"))).containsExactly("query");
        assertThat(m.path("userinfo_endpoint").asText()).endsWith("/oauth2/userinfo");
        assertThat(m.path("end_session_endpoint").asText()).endsWith("/oauth2/logout");
        assertThat(m.path("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
        assertThat(list(m.path("subject_types_supported"))).containsExactly("public");
        assertThat(list(m.path("id_token_signing_alg_values_supported"))).containsExactly("RS256", "ES256", "PS256");
        assertThat(list(m.path("grant_types_supported"))).contains("authorization_code");
        // Without client_id the endpoint answers an error page, not a 404.
        assertThat(server.http().get("/oauth2/authorize").status()).isEqualTo(400);
    }

    @Test
    void everyAdvertisedEndpointExists() {
        JsonNode m = metadata();
        assertThat(server.http().get(path(m.path("jwks_uri").asText())).status()).isEqualTo(200);
        for (String key : List.of("token_endpoint", "introspection_endpoint", "revocation_endpoint")) {
            TestHttp.Response r = oauth.form(path(m.path(key).asText()), "token=x&grant_type=client_credentials", null, null);
            assertThat(r.status()).as(key).isIn(400, 401);
            assertThat(r.json().has("error")).as(key).isTrue();
        }
    }

    @Test
    void exactlyTheAdvertisedGrantTypesAreServed() {
        List<String> advertised = list(metadata().path("grant_types_supported"));
        assertThat(advertised).containsExactlyInAnyOrder("authorization_code", "client_credentials", "refresh_token");
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", List.of("client_credentials", "refresh_token"), List.of());
        for (String grant : List.of("client_credentials", "refresh_token", "authorization_code", "password", "implicit",
                "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange")) {
            TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=" + grant, c.clientId(), c.secret());
            boolean unsupported = r.status() == 400 && "unsupported_grant_type".equals(r.json().path("error").asText());
            assertThat(unsupported).as(grant + " " + r.body()).isEqualTo(!advertised.contains(grant));
        }
    }

    @Test
    void everyAdvertisedTokenEndpointAuthMethodAuthenticates() {
        List<String> methods = list(metadata().path("token_endpoint_auth_methods_supported"));
        assertThat(methods).containsExactlyInAnyOrder("client_secret_basic", "client_secret_post", "private_key_jwt", "none");
        for (String method : methods) {
            HTTPResponse r;
            if (method.equals("none")) {
                OAuthFixture.Registered pub = oauth.publicClient(List.of("authorization_code", "refresh_token"), List.of("openid"));
                User user = server.gatehouse().services().accounts().create("discovery", "correct horse battery staple", null, null, List.of("user"), null);
                SessionService.Issued s = server.gatehouse().services().sessions().start(user.id(), pub.clientId(), List.of("openid"), "t", "127.0.0.1");
                r = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), new ClientID(pub.clientId()),
                        new RefreshTokenGrant(new RefreshToken(s.refreshToken())), null).toHTTPRequest());
            } else {
                OAuthFixture.Registered c = method.equals("private_key_jwt") ? oauth.keyed(List.of("client_credentials"), List.of(), null, null)
                        : oauth.confidential(method, List.of("client_credentials"), List.of());
                ClientAuthentication auth = switch (method) {
                    case "client_secret_basic" -> c.basic();
                    case "client_secret_post" -> c.post();
                    default -> c.assertion();
                };
                r = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), auth, new ClientCredentialsGrant(), null).toHTTPRequest());
            }
            assertThat(r.getStatusCode()).as(method + " " + r.getBody()).isEqualTo(200);
        }
    }

    @Test
    void advertisedAssertionAlgorithmsAreAsymmetricOnly() {
        List<String> algs = list(metadata().path("token_endpoint_auth_signing_alg_values_supported"));
        assertThat(algs).contains("RS256", "ES256").noneMatch(a -> a.startsWith("HS") || a.equals("none"));
        assertThat(list(metadata().path("introspection_endpoint_auth_methods_supported"))).doesNotContain("none");
    }
}
