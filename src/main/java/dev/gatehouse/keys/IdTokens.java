package dev.gatehouse.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs OpenID Connect ID tokens with the active key of the client's algorithm, and checks that an ID token presented back to
 * the server (an {@code id_token_hint}) was signed by one of its published keys.
 */
public final class IdTokens {
    private static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final KeyService keys;
    private final String issuer;

    public IdTokens(KeyService keys, String issuer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /**
     * Signs {@code claims} ({@code typ: JWT}) with the active key of {@code alg}, created on first use.
     *
     * @param alg the client's {@code id_token_signed_response_alg} (OIDC Dynamic Client Registration §2)
     * @throws IllegalArgumentException when {@code alg} is not one of {@link KeyService#ALGORITHMS}
     */
    public String sign(JWTClaimsSet claims, String alg) {
        LoadedKey key = keys.activeKey(SigningKeyFactory.requireSupported(alg));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(key.algorithm()).type(JOSEObjectType.JWT).keyID(key.kid()).build(), claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing the ID token failed", e);
        }
        return jwt.serialize();
    }

    /**
     * The claims of an ID token this server issued: the signature verifies with a published key of the
     * algorithm that key has (the token's header never chooses the key or algorithm, RFC 8725 §3.1) and
     * {@code iss} is exactly this issuer. Expiry is NOT checked: OIDC RP-Initiated Logout 1.0 §2 accepts
     * an expired ID token as a hint.
     */
    public Optional<JWTClaimsSet> verifyIgnoringExpiry(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) return Optional.empty();
        // RFC 7515 §7.1: three base64url parts and nothing else; the parser would trim surrounding controls and spaces.
        if (!COMPACT.matcher(token).matches()) return Optional.empty();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader h = jwt.getHeader();
            // Keys named or carried by the token are never used (RFC 8725 §3.10).
            if (h.getJWK() != null || h.getJWKURL() != null || h.getX509CertURL() != null || h.getX509CertChain() != null
                    || h.getCriticalParams() != null || h.getKeyID() == null) {
                return Optional.empty();
            }
            // RFC 8725 §3.11: the ID tokens signed here are typed JWT; an access token (at+jwt), signed by the
            // same keys, is not a hint.
            if (h.getType() != null && !h.getType().getType().equalsIgnoreCase(JOSEObjectType.JWT.getType())) return Optional.empty();
            LoadedKey key = keys.verificationKey(h.getKeyID());
            if (key == null || !key.algorithm().equals(h.getAlgorithm())) return Optional.empty();
            // RFC 7515 §2: base64url has one spelling. The parser skips characters outside the alphabet and
            // ignores unused low bits, so without this a hint could be re-spelled and still verify.
            if (!Base64URL.encode(jwt.getSignature().decode()).toString().equals(jwt.getSignature().toString())) return Optional.empty();
            byte[] signingInput = jwt.getSigningInput();
            boolean ok = key.verifier().verify(key.verifyHeader(), signingInput, jwt.getSignature());
            if (!ok) return Optional.empty();
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) return Optional.empty();
            return Optional.of(claims);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

}
