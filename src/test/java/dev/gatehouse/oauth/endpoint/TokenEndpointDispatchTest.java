package dev.gatehouse.oauth.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.oauth.grant.TokenGrant;
import dev.gatehouse.oauth.grant.TokenParameters;
import dev.gatehouse.testing.ServiceFixture;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.minidev.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TokenEndpoint alone, without HTTP: the real client authenticator on the real client store, and
 * grants that only record that they were called. What is left is the endpoint's own job (RFC 6749
 * §3.2, §5.2): parse, authenticate the client, dispatch on grant_type.
 */
class TokenEndpointDispatchTest {
    private static final String TOKEN_URL = ServiceFixture.ISSUER + "/oauth2/token";
    private static final String IP = "192.0.2.7";

    /** One grant type that records each call and answers with a token named after itself. */
    private record Recording(GrantType type, List<Call> calls) implements TokenGrant {
        record Call(TokenParameters request, OAuthClient client, String ip, Instant arrived) {}

        Recording(GrantType type) {
            this(type, new ArrayList<>());
        }

        @Override
        public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
            throw new AssertionError("the endpoint passes the arrival time");
        }

        @Override
        public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip, Instant arrived) {
            calls.add(new Call(request, client, ip, arrived));
            return new AccessTokenResponse(new Tokens(new BearerAccessToken(type.getValue() + "-token"), null));
        }
    }

    private final ServiceFixture f = new ServiceFixture();
    private final Recording code = new Recording(GrantType.AUTHORIZATION_CODE);
    private final Recording clientCredentials = new Recording(GrantType.CLIENT_CREDENTIALS);
    private final Recording refresh = new Recording(GrantType.REFRESH_TOKEN);
    private final TokenEndpoint endpoint = new TokenEndpoint(
            new ClientAuthenticator(f.stores.clients, f.clock, ServiceFixture.ISSUER, TOKEN_URL, ServiceFixture.outbound()),
            List.of(code, clientCredentials, refresh), TOKEN_URL, f.clock, new dev.gatehouse.oauth.client.WebOrigins(f.stores.clients, List.of()));
    /** A confidential client with a secret, allowed client_credentials and refresh_token but not authorization_code. */
    private final ClientRegistry.Created app = f.client("confidential", "client_secret_basic", null,
            List.of("client_credentials", "refresh_token"), List.of("notes:read"), false);

    @AfterEach
    void close() {
        f.close();
    }

    private static HTTPRequest post(String contentType, String authorization, String body) {
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(TOKEN_URL).toURL());
            if (contentType != null) request.setHeader("Content-Type", contentType);
            if (authorization != null) request.setHeader("Authorization", authorization);
            request.setBody(body);
            return request;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String basic(String secret) {
        String pair = app.client().clientId() + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private HTTPResponse token(String authorization, String body) {
        return endpoint.handle(post("application/x-www-form-urlencoded", authorization, body), IP);
    }

    private static void assertError(HTTPResponse response, int status, String error) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getBodyAsJSONObject()).containsEntry("error", error);
    }

    private void assertNoGrantCalled() {
        assertThat(code.calls()).isEmpty();
        assertThat(clientCredentials.calls()).isEmpty();
        assertThat(refresh.calls()).isEmpty();
    }

    @Test
    void grantTypesAreThoseOfTheGrantsSorted() {
        assertThat(endpoint.grantTypes()).containsExactly("authorization_code", "client_credentials", "refresh_token");
    }

    @Test
    void missingGrantTypeIsInvalidRequest() throws Exception {
        HTTPResponse response = token(basic(app.clientSecret()), "scope=notes%3Aread");
        assertError(response, 400, "invalid_request");
        assertThat(response.getBodyAsJSONObject().getAsString("error_description")).contains("grant_type");
        assertError(token(basic(app.clientSecret()), "grant_type="), 400, "invalid_request");
        assertNoGrantCalled();
    }

    @Test
    void unknownGrantTypeIsUnsupportedBeforeTheClientIsAuthenticated() throws Exception {
        // Password and implicit are never served (OAuth 2.1 §10); the answer does not depend on credentials.
        for (String type : List.of("password", "implicit", "urn:ietf:params:oauth:grant-type:device_code")) {
            HTTPResponse response = token(null, "grant_type=" + type);
            assertError(response, 400, "unsupported_grant_type");
            assertThat(response.getBodyAsJSONObject().getAsString("error_description"))
                    .contains("authorization_code client_credentials refresh_token");
        }
        assertNoGrantCalled();
    }

    @Test
    void failedClientAuthenticationIsInvalidClientWith401AndABasicChallenge() throws Exception {
        HTTPResponse wrongSecret = token(basic("not-the-secret"), "grant_type=client_credentials");
        assertError(wrongSecret, 401, "invalid_client");
        assertThat(wrongSecret.getHeaderValue("WWW-Authenticate")).startsWith("Basic ");

        assertError(token(null, "grant_type=client_credentials"), 401, "invalid_client");
        assertError(token(null, "grant_type=client_credentials&client_id=no-such-client&client_secret=x"), 401, "invalid_client");
        assertNoGrantCalled();
    }

    @Test
    void grantTheClientIsNotRegisteredForIsUnauthorizedClient() throws Exception {
        assertError(token(basic(app.clientSecret()), "grant_type=authorization_code&code=abc&redirect_uri=https%3A%2F%2Fa.example"),
                400, "unauthorized_client");
        assertNoGrantCalled();
    }

    @Test
    void eachGrantTypeGoesToItsGrantWithTheAuthenticatedClientAndWhenTheRequestArrived() throws Exception {
        long received = System.nanoTime() - Duration.ofSeconds(2).toNanos();
        HTTPResponse response = endpoint.handle(post("application/x-www-form-urlencoded", basic(app.clientSecret()),
                "grant_type=client_credentials&scope=notes%3Aread"), IP, received);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBodyAsJSONObject()).containsEntry("access_token", "client_credentials-token");
        assertThat(clientCredentials.calls()).singleElement().satisfies(call -> {
            assertThat(call.client().clientId()).isEqualTo(app.client().clientId());
            assertThat(call.ip()).isEqualTo(IP);
            assertThat(call.request().get("grant_type")).isEqualTo("client_credentials");
            assertThat(call.request().scope()).containsExactly("notes:read");
            // The arrival, not the moment of dispatch: whether a repeated code is a replay depends on it.
            assertThat(call.arrived()).isBetween(f.clock.instant().minusSeconds(3), f.clock.instant().minusSeconds(2));
        });

        JSONObject refreshed = token(basic(app.clientSecret()), "grant_type=refresh_token&refresh_token=rt-1").getBodyAsJSONObject();
        assertThat(refreshed).containsEntry("access_token", "refresh_token-token");
        assertThat(refresh.calls()).singleElement().satisfies(call -> assertThat(call.ip()).isEqualTo(IP));
        assertThat(code.calls()).isEmpty();
        assertThat(clientCredentials.calls()).hasSize(1);
    }

    @Test
    void malformedScopeOrAnotherMediaTypeNeverReachesAGrant() throws Exception {
        assertError(token(basic(app.clientSecret()), "grant_type=client_credentials&scope=%22notes%22"), 400, "invalid_scope");
        assertError(endpoint.handle(post("application/json", basic(app.clientSecret()), "{\"grant_type\":\"client_credentials\"}"), IP),
                400, "invalid_request");
        assertError(token(basic(app.clientSecret()), "grant_type=client_credentials&grant_type=refresh_token"), 400, "invalid_request");
        assertNoGrantCalled();
    }
}
