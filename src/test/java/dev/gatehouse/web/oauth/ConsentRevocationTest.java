package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user sees the applications they allowed (GET /api/v1/me/consents) and withdraws one
 * (DELETE /api/v1/me/consents/{client_id}): the next authorization asks again, and the app's
 * refresh token stops working at once.
 */
class ConsentRevocationTest {
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void revokedConsentIsListedNoMoreAndEndsTheAppsRefreshToken() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.Request req = app.request("openid offline_access");
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        String own = server.http().login(user, RelyingParty.PASSWORD).path("access_token").asText();

        JsonNode list = server.http().get("/api/v1/me/consents", own).json();
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("client_id").asText()).isEqualTo(app.clientId);
        assertThat(list.path("items").get(0).path("scopes").toString()).contains("offline_access");

        TestHttp.Response revoked = server.http().send("DELETE", "/api/v1/me/consents/" + app.clientId, (String) null, null, own);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(server.http().get("/api/v1/me/consents", own).json().path("items")).isEmpty();

        HTTPResponse refresh = OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new RefreshTokenGrant(tokens.getRefreshToken())).toHTTPRequest());
        assertThat(refresh.getStatusCode()).isEqualTo(400);
        assertThat(refresh.getBody()).contains("invalid_grant");
        // The next authorization asks again: the consent page, not a code.
        TestHttp.Response again = browser.get(app.request("openid offline_access").path());
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.header("Location")).contains("/consent");
    }

    @Test
    void revokingAConsentThatIsNotTheUsersIsNotFound() {
        String user = RelyingParty.newUser(server, List.of("user"));
        String own = server.http().login(user, RelyingParty.PASSWORD).path("access_token").asText();
        assertThat(server.http().send("DELETE", "/api/v1/me/consents/" + app.clientId, (String) null, null, own).status())
                .isEqualTo(404);
        assertThat(server.http().send("DELETE", "/api/v1/me/consents/nobody", (String) null, null, own).status()).isEqualTo(404);
        assertThat(server.http().send("DELETE", "/api/v1/me/consents/" + app.clientId, (String) null, null, null).status())
                .isEqualTo(401);
    }
}
