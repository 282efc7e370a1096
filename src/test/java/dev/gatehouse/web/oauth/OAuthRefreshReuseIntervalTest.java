package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.gatehouse.account.User;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The refresh_token grant with the default {@code refresh.reuse.interval} (10 s): the same client
 * repeating its just-rotated token gets the same successor; another client, a later repeat or a
 * token two rotations old is reuse (RFC 9700 §4.14.2) and revokes the session.
 */
class OAuthRefreshReuseIntervalTest {
    private static final List<String> GRANTED = List.of("openid", "admin:users:read", "admin:keys:write");
    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static TestServer server;
    private static OAuthFixture oauth;
    private static int users;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(CLOCK).start();
        oauth = new OAuthFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SessionService.Issued sessionFor(String clientId) {
        User user = server.gatehouse().services().accounts().create("intervaluser" + (++users), "correct horse battery staple", null, null,
                List.of("user", "admin"), null);
        return server.gatehouse().services().sessions().start(user.id(), clientId, GRANTED, "test", "127.0.0.1");
    }

    private static OAuthFixture.Registered client() {
        return oauth.confidential("client_secret_basic", List.of("refresh_token"), GRANTED);
    }

    private static HTTPResponse refresh(ClientAuthentication auth, String token, Scope scope) {
        return OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), auth, new RefreshTokenGrant(new RefreshToken(token)), scope)
                .toHTTPRequest());
    }

    private static AccessTokenResponse success(HTTPResponse response) {
        TokenResponse parsed = OAuthFixture.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getStatusCode() + " " + response.getBody()).isTrue();
        return parsed.toSuccessResponse();
    }

    private static String error(HTTPResponse response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
        return OAuthFixture.parse(response).toErrorResponse().getErrorObject().getCode();
    }

    private static String refreshToken(AccessTokenResponse r) {
        return r.getTokens().getRefreshToken().getValue();
    }

    @Test
    void twoConcurrentRefreshesOfOneTokenBySameClientThenBothGetTheSameSuccessor() throws Exception {
        OAuthFixture.Registered c = client();
        SessionService.Issued s = sessionFor(c.clientId());

        List<HTTPResponse> both = Concurrently.run(2, () -> refresh(c.basic(), s.refreshToken(), null));

        String successor = refreshToken(success(both.get(0)));
        assertThat(refreshToken(success(both.get(1)))).isEqualTo(successor).isNotEqualTo(s.refreshToken());
        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isTrue();
        assertThat(refreshToken(success(refresh(c.basic(), successor, null)))).isNotEqualTo(successor);
    }

    @Test
    void repeatWithinTheIntervalBySameClientThenSameSuccessorAndAFreshAccessToken() {
        OAuthFixture.Registered c = client();
        SessionService.Issued s = sessionFor(c.clientId());
        AccessTokenResponse first = success(refresh(c.basic(), s.refreshToken(), null));
        CLOCK.advance(Duration.ofSeconds(9));

        AccessTokenResponse retry = success(refresh(c.basic(), s.refreshToken(), new Scope("openid")));

        assertThat(refreshToken(retry)).isEqualTo(refreshToken(first));
        assertThat(retry.getTokens().getAccessToken().getValue()).isNotEqualTo(first.getTokens().getAccessToken().getValue());
        assertThat(retry.getTokens().getAccessToken().getScope()).isEqualTo(new Scope("openid"));
        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isTrue();
    }

    @Test
    void repeatWithinTheIntervalAskingForMoreThanTheGrantIsInvalidScopeAndKeepsTheSession() {
        OAuthFixture.Registered c = client();
        SessionService.Issued s = sessionFor(c.clientId());
        AccessTokenResponse first = success(refresh(c.basic(), s.refreshToken(), null));

        assertThat(error(refresh(c.basic(), s.refreshToken(), new Scope("openid", "admin:roles:write")))).isEqualTo("invalid_scope");

        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isTrue();
        success(refresh(c.basic(), refreshToken(first), null));
    }

    @Test
    void repeatWithinTheIntervalByAnotherClientIsInvalidGrantAndRevokesTheSession() {
        OAuthFixture.Registered owner = client();
        OAuthFixture.Registered other = client();
        SessionService.Issued s = sessionFor(owner.clientId());
        AccessTokenResponse first = success(refresh(owner.basic(), s.refreshToken(), null));

        // A token of one client in another's hands has leaked: reuse, not an honest repeat (RFC 6749 §6, RFC 9700 §4.14.2).
        assertThat(error(refresh(other.basic(), s.refreshToken(), null))).isEqualTo("invalid_grant");

        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isFalse();
        assertThat(error(refresh(owner.basic(), refreshToken(first), null))).isEqualTo("invalid_grant");
    }

    @Test
    void repeatAfterTheIntervalIsInvalidGrantAndRevokesTheSession() {
        OAuthFixture.Registered c = client();
        SessionService.Issued s = sessionFor(c.clientId());
        AccessTokenResponse first = success(refresh(c.basic(), s.refreshToken(), null));
        CLOCK.advance(Duration.ofSeconds(11));

        assertThat(error(refresh(c.basic(), s.refreshToken(), null))).isEqualTo("invalid_grant");

        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isFalse();
        assertThat(error(refresh(c.basic(), refreshToken(first), null))).isEqualTo("invalid_grant");
        assertThat(server.http().get("/oauth2/userinfo", first.getTokens().getAccessToken().getValue()).status()).isEqualTo(401);
    }

    @Test
    void repeatOfATokenTwoRotationsOldIsInvalidGrantAndRevokesTheSession() {
        OAuthFixture.Registered c = client();
        SessionService.Issued s = sessionFor(c.clientId());
        AccessTokenResponse second = success(refresh(c.basic(), s.refreshToken(), null));
        AccessTokenResponse third = success(refresh(c.basic(), refreshToken(second), null));

        assertThat(error(refresh(c.basic(), s.refreshToken(), null))).isEqualTo("invalid_grant");

        assertThat(server.gatehouse().services().sessions().isLive(s.session().id())).isFalse();
        assertThat(error(refresh(c.basic(), refreshToken(third), null))).isEqualTo("invalid_grant");
    }
}
