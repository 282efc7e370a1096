package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redeeming codes at the token endpoint: single use (a later redemption revokes what the first
 * issued), exactly one winner in parallel, bound to client, redirect URI and PKCE verifier, short-lived.
 */
class AuthorizationCodeRedemptionTest {
    private static final List<String> SCOPES = List.of("openid", "offline_access");
    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(CLOCK).start();
        app = RelyingParty.confidential(server, SCOPES, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String code(RelyingParty rp, RelyingParty.Request req) {
        String user = RelyingParty.newUser(server, List.of("user"));
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        return RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
    }

    private static String errorCode(HTTPResponse response) {
        TokenResponse parsed = OAuthFixture.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getBody()).isFalse();
        return ((TokenErrorResponse) parsed).getErrorObject().getCode();
    }

    @Test
    void wrongVerifierIsInvalidGrant() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);

        assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, new CodeVerifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void missingVerifierIsInvalidGrant() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);

        HTTPResponse r = OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(RelyingParty.REDIRECT))).toHTTPRequest());

        assertThat(errorCode(r)).isEqualTo("invalid_grant");
    }

    @Test
    void failedVerifierSpendsTheCode() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);
        app.redeem(app.auth(), code, RelyingParty.REDIRECT, new CodeVerifier());

        assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void codeReuseIsInvalidGrantAndRevokesTheTokensOfTheFirstRedemption() {
        RelyingParty.Request req = app.request("openid offline_access");
        String code = code(app, req);
        OIDCTokens first = app.tokens(code, req);
        // The server's clock stands still here; a replay is one that arrives after the first redemption.
        CLOCK.advance(Duration.ofSeconds(1));

        assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");

        HTTPResponse refresh = OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new RefreshTokenGrant(first.getRefreshToken())).toHTTPRequest());
        assertThat(errorCode(refresh)).isEqualTo("invalid_grant");
        assertThat(server.http().get("/oauth2/userinfo", first.getAccessToken().getValue()).status()).isEqualTo(401);
    }

    @Test
    void parallelRedemptionsExactlyOneSucceedsAndTheConcurrentLosersLeaveItsSessionLive() throws Exception {
        RelyingParty own = RelyingParty.confidential(server, SCOPES, true);
        RelyingParty.Request req = own.request("openid offline_access");
        String code = code(own, req);

        List<Integer> statuses = Concurrently.run(6, () -> own.redeem(own.auth(), code, RelyingParty.REDIRECT, req.verifier()).getStatusCode());

        // One redemption wins the code; the others fail. Those that ran while the winner was still in
        // flight revoke nothing, and any that came after it revoked its session: so at most one session,
        // live exactly when no loser came after (ParallelCodeRedemptionTest checks the winner's tokens).
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(5);
        int sessions = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sessions WHERE client_id = :c").bind("c", own.clientId).mapTo(Integer.class).one());
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void codeWhoseSignInEndedBeforeRedemptionIsInvalidGrant() {
        RelyingParty.Request req = app.request("openid offline_access");
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
        // The user signs out at the hosted page before the application redeems the code.
        assertThat(browser.post("/logout", Browser.hiddenInputs(browser.get("/logout").body())).status()).isEqualTo(303);

        assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void codeRedeemedByAnotherClientIsInvalidGrant() {
        RelyingParty other = RelyingParty.confidential(server, SCOPES, true);
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);

        assertThat(errorCode(other.redeem(other.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void codeWithADifferentRedirectUriIsInvalidGrant() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);

        assertThat(errorCode(app.redeem(app.auth(), code, "https://app.example/other", req.verifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void expiredCodeIsInvalidGrant() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);
        CLOCK.advance(Duration.ofSeconds(61));

        assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void codeJustBeforeExpiryIsRedeemed() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);
        CLOCK.advance(Duration.ofSeconds(55));

        assertThat(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()).getStatusCode()).isEqualTo(200);
    }

    @Test
    void unknownCodeIsInvalidGrant() {
        assertThat(errorCode(app.redeem(app.auth(), "A".repeat(43), RelyingParty.REDIRECT, new CodeVerifier()))).isEqualTo("invalid_grant");
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        RelyingParty.Request req = app.request("openid");
        String code = code(app, req);

        HTTPResponse r = app.redeem(new com.nimbusds.oauth2.sdk.auth.ClientSecretBasic(new ClientID(app.clientId),
                new com.nimbusds.oauth2.sdk.auth.Secret("wrong-secret-wrong-secret-wrong-secret")), code, RelyingParty.REDIRECT, req.verifier());

        assertThat(errorCode(r)).isEqualTo("invalid_client");
    }

    @Test
    void publicClientRedeemsWithoutSecretOnALoopbackPort() {
        RelyingParty pub = RelyingParty.publicClient(server, List.of("http://127.0.0.1/callback"), List.of("openid"));
        String redirect = "http://127.0.0.1:49152/callback";
        CodeVerifier verifier = new CodeVerifier();
        URI authz = new com.nimbusds.openid.connect.sdk.AuthenticationRequest.Builder(com.nimbusds.oauth2.sdk.ResponseType.CODE,
                com.nimbusds.oauth2.sdk.Scope.parse("openid"), new ClientID(pub.clientId), URI.create(redirect))
                .endpointURI(pub.endpoint("/oauth2/authorize")).state(new com.nimbusds.oauth2.sdk.id.State())
                .codeChallenge(verifier, com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod.S256).build().toURI();
        String user = RelyingParty.newUser(server, List.of("user"));
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), authz.getRawPath() + "?" + authz.getRawQuery(), user, "allow");
        assertThat(back.toString()).startsWith(redirect + "?code=");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();

        HTTPResponse r = OAuthFixture.send(new TokenRequest(pub.endpoint("/oauth2/token"), new ClientID(pub.clientId),
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(redirect), verifier)).toHTTPRequest());

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
    }
}
