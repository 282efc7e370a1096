package dev.gatehouse.web;

import static dev.gatehouse.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.BearerHeaders;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile access tokens on {@code GET /api/v1/me}: each must get 401 {@code invalid_token} with
 * {@code WWW-Authenticate: Bearer ... error="invalid_token"} (RFC 6750 §3.1, RFC 8725, SECURITY.md
 * "JWT issuing and validation"). Tokens with a valid signature but the wrong time, issuer or audience
 * come from other servers sharing the database and master key, so they are signed with the real key.
 */
class HostileTokenTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private static TestServer server;
    private static TestHttp http;
    private static String valid;
    private static String refreshToken;
    private static String kid;
    private static RSAPublicKey serverKey;
    private static String serverJwk;
    private static final Map<String, String> FOREIGN = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        String url = TestDatabases.sqlite();
        server = TestServer.builder().databaseUrl(url).start();
        http = server.http();
        JsonNode tokens = http.signupAndLogin("carol", PASSWORD);
        valid = tokens.path("access_token").asText();
        refreshToken = tokens.path("refresh_token").asText();
        kid = header(valid).path("kid").asText();
        RSAKey jwk = (RSAKey) JWKSet.parse(http.get("/oauth2/jwks").body()).getKeyByKeyId(kid);
        serverKey = jwk.toRSAPublicKey();
        serverJwk = jwk.toJSONString();

        // Real signatures with the wrong time, issuer or audience: other nodes on the same database and key.
        Clock now = Clock.systemUTC();
        FOREIGN.put("expired", tokenFrom(TestServer.builder().databaseUrl(url)
                .clock(Clock.offset(now, Duration.ofHours(-1))).set("access.token.ttl", "1m")));
        FOREIGN.put("issued in the future", tokenFrom(TestServer.builder().databaseUrl(url)
                .clock(Clock.offset(now, Duration.ofHours(1)))));
        FOREIGN.put("wrong issuer", tokenFrom(TestServer.builder().databaseUrl(url)
                .set("issuer", "http://127.0.0.1:9999").set("access.token.audience", server.config().tokens().audience())));
        FOREIGN.put("wrong audience", tokenFrom(TestServer.builder().databaseUrl(url)
                .set("access.token.audience", "https://api.other.example")));
    }

    private static String tokenFrom(TestServer.Builder builder) {
        try (TestServer other = builder.start()) {
            return other.http().login("carol", PASSWORD).path("access_token").asText();
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    // ---- helpers ----

    private static JsonNode header(String token) {
        return json(new String(B64D.decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    private static ObjectNode claims(String token) {
        return (ObjectNode) json(new String(B64D.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** header.payload.signature, the signature made by {@code signer} over the first two parts. */
    private static String jws(String headerJson, String payloadB64, Function<byte[], byte[]> signer) {
        String input = b64(headerJson) + "." + payloadB64;
        return input + "." + B64.encodeToString(signer.apply(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String payload() {
        return valid.split("\\.")[1];
    }

    private static Function<byte[], byte[]> hmac(String alg, byte[] secret) {
        return input -> {
            try {
                Mac mac = Mac.getInstance(alg);
                mac.init(new SecretKeySpec(secret, alg));
                return mac.doFinal(input);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Function<byte[], byte[]> rsa(KeyPair keys) {
        return input -> {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(keys.getPrivate());
                s.update(input);
                return s.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static KeyPair attackerKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static void assertRefused(String authorization, String why) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/me")).GET();
        if (authorization != null) b.header("Authorization", authorization);
        assertRefused(http.send(b.build()), why);
    }

    private static void assertRefused(TestHttp.Response r, String why) {
        assertThat(r.status()).as("%s: %s", why, r.body()).isEqualTo(401);
        assertProblem(r, ErrorCode.INVALID_TOKEN);
        assertThat(r.header("WWW-Authenticate")).as(why).startsWith("Bearer ").contains("error=\"invalid_token\"");
        assertThat(r.body()).as(why).doesNotContain("carol");
    }

    private static void assertBearerRefused(String token, String why) {
        assertRefused("Bearer " + token, why);
    }

    // ---- tests ----

    @Test
    void theValidTokenWorks() {
        assertThat(http.get("/api/v1/me", valid).status()).isEqualTo(200);
        // The auth scheme is case-insensitive (RFC 9110 §11.1).
        HttpRequest lower = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/me"))
                .header("Authorization", "bearer " + valid).GET().build();
        assertThat(http.send(lower).status()).isEqualTo(200);
    }

    @Test
    void theAuthorizationHeaderIsReadAsUserinfoReadsIt() {
        for (String header : BearerHeaders.accepted(valid)) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/me")).header("Authorization", header).GET().build();
            assertThat(http.send(r).status()).as("[%s]", header).isEqualTo(200);
        }
        for (String header : BearerHeaders.refused(valid)) {
            assertRefused(header, "[" + header + "]");
        }
    }

    @Test
    void algNoneInAnySpellingIsRefused() {
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String h = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"at+jwt\"}");
            assertBearerRefused(h + "." + payload() + ".", "alg " + alg + ", empty signature");
            assertBearerRefused(h + "." + payload(), "alg " + alg + ", two parts");
            assertBearerRefused(h + "." + payload() + "." + valid.split("\\.")[2], "alg " + alg + ", real signature kept");
        }
        assertBearerRefused(b64("{\"alg\":\"none\"}") + "." + payload() + ".", "alg none without kid and typ");
    }

    @Test
    void hmacSignedWithTheServersPublicKeyIsRefused() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(serverKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        secrets.put("DER", serverKey.getEncoded());
        secrets.put("PEM", pem.getBytes(StandardCharsets.US_ASCII));
        secrets.put("JWK JSON", serverJwk.getBytes(StandardCharsets.UTF_8));
        secrets.put("modulus", serverKey.getModulus().toByteArray());
        for (var secret : secrets.entrySet()) {
            for (String[] alg : new String[][] {{"HS256", "HmacSHA256"}, {"HS384", "HmacSHA384"}, {"HS512", "HmacSHA512"}}) {
                String token = jws("{\"alg\":\"" + alg[0] + "\",\"kid\":\"" + kid + "\",\"typ\":\"at+jwt\"}", payload(),
                        hmac(alg[1], secret.getValue()));
                assertBearerRefused(token, alg[0] + " with the public key as " + secret.getKey());
            }
        }
    }

    @Test
    void keysCarriedOrPointedToByTheTokenAreRefused() throws Exception {
        KeyPair attacker = attackerKeys();
        String ownJwk = new RSAKey.Builder((RSAPublicKey) attacker.getPublic()).keyID("attacker").build().toJSONString();
        Function<byte[], byte[]> sign = rsa(attacker);
        for (String k : List.of(kid, "attacker")) {
            assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":\"" + k + "\",\"typ\":\"at+jwt\",\"jwk\":" + ownJwk + "}",
                    payload(), sign), "embedded jwk, kid " + k);
            assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":\"" + k + "\",\"typ\":\"at+jwt\",\"jku\":\"http://127.0.0.1:1/jwks\"}",
                    payload(), sign), "jku, kid " + k);
            assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":\"" + k + "\",\"typ\":\"at+jwt\",\"x5u\":\"http://127.0.0.1:1/cert\"}",
                    payload(), sign), "x5u, kid " + k);
            assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":\"" + k + "\",\"typ\":\"at+jwt\",\"x5c\":[\"MIIB\"]}",
                    payload(), sign), "x5c, kid " + k);
        }
    }

    @Test
    void unknownOrMalformedKidIsRefused() throws Exception {
        Function<byte[], byte[]> sign = rsa(attackerKeys());
        for (String k : List.of("unknown-kid", kid + "x", "", "../../etc/passwd", "' OR '1'='1", "x".repeat(300))) {
            assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":" + JSON.writeValueAsString(k) + ",\"typ\":\"at+jwt\"}",
                    payload(), sign), "kid " + k);
        }
        assertBearerRefused(jws("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}", payload(), sign), "no kid");
        assertBearerRefused(jws("{\"alg\":\"RS256\",\"kid\":7,\"typ\":\"at+jwt\"}", payload(), sign), "numeric kid");
    }

    @Test
    void tamperedSignatureIsRefused() {
        String[] p = valid.split("\\.");
        char[] sig = p[2].toCharArray();
        int i = sig.length / 2;
        sig[i] = sig[i] == 'A' ? 'B' : 'A';
        assertBearerRefused(p[0] + "." + p[1] + "." + new String(sig), "one signature character changed");
        assertBearerRefused(p[0] + "." + p[1] + "." + p[2].substring(0, p[2].length() - 4), "signature cut short");
        assertBearerRefused(p[0] + "." + p[1] + "." + p[2] + "AAAA", "signature extended");
        assertBearerRefused(p[0] + "." + p[1] + "." + B64.encodeToString(new byte[256]), "zero signature");
    }

    @Test
    void tamperedPayloadOrHeaderIsRefused() throws Exception {
        String[] p = valid.split("\\.");
        ObjectNode admin = claims(valid);
        admin.putArray("roles").add("admin");
        assertBearerRefused(p[0] + "." + b64(admin.toString()) + "." + p[2], "roles raised to admin");
        ObjectNode otherUser = claims(valid);
        otherUser.put("sub", "00000000-0000-0000-0000-000000000000");
        assertBearerRefused(p[0] + "." + b64(otherUser.toString()) + "." + p[2], "sub changed");
        ObjectNode later = claims(valid);
        later.put("exp", later.path("exp").asLong() + 86_400);
        assertBearerRefused(p[0] + "." + b64(later.toString()) + "." + p[2], "exp extended");
        // Same claims, re-serialised with a duplicate member: signature no longer matches, and duplicates are refused.
        String duplicated = "{\"sub\":\"x\"," + claims(valid).toString().substring(1);
        assertBearerRefused(p[0] + "." + b64(duplicated) + "." + p[2], "duplicate sub");
        ObjectNode typ = (ObjectNode) header(valid);
        typ.put("typ", "JWT");
        assertBearerRefused(b64(typ.toString()) + "." + p[1] + "." + p[2], "typ JWT");
        assertBearerRefused(b64("{\"alg\":\"RS256\",\"alg\":\"none\",\"kid\":\"" + kid + "\",\"typ\":\"at+jwt\"}")
                + "." + p[1] + "." + p[2], "duplicate alg");
        ObjectNode crit = (ObjectNode) header(valid);
        crit.putArray("crit").add("exp");
        assertBearerRefused(b64(crit.toString()) + "." + p[1] + "." + p[2], "crit");
    }

    @Test
    void malformedCompactFormsAreRefused() {
        String[] p = valid.split("\\.");
        for (String token : List.of("", "x", "a.b", "a.b.c.d", valid + ".", "." + valid, valid + "=", p[0] + "==." + p[1] + "." + p[2],
                p[0] + "." + p[1] + "." + p[2] + "." + p[2], valid.replace('-', '+'), valid + " x", "e30.e30.e30",
                b64("[]") + "." + p[1] + "." + p[2], b64("null") + "." + p[1] + "." + p[2])) {
            assertBearerRefused(token, "compact form '" + (token.length() > 40 ? token.substring(0, 40) + "..." : token) + "'");
        }
    }

    @Test
    void validlySignedTokensWithTheWrongTimeIssuerOrAudienceAreRefused() {
        Map<String, String> reasons = Map.of("expired", "expired", "issued in the future", "future",
                "wrong issuer", "issuer", "wrong audience", "audience");
        assertThat(FOREIGN.keySet()).containsExactlyInAnyOrderElementsOf(reasons.keySet());
        for (var e : FOREIGN.entrySet()) {
            String token = e.getValue();
            assertThat(header(token).path("kid").asText()).as(e.getKey()).isEqualTo(kid); // really our key
            assertBearerRefused(token, e.getKey());
            // Refused for that reason, not for another (such as its session).
            assertThat(http.get("/api/v1/me", token).header("WWW-Authenticate")).as(e.getKey())
                    .contains(reasons.get(e.getKey()));
        }
        assertThat(claims(FOREIGN.get("wrong issuer")).path("iss").asText()).isEqualTo("http://127.0.0.1:9999");
        assertThat(claims(FOREIGN.get("wrong audience")).path("aud").toString()).contains("https://api.other.example");
        assertThat(claims(FOREIGN.get("expired")).path("exp").asLong() * 1000).isLessThan(System.currentTimeMillis() - 3_000_000);
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        assertBearerRefused(refreshToken, "refresh token");
    }

    @Test
    void tokenInTheQueryStringIsIgnored() {
        assertRefused(http.get("/api/v1/me?access_token=" + valid), "query string only");
        assertRefused(http.get("/api/v1/me?access_token=" + valid + "&token=" + valid), "query string, two names");
        // Form-encoded body parameter (RFC 6750 §2.2) is not accepted either.
        assertRefused(http.send("GET", "/api/v1/me", "access_token=" + valid, "application/x-www-form-urlencoded", null),
                "form body");
    }

    @Test
    void otherAuthorizationSchemesAreRefused() {
        String basic = Base64.getEncoder().encodeToString(("carol:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String auth : List.of("Basic " + basic, "Token " + valid, "JWT " + valid, "DPoP " + valid, "MAC " + valid,
                valid, "Bearer", "Bearer ", "Bearer " + valid + " " + valid, "Bearer Bearer " + valid, "Bearer\t" + valid,
                "Bearer," + valid, "Bearerx " + valid)) {
            assertRefused(auth, "Authorization '" + auth.substring(0, Math.min(20, auth.length())) + "'");
        }
    }

    @Test
    void oversizedTokensAreRefused() {
        // Over the verifier's 8 KiB cap but under the 16 KiB header limit: a 401 like any bad token.
        assertBearerRefused(valid + "A".repeat(12_000), "12 KB token");
        assertBearerRefused("A".repeat(12_000), "12 KB garbage");
        // 100 KB exceeds the header limit: Jetty refuses the request before any route, as 431 (RFC 6585 §5).
        HttpRequest huge = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + "A".repeat(100 * 1024)).GET().build();
        assertProblem(http.send(huge), ErrorCode.HEADERS_TOO_LARGE);
        assertThat(http.get("/api/v1/me", valid).status()).isEqualTo(200);
    }

    @Test
    void everyProtectedRouteRefusesAForgedToken() {
        String forged = b64("{\"alg\":\"none\",\"kid\":\"" + kid + "\",\"typ\":\"at+jwt\"}") + "." + payload() + ".";
        for (String[] route : new String[][] {{"GET", "/api/v1/me"}, {"PATCH", "/api/v1/me"}, {"POST", "/api/v1/me/password"},
                {"GET", "/api/v1/me/sessions"}, {"DELETE", "/api/v1/me/sessions/abc"}, {"POST", "/api/v1/logout"}}) {
            TestHttp.Response r = http.send(route[0], route[1], "{\"name\":\"x\"}", "application/json", forged);
            if (route[1].equals("/api/v1/logout")) {
                r = http.send(route[0], route[1], (byte[]) null, null, forged);
            }
            assertRefused(r, route[0] + " " + route[1]);
        }
        assertThat(http.get("/api/v1/me", valid).status()).isEqualTo(200);
    }
}
