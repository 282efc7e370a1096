package dev.gatehouse.federation.upstream;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The claims half of ID token validation (OpenID Connect Core §3.1.3.7 steps 2-4 and 9-11), against
 * the server's clock: issuer, audience, authorized party, expiry, issue time and nonce.
 *
 * @param issuer    whether the token's {@code iss} is the provider's (equality; a template for
 *                  Microsoft's multi-tenant endpoints, judged with the token's {@code tid})
 * @param audiences the accepted {@code aud} values: the client id, plus for native sign-ins the
 *                  configured app audiences
 * @param nonce     whether the token's {@code nonce} (null when absent) is acceptable
 */
record IdTokenClaims(Predicate<JWTClaimsSet> issuer, Set<String> audiences, NonceRule nonce) {
    /** Clock difference tolerated between this server and the provider. */
    static final Duration SKEW = Duration.ofSeconds(60);

    @FunctionalInterface
    interface NonceRule {
        boolean accepts(String tokenNonce);
    }

    void check(JWTClaimsSet claims, Instant now) throws UpstreamException {
        if (claims.getSubject() == null || claims.getSubject().isEmpty()) throw invalid("no sub");
        if (claims.getIssuer() == null || !issuer.test(claims)) throw invalid("iss is not the provider's");
        List<String> aud = claims.getAudience();
        // Core §3.1.3.7 step 3: the client must be an audience; step 4: azp, when several audiences.
        if (aud == null || aud.stream().noneMatch(audiences::contains)) throw invalid("aud does not name this client");
        String azp;
        try {
            azp = claims.getStringClaim("azp");
        } catch (ParseException e) {
            throw invalid("azp is not a string");
        }
        if (aud.size() > 1 && azp == null) throw invalid("several audiences and no azp");
        if (azp != null && !audiences.contains(azp)) throw invalid("azp is not this client");
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) throw invalid("no exp or iat");
        if (!exp.toInstant().plus(SKEW).isAfter(now)) throw invalid("expired");
        if (iat.toInstant().minus(SKEW).isAfter(now)) throw invalid("issued in the future");
        String tokenNonce;
        try {
            tokenNonce = claims.getStringClaim("nonce");
        } catch (ParseException e) {
            throw invalid("nonce is not a string");
        }
        if (!nonce.accepts(tokenNonce)) throw invalid("nonce does not match");
    }

    private static UpstreamException invalid(String why) {
        return new UpstreamException(Reason.INVALID, "ID token: " + why);
    }
}
