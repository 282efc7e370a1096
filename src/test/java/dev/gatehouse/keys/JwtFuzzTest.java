package dev.gatehouse.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every JWT the server accepts from outside: access tokens ({@link AccessTokenVerifier}, on every
 * Bearer route) and ID-token hints ({@link IdTokens#verifyIgnoringExpiry}, RP-initiated logout).
 * The headers and claims are signed with the server's real key, so the fuzzing reaches past the
 * signature into the JSON checks (RFC 8725 §2-3: alg, kid, typ, embedded keys, duplicate members).
 * The access-token header has an exact oracle: accepted exactly when it is the server's own
 * {alg, kid, typ} and nothing more.
 */
class JwtFuzzTest {
    static final String ISSUER = "https://id.example.test";
    static final String AUD = KeyServiceTest.AUD;
    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MutableClock CLOCK = new MutableClock(START);
    private static final KeyService KEYS = keys();
    private static final String KID = KEYS.signingKey().kid();
    private static final AccessTokenVerifier VERIFIER = new AccessTokenVerifier(KEYS, ISSUER, AUD, CLOCK, Duration.ofSeconds(60));
    private static final String VALID = new AccessTokenIssuer(KEYS, ISSUER, CLOCK).issue(KeyServiceTest.userToken()).token();
    private static final IdTokens ID_TOKENS = new IdTokens(KEYS, ISSUER);
    private static final String VALID_ID_TOKEN = ID_TOKENS.sign(new JWTClaimsSet.Builder().issuer(ISSUER).subject("u-1")
            .audience("web").expirationTime(Date.from(START.plusSeconds(300))).issueTime(Date.from(START)).build(), "RS256");

    private static KeyService keys() {
        KeyService keys = new KeyService(new FakeSigningKeyStore(), MasterKey.generate(), CLOCK, "RS256", Duration.ofMinutes(15));
        keys.ensureActiveKey();
        return keys;
    }

    private record Member(String name, Object value) {
        String json() {
            return text(name) + ":" + text(value);
        }
    }

    // ---- access tokens ----

    @Property
    void verifyWhenAnyStringThenInvalidToken(@ForAll("tokenish") String token) {
        refused(token);
    }

    @Property
    void verifyWhenValidTokenMutatedThenInvalidToken(@ForAll("mutatedAccessTokens") String token) {
        if (token.equals(VALID)) return;
        refused(token);
    }

    @Property
    void verifyWhenSignedHeaderVariesThenAcceptedExactlyWhenItIsOurs(@ForAll("headers") List<Member> header) {
        String token = sign(object(header), claimsJson(baseClaims()).getBytes(StandardCharsets.UTF_8));
        if (isOurHeader(header)) {
            assertThat(Fuzz.timed("header", () -> VERIFIER.verify(token)).subject()).isEqualTo("user-1");
        } else {
            refused(token);
        }
    }

    @Property
    void verifyWhenSignedClaimsVaryThenVerifiedOnlyIfWellFormed(@ForAll("claims") List<Member> claims) {
        String token = sign(ourHeader(), object(claims).getBytes(StandardCharsets.UTF_8));
        try {
            VerifiedAccessToken v = Fuzz.timed("claims", () -> VERIFIER.verify(token));
            Map<String, Object> last = new LinkedHashMap<>();
            claims.forEach(m -> last.put(m.name(), m.value()));
            assertThat(names(claims)).as("duplicate claims must be refused").doesNotHaveDuplicates();
            assertThat(last.get("iss")).isEqualTo(ISSUER);
            assertThat(v.subject()).isEqualTo(last.get("sub"));
            assertThat(v.audience()).contains(AUD);
        } catch (InvalidTokenException e) {
            assertThat(e.getMessage()).matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]{1,80}");
        }
    }

    @Property
    void verifyWhenSignedPartsAreArbitraryBytesOrDeepThenInvalidToken(@ForAll @Size(max = 200) byte[] claims,
            @ForAll @IntRange(min = 1, max = 4000) int depth, @ForAll boolean deepHeader) {
        String deep = "{\"alg\":\"RS256\",\"kid\":" + text(KID) + ",\"typ\":\"at+jwt\",\"x\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}";
        refused(deepHeader ? sign(deep, claimsJson(baseClaims()).getBytes(StandardCharsets.UTF_8)) : sign(ourHeader(), claims));
    }

    // ---- ID-token hints ----

    @Property
    void idTokenHintWhenAnyStringOrMutationThenEmptyNeverThrows(@ForAll("idTokenHints") String hint) {
        var verified = Fuzz.timed("hint", () -> ID_TOKENS.verifyIgnoringExpiry(hint));
        assertThat(verified.isPresent()).isEqualTo(hint.equals(VALID_ID_TOKEN));
    }

    @Property
    void idTokenHintWhenSignedHeaderOrClaimsVaryThenNeverThrows(@ForAll("headers") List<Member> header,
            @ForAll("claims") List<Member> claims, @ForAll @IntRange(min = 0, max = 3000) int depth) {
        String nested = depth == 0 ? object(claims) : "{\"iss\":" + text(ISSUER) + ",\"x\":" + "{\"a\":".repeat(depth) + "1"
                + "}".repeat(depth) + "}";
        String token = sign(object(header), nested.getBytes(StandardCharsets.UTF_8));
        var verified = Fuzz.timed("hint", () -> ID_TOKENS.verifyIgnoringExpiry(token));
        verified.ifPresent(c -> assertThat(c.getIssuer()).isEqualTo(ISSUER));
    }

    /**
     * Found by the hint property: an access token verified as an ID-token hint. Same keys, same issuer; only the
     * explicit type tells them apart (RFC 8725 §3.11).
     */
    @Example
    void idTokenHintWhenAccessTokenThenNotAHint() {
        assertThat(VERIFIER.verify(VALID).subject()).isNotEmpty();
        assertThat(ID_TOKENS.verifyIgnoringExpiry(VALID)).isEmpty();
        assertThat(ID_TOKENS.verifyIgnoringExpiry(VALID_ID_TOKEN)).isPresent();
    }

    /**
     * Found by longer runs of the hint property: a character outside the base64url alphabet inserted into the
     * signature, other unused low bits in its last character, or a control character or space before or after
     * the token, and the hint still verified.
     */
    @Example
    void idTokenHintWhenSignatureRespelledThenNotAHint() {
        int dot = VALID_ID_TOKEN.lastIndexOf('.');
        String signature = VALID_ID_TOKEN.substring(dot + 1);
        String withQuote = VALID_ID_TOKEN.substring(0, dot + 1) + "\"" + signature;
        String withAmpersand = VALID_ID_TOKEN.substring(0, dot + 10) + "&" + VALID_ID_TOKEN.substring(dot + 10);
        // 256 signature bytes are 342 characters of 6 bits: the last one carries 4 unused bits.
        char last = signature.charAt(signature.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String lowBits = VALID_ID_TOKEN.substring(0, VALID_ID_TOKEN.length() - 1) + sibling;
        for (String respelled : List.of(withQuote, withAmpersand, lowBits, "\n" + VALID_ID_TOKEN, "\u0001" + VALID_ID_TOKEN,
                VALID_ID_TOKEN + " ", VALID_ID_TOKEN + "\t")) {
            assertThat(ID_TOKENS.verifyIgnoringExpiry(respelled)).as(respelled).isEmpty();
        }
        assertThat(ID_TOKENS.verifyIgnoringExpiry(VALID_ID_TOKEN)).isPresent();
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> tokenish() {
        Arbitrary<String> part = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/.")
                .ofMaxLength(60);
        Arbitrary<String> compact = Combinators.combine(part, part, part).as((a, b, c) -> a + "." + b + "." + c);
        Arbitrary<String> encodedJson = Combinators.combine(Fuzz.text(80), Fuzz.text(80), part)
                .as((h, c, s) -> b64(h) + "." + b64(c) + "." + s);
        return Arbitraries.oneOf(Fuzz.anyString(200), compact, encodedJson,
                Arbitraries.of("", ".", "..", "...", "a.b.c", "a.b.", VALID + ".", VALID + ".x", " " + VALID, VALID.toLowerCase(Locale.ROOT),
                        "x".repeat(AccessTokenVerifier.MAX_TOKEN_CHARS + 1)));
    }

    @Provide
    Arbitrary<String> mutatedAccessTokens() {
        return Fuzz.mutationsOf(VALID);
    }

    @Provide
    Arbitrary<String> idTokenHints() {
        return Arbitraries.oneOf(tokenish(), Fuzz.mutationsOf(VALID_ID_TOKEN), Arbitraries.just(VALID_ID_TOKEN), Arbitraries.just(VALID));
    }

    /** Mostly our own three members, sometimes with odd values, extra members (jwk, jku, crit…) or a repeat. */
    @Provide
    Arbitrary<List<Member>> headers() {
        Arbitrary<Object> alg = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("RS256")),
                Tuple.of(4, Arbitraries.of("none", "None", "NONE", "nOnE", "HS256", "hs256", "HS512", "ES256", "PS256", "RS512",
                        "rs256", "RS256 ", "", "RSA-OAEP")), Tuple.of(1, oddValue()));
        Arbitrary<Object> kid = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(KID)),
                Tuple.of(4, Arbitraries.of("", " ", KID + "x", KID.toUpperCase(Locale.ROOT), "../../../etc/passwd", "' OR 1=1 --",
                        "k".repeat(129), "unknown", "\u0000")), Tuple.of(1, oddValue()));
        Arbitrary<Object> typ = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("at+jwt", "AT+JWT", "application/at+jwt")),
                Tuple.of(4, Arbitraries.of("JWT", "jwt", "", "at+jwt ", "application/jwt", "id_token", "logout+jwt")),
                Tuple.of(1, oddValue()));
        Arbitrary<Member> extra = Combinators.combine(Arbitraries.of("jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256", "crit", "cty", "zip",
                "b64", "enc", "nonce", "ALG", "Kid", ""), oddValue()).as(Member::new);
        return Combinators.combine(present(alg, "alg"), present(kid, "kid"), present(typ, "typ"),
                extra.list().ofMaxSize(2).injectDuplicates(0.1), Arbitraries.integers().between(-3, 3), Arbitraries.longs())
                .as((a, k, t, extras, duplicate, seed) -> {
                    List<Member> out = new ArrayList<>();
                    a.ifPresent(out::add);
                    k.ifPresent(out::add);
                    t.ifPresent(out::add);
                    if (seed % 3 == 0) out.addAll(extras);
                    // One member in three times out of seven is sent twice: once as is, or with another value.
                    if (duplicate > 0 && !out.isEmpty()) {
                        Member m = out.get(duplicate % out.size());
                        out.add(new Member(m.name(), duplicate == 3 ? "RS256" : m.value()));
                    }
                    Collections.shuffle(out, new Random(seed));
                    return out;
                });
    }

    private static Arbitrary<java.util.Optional<Member>> present(Arbitrary<Object> value, String name) {
        return value.map(v -> new Member(name, v)).optional(0.9);
    }

    /** The base claims with values replaced by odd ones, some removed, some added, some repeated. */
    @Provide
    Arbitrary<List<Member>> claims() {
        List<String> names = List.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "client_id", "scope", "roles", "sid");
        Arbitrary<Object> odd = Arbitraries.oneOf(oddValue(), Arbitraries.of(ISSUER, AUD, List.of(AUD), List.of(), List.of(AUD, 1),
                START.getEpochSecond() - 120, START.getEpochSecond() + 120, 253_402_300_800L, -1L, 1e308, 0.5,
                START.getEpochSecond() + 0.999, "1893456000"));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(names), Arbitraries.integers().between(0, 3), odd).as(Edit::new);
        return edit.list().ofMaxSize(4).map(edits -> {
            List<Member> out = new ArrayList<>();
            baseClaims().forEach((k, v) -> out.add(new Member(k, v)));
            for (Edit e : edits) e.apply(out);
            return out;
        });
    }

    private record Edit(String name, int kind, Object value) {
        void apply(List<Member> members) {
            switch (kind) {
                case 0 -> members.removeIf(m -> m.name().equals(name));
                case 1 -> members.add(new Member(name, value)); // a repeat, or the claim back with another value
                default -> members.replaceAll(m -> m.name().equals(name) ? new Member(name, value) : m);
            }
        }
    }

    /** JSON values of every type, including ones near the numeric and string edges. */
    private static Arbitrary<Object> oddValue() {
        return Arbitraries.oneOf(Fuzz.text(30).map(s -> (Object) s), Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of((Object) null, true, false, List.of(), Map.of(), List.of("a"), Map.of("kty", "oct", "k", "AAAA"),
                        new java.math.BigInteger("123456789012345678901234567890"), Long.MIN_VALUE, Double.MAX_VALUE));
    }

    // ---- helpers ----

    private static void refused(String token) {
        assertThatThrownBy(() -> Fuzz.timed("verify", () -> VERIFIER.verify(token))).isInstanceOf(InvalidTokenException.class);
    }

    private static boolean isOurHeader(List<Member> header) {
        List<String> names = names(header);
        if (names.size() != 3 || !new HashSet<>(names).equals(Set.of("alg", "kid", "typ"))) return false;
        Map<String, Object> h = header.stream().collect(Collectors.toMap(Member::name, m -> m.value() == null ? "null" : m.value()));
        return "RS256".equals(h.get("alg")) && KID.equals(h.get("kid"))
                && h.get("typ") instanceof String typ && (typ.equalsIgnoreCase("at+jwt") || typ.equalsIgnoreCase("application/at+jwt"));
    }

    private static List<String> names(List<Member> members) {
        return members.stream().map(Member::name).toList();
    }

    private static String ourHeader() {
        return "{\"alg\":\"RS256\",\"kid\":" + text(KID) + ",\"typ\":\"at+jwt\"}";
    }

    private static Map<String, Object> baseClaims() {
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

    private static String claimsJson(Map<String, Object> claims) {
        return text(claims);
    }

    private static String object(List<Member> members) {
        return members.stream().map(Member::json).collect(Collectors.joining(",", "{", "}"));
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** header.claims.signature with our real key over exactly these bytes. */
    private static String sign(String headerJson, byte[] claims) {
        String input = b64(headerJson) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims);
        try {
            LoadedKey k = KEYS.signingKey();
            return input + "." + k.signer().sign(new JWSHeader(k.algorithm()), input.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
