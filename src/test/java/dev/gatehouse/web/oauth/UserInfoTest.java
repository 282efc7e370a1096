package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.BearerHeaders;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.testing.MutableClock;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET/POST /oauth2/userinfo: claims by scope for a live session's token; RFC 6750 errors otherwise. The
 * answer comes from the node's session cache: a change made through Gatehouse shows at once, one made
 * behind its back within {@code session.cache.ttl}. The clock stands still unless a test moves it, so a
 * cached answer never expires on its own here.
 */
class UserInfoTest {
    private static final List<String> SCOPES = List.of("openid", "profile", "email", "offline_access");
    private static final Actor ADMIN = Actor.operator("UserInfoTest");
    private static MutableClock clock;
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        clock = MutableClock.startingNow();
        server = TestServer.builder().clock(clock).start();
        app = RelyingParty.confidential(server, SCOPES, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static OIDCTokens signIn(String scope, String user) {
        RelyingParty.Request req = app.request(scope);
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        return app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
    }

    private static String subject(OIDCTokens tokens) throws Exception {
        return tokens.getIDToken().getJWTClaimsSet().getSubject();
    }

    private static UserInfo userInfo(OIDCTokens tokens, boolean post) throws Exception {
        HTTPResponse r = new UserInfoRequest(app.endpoint("/oauth2/userinfo"),
                post ? com.nimbusds.oauth2.sdk.http.HTTPRequest.Method.POST : com.nimbusds.oauth2.sdk.http.HTTPRequest.Method.GET,
                tokens.getBearerAccessToken()).toHTTPRequest().send();
        UserInfoResponse parsed = UserInfoResponse.parse(r);
        assertThat(parsed.indicatesSuccess()).as(r.getStatusCode() + " " + r.getBody()).isTrue();
        return parsed.toSuccessResponse().getUserInfo();
    }

    @Test
    void openidOnlyGivesSubOnly() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid", user);

        UserInfo info = userInfo(tokens, false);

        assertThat(info.getSubject().getValue()).isEqualTo(tokens.getIDToken().getJWTClaimsSet().getSubject());
        assertThat(info.getPreferredUsername()).isNull();
        assertThat(info.getEmailAddress()).isNull();
    }

    @Test
    void profileAndEmailScopesAddTheirClaimsAlsoOverPost() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid profile email", user);

        UserInfo info = userInfo(tokens, true);

