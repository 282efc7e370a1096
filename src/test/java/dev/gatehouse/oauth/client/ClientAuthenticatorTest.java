package dev.gatehouse.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.testing.MutableClock;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ClientAuthenticator alone, on an in-memory client store: one method per request (RFC 6749 §2.3),
 * the registered one, and private_key_jwt assertions checked as RFC 7523 §3 asks. No HTTP server.
 */
class ClientAuthenticatorTest {
    private static final String ISSUER = "https://id.example";
    private static final String TOKEN_ENDPOINT = ISSUER + "/oauth2/token";
    private static final String INTROSPECT = ISSUER + "/oauth2/introspect";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static RSAKey key;
    private static RSAKey otherKey;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final FakeClientStore store = new FakeClientStore();
    private final ClientAuthenticator authenticator = new ClientAuthenticator(store, clock, ISSUER, TOKEN_ENDPOINT,
            new GuardedHttpFetcher(new OutboundGuard(List.of(), host -> {
                throw new UnknownHostException(host);
            }), 64 * 1024, Duration.ofSeconds(1)));
    private final String basicSecret = register("basic-app", ClientType.CONFIDENTIAL, ClientAuthMethods.CLIENT_SECRET_BASIC, null);
    private final String postSecret = register("post-app", ClientType.CONFIDENTIAL, ClientAuthMethods.CLIENT_SECRET_POST, null);

    @BeforeAll
    static void keys() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    @BeforeEach
    void publicClient() {
        register("spa", ClientType.PUBLIC, ClientAuthMethods.NONE, null);
    }

    /** Registers a client; returns its secret when the method uses one. */
    private String register(String id, ClientType type, String method, String jwks) {
        String secret = ClientAuthMethods.usesSecret(method) ? ClientSecrets.generate() : null;
        OAuthClient client = new OAuthClient(id, id, type, List.of("https://app.example/cb"), List.of(),
                List.of("authorization_code", "client_credentials"), List.of("openid"), method, jwks, null, false,
                null, null, null, null, clock.instant());
        store.insert(client, secret == null ? null : ClientSecrets.hash(secret));
        return secret;
    }

    private void registerJwtClient(String id) {
        register(id, ClientType.CONFIDENTIAL, ClientAuthMethods.PRIVATE_KEY_JWT, new JWKSet(key.toPublicJWK()).toString());
    }

