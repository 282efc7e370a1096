package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.oauth2.sdk.token.TypelessAccessToken;
import dev.gatehouse.account.User;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /oauth2/introspect (RFC 7662) and POST /oauth2/revoke (RFC 7009), driven by the Nimbus SDK's client side. */
class IntrospectionRevocationTest {
    private static final List<String> GRANTED = List.of("openid", "admin:users:read");
    private static TestServer server;
    private static OAuthFixture oauth;
    private static int users;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        oauth = new OAuthFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HTTPResponse introspect(ClientAuthentication auth, Token token) {
        return OAuthFixture.send(new TokenIntrospectionRequest(oauth.endpoint("/oauth2/introspect"), auth, token).toHTTPRequest());
    }

    private static TokenIntrospectionSuccessResponse introspection(ClientAuthentication auth, Token token) {
        HTTPResponse r = introspect(auth, token);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        assertThat(r.getCacheControl()).isEqualTo("no-store");
        try {
            return TokenIntrospectionResponse.parse(r).toSuccessResponse();
        } catch (ParseException e) {
            throw new IllegalStateException(r.getBody(), e);
        }
    }

    private static void assertInactive(ClientAuthentication auth, Token token) {
        HTTPResponse r = introspect(auth, token);
        assertThat(r.getStatusCode()).isEqualTo(200);
        // RFC 7662 §2.2: nothing but the flag for an inactive token.
        assertThat(r.getBody().strip()).isEqualTo("{\"active\":false}");
    }

    private static HTTPResponse revoke(ClientAuthentication auth, Token token) {
        return OAuthFixture.send(new TokenRevocationRequest(oauth.endpoint("/oauth2/revoke"), auth, token).toHTTPRequest());
    }

    private static HTTPResponse revokePublic(String clientId, Token token) {
        return OAuthFixture.send(new TokenRevocationRequest(oauth.endpoint("/oauth2/revoke"), new ClientID(clientId), token).toHTTPRequest());
    }

    private static OAuthFixture.Registered resourceServer() {
        return oauth.confidential("client_secret_basic", List.of("client_credentials"), List.of("introspect"));
    }

    private record Login(User user, SessionService.Issued issued, AccessTokenResponse tokens) {}

