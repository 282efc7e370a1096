package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ID tokens carry the standard claims of the granted scopes (OIDC Core §5.4, API.md §8), exactly as
 * userinfo serves them: profile gives preferred_username and name, email gives email and
 * email_verified; nothing that was not granted.
 */
class IdTokenClaimsTest {
    private static final List<String> PROFILE_EMAIL = List.of("preferred_username", "name", "email", "email_verified");
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid", "profile", "email", "offline_access"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JWTClaimsSet idToken(String user, String scope) throws Exception {
        RelyingParty.Request req = app.request(scope);
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        return app.idTokenValidator().validate(tokens.getIDToken(), req.nonce()).toJWTClaimsSet();
    }

    @Test
    void openidAloneCarriesNoProfileOrEmailClaims() throws Exception {
        JWTClaimsSet claims = idToken(RelyingParty.newUser(server, List.of("user")), "openid");
        assertThat(claims.getClaims()).doesNotContainKeys(PROFILE_EMAIL.toArray(String[]::new));
    }

    @Test
    void profileAndEmailCarryTheirClaims() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        JWTClaimsSet claims = idToken(user, "openid profile email");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo(user);
        assertThat(claims.getStringClaim("name")).isEqualTo("Name " + user);
        assertThat(claims.getStringClaim("email")).isEqualTo(user + "@example.com");
        assertThat(claims.getBooleanClaim("email_verified")).isFalse();
    }

    @Test
    void eachScopeReleasesOnlyItsOwnClaims() throws Exception {
        JWTClaimsSet profile = idToken(RelyingParty.newUser(server, List.of("user")), "openid profile");
        assertThat(profile.getClaims()).containsKeys("preferred_username", "name").doesNotContainKeys("email", "email_verified");
        JWTClaimsSet email = idToken(RelyingParty.newUser(server, List.of("user")), "openid email");
        assertThat(email.getClaims()).containsKeys("email", "email_verified").doesNotContainKeys("preferred_username", "name");
    }

    @Test
    void unknownNameAndNoEmailAreLeftOutRatherThanNull() throws Exception {
        String user = "bare" + System.nanoTime() % 1_000_000;
        var created = server.gatehouse().services().accounts().create(user, RelyingParty.PASSWORD, null, null, List.of("user"), null);
        JWTClaimsSet claims = idToken(user, "openid profile email");
        assertThat(claims.getSubject()).isEqualTo(created.id());
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo(user);
        assertThat(claims.getClaims()).doesNotContainKeys("name", "email", "email_verified");
    }
}
