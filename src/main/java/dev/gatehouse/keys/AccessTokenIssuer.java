package dev.gatehouse.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/** Issues RFC 9068 JWT access tokens signed with the active key of the configured or the client's algorithm. */
public final class AccessTokenIssuer {

    /** RFC 9068 §2.1: the {@code typ} of a JWT access token. */
    static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private final KeyService keys;
    private final String issuer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param issuer the exact {@code iss} (GATEHOUSE_ISSUER) */
    public AccessTokenIssuer(KeyService keys, String issuer, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        this.issuer = issuer;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@link #issue(AccessTokenRequest, String)} with the configured algorithm ({@code token.signing.alg}). */
    public IssuedToken issue(AccessTokenRequest r) {
        return issue(r, null);
    }

    /**
     * Signs a new access token.
     *
     * @param alg the client's {@code access_token_signed_response_alg}, whose active key is created on first
     *            use; null = the configured algorithm
     * @throws IllegalArgumentException when {@code r.ttl()} exceeds the TTL the key rotation accounts for, or
     *                                  {@code alg} is not one of {@link KeyService#ALGORITHMS}
     * @throws IllegalStateException    when no active key is loaded or signing fails
     */
    public IssuedToken issue(AccessTokenRequest r, String alg) {
        if (r.ttl().compareTo(keys.accessTokenTtl()) > 0) {
            // A token outliving the publication window of its key would stop verifying after a rotation.
            throw new IllegalArgumentException("access token ttl " + r.ttl() + " exceeds the configured maximum "
                    + keys.accessTokenTtl());
        }
        LoadedKey key = alg == null ? keys.signingKey() : keys.activeKey(SigningKeyFactory.requireSupported(alg));
        Instant iat = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant exp = iat.plus(r.ttl()).truncatedTo(ChronoUnit.SECONDS);
        String jti = randomId();

        // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat, jti required; scope when granted.
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(r.subject())
                .audience(r.audience())
                .expirationTime(Date.from(exp))
                .issueTime(Date.from(iat))
                .jwtID(jti)
                .claim("client_id", r.clientId());
        if (!r.scope().isEmpty()) {
            claims.claim("scope", String.join(" ", r.scope()));
        }
        if (r.roles() != null) {
            claims.claim("roles", r.roles());
        }
        if (r.sessionId() != null) {
            claims.claim("sid", r.sessionId());
        }
        if (r.authTime() != null) {
            // RFC 9068 §2.2.1 / OIDC Core §2: when the user signed in, in seconds; unchanged by refreshes.
            claims.claim("auth_time", r.authTime().getEpochSecond());
        }
        if (!r.amr().isEmpty()) {
            // RFC 8176 §2: how the user signed in, kept across refreshes like auth_time (API.md §7).
            claims.claim("amr", r.amr());
        }
        // RFC 9068 §2.1: typ at+jwt, so the token cannot pass for an ID token (RFC 8725 §3.11).
        JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(AT_JWT).keyID(key.kid()).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing the access token failed", e);
        }
        return new IssuedToken(jwt.serialize(), jti, iat, exp);
    }

    /** 128 bits from the CSPRNG, base64url. */
    private String randomId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
