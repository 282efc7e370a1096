package dev.gatehouse.keys;

import dev.gatehouse.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenVerifierTest {

    static final String ISSUER = "https://id.example.test";
    static final String AUD = "https://api.example.test";
    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    /** error_description characters allowed by RFC 6750 §3. */
    static final String SAFE_REASON = "[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]{1,80}";

    private final MutableClock clock = new MutableClock(START);
    private final ObjectMapper json = new ObjectMapper();
    private KeyService rsaKeys;
    private KeyService ecKeys;
    private AccessTokenIssuer issuer;
    private AccessTokenVerifier verifier;
    private RSAKey attackerKey;

    @BeforeAll
    void keys() throws Exception {
        MasterKey master = MasterKey.generate();
        rsaKeys = new KeyService(new FakeSigningKeyStore(), master, clock, "RS256", Duration.ofMinutes(15));
        rsaKeys.ensureActiveKey();
        ecKeys = new KeyService(new FakeSigningKeyStore(), master, clock, "ES256", Duration.ofMinutes(15));
        ecKeys.ensureActiveKey();
        attackerKey = new RSAKeyGenerator(2048).keyID("attacker").generate();
    }

    @BeforeEach
    void reset() {
        clock.set(START);
        issuer = new AccessTokenIssuer(rsaKeys, ISSUER, clock);
        verifier = new AccessTokenVerifier(rsaKeys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
    }

    // ---- valid tokens ----

    @Test
    void userTokenRoundTripsWithEveryClaim() throws Exception {
        IssuedToken t = issuer.issue(KeyServiceTest.userToken());
        VerifiedAccessToken v = verifier.verify(t.token());
        assertThat(v.subject()).isEqualTo("2f1d7c1e-3a51-4a5e-9b1e-6d8f3a0b9c11");
        assertThat(v.clientId()).isEqualTo("web");
        assertThat(v.scope()).containsExactly("openid", "notes:read");
        assertThat(v.roles()).containsExactly("user");
        assertThat(v.sessionId()).isEqualTo("sess-1");
        assertThat(v.jti()).isEqualTo(t.jti()).matches("[A-Za-z0-9_-]{22}");
        assertThat(v.audience()).containsExactly(AUD);
        assertThat(v.expiresAt()).isEqualTo(t.expiresAt()).isEqualTo(START.plusSeconds(300));
        assertThat(t.issuedAt()).isEqualTo(START);

        Map<String, Object> claims = jsonPart(t.token(), 1);
        assertThat(claims.keySet()).containsExactlyInAnyOrder("iss", "sub", "aud", "exp", "iat", "jti",
                "client_id", "scope", "roles", "sid");
        assertThat(claims.get("scope")).isEqualTo("openid notes:read");
        assertThat(claims.get("exp")).isEqualTo((int) START.plusSeconds(300).getEpochSecond());
        Map<String, Object> header = jsonPart(t.token(), 0);
        assertThat(header).containsOnlyKeys("alg", "typ", "kid").containsEntry("typ", "at+jwt");
    }

    @Test
    void anyAudiencePathAcceptsAnotherAudienceButTheDefaultPathRefusesIt() throws Exception {
        Instant signIn = START.minusSeconds(90);
        IssuedToken t = issuer.issue(new AccessTokenRequest("u-1", List.of("https://notes.example.test"), "third-party",
                List.of("openid"), List.of("user"), "sess-9", Duration.ofMinutes(5), signIn));

        assertThatThrownBy(() -> verifier.verify(t.token())).isInstanceOf(InvalidTokenException.class)
                .hasMessage(AccessTokenVerifier.WRONG_AUDIENCE);
        VerifiedAccessToken v = verifier.verifyAnyAudience(t.token());
        assertThat(v.audience()).containsExactly("https://notes.example.test");
        assertThat(v.authTime()).isEqualTo(signIn);
        assertThat(jsonPart(t.token(), 1)).containsEntry("auth_time", (int) signIn.getEpochSecond());
        // Every other check still holds on the any-audience path.
        clock.set(START.plus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> verifier.verifyAnyAudience(t.token())).isInstanceOf(InvalidTokenException.class)
                .hasMessage("token expired");
        AccessTokenVerifier otherIssuer = new AccessTokenVerifier(rsaKeys, "https://other.example.test", AUD, clock,
                Duration.ofSeconds(60), 0);
        clock.set(START);
        assertThatThrownBy(() -> otherIssuer.verifyAnyAudience(t.token())).hasMessage("wrong issuer");
    }

    @Test
    void clientTokenHasNoRolesNorSid() throws Exception {
        IssuedToken t = issuer.issue(new AccessTokenRequest("svc-client", List.of(AUD, "other"), "svc-client",
                List.of("reports:read"), null, null, Duration.ofMinutes(1)));
        Map<String, Object> claims = jsonPart(t.token(), 1);
        assertThat(claims).doesNotContainKeys("roles", "sid");
        VerifiedAccessToken v = verifier.verify(t.token());
        assertThat(v.roles()).isEmpty();
        assertThat(v.sessionId()).isNull();
        assertThat(v.audience()).containsExactly(AUD, "other");
    }

    @Test
    void es256RoundTrips() {
        AccessTokenIssuer es = new AccessTokenIssuer(ecKeys, ISSUER, clock);
        IssuedToken t = es.issue(KeyServiceTest.userToken());
        assertThat(part(t.token(), 0)).contains("\"alg\":\"ES256\"");
        assertThat(Base64.getUrlDecoder().decode(t.token().substring(t.token().lastIndexOf('.') + 1))).hasSize(64);
        AccessTokenVerifier v = new AccessTokenVerifier(ecKeys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
        assertThat(v.verify(t.token()).jti()).isEqualTo(t.jti());
        // Another server's keys do not verify it.
        rejects(t.token(), "unknown kid");
    }

    /** A client's access_token_signed_response_alg: its key is made on first use, the configured one stays the default. */
    @Test
    void clientAlgorithmSignsWithItsOwnKeyWhichOneVerifierChecksByKid() throws Exception {
        KeyService keys = new KeyService(new FakeSigningKeyStore(), MasterKey.generate(), clock, "RS256", Duration.ofMinutes(15));
        keys.ensureActiveKey();
        AccessTokenIssuer both = new AccessTokenIssuer(keys, ISSUER, clock);
        AccessTokenVerifier v = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);

        IssuedToken es = both.issue(KeyServiceTest.userToken(), "ES256");
        IssuedToken rs = both.issue(KeyServiceTest.userToken());

        assertThat(jsonPart(es.token(), 0)).containsEntry("alg", "ES256").containsEntry("kid", keys.activeKey("ES256").kid());
        assertThat(jsonPart(rs.token(), 0)).containsEntry("alg", "RS256").containsEntry("kid", keys.activeKey("RS256").kid());
        assertThat(v.verify(es.token()).jti()).isEqualTo(es.jti());
        assertThat(v.verify(rs.token()).jti()).isEqualTo(rs.jti());
        assertThatThrownBy(() -> both.issue(KeyServiceTest.userToken(), "HS256")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issueWhenTtlAboveConfiguredMaximumThenRefused() {
        assertThatThrownBy(() -> issuer.issue(new AccessTokenRequest("s", List.of(AUD), "c", List.of(), null, null,
                Duration.ofMinutes(16)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
    }

    @Test
    void requestValidation() {
        assertThatThrownBy(() -> new AccessTokenRequest("s", List.of(), "c", List.of(), null, null,
                Duration.ofMinutes(1))).hasMessageContaining("audience");
        assertThatThrownBy(() -> new AccessTokenRequest(" ", List.of(AUD), "c", List.of(), null, null,
                Duration.ofMinutes(1))).hasMessageContaining("subject");
        assertThatThrownBy(() -> new AccessTokenRequest("s", List.of(AUD), "c", List.of("a b"), null, null,
                Duration.ofMinutes(1))).hasMessageContaining("scope");
        assertThatThrownBy(() -> new AccessTokenRequest("s", List.of(AUD), "c", List.of(), null, null,
                Duration.ZERO)).hasMessageContaining("ttl");
    }

    @Test
    void typCaseInsensitiveAndApplicationPrefixAccepted() {
        assertThat(verifier.verify(forge(h -> h.put("typ", "AT+JWT"), c -> { })).subject()).isEqualTo("user-1");
        assertThat(verifier.verify(forge(h -> h.put("typ", "application/at+jwt"), c -> { })).subject())
                .isEqualTo("user-1");
    }

    @Test
    void audAsArrayContainingUsAccepted() {
        assertThat(verifier.verify(forge(h -> { }, c -> c.put("aud", List.of("x", AUD)))).audience())
                .containsExactly("x", AUD);
    }

    // ---- alg ----

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void algNoneRefusedInEverySpelling(String none) {
        String unsigned = b64(headerJson(Map.of("alg", none, "typ", "at+jwt", "kid", kid()))) + "."
                + b64(claimsJson(c -> { }));
        rejects(unsigned + ".", "malformed token: empty part");
        // With a signature part present too (some libraries ignore it for none).
        String withSig = forge(h -> h.put("alg", none), c -> { });
        rejects(withSig, "alg none not accepted");
    }

    @Test
    void hs256SignedWithOurPublicKeyRefused() throws Exception {
        RSAKey ourPublic = (RSAKey) rsaKeys.signingKey().publicJwk();
        List<byte[]> secrets = List.of(ourPublic.toRSAPublicKey().getEncoded(),
                ourPublic.toJSONString().getBytes(StandardCharsets.UTF_8),
                rsaKeys.jwksJson().getBytes(StandardCharsets.UTF_8));
        for (byte[] secret : secrets) {
            for (String alg : List.of("HS256", "hs256", "HS384", "HS512")) {
                String input = b64(headerJson(Map.of("alg", alg, "typ", "at+jwt", "kid", kid()))) + "."
                        + b64(claimsJson(c -> { }));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                String sig = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
                rejects(input + "." + sig, "HMAC algorithms not accepted");
            }
        }
    }

    @Test
    void algNotMatchingTheKeyRefused() {
        rejects(forge(h -> h.put("alg", "ES256"), c -> { }), "alg does not match the key");
        rejects(forge(h -> h.put("alg", "PS256"), c -> { }), "alg does not match the key");
        rejects(forge(h -> h.put("alg", "rs256"), c -> { }), "alg does not match the key");
        rejects(forge(h -> h.put("alg", 256), c -> { }), "malformed alg");
        rejects(forge(h -> h.remove("alg"), c -> { }), "missing alg");
    }

    // ---- keys named by the token ----

    @Test
    void embeddedJwkRefused() {
        Map<String, Object> jwk = attackerKey.toPublicJWK().toJSONObject();
        rejects(forgeWith(attackerKey, h -> h.put("jwk", jwk), c -> { }), "embedded jwk not accepted");
        rejects(forgeWith(attackerKey, h -> {
            h.put("jwk", jwk);
            h.put("kid", "attacker");
        }, c -> { }), "embedded jwk not accepted");
    }

    @Test
    void jkuAndX5uRefusedAndNothingIsFetched() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/jwks.json";
            rejects(forgeWith(attackerKey, h -> h.put("jku", url), c -> { }), "jku not accepted");
            rejects(forgeWith(attackerKey, h -> {
                h.put("jku", url);
                h.put("kid", "attacker");
            }, c -> { }), "jku not accepted");
            rejects(forgeWith(attackerKey, h -> h.put("x5u", url), c -> { }), "x5u not accepted");
            trap.setSoTimeout(300);
            assertThatThrownBy(trap::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void x5cX5tAndCritRefused() {
        rejects(forgeWith(attackerKey, h -> h.put("x5c", List.of("MIIBfake")), c -> { }), "x5c not accepted");
        rejects(forge(h -> h.put("x5t", "abc"), c -> { }), "x5t not accepted");
        rejects(forge(h -> h.put("x5t#S256", "abc"), c -> { }), "x5t not accepted");
        rejects(forge(h -> {
            h.put("crit", List.of("exp"));
            h.put("exp", 1);
        }, c -> { }), "crit not accepted");
        rejects(forge(h -> h.put("b64", false), c -> { }), "unsupported header parameter");
        rejects(forge(h -> h.put("zip", "DEF"), c -> { }), "unsupported header parameter");
    }

    @Test
    void unknownMissingOrMalformedKidRefused() {
        rejects(forge(h -> h.put("kid", "AAAAAAAAAAAAAAAAAAAAAA"), c -> { }), "unknown kid");
        rejects(forge(h -> h.remove("kid"), c -> { }), "missing kid");
        rejects(forge(h -> h.put("kid", "../../etc/passwd"), c -> { }), "malformed kid");
        rejects(forge(h -> h.put("kid", "x' OR '1'='1"), c -> { }), "malformed kid");
        rejects(forge(h -> h.put("kid", ""), c -> { }), "malformed kid");
        rejects(forge(h -> h.put("kid", "a".repeat(129)), c -> { }), "malformed kid");
        rejects(forge(h -> h.put("kid", 7), c -> { }), "malformed kid");
        rejects(forge(h -> h.put("kid", null), c -> { }), "missing kid");
    }

    @Test
    void signedWithAnotherKeyUnderOurKidRefused() {
        rejects(forgeWith(attackerKey, h -> { }, c -> { }), "invalid signature");
    }

    // ---- integrity ----

    @Test
    void tamperedPayloadRefused() {
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        String[] p = t.split("\\.");
        String evil = b64(part(t, 1).replace("\"user\"", "\"admin\""));
        assertThat(evil).isNotEqualTo(p[1]);
        rejects(p[0] + "." + evil + "." + p[2], "invalid signature");
    }

    @Test
    void tamperedHeaderRefused() {
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        String[] p = t.split("\\.");
        String evil = b64(part(t, 0).replace("\"at+jwt\"", "\"AT+JWT\""));
        rejects(evil + "." + p[1] + "." + p[2], "invalid signature");
    }

    @Test
    void tamperedSignatureRefused() {
        for (KeyService keys : List.of(rsaKeys, ecKeys)) {
            String t = new AccessTokenIssuer(keys, ISSUER, clock).issue(KeyServiceTest.userToken()).token();
            AccessTokenVerifier v = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
            int mid = t.lastIndexOf('.') + 10;
            char c = t.charAt(mid);
            String flipped = t.substring(0, mid) + (c == 'A' ? 'B' : 'A') + t.substring(mid + 1);
            assertThatThrownBy(() -> v.verify(flipped)).isInstanceOf(InvalidTokenException.class)
                    .hasMessage("invalid signature");
            String truncated = t.substring(0, t.length() - 4);
            assertThatThrownBy(() -> v.verify(truncated)).isInstanceOf(InvalidTokenException.class);
            String zeros = t.substring(0, t.lastIndexOf('.') + 1) + "A".repeat(86);
            assertThatThrownBy(() -> v.verify(zeros)).isInstanceOf(InvalidTokenException.class)
                    .hasMessage("invalid signature");
        }
    }

    @Test
    void nonCanonicalBase64Refused() {
        // 256-byte RSA signature = 342 characters; the last one carries 4 unused bits.
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        char last = t.charAt(t.length() - 1);
        int v = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".indexOf(last);
        char other = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".charAt(v | 1);
        assertThat(other).isNotEqualTo(last);
        assertThat(Base64.getUrlDecoder().decode(t.substring(t.lastIndexOf('.') + 1, t.length() - 1) + other))
                .as("the JDK decoder maps both spellings to the same bytes")
                .isEqualTo(Base64.getUrlDecoder().decode(t.substring(t.lastIndexOf('.') + 1)));
        rejects(t.substring(0, t.length() - 1) + other, "malformed token: non-canonical base64url");
    }

    // ---- time ----

    @Test
    void expiredBeyondSkewRefusedButWithinSkewAccepted() {
        String t = issuer.issue(KeyServiceTest.userToken()).token(); // exp = START + 300 s
        clock.set(START.plusSeconds(300 + 60));
        assertThat(verifier.verify(t).subject()).isNotBlank();
        clock.set(START.plusSeconds(300 + 60).plusMillis(1));
        rejects(t, "token expired");
        clock.set(START.plusSeconds(3600));
        rejects(t, "token expired");
    }

    @Test
    void nbfOrIatInTheFutureRefused() {
        long now = START.getEpochSecond();
        rejects(forge(h -> { }, c -> c.put("nbf", now + 61)), "token not yet valid");
        assertThat(verifier.verify(forge(h -> { }, c -> c.put("nbf", now + 60))).subject()).isNotBlank();
        rejects(forge(h -> { }, c -> c.put("iat", now + 61)), "token issued in the future");
    }

    @Test
    void malformedOrMissingTimeClaimsRefused() {
        rejects(forge(h -> { }, c -> c.remove("exp")), "missing exp");
        rejects(forge(h -> { }, c -> c.remove("iat")), "missing iat");
        rejects(forge(h -> { }, c -> c.put("exp", "1893456000")), "malformed exp");
        rejects(forge(h -> { }, c -> c.put("exp", -1)), "malformed exp");
        rejects(forge(h -> { }, c -> c.put("exp", Long.MAX_VALUE)), "malformed exp");
        rejects(forge(h -> { }, c -> c.put("exp", new java.math.BigInteger("99999999999999999999999"))),
                "malformed exp");
        rejects(forgeRaw(headerJson(baseHeader()), claimsJson(c -> { }).replace("\"exp\":" + (START.getEpochSecond() + 300),
                "\"exp\":1e400")), "malformed exp");
        // A fractional NumericDate is valid (RFC 7519 §2).
        assertThat(verifier.verify(forge(h -> { }, c -> c.put("exp", START.getEpochSecond() + 0.5))).expiresAt())
                .isEqualTo(START.plusMillis(500));
    }

    // ---- iss, aud, typ, claims ----

    @Test
    void wrongIssuerOrAudienceRefused() {
        rejects(forge(h -> { }, c -> c.put("iss", ISSUER + "/")), "wrong issuer");
        rejects(forge(h -> { }, c -> c.put("iss", "https://evil.example")), "wrong issuer");
        rejects(forge(h -> { }, c -> c.remove("iss")), "missing iss");
        rejects(forge(h -> { }, c -> c.put("aud", "https://other.example")), "wrong audience");
        rejects(forge(h -> { }, c -> c.put("aud", List.of())), "malformed aud");
        rejects(forge(h -> { }, c -> c.put("aud", List.of(1))), "malformed aud");
        rejects(forge(h -> { }, c -> c.remove("aud")), "missing aud");
    }

    @Test
    void idTokenOrOtherJwtTypesRefused() {
        // An ID token of this issuer, signed with our key: typ JWT, aud the client, nonce.
        rejects(forge(h -> h.put("typ", "JWT"), c -> {
            c.put("aud", "web");
            c.put("nonce", "n-0S6_WzA2Mj");
        }), "wrong token type: not an access token");
        rejects(forge(h -> h.put("typ", "JWT"), c -> { }), "wrong token type: not an access token");
        rejects(forge(h -> h.put("typ", "application/jwt"), c -> { }), "wrong token type: not an access token");
        rejects(forge(h -> h.put("typ", "logout+jwt"), c -> { }), "wrong token type: not an access token");
        rejects(forge(h -> h.put("typ", "at+jwt "), c -> { }), "wrong token type: not an access token");
        rejects(forge(h -> h.remove("typ"), c -> { }), "missing typ");
        rejects(forge(h -> h.put("typ", List.of("at+jwt")), c -> { }), "malformed typ");
    }

    @Test
    void missingOrMistypedRequiredClaimsRefused() {
        rejects(forge(h -> { }, c -> c.remove("sub")), "missing sub");
        rejects(forge(h -> { }, c -> c.put("sub", 42)), "malformed sub");
        rejects(forge(h -> { }, c -> c.remove("client_id")), "missing client_id");
        rejects(forge(h -> { }, c -> c.remove("jti")), "missing jti");
        rejects(forge(h -> { }, c -> c.put("roles", "admin")), "malformed roles");
        rejects(forge(h -> { }, c -> c.put("roles", List.of("user", 1))), "malformed roles");
        rejects(forge(h -> { }, c -> c.put("scope", List.of("a"))), "malformed scope");
        rejects(forge(h -> { }, c -> c.put("sid", 5)), "malformed sid");
    }

    // ---- JSON ----

    @Test
    void duplicateKeysRefused() {
        String claims = claimsJson(c -> { });
        String header = headerJson(baseHeader());
        rejects(forgeRaw(header, claims.replace("{\"iss\"", "{\"sub\":\"admin\",\"iss\"")),
                "malformed token: invalid JSON in claims");
        rejects(forgeRaw(header.replace("{\"alg\"", "{\"kid\":\"other\",\"alg\""), claims),
                "malformed token: invalid JSON in header");
        rejects(forgeRaw(header.replace("{\"alg\"", "{\"alg\":\"none\",\"alg\""), claims),
                "malformed token: invalid JSON in header");
        rejects(forgeRaw(header, claims.replace("{\"iss\"", "{\"ext\":{\"a\":1,\"a\":2},\"iss\"")),
                "malformed token: invalid JSON in claims");
        // The same token without the duplicate is fine: the refusal is about the duplicate.
        assertThat(verifier.verify(forgeRaw(header, claims.replace("{\"iss\"", "{\"ext\":{\"a\":1,\"b\":2},\"iss\"")))
                .subject()).isEqualTo("user-1");
    }

    @Test
    void invalidJsonOrUtf8Refused() {
        String header = headerJson(baseHeader());
        rejects(forgeRaw(header, "not json"), "malformed token: invalid JSON in claims");
        rejects(forgeRaw(header, "[1,2]"), "malformed token: claims is not a JSON object");
        rejects(forgeRaw(header, claimsJson(c -> { }) + "{}"), "malformed token: invalid JSON in claims");
        rejects(forgeRaw(header, "{\"iss\":'x'}"), "malformed token: invalid JSON in claims");
        rejects(forgeRaw(header, "{\"a\":NaN}"), "malformed token: invalid JSON in claims");
        rejects(forgeRaw("\"just a string\"", claimsJson(c -> { })), "malformed token: header is not a JSON object");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        byte[] c = claimsJson(x -> x.put("sub", "XX")).getBytes(StandardCharsets.UTF_8);
        String cs = new String(c, StandardCharsets.ISO_8859_1);
        int at = cs.indexOf("XX");
        bad.write(c, 0, at);
        bad.write(0xC3);
        bad.write(0x28);
        bad.write(c, at + 2, c.length - at - 2);
        rejects(signBytes(rsaKeys, b64(header), bad.toByteArray()), "malformed token: invalid JSON in claims");
    }

    @Test
    void deeplyNestedJsonRefusedQuickly() {
        String nested = "[".repeat(100) + "]".repeat(100); // limit is 16 levels
        rejects(forgeRaw(headerJson(baseHeader()), "{\"x\":" + nested + "}"), "malformed token: invalid JSON in claims");
    }

    // ---- compact form ----

    @Test
    void garbageRefusedWithInvalidTokenOnly() {
        List<String> garbage = List.of("", " ", "abc", "....", "..", "a.b", "a..c", ".b.c", "a.b.", "a.b.c",
                "Bearer abc.def.ghi", "eyJ.eyJ.sig", "a b.c.d", "a.b.c\n", "\u0000.\u0000.\u0000", "🔥.🔥.🔥",
                "{\"alg\":\"none\"}", "e30.e30.e30", "e30.e30.", "AAAA.AAAA.AAAA", "=.=.=", "YQ==.YQ==.YQ==");
        for (String g : garbage) {
            InvalidTokenException e = catchThrowableOfType(InvalidTokenException.class, () -> verifier.verify(g));
            assertThat(e).as("token <%s>", g).isNotNull();
            assertThat(e.getMessage()).matches(SAFE_REASON);
        }
        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(InvalidTokenException.class)
                .hasMessage("missing token");
    }

    @Test
    void twoOrFourOrFivePartsRefused() {
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        String[] p = t.split("\\.");
        rejects(p[0] + "." + p[1], "malformed token: expected three parts");
        rejects(t + "." + p[2], "malformed token: expected three parts");
        rejects(t + ".x.y", "malformed token: expected three parts");
        rejects(p[0] + "." + p[1] + "." + p[2] + ".", "malformed token: expected three parts");
    }

    @Test
    void hugeTokenRefusedBeforeParsing() {
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        String huge = t + "A".repeat(AccessTokenVerifier.MAX_TOKEN_CHARS);
        rejects(huge, "token too large");
        String giant = "A".repeat(4 << 20);
        long start = System.nanoTime();
        rejects(giant, "token too large");
        assertThat(System.nanoTime() - start).isLessThan(50_000_000L);
        rejects("a".repeat(AccessTokenVerifier.MAX_TOKEN_CHARS + 1), "token too large");
    }

    @Test
    void everyMutationOfAValidTokenIsRefusedWithInvalidTokenOnly() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        for (KeyService keys : List.of(rsaKeys, ecKeys)) {
            String t = new AccessTokenIssuer(keys, ISSUER, clock).issue(KeyServiceTest.userToken()).token();
            AccessTokenVerifier v = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60));
            v.verify(t); // cached: mutations must not ride on the cache
            for (int i = 0; i < 300; i++) {
                StringBuilder m = new StringBuilder(t);
                int pos = random.nextInt(t.length());
                switch (random.nextInt(3)) {
                    case 0 -> m.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> m.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> m.deleteCharAt(pos);
                }
                String mutated = m.toString();
                if (mutated.equals(t)) {
                    continue;
                }
                InvalidTokenException e = catchThrowableOfType(InvalidTokenException.class, () -> v.verify(mutated));
                assertThat(e).as("mutation %d at %d accepted", i, pos).isNotNull();
                assertThat(e.getMessage()).matches(SAFE_REASON);
            }
        }
    }

    // ---- cache ----

    @Test
    void cachedTokenStillExpiresAndCacheStaysBounded() {
        AccessTokenVerifier cached = new AccessTokenVerifier(rsaKeys, ISSUER, AUD, clock, Duration.ofSeconds(60), 10);
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        assertThat(cached.verify(t)).isEqualTo(cached.verify(t));
        clock.set(START.plusSeconds(361));
        assertThatThrownBy(() -> cached.verify(t)).isInstanceOf(InvalidTokenException.class)
                .hasMessage("token expired");
        clock.set(START);
        for (int i = 0; i < 50; i++) {
            cached.verify(issuer.issue(KeyServiceTest.userToken()).token());
        }
        java.lang.reflect.Field f;
        try {
            f = AccessTokenVerifier.class.getDeclaredField("cache");
            f.setAccessible(true);
            assertThat(((VerifiedTokenCache) f.get(cached)).size()).isBetween(1, 10);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cachedTokenTamperedCopyStillRefused() {
        AccessTokenVerifier cached = new AccessTokenVerifier(rsaKeys, ISSUER, AUD, clock, Duration.ofSeconds(60));
        String t = issuer.issue(KeyServiceTest.userToken()).token();
        cached.verify(t);
        int mid = t.lastIndexOf('.') + 10;
        String flipped = t.substring(0, mid) + (t.charAt(mid) == 'A' ? 'B' : 'A') + t.substring(mid + 1);
        assertThatThrownBy(() -> cached.verify(flipped)).hasMessage("invalid signature");
        assertThat(cached.verify(t).subject()).isNotBlank();
    }

    @Test
    void constructorGuards() {
        assertThatThrownBy(() -> new AccessTokenVerifier(rsaKeys, ISSUER, AUD, clock, Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessTokenVerifier(rsaKeys, "", AUD, clock, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- helpers ----

    private void rejects(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessage(reason);
        assertThat(reason).matches(SAFE_REASON);
    }

    private String kid() {
        return rsaKeys.signingKey().kid();
    }

    private Map<String, Object> baseHeader() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("alg", "RS256");
        h.put("typ", "at+jwt");
        h.put("kid", kid());
        return h;
    }

    private Map<String, Object> baseClaims() {
        long now = START.getEpochSecond();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", ISSUER);
        c.put("sub", "user-1");
        c.put("aud", AUD);
        c.put("exp", now + 300);
        c.put("iat", now);
        c.put("jti", "jti-1");
        c.put("client_id", "web");
        c.put("scope", "openid");
        c.put("roles", List.of("user"));
        c.put("sid", "s-1");
        return c;
    }

    private String headerJson(Map<String, Object> h) {
        try {
            return json.writeValueAsString(h);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String claimsJson(Consumer<Map<String, Object>> edit) {
        Map<String, Object> c = baseClaims();
        edit.accept(c);
        return headerJson(c);
    }

    /** A token signed with our real RS256 key after editing header and claims. */
    private String forge(Consumer<Map<String, Object>> headerEdit, Consumer<Map<String, Object>> claimsEdit) {
        Map<String, Object> h = baseHeader();
        headerEdit.accept(h);
        return forgeRaw(headerJson(h), claimsJson(claimsEdit));
    }

    private String forgeRaw(String header, String claims) {
        return signBytes(rsaKeys, b64(header), claims.getBytes(StandardCharsets.UTF_8));
    }

    private static String signBytes(KeyService keys, String headerB64, byte[] claims) {
        String input = headerB64 + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims);
        try {
            LoadedKey k = keys.signingKey();
            return input + "." + k.signer().sign(new JWSHeader(k.algorithm()), input.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A token signed with the attacker's own key (kid is ours unless the edit changes it). */
    private String forgeWith(RSAKey key, Consumer<Map<String, Object>> headerEdit,
            Consumer<Map<String, Object>> claimsEdit) {
        Map<String, Object> h = baseHeader();
        headerEdit.accept(h);
        String input = b64(headerJson(h)) + "." + b64(claimsJson(claimsEdit));
        try {
            return input + "." + new RSASSASigner(key).sign(new JWSHeader(JWSAlgorithm.RS256),
                    input.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> jsonPart(String token, int i) throws Exception {
        return json.readValue(part(token, i), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String part(String token, int i) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[i]), StandardCharsets.UTF_8);
    }
}
