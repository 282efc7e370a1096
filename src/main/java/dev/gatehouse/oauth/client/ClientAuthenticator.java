package dev.gatehouse.oauth.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.oauth.OAuthException;
import java.io.IOException;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client authentication at the token, introspection and revocation endpoints: exactly one method
 * per request (RFC 6749 §2.3), and it must be the method the client registered.
 * <ul>
 *   <li>{@code client_secret_basic}: id and secret form-urlencoded in HTTP Basic (RFC 6749 §2.3.1);</li>
 *   <li>{@code client_secret_post}: {@code client_id} and {@code client_secret} in the body;</li>
 *   <li>{@code private_key_jwt}: a JWT assertion signed with the client's key (RFC 7523 §2.2, §3);</li>
 *   <li>{@code none}: a public client names itself with {@code client_id} only.</li>
 * </ul>
 * Every failure is {@code invalid_client} with no hint of which part was wrong.
 */
public final class ClientAuthenticator {
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Asymmetric algorithms only: the server holds no shared key for client_secret_jwt (not offered). */
    public static final List<JWSAlgorithm> ASSERTION_ALGS = List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** Assertions are meant for one request: their lifetime must be short (RFC 7523 §3 item 4 lets us limit it). */
    private static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_JTI = 256;

    private final ClientStore store;
    private final ClientKeys keys;
    private final Clock clock;
    private final String issuer;
    private final String tokenEndpoint;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    /**
     * @param tokenEndpoint the token endpoint URL; with the issuer, the accepted assertion audiences
     * @param fetcher       fetches a client's {@code jwks_uri} through the outbound guard
     */
    public ClientAuthenticator(ClientStore store, Clock clock, String issuer, String tokenEndpoint, GuardedHttpFetcher fetcher) {
        this.store = store;
        this.keys = new ClientKeys(fetcher, clock);
        this.clock = clock;
        this.issuer = issuer;
        this.tokenEndpoint = tokenEndpoint;
    }

    /** The cache of clients' remote key sets (jwks_uri), for its statistics in /metrics. */
    public com.github.benmanes.caffeine.cache.Cache<?, ?> keySources() {
        return keys.cache();
    }

    /**
     * @param request    the request, for its Authorization header
     * @param params     its form parameters, each present once (the endpoint checked)
     * @param endpointUrl the URL of the endpoint being called, also accepted as assertion audience
     * @throws OAuthException invalid_request (several methods) or invalid_client
     */
    public OAuthClient authenticate(HTTPRequest request, Map<String, List<String>> params, String endpointUrl) {
        String authorization = request.getHeaderValue("Authorization");
        boolean basic = authorization != null;
        boolean post = params.containsKey("client_secret");
        boolean jwt = params.containsKey("client_assertion") || params.containsKey("client_assertion_type");
        if ((basic ? 1 : 0) + (post ? 1 : 0) + (jwt ? 1 : 0) > 1) {
            // RFC 6749 §2.3: the client MUST NOT use more than one authentication method in each request.
            throw OAuthException.invalidRequest("Use exactly one client authentication method");
        }
        if (basic) return basic(authorization, params);
        if (post) return post(params);
        if (jwt) return privateKeyJwt(params, endpointUrl);
        return none(params);
    }

    private OAuthClient basic(String authorization, Map<String, List<String>> params) {
        ClientSecretBasic credentials;
        try {
            credentials = ClientSecretBasic.parse(authorization);
        } catch (ParseException e) {
            throw OAuthException.invalidClient("Malformed HTTP Basic client credentials", true);
        }
        String id = credentials.getClientID().getValue();
        if (params.containsKey("client_id") && !id.equals(first(params, "client_id"))) {
            throw OAuthException.invalidClient("client_id does not match the authenticated client", true);
        }
        return secret(id, credentials.getClientSecret().getValue(), ClientAuthMethods.CLIENT_SECRET_BASIC, true);
    }

    private OAuthClient post(Map<String, List<String>> params) {
        ClientSecretPost credentials;
        try {
            credentials = ClientSecretPost.parse(params);
        } catch (ParseException e) {
            throw OAuthException.invalidClient("client_id and client_secret are both required", false);
        }
        return secret(credentials.getClientID().getValue(), credentials.getClientSecret().getValue(),
                ClientAuthMethods.CLIENT_SECRET_POST, false);
    }

    private OAuthClient secret(String clientId, String secret, String method, boolean basic) {
        Optional<ClientStore.Stored> stored = clientId.length() > 128 ? Optional.empty() : store.find(clientId);
        // The hash comparison runs whether or not the client exists, so timing does not tell.
        boolean ok = ClientSecrets.matches(secret, stored.map(ClientStore.Stored::secretHash).orElse(null));
        if (!ok || !stored.get().client().authMethod().equals(method)) {
            throw OAuthException.invalidClient("Client authentication failed", basic);
        }
        return stored.get().client();
    }

    private OAuthClient none(Map<String, List<String>> params) {
        String clientId = first(params, "client_id");
        if (clientId == null || clientId.isEmpty()) throw OAuthException.invalidClient("Client authentication is required", false);
        OAuthClient client = find(clientId);
        // Only a public client may go without credentials (RFC 6749 §2.1, §3.2.1).
        if (client == null || client.type() != ClientType.PUBLIC || !ClientAuthMethods.NONE.equals(client.authMethod())) {
            throw OAuthException.invalidClient("Client authentication failed", false);
        }
        return client;
    }

