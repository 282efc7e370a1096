package dev.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Sign in with Apple on loopback: a {@link StubOpenIdProvider} whose token endpoint accepts only
 * Apple's client secret, an ES256 JWT ({@code iss} the team id, {@code sub} the client id, {@code aud}
 * the issuer, {@code kid} the key id, unexpired, at most six months long) signed with the team key
 * whose PEM {@link #privateKeyPem()} gives, sent as {@code client_secret_post}; form_post answers
 * carry {@link StubOpenIdProvider#formPostUser}; ID tokens carry Apple's string-typed
 * {@code email_verified}.
 */
public final class StubApple implements AutoCloseable {
    public final String teamId = "TEAM123456";
    public final String keyId = "KEY1234567";
    public final String clientId = "com.example.web";
    public final StubOpenIdProvider idp;
    private final ECKey teamKey;
    /** Why the last client secret was refused, for assertions. */
    public volatile String lastRefusal;

    public StubApple() throws IOException {
        idp = new StubOpenIdProvider();
        try {
            teamKey = new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        idp.authMethods = List.of("client_secret_post");
        idp.extraClaims = Map.of("email", "x7k2@privaterelay.appleid.com", "email_verified", "true", "is_private_email", "true");
        idp.clientCheck = this::clientSecretValid;
    }

    /** The team's private key as Apple hands it out (a .p8 file: PKCS #8 PEM). */
    public String privateKeyPem() throws JOSEException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(teamKey.toECPrivateKey().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    public String issuer() {
        return idp.base();
    }

    @Override
    public void close() {
        idp.close();
    }

    private boolean clientSecretValid(StubOpenIdProvider.TokenRequest request) {
        lastRefusal = check(request);
        return lastRefusal == null;
    }

    private String check(StubOpenIdProvider.TokenRequest request) {
        if (request.authorization() != null) return "client_secret_basic used";
        if (!clientId.equals(request.form().get("client_id"))) return "client_id";
        try {
            SignedJWT jwt = SignedJWT.parse(request.form().get("client_secret"));
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !keyId.equals(jwt.getHeader().getKeyID())) return "header";
            if (!jwt.verify(new ECDSAVerifier(teamKey.toPublicJWK()))) return "signature";
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Instant now = Instant.now();
            if (!teamId.equals(c.getIssuer()) || !clientId.equals(c.getSubject()) || !List.of(idp.documentedIssuer).equals(c.getAudience())) {
                return "claims";
            }
            if (c.getIssueTime() == null || c.getExpirationTime() == null || !c.getExpirationTime().toInstant().isAfter(now)
                    || Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()).compareTo(Duration.ofDays(180)) > 0) {
                return "lifetime";
            }
            return null;
        } catch (ParseException | JOSEException | NullPointerException e) {
            return "not a JWT";
        }
    }
}
