package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md 5.7: the ID token of a request with {@code max_age} carries {@code auth_time}, the
 * time the user last signed in (OIDC Core §3.1.2.1 "max_age": "the auth_time Claim value is
 * REQUIRED"; §2), so the relying party can check the sign-in is as recent as it asked.
 */
class IdTokenAuthTimeTest {
    @Test
    void idTokenWhenRequestHasMaxAgeThenCarriesAuthTimeOfTheLastSignIn() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).start()) {
            RelyingParty app = RelyingParty.confidential(server, List.of("openid"), true);
            String user = RelyingParty.newUser(server, List.of("user"));
            Browser browser = new Browser(server.baseUrl());
            Instant firstSignIn = clock.instant();
            RelyingParty.browse(browser, app.request("openid").path(), user, "allow");

            clock.advance(Duration.ofMinutes(10));
            assertThat(authTime(app, browser, user, 3600)).as("signed in 10 minutes ago, within max_age")
                    .isEqualTo(firstSignIn.getEpochSecond());

            Instant forced = clock.instant();
            assertThat(authTime(app, browser, user, 0)).as("max_age=0 forces a new sign-in").isEqualTo(forced.getEpochSecond());

            clock.advance(Duration.ofHours(2));
            Instant again = clock.instant();
            assertThat(authTime(app, browser, user, 3600)).as("older than max_age: a new sign-in").isEqualTo(again.getEpochSecond());
        }
    }

    /** The auth_time of the ID token of a code flow with {@code max_age}; fails when the claim is absent. */
    private static long authTime(RelyingParty app, Browser browser, String user, int maxAge) throws Exception {
        RelyingParty.Request req = app.request("openid", b -> b.maxAge(maxAge));
        String code = RelyingParty.parse(RelyingParty.browse(browser, req.path(), user, "allow")).toSuccessResponse()
                .getAuthorizationCode().getValue();
        JWTClaimsSet claims = app.tokens(code, req).getIDToken().getJWTClaimsSet();
        assertThat(claims.getClaims()).as("ID token claims").containsKey("auth_time");
        return claims.getLongClaim("auth_time");
    }
}