    private OAuthClient privateKeyJwt(Map<String, List<String>> params, String endpointUrl) {
        if (!JWT_BEARER.equals(first(params, "client_assertion_type"))) {
            throw OAuthException.invalidClient("client_assertion_type must be " + JWT_BEARER, false);
        }
        PrivateKeyJWT assertion;
        try {
            assertion = PrivateKeyJWT.parse(params);
        } catch (ParseException | RuntimeException e) {
            throw OAuthException.invalidClient("Malformed client assertion", false);
        }
        SignedJWT jwt = assertion.getClientAssertion();
        String clientId = assertion.getClientID().getValue();
        if (params.containsKey("client_id") && !clientId.equals(first(params, "client_id"))) {
            throw OAuthException.invalidClient("client_id does not match the assertion", false);
        }
        OAuthClient client = find(clientId);
        if (client == null || !ClientAuthMethods.PRIVATE_KEY_JWT.equals(client.authMethod())) {
            throw OAuthException.invalidClient("Client authentication failed", false);
        }
        verifySignature(client, jwt);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw OAuthException.invalidClient("Malformed client assertion", false);
        }
        Instant exp = checkClaims(client, claims, endpointUrl);
        // RFC 7523 §3 item 7: single use. The jti is kept until the assertion could no longer pass.
        if (!store.rememberAssertion(clientId, claims.getJWTID(), exp.plus(SKEW), clock.instant())) {
            throw OAuthException.invalidClient("The client assertion was already used", false);
        }
        return client;
    }

    private void verifySignature(OAuthClient client, SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        // The key comes from registration, never from the token (SECURITY.md "JWT"; RFC 8725 §3.1).
        if (!ASSERTION_ALGS.contains(header.getAlgorithm()) || header.getJWK() != null || header.getJWKURL() != null
                || header.getX509CertURL() != null) {
            throw OAuthException.invalidClient("Client assertion algorithm or header not accepted", false);
        }
        JWKSet set;
        try {
            set = keys.keysFor(client, header.getKeyID());
        } catch (IOException e) {
            throw OAuthException.invalidClient("The client's keys could not be loaded", false);
        }
        for (JWK jwk : set.getKeys()) {
            if (header.getKeyID() != null && !header.getKeyID().equals(jwk.getKeyID())) continue;
            if (jwk.getKeyUse() != null && jwk.getKeyUse() != KeyUse.SIGNATURE) continue;
            if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().equals(header.getAlgorithm())) continue;
            Key key = publicKey(jwk, header.getAlgorithm());
            if (key == null) continue;
            try {
                JWSVerifier verifier = verifiers.createJWSVerifier(header, key);
                if (jwt.verify(verifier)) return;
            } catch (JOSEException | IllegalStateException e) {
                // wrong key type or size for this algorithm: try the next key
            }
        }
        throw OAuthException.invalidClient("Client assertion signature does not verify", false);
    }

    private static Key publicKey(JWK jwk, JWSAlgorithm alg) {
        try {
            if (jwk.getKeyType() == KeyType.RSA && JWSAlgorithm.Family.RSA.contains(alg)) return ((RSAKey) jwk).toRSAPublicKey();
            if (jwk.getKeyType() == KeyType.EC && JWSAlgorithm.Family.EC.contains(alg)) return ((ECKey) jwk).toECPublicKey();
        } catch (JOSEException e) {
            return null;
        }
        return null;
    }

    /** RFC 7523 §3; returns the expiry. */
    private Instant checkClaims(OAuthClient client, JWTClaimsSet claims, String endpointUrl) {
        String id = client.clientId();
        if (!id.equals(claims.getIssuer()) || !id.equals(claims.getSubject())) {
            throw OAuthException.invalidClient("Assertion iss and sub must be the client_id", false);
        }
        List<String> aud = claims.getAudience();
        List<String> accepted = List.of(issuer, tokenEndpoint, endpointUrl);
        if (aud == null || aud.stream().noneMatch(accepted::contains)) {
            throw OAuthException.invalidClient("Assertion audience must be the issuer or the token endpoint", false);
        }
        Instant now = clock.instant();
        Date expDate = claims.getExpirationTime();
        if (expDate == null) throw OAuthException.invalidClient("Assertion exp is required", false);
        Instant exp = expDate.toInstant();
        if (!exp.plus(SKEW).isAfter(now)) throw OAuthException.invalidClient("The client assertion has expired", false);
        if (exp.isAfter(now.plus(MAX_ASSERTION_LIFETIME).plus(SKEW))) {
            throw OAuthException.invalidClient("The client assertion lives too long (at most 5 minutes)", false);
        }
        if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now.plus(SKEW))) {
            throw OAuthException.invalidClient("The client assertion is not valid yet", false);
        }
        if (claims.getIssueTime() != null && claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            throw OAuthException.invalidClient("The client assertion was issued in the future", false);
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isEmpty() || jti.length() > MAX_JTI) {
            throw OAuthException.invalidClient("Assertion jti is required (at most 256 characters)", false);
        }
        return exp;
    }

    private OAuthClient find(String clientId) {
        if (clientId == null || clientId.length() > 128) return null;
        return store.find(clientId).map(ClientStore.Stored::client).orElse(null);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
