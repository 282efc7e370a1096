package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.FakeSigningKeyStore;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.rbac.Grants;
import dev.gatehouse.testing.MutableClock;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one token builder: the claims that differ between the built-in login's tokens, a user's token for
 * another application and a client's own token (RFC 9068 §2.2, OIDC Core §2 {@code auth_time}).
 */
class TokenServiceTest {
    private static final String OWN = "https://api.gatehouse.test";
    private static final Instant SIGNED_IN = Instant.parse("2030-01-01T08:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final KeyService keys = new KeyService(new FakeSigningKeyStore(), MasterKey.generate(), clock, "ES256",
            Duration.ofMinutes(15));
    private final TokenService tokens = new TokenService(new AccessTokenIssuer(keys, "https://id.gatehouse.test", clock), OWN,
            Duration.ofMinutes(5));
    private final Grants grants = new Grants(List.of("editor"), Set.of("notes:read", "notes:write"));

    TokenServiceTest() {
        keys.ensureActiveKey();
    }

    private Session session(String clientId, List<String> scope) {
        return new Session("sess-1", "user-1", clientId, scope, SIGNED_IN, SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(1)), null,
                null, null, SIGNED_IN, List.of());
    }

    @Test
    void firstPartyLoginWhenIssuedThenOwnAudienceDefaultTtlConfiguredAlgAndUserClaims() throws ParseException {
        TokenResponse r = tokens.issue("user-1", session("gatehouse-web", null), grants, "refresh-1");

        SignedJWT jwt = SignedJWT.parse(r.accessToken());
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(c.getAudience()).containsExactly(OWN);
        assertThat(c.getSubject()).isEqualTo("user-1");
        assertThat(c.getStringClaim("client_id")).isEqualTo("gatehouse-web");
        assertThat(c.getStringListClaim("roles")).containsExactly("editor");
        assertThat(c.getStringClaim("sid")).isEqualTo("sess-1");
        assertThat(c.getLongClaim("auth_time")).isEqualTo(SIGNED_IN.getEpochSecond());
        // A login without scope: the user's current permissions.
        assertThat(c.getStringClaim("scope")).isEqualTo("notes:read notes:write");
        assertThat(lifetime(c)).isEqualTo(Duration.ofMinutes(5));
        assertThat(r).extracting(TokenResponse::tokenType, TokenResponse::expiresIn, TokenResponse::refreshToken, TokenResponse::scope)
                .containsExactly("Bearer", 300L, "refresh-1", "notes:read notes:write");
    }

    @Test
    void otherClientsUserTokenWhenIssuedThenClientsAudienceTtlAndAlgWithUserClaims() throws ParseException {
        Session s = session("notes-app", List.of("openid", "notes:read"));
        TokenResponse r = tokens.issue(new TokenService.Recipient("notes-app", List.of("https://notes.example"), Duration.ofMinutes(2),
                "RS256"), TokenService.Subject.user("user-1", grants.roles(), s), List.of("notes:read", "openid"), null);

        SignedJWT jwt = SignedJWT.parse(r.accessToken());
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(c.getAudience()).containsExactly("https://notes.example");
        assertThat(c.getSubject()).isEqualTo("user-1");
        assertThat(c.getStringClaim("client_id")).isEqualTo("notes-app");
        assertThat(c.getStringListClaim("roles")).containsExactly("editor");
        assertThat(c.getStringClaim("sid")).isEqualTo("sess-1");
        assertThat(c.getLongClaim("auth_time")).isEqualTo(SIGNED_IN.getEpochSecond());
        assertThat(c.getStringClaim("scope")).isEqualTo("notes:read openid");
        assertThat(lifetime(c)).isEqualTo(Duration.ofMinutes(2));
        assertThat(r.expiresIn()).isEqualTo(120L);
        assertThat(r.refreshToken()).isNull();
    }

    @Test
    void clientCredentialsWhenIssuedThenSubjectIsClientWithoutRolesSessionOrAuthTime() throws ParseException {
        TokenResponse r = tokens.issue(new TokenService.Recipient("reporting", List.of("reporting"), null, null),
                TokenService.Subject.client("reporting"), List.of(), null);

        SignedJWT jwt = SignedJWT.parse(r.accessToken());
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(c.getSubject()).isEqualTo("reporting");
        assertThat(c.getStringClaim("client_id")).isEqualTo("reporting");
        assertThat(c.getAudience()).containsExactly("reporting");
        assertThat(c.getClaims()).doesNotContainKeys("roles", "sid", "auth_time", "scope");
        assertThat(lifetime(c)).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.scope()).isEmpty();
        assertThat(r.refreshToken()).isNull();
    }

    private static Duration lifetime(JWTClaimsSet c) {
        return Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant());
    }
}