        assertThat(info.getPreferredUsername()).isEqualTo(user);
        assertThat(info.getName()).isEqualTo("Name " + user);
        assertThat(info.getEmailAddress()).isEqualTo(user + "@example.com");
        assertThat(info.getEmailVerified()).isFalse();
    }

    @Test
    void withoutTokenIs401WithABearerChallengeAndNoErrorCode() {
        TestHttp.Response r = server.http().get("/oauth2/userinfo");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
    }

    @Test
    void garbageTokenIsInvalidToken() {
        TestHttp.Response r = server.http().get("/oauth2/userinfo", "not.a.token");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void tokenWithoutOpenidIsInsufficientScope() {
        RelyingParty plain = RelyingParty.confidential(server, List.of("profile"), true);
        String user = RelyingParty.newUser(server, List.of("user"));
        // A plain OAuth request (no openid), built with the SDK's OAuth 2.0 request class.
        com.nimbusds.oauth2.sdk.pkce.CodeVerifier verifier = new com.nimbusds.oauth2.sdk.pkce.CodeVerifier();
        URI uri = new com.nimbusds.oauth2.sdk.AuthorizationRequest.Builder(com.nimbusds.oauth2.sdk.ResponseType.CODE,
                new com.nimbusds.oauth2.sdk.id.ClientID(plain.clientId)).redirectionURI(URI.create(RelyingParty.REDIRECT))
                .scope(com.nimbusds.oauth2.sdk.Scope.parse("profile")).state(new com.nimbusds.oauth2.sdk.id.State())
                .codeChallenge(verifier, com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod.S256)
                .endpointURI(plain.endpoint("/oauth2/authorize")).build().toURI();
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), uri.getRawPath() + "?" + uri.getRawQuery(), user, "allow");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
        HTTPResponse tokens = plain.redeem(plain.auth(), code, RelyingParty.REDIRECT, verifier);
        String access = OAuthFixture.parse(tokens).toSuccessResponse().getTokens().getAccessToken().getValue();

        TestHttp.Response r = server.http().get("/oauth2/userinfo", access);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"insufficient_scope\"");
    }

    @Test
    void revokedSessionIsInvalidTokenAtOnce() {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid offline_access", user);
        server.gatehouse().services().sessions().endByRefreshToken(tokens.getRefreshToken().getValue());

        TestHttp.Response r = server.http().get("/oauth2/userinfo", tokens.getAccessToken().getValue());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void idTokenPresentedAsAccessTokenIsRefused() {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid", user);

        TestHttp.Response r = server.http().get("/oauth2/userinfo", tokens.getIDTokenString());

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void tokenBothInHeaderAndBodyIsInvalidRequest() {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid", user);
        String access = tokens.getAccessToken().getValue();

        TestHttp.Response r = server.http().send(java.net.http.HttpRequest.newBuilder(app.endpoint("/oauth2/userinfo"))
                .header("Authorization", "Bearer " + access).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("access_token=" + access)).build());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_request\"");
    }

    @Test
    void theAuthorizationHeaderIsReadAsTheAccountApiReadsIt() {
        String access = signIn("openid", RelyingParty.newUser(server, List.of("user"))).getAccessToken().getValue();

        for (String header : BearerHeaders.accepted(access)) {
            assertThat(userInfo(header).status()).as("[%s]", header).isEqualTo(200);
        }
        for (String header : BearerHeaders.refused(access)) {
            TestHttp.Response r = userInfo(header);
            // RFC 6750 §3.1: not a Bearer credential at all is a malformed request.
            assertThat(r.status()).as("[%s]", header).isEqualTo(400);
            assertThat(r.header("WWW-Authenticate")).as("[%s]", header).contains("error=\"invalid_request\"");
        }
    }

    private static TestHttp.Response userInfo(String authorization) {
        return server.http().send(java.net.http.HttpRequest.newBuilder(app.endpoint("/oauth2/userinfo"))
                .header("Authorization", authorization).GET().build());
    }

    @Test
    void tokenInTheQueryStringIsIgnored() {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid", user);

        TestHttp.Response r = server.http().get("/oauth2/userinfo?access_token=" + tokens.getAccessToken().getValue());

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void aNameAndEmailChangedThroughGatehouseShowAtTheNextRequest() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid profile email", user);
        String id = subject(tokens);
        assertThat(userInfo(tokens, false).getName()).isEqualTo("Name " + user);
        assertThat(userInfo(tokens, false).getEmailAddress()).as("now answered from memory").isEqualTo(user + "@example.com");

        server.gatehouse().services().userAdmin().update(ADMIN, id, Optional.of("Renamed " + user), false,
                Optional.of("moved." + user + "@example.com"), null, true);
        UserInfo changed = userInfo(tokens, false);
        assertThat(changed.getName()).isEqualTo("Renamed " + user);
        assertThat(changed.getEmailAddress()).isEqualTo("moved." + user + "@example.com");
        assertThat(changed.getEmailVerified()).isTrue();

        server.gatehouse().services().userAdmin().update(ADMIN, id, Optional.empty(), true, Optional.empty(), null, null);
        assertThat(userInfo(tokens, true).getName()).as("a cleared name is left out").isNull();
    }

    @Test
    void aUserDisabledOrDeletedIsInvalidTokenAtTheNextRequest() throws Exception {
        OIDCTokens disabled = signIn("openid profile", RelyingParty.newUser(server, List.of("user")));
        OIDCTokens deleted = signIn("openid email", RelyingParty.newUser(server, List.of("user")));
        for (OIDCTokens tokens : List.of(disabled, deleted)) {
            userInfo(tokens, false);
            userInfo(tokens, false);
        }

        server.gatehouse().services().userAdmin().update(ADMIN, subject(disabled), Optional.empty(), false, Optional.empty(), true, null);
        server.gatehouse().services().userAdmin().delete(ADMIN, subject(deleted));

        for (OIDCTokens tokens : List.of(disabled, deleted)) {
            TestHttp.Response r = server.http().get("/oauth2/userinfo", tokens.getAccessToken().getValue());
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
    }

    /**
     * What no write through Gatehouse tells the node of (SQL behind its back, a CLI command beside a SQLite
     * server) is answered from memory until {@code session.cache.ttl} has passed, never longer.
     */
    @Test
    void aChangeBehindTheServersBackShowsOnceTheSessionCacheTtlHasPassed() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid profile", user);
        assertThat(userInfo(tokens, false).getName()).isEqualTo("Name " + user);

        try (Connection c = DriverManager.getConnection(server.config().database().url());
             PreparedStatement s = c.prepareStatement("UPDATE users SET name = ? WHERE id = ?")) {
            s.setString(1, "Renamed behind its back");
            s.setString(2, subject(tokens));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(userInfo(tokens, false).getName()).as("answered from memory, no read").isEqualTo("Name " + user);

        clock.advance(server.config().tokens().sessionCacheTtl());
        assertThat(userInfo(tokens, false).getName()).isEqualTo("Renamed behind its back");
    }

    @Test
    void answerIsNotStoredAndHasTheClaimsAsJson() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        OIDCTokens tokens = signIn("openid profile email", user);

        TestHttp.Response r = server.http().get("/oauth2/userinfo", tokens.getAccessToken().getValue());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().path("sub").asText()).isEqualTo(subject(tokens));
        assertThat(r.json().path("preferred_username").asText()).isEqualTo(user);
        assertThat(r.json().path("email_verified").isBoolean()).isTrue();
        assertThat(r.json().size()).as("sub, preferred_username, name, email, email_verified").isEqualTo(5);
    }
}