    private static HTTPRequest request(String authorization) {
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(TOKEN_ENDPOINT).toURL());
            if (authorization != null) request.setHeader("Authorization", authorization);
            return request;
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("grant_type", List.of("client_credentials"));
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], List.of(pairs[i + 1]));
        return out;
    }

    private OAuthClient authenticate(String authorization, Map<String, List<String>> params) {
        return authenticator.authenticate(request(authorization), params, TOKEN_ENDPOINT);
    }

    private static void assertInvalidClient(ThrowingCallable call, boolean basicChallenge) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OAuthException.class, e -> {
            assertThat(e.error().getCode()).isEqualTo("invalid_client");
            assertThat(e.basicChallenge()).as("WWW-Authenticate: Basic").isEqualTo(basicChallenge);
        });
    }

    /** Claims of a good assertion by {@code clientId}, then changed by {@code change}. */
    private JWTClaimsSet claims(String clientId, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(TOKEN_ENDPOINT)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)));
        change.accept(b);
        return b.build();
    }

    private static String sign(RSAKey with, JWSHeader header, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    }

    private static Map<String, List<String>> assertion(String jwt) {
        return params("client_assertion_type", JWT_BEARER, "client_assertion", jwt);
    }

    @Test
    void basicWithTheRightSecretThenTheClient() {
        assertThat(authenticate(basic("basic-app", basicSecret), params()).clientId()).isEqualTo("basic-app");
        assertThat(authenticate(basic("basic-app", basicSecret), params("client_id", "basic-app")).clientId())
                .as("a matching client_id in the body is allowed").isEqualTo("basic-app");
    }

    @Test
    void basicWhenSecretWrongOrClientUnknownOrMalformedThenInvalidClientWithBasicChallenge() {
        assertInvalidClient(() -> authenticate(basic("basic-app", basicSecret + "x"), params()), true);
        assertInvalidClient(() -> authenticate(basic("basic-app", ""), params()), true);
        assertInvalidClient(() -> authenticate(basic("nobody", basicSecret), params()), true);
        assertInvalidClient(() -> authenticate(basic("x".repeat(200), basicSecret), params()), true);
        assertInvalidClient(() -> authenticate("Basic !!!not-base64", params()), true);
        assertInvalidClient(() -> authenticate("Bearer abc", params()), true);
    }

    @Test
    void basicWhenBodyNamesAnotherClientThenInvalidClient() {
        assertInvalidClient(() -> authenticate(basic("basic-app", basicSecret), params("client_id", "post-app")), true);
    }

    @Test
    void secretPresentedWithAnotherMethodThanRegisteredThenInvalidClient() {
        assertInvalidClient(() -> authenticate(basic("post-app", postSecret), params()), true);
        assertInvalidClient(() -> authenticate(null, params("client_id", "basic-app", "client_secret", basicSecret)), false);
    }

    @Test
    void postWithTheRightSecretThenTheClientAndOtherwiseInvalidClient() {
        assertThat(authenticate(null, params("client_id", "post-app", "client_secret", postSecret)).clientId()).isEqualTo("post-app");
        assertInvalidClient(() -> authenticate(null, params("client_id", "post-app", "client_secret", "wrong")), false);
        assertInvalidClient(() -> authenticate(null, params("client_secret", postSecret)), false);
        assertInvalidClient(() -> authenticate(null, params("client_id", "nobody", "client_secret", postSecret)), false);
    }

    @Test
    void twoMethodsInOneRequestThenInvalidRequest() {
        assertThatThrownBy(() -> authenticate(basic("basic-app", basicSecret), params("client_secret", basicSecret)))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_request"));
        assertThatThrownBy(() -> authenticate(null, params("client_id", "post-app", "client_secret", postSecret,
                "client_assertion_type", JWT_BEARER)))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_request"));
    }

    @Test
    void noCredentialsThenOnlyAPublicClientRegisteredForNonePasses() {
        assertThat(authenticate(null, params("client_id", "spa")).clientId()).isEqualTo("spa");
        assertInvalidClient(() -> authenticate(null, params("client_id", "basic-app")), false);
        assertInvalidClient(() -> authenticate(null, params("client_id", "nobody")), false);
        assertInvalidClient(() -> authenticate(null, params("client_id", "")), false);
        assertInvalidClient(() -> authenticate(null, params()), false);
        // A public client that registered a secret method is refused without one.
        register("odd", ClientType.PUBLIC, ClientAuthMethods.CLIENT_SECRET_POST, null);
        assertInvalidClient(() -> authenticate(null, params("client_id", "odd")), false);
    }

    @Test
    void privateKeyJwtSignedWithTheRegisteredKeyThenTheClientOnceOnly() throws Exception {
        registerJwtClient("jwt-app");
        String jwt = sign(claims("jwt-app", b -> {}));
        assertThat(authenticate(null, assertion(jwt)).clientId()).isEqualTo("jwt-app");
        assertInvalidClient(() -> authenticate(null, assertion(jwt)), false);
    }

    @Test
    void privateKeyJwtAudienceMayBeTheIssuerTheTokenEndpointOrTheEndpointCalledOnly() throws Exception {
        registerJwtClient("jwt-app");
        for (String aud : List.of(ISSUER, TOKEN_ENDPOINT)) {
            assertThat(authenticate(null, assertion(sign(claims("jwt-app", b -> b.audience(aud)))))).isNotNull();
        }
        String toIntrospect = sign(claims("jwt-app", b -> b.audience(INTROSPECT)));
        assertInvalidClient(() -> authenticate(null, assertion(toIntrospect)), false);
        assertThat(authenticator.authenticate(request(null), assertion(toIntrospect), INTROSPECT).clientId()).isEqualTo("jwt-app");
        String elsewhere = sign(claims("jwt-app", b -> b.audience("https://other.example/token")));
        assertInvalidClient(() -> authenticate(null, assertion(elsewhere)), false);
        String none = sign(claims("jwt-app", b -> b.audience((String) null)));
        assertInvalidClient(() -> authenticate(null, assertion(none)), false);
    }

    @Test
    void privateKeyJwtWhenTimesAreOffThenInvalidClient() throws Exception {
        registerJwtClient("jwt-app");
        Instant now = clock.instant();
        List<Consumer<JWTClaimsSet.Builder>> bad = List.of(
                b -> b.expirationTime(null),
                b -> b.expirationTime(Date.from(now.minusSeconds(60))), // expired, beyond the 60 s skew
                b -> b.expirationTime(Date.from(now.plus(Duration.ofMinutes(7)))), // lives longer than 5 min + skew
                b -> b.notBeforeTime(Date.from(now.plusSeconds(120))),
                b -> b.issueTime(Date.from(now.plusSeconds(120))));
        for (Consumer<JWTClaimsSet.Builder> change : bad) {
            String jwt = sign(claims("jwt-app", change));
            assertInvalidClient(() -> authenticate(null, assertion(jwt)), false);
        }
        String withinSkew = sign(claims("jwt-app", b -> b.expirationTime(Date.from(now.minusSeconds(59)))));
        assertThat(authenticate(null, assertion(withinSkew))).as("expired 59 s ago: within the skew").isNotNull();
    }

    @Test
    void privateKeyJwtWhenIssuerSubjectOrJtiWrongThenInvalidClient() throws Exception {
        registerJwtClient("jwt-app");
        registerJwtClient("jwt-other");
        List<Consumer<JWTClaimsSet.Builder>> bad = List.of(
                b -> b.issuer("jwt-other"),
                b -> b.subject("jwt-other"),
                b -> b.jwtID(null),
                b -> b.jwtID(""),
                b -> b.jwtID("j".repeat(257)));
        for (Consumer<JWTClaimsSet.Builder> change : bad) {
            String jwt = sign(claims("jwt-app", change));
            assertInvalidClient(() -> authenticate(null, assertion(jwt)), false);
        }
    }

    @Test
    void privateKeyJwtWhenSignatureOrHeaderNotFromTheRegisteredKeyThenInvalidClient() throws Exception {
        registerJwtClient("jwt-app");
        String otherSigner = sign(otherKey, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims("jwt-app", b -> {}));
        assertInvalidClient(() -> authenticate(null, assertion(otherSigner)), false);

        // The key named in the token's own header is never trusted (RFC 8725 §3.1).
        String embedded = sign(otherKey, new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(otherKey.toPublicJWK()).build(),
                claims("jwt-app", b -> {}));
        assertInvalidClient(() -> authenticate(null, assertion(embedded)), false);

        String unknownKid = sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2").build(), claims("jwt-app", b -> {}));
        assertInvalidClient(() -> authenticate(null, assertion(unknownKid)), false);

        // HS256 with the public key's bytes as the secret: the classic algorithm confusion.
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims("jwt-app", b -> {}));
        hmac.sign(new MACSigner(key.toPublicKey().getEncoded()));
        assertInvalidClient(() -> authenticate(null, assertion(hmac.serialize())), false);

        String unsigned = new com.nimbusds.jwt.PlainJWT(claims("jwt-app", b -> {})).serialize();
        assertInvalidClient(() -> authenticate(null, assertion(unsigned)), false);
    }

    @Test
    void privateKeyJwtWhenAssertionTypeClientIdOrRegistrationWrongThenInvalidClient() throws Exception {
        registerJwtClient("jwt-app");
        String jwt = sign(claims("jwt-app", b -> {}));
        assertInvalidClient(() -> authenticate(null, params("client_assertion_type", "urn:other", "client_assertion", jwt)), false);
        assertInvalidClient(() -> authenticate(null, params("client_assertion_type", JWT_BEARER)), false);
        assertInvalidClient(() -> authenticate(null, params("client_assertion_type", JWT_BEARER, "client_assertion", "not.a.jwt")), false);
        Map<String, List<String>> mismatch = assertion(jwt);
        mismatch.put("client_id", List.of("basic-app"));
        assertInvalidClient(() -> authenticate(null, mismatch), false);
        // A client registered for a secret cannot switch to an assertion.
        String byBasicApp = sign(claims("basic-app", b -> {}));
        assertInvalidClient(() -> authenticate(null, assertion(byBasicApp)), false);
        assertThat(authenticate(null, assertion(jwt)).clientId()).as("the refusals spent nothing").isEqualTo("jwt-app");
    }
}