    /** A session of this client and its first access token (through a refresh at the token endpoint). */
    private static Login login(OAuthFixture.Registered client) {
        User user = server.gatehouse().services().accounts().create("introspected" + (++users), "correct horse battery staple", null, null,
                List.of("user", "admin"), null);
        SessionService.Issued issued = server.gatehouse().services().sessions().start(user.id(), client.clientId(), GRANTED, "t", "127.0.0.1");
        HTTPResponse r = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), client.basic(),
                new RefreshTokenGrant(new RefreshToken(issued.refreshToken())), null).toHTTPRequest());
        return new Login(user, issued, OAuthFixture.parse(r).toSuccessResponse());
    }

    private static OAuthFixture.Registered userClient() {
        return oauth.confidential("client_secret_basic", List.of("authorization_code", "refresh_token"), GRANTED);
    }

    // ---- introspection ----

    @Test
    void clientCredentialsTokenIntrospectsActiveWithItsClaims() {
        OAuthFixture.Registered rs = resourceServer();
        OAuthFixture.Registered caller = oauth.confidential("client_secret_post", List.of("client_credentials"), List.of("a:read"));
        AccessTokenResponse t = OAuthFixture.parse(OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), caller.post(),
                new ClientCredentialsGrant(), null).toHTTPRequest())).toSuccessResponse();
        TokenIntrospectionSuccessResponse r = introspection(rs.basic(), t.getTokens().getAccessToken());
        assertThat(r.isActive()).isTrue();
        assertThat(r.getClientID().getValue()).isEqualTo(caller.clientId());
        assertThat(r.getSubject().getValue()).isEqualTo(caller.clientId());
        assertThat(r.getScope()).isEqualTo(new Scope("a:read"));
        assertThat(r.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
        assertThat(r.getExpirationTime()).isInTheFuture();
        assertThat(r.getTokenType().getValue()).isEqualTo("Bearer");
    }

    @Test
    void userAccessTokenIsInactiveAtOnceAfterLogout() {
        OAuthFixture.Registered rs = resourceServer();
        var tokens = server.http().signupAndLogin("introuser", "correct horse battery staple");
        BearerAccessToken at = new BearerAccessToken(tokens.path("access_token").asText());
        TokenIntrospectionSuccessResponse active = introspection(rs.basic(), at);
        assertThat(active.isActive()).isTrue();
        assertThat(active.getClientID().getValue()).isEqualTo("gatehouse");
        assertThat(active.getStringParameter("sid")).isNotBlank();

        assertThat(server.http().post("/api/v1/logout", Map.of("refresh_token", tokens.path("refresh_token").asText())).status())
                .isEqualTo(204);
        assertInactive(rs.basic(), at);
    }

    @Test
    void refreshTokenIsActiveOnlyForTheClientItWasIssuedTo() {
        OAuthFixture.Registered owner = userClient();
        OAuthFixture.Registered other = resourceServer();
        Login login = login(owner);
        RefreshToken rt = login.tokens().getTokens().getRefreshToken();
        TokenIntrospectionSuccessResponse r = introspection(owner.basic(), rt);
        assertThat(r.isActive()).isTrue();
        assertThat(r.getSubject().getValue()).isEqualTo(login.user().id());
        assertThat(r.getScope()).isEqualTo(new Scope("openid", "admin:users:read"));
        assertInactive(other.basic(), rt);
    }

    @Test
    void garbageTamperedAndSpentTokensAreInactive() {
        OAuthFixture.Registered rs = resourceServer();
        Login login = login(userClient());
        String at = login.tokens().getTokens().getAccessToken().getValue();
        assertInactive(rs.basic(), new TypelessAccessToken("not-a-token"));
        assertInactive(rs.basic(), new TypelessAccessToken(at.substring(0, at.length() - 4) + "AAAA"));
        assertInactive(rs.basic(), new RefreshToken(login.issued().refreshToken())); // rotated away
    }

    @Test
    void introspectionWithoutClientAuthenticationIsInvalidClient() {
        TestHttp.Response r = oauth.form("/oauth2/introspect", "token=abc", null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void publicClientCannotIntrospect() {
        OAuthFixture.Registered pub = oauth.publicClient(List.of("authorization_code"), List.of());
        TestHttp.Response r = oauth.form("/oauth2/introspect", "token=abc&client_id=" + pub.clientId(), null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void introspectionWithWrongSecretIsInvalidClient() {
        OAuthFixture.Registered rs = resourceServer();
        TestHttp.Response r = oauth.form("/oauth2/introspect", "token=abc", rs.clientId(), "wrong");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void introspectionWithoutTokenIsInvalidRequest() {
        OAuthFixture.Registered rs = resourceServer();
        TestHttp.Response r = oauth.form("/oauth2/introspect", "token_type_hint=access_token", rs.clientId(), rs.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    // ---- revocation ----

    @Test
    void revokingARefreshTokenEndsTheSession() {
        OAuthFixture.Registered c = userClient();
        OAuthFixture.Registered rs = resourceServer();
        Login login = login(c);
        RefreshToken rt = login.tokens().getTokens().getRefreshToken();
        HTTPResponse r = revoke(c.basic(), rt);
        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(server.gatehouse().services().sessions().isLive(login.issued().session().id())).isFalse();
        assertInactive(rs.basic(), login.tokens().getTokens().getAccessToken());
        HTTPResponse refresh = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), c.basic(),
                new RefreshTokenGrant(rt), null).toHTTPRequest());
        assertThat(refresh.getStatusCode()).isEqualTo(400);
    }

    @Test
    void revokingAUserAccessTokenEndsItsSession() {
        OAuthFixture.Registered c = userClient();
        Login login = login(c);
        assertThat(revoke(c.basic(), login.tokens().getTokens().getAccessToken()).getStatusCode()).isEqualTo(200);
        assertThat(server.gatehouse().services().sessions().isLive(login.issued().session().id())).isFalse();
    }

    @Test
    void aClientCannotRevokeAnotherClientsToken() {
        OAuthFixture.Registered owner = userClient();
        OAuthFixture.Registered other = userClient();
        Login login = login(owner);
        assertThat(revoke(other.basic(), login.tokens().getTokens().getRefreshToken()).getStatusCode()).isEqualTo(200);
        assertThat(revoke(other.basic(), login.tokens().getTokens().getAccessToken()).getStatusCode()).isEqualTo(200);
        assertThat(server.gatehouse().services().sessions().isLive(login.issued().session().id())).isTrue();
    }

    @Test
    void unknownTokenIsRevokedWith200() {
        OAuthFixture.Registered c = userClient();
        assertThat(revoke(c.basic(), new RefreshToken("x".repeat(43))).getStatusCode()).isEqualTo(200);
        assertThat(revoke(c.basic(), new TypelessAccessToken("a.b.c")).getStatusCode()).isEqualTo(200);
    }

    @Test
    void publicClientRevokesItsOwnRefreshTokenWithItsClientId() {
        OAuthFixture.Registered pub = oauth.publicClient(List.of("authorization_code", "refresh_token"), GRANTED);
        User user = server.gatehouse().services().accounts().create("pubrev", "correct horse battery staple", null, null, List.of("user"), null);
        SessionService.Issued issued = server.gatehouse().services().sessions().start(user.id(), pub.clientId(), GRANTED, "t", "127.0.0.1");
        assertThat(revokePublic(pub.clientId(), new RefreshToken(issued.refreshToken())).getStatusCode()).isEqualTo(200);
        assertThat(server.gatehouse().services().sessions().isLive(issued.session().id())).isFalse();
    }

    @Test
    void revocationNeedsClientAuthenticationAndAToken() {
        TestHttp.Response noClient = oauth.form("/oauth2/revoke", "token=abc", null, null);
        assertThat(noClient.status()).isEqualTo(401);
        OAuthFixture.Registered c = userClient();
        TestHttp.Response noToken = oauth.form("/oauth2/revoke", "token_type_hint=refresh_token", c.clientId(), c.secret());
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.json().path("error").asText()).isEqualTo("invalid_request");
    }
}
