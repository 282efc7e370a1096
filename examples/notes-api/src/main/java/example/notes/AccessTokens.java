package example.notes;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates Gatehouse access tokens (RFC 9068) the way every resource server should: signature by a
 * key from the published JWKS (fetched once, cached, refetched when an unknown {@code kid} shows up
 * after a key rotation), {@code typ: at+jwt}, exact issuer, this API's audience, and expiry.
 */
final class AccessTokens {
    /** Thrown for any token that must not be trusted; the message is safe to return to the caller. */
    static final class InvalidToken extends Exception {
        InvalidToken(String message) {
            super(message);
        }
    }

    /** What a route needs from a valid token. */
    record Caller(String subject, Set<String> permissions) {
        boolean has(String permission) {
            return permissions.contains(permission);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    AccessTokens(String issuer, String jwksUri, String audience) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUri).toURL()).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad JWKS URL: " + jwksUri, e);
        }
        // RFC 9068 §4: the resource server MUST check typ, so an ID token cannot pass for an access token.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        // Only the algorithms Gatehouse signs with; never "none" and never HMAC with a public key.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        // Exact issuer and this API's audience; sub and exp must be present. Expiry is checked with a
        // small clock skew allowance.
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Arrays.asList("sub", "exp", "iat"))));
    }

    Caller validate(String token) throws InvalidToken {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String scope = claims.getStringClaim("scope");
            Set<String> permissions = scope == null || scope.isBlank() ? Set.of() : Set.of(scope.trim().split(" +"));
            return new Caller(claims.getSubject(), permissions);
        } catch (ParseException e) {
            throw new InvalidToken("The access token is malformed");
        } catch (Exception e) {
            // BadJOSEException (signature, type, claims) or JOSEException (key lookup): the reason is
            // logged by the caller if needed; the client only learns that the token is invalid.
            throw new InvalidToken("The access token is invalid or expired");
        }
    }
}
