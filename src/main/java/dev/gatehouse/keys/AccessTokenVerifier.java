package dev.gatehouse.keys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies access tokens issued by this server (RFC 9068 §4, RFC 8725).
 *
 * <p>The algorithm and key come from the server, never from the token (RFC 8725 §2.1, §3.1): the kid selects
 * one of our keys, and the header's {@code alg} must equal that key's algorithm. The compact form and both
 * JSON parts are parsed strictly (one parse each), the signature is checked once, and a bounded cache of
 * verified token strings lets a repeated token skip the signature check only: every other check runs on
 * every call, the time checks above all.
 */
public final class AccessTokenVerifier {

    /** Tokens we issue are well under 2 KiB; anything over this is refused before any parsing. */
    static final int MAX_TOKEN_CHARS = 8 * 1024;
    static final int DEFAULT_CACHE_SIZE = 10_000;
    /** The reason {@link #verify} gives for a token whose {@code aud} lacks Gatehouse's own audience. */
    public static final String WRONG_AUDIENCE = "wrong audience";
    static final Duration MAX_ALLOWED_SKEW = Duration.ofSeconds(60);
    /** NumericDate bounds (RFC 7519 §2): year 9999 keeps millisecond arithmetic far from overflow. */
    private static final long MAX_NUMERIC_DATE = 253_402_300_799L;

    private final KeyService keys;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final long skewMillis;
    private final VerifiedTokenCache cache;
    private final ObjectMapper json;

    /** With a cache of up to 10,000 verified tokens. */
    public AccessTokenVerifier(KeyService keys, String issuer, String audience, Clock clock, Duration maxSkew) {
        this(keys, issuer, audience, clock, maxSkew, DEFAULT_CACHE_SIZE);
    }

    /** @param cacheSize verified tokens kept (0 disables the cache) */
    public AccessTokenVerifier(KeyService keys, String issuer, String audience, Clock clock, Duration maxSkew,
            int cacheSize) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = requireText(issuer, "issuer");
        this.audience = requireText(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxSkew == null || maxSkew.isNegative() || maxSkew.compareTo(MAX_ALLOWED_SKEW) > 0) {
            throw new IllegalArgumentException("max clock skew must be between 0 and 60 s");
        }
        this.skewMillis = maxSkew.toMillis();
        this.cache = new VerifiedTokenCache(cacheSize, skewMillis, this.clock);
        // Strict JSON (RFC 8259): no comments, no trailing content, and duplicate member names refused at
        // every depth (RFC 7515 §4, RFC 8725 §3.2). Nimbus' own parser keeps the last of nested duplicates.
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(16).maxStringLength(MAX_TOKEN_CHARS).maxNumberLength(32).build())
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Verifies a compact JWS access token meant for Gatehouse itself: {@code aud} must contain the configured
     * audience ({@code access.token.audience}).
     *
     * @throws InvalidTokenException with a short reason when the token is refused
     */
    public VerifiedAccessToken verify(String token) {
        return verify(token, true);
    }

    /**
     * Verifies a token this server issued whatever its audience: every check of {@link #verify} but
     * {@code aud}. Only for endpoints that serve every client's tokens by definition: userinfo (OIDC Core
     * §5.3, called by every relying party), introspection (RFC 7662 §2.2, which reports the real
     * {@code aud} to the resource server that asks) and revocation (RFC 7009). Never for an API that
     * acts on the user's account.
     *
     * @throws InvalidTokenException with a short reason when the token is refused
     */
    public VerifiedAccessToken verifyAnyAudience(String token) {
        return verify(token, false);
    }

    private VerifiedAccessToken verify(String token, boolean ownAudience) {
        long nowMillis = clock.millis();
        if (token == null || token.isEmpty()) {
            throw new InvalidTokenException("missing token");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("token too large");
        }
        Decoded cached = cache.get(token);
        if (cached != null) {
            try {
                checkHeader(cached);
                checkClaims(cached, nowMillis, ownAudience);
                return cached.result();
            } catch (InvalidTokenException e) {
                cache.remove(token);
                throw e;
            }
        }
        int[] dots = splitCompact(token);
        Header header = parseHeader(token, dots[0]);
        LoadedKey key = checkHeader(header.alg(), header.kid(), header.typ());
        verifySignature(token, dots, key);
        Decoded decoded = parseClaims(header, token, dots[1]);
        checkClaims(decoded, nowMillis, ownAudience);
        cache.put(token, decoded);
        return decoded.result();
    }

    /** The cache of verified tokens, for its statistics in /metrics. */
    public Cache<?, ?> cache() {
        return cache.cache();
    }

    // ---- compact form (RFC 7515 §7.1) ----

    /** Exactly three non-empty base64url parts: header.payload.signature. Returns the two dot positions. */
    private static int[] splitCompact(String token) {
        int dot1 = -1;
        int dot2 = -1;
        for (int i = 0, n = token.length(); i < n; i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (dot1 < 0) {
                    dot1 = i;
                } else if (dot2 < 0) {
                    dot2 = i;
                } else {
                    throw new InvalidTokenException("malformed token: expected three parts");
                }
            } else if (base64UrlValue(c) < 0) {
                throw new InvalidTokenException("malformed token: invalid character");
            }
        }
        if (dot2 < 0) {
            throw new InvalidTokenException("malformed token: expected three parts");
        }
        if (dot1 == 0 || dot2 == dot1 + 1 || dot2 == token.length() - 1) {
            // An empty signature part is how an unsecured JWS looks (RFC 7519 §6).
            throw new InvalidTokenException("malformed token: empty part");
        }
        return new int[] {dot1, dot2};
    }

    private static int base64UrlValue(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        return -1;
    }

    /**
     * Base64url without padding (RFC 7515 §2), canonical only: the unused low bits of the last character
     * must be zero, so one token has one spelling.
     */
    private static byte[] decodeStrict(String s, int from, int to) {
        requireCanonical(s, from, to);
        return Base64.getUrlDecoder().decode(s.substring(from, to).getBytes(StandardCharsets.US_ASCII));
    }

    /** Characters were checked by {@link #splitCompact}; here only the length and the final bits. */
    private static void requireCanonical(String s, int from, int to) {
        int rem = (to - from) % 4;
        int last = base64UrlValue(s.charAt(to - 1));
        if (rem == 1 || (rem == 2 && (last & 0x0F) != 0) || (rem == 3 && (last & 0x03) != 0)) {
            throw new InvalidTokenException("malformed token: non-canonical base64url");
        }
    }

    private JsonNode parseObject(byte[] bytes, String what) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidTokenException("malformed token: invalid JSON in " + what);
        } catch (IOException e) {
            throw new InvalidTokenException("malformed token: invalid JSON in " + what);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidTokenException("malformed token: " + what + " is not a JSON object");
        }
        return node;
    }

    // ---- header (RFC 7515 §4, RFC 8725 §3.1) ----

    record Header(String alg, String kid, String typ) {
    }

    private Header parseHeader(String token, int dot1) {
        JsonNode h = parseObject(decodeStrict(token, 0, dot1), "header");
        for (Iterator<String> names = h.fieldNames(); names.hasNext(); ) {
            switch (names.next()) {
                case "alg", "kid", "typ" -> { }
                // Keys named or carried by the token are never used or fetched (RFC 8725 §3.10, SECURITY.md).
                case "jwk" -> throw new InvalidTokenException("embedded jwk not accepted");
                case "jku" -> throw new InvalidTokenException("jku not accepted");
                case "x5u" -> throw new InvalidTokenException("x5u not accepted");
                case "x5c" -> throw new InvalidTokenException("x5c not accepted");
                case "x5t", "x5t#S256" -> throw new InvalidTokenException("x5t not accepted");
                // RFC 7515 §4.1.11: we understand no extension, so any crit makes the token invalid.
                case "crit" -> throw new InvalidTokenException("crit not accepted");
                // Our tokens carry alg, kid and typ only; anything else was not made here.
                default -> throw new InvalidTokenException("unsupported header parameter");
            }
        }
        String alg = text(h, "alg", "missing alg", "malformed alg");
        // RFC 8725 §3.1: never accept unsecured tokens, whatever the spelling; never HMAC, whose key could
        // be taken to be our public key (algorithm confusion).
        if (alg.equalsIgnoreCase("none")) {
            throw new InvalidTokenException("alg none not accepted");
        }
        if (alg.toUpperCase(Locale.ROOT).startsWith("HS")) {
            throw new InvalidTokenException("HMAC algorithms not accepted");
        }
        String kid = text(h, "kid", "missing kid", "malformed kid");
        if (kid.isEmpty() || kid.length() > 128 || !kid.chars().allMatch(c -> base64UrlValue((char) c) >= 0)) {
            throw new InvalidTokenException("malformed kid");
        }
        String typ = text(h, "typ", "missing typ", "malformed typ");
        return new Header(alg, kid, typ);
    }

    private LoadedKey checkHeader(Decoded d) {
        return checkHeader(d.alg(), d.kid(), d.typ());
    }

    private LoadedKey checkHeader(String alg, String kid, String typ) {
        // RFC 9068 §4 and RFC 8725 §3.11: explicit typing keeps ID tokens and other JWTs out; media type
        // names are case-insensitive and the "application/" prefix may be present (RFC 7515 §4.1.9).
        if (!typ.equalsIgnoreCase("at+jwt") && !typ.equalsIgnoreCase("application/at+jwt")) {
            throw new InvalidTokenException("wrong token type: not an access token");
        }
        LoadedKey key = keys.verificationKey(kid);
        if (key == null) {
            throw new InvalidTokenException("unknown kid");
        }
        if (!alg.equals(key.algorithm().getName())) {
            throw new InvalidTokenException("alg does not match the key");
        }
        return key;
    }

    private static void verifySignature(String token, int[] dots, LoadedKey key) {
        byte[] signingInput = token.substring(0, dots[1]).getBytes(StandardCharsets.US_ASCII);
        String sig = token.substring(dots[1] + 1);
        requireCanonical(token, dots[1] + 1, token.length());
        boolean ok;
        try {
            // The header handed to the verifier is the server's (alg of the key), not the token's.
            ok = key.verifier().verify(key.verifyHeader(), signingInput, new Base64URL(sig));
        } catch (JOSEException | RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            throw new InvalidTokenException("invalid signature");
        }
    }

    // ---- claims (RFC 9068 §2.2, §4; RFC 7519 §4.1) ----

    /** Everything a later check needs; cached once the signature has been verified. */
    record Decoded(String alg, String kid, String typ, String iss, List<String> aud, long expMillis,
            Long nbfMillis, long iatMillis, VerifiedAccessToken result) {
    }

    private Decoded parseClaims(Header header, String token, int dot2) {
        int dot1 = token.indexOf('.');
        JsonNode c = parseObject(decodeStrict(token, dot1 + 1, dot2), "claims");
        String iss = text(c, "iss", "missing iss", "malformed iss");
        String sub = text(c, "sub", "missing sub", "malformed sub");
        String clientId = text(c, "client_id", "missing client_id", "malformed client_id");
        String jti = text(c, "jti", "missing jti", "malformed jti");
        List<String> aud = audience(c.get("aud"));
        long exp = numericDate(c.get("exp"), "missing exp", "malformed exp");
        long iat = numericDate(c.get("iat"), "missing iat", "malformed iat");
        Long nbf = c.has("nbf") ? numericDate(c.get("nbf"), "missing nbf", "malformed nbf") : null;
        List<String> scope = List.of();
        if (c.has("scope")) {
            String s = text(c, "scope", "missing scope", "malformed scope");
            List<String> parts = new ArrayList<>();
            for (String p : s.split(" ")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            scope = List.copyOf(parts);
        }
        List<String> roles = c.has("roles") ? stringArray(c.get("roles"), "malformed roles") : List.of();
        String sid = c.has("sid") ? text(c, "sid", "missing sid", "malformed sid") : null;
        Instant authTime = c.has("auth_time")
                ? Instant.ofEpochMilli(numericDate(c.get("auth_time"), "missing auth_time", "malformed auth_time")) : null;
        VerifiedAccessToken result = new VerifiedAccessToken(sub, clientId, scope, roles, sid, jti,
                Instant.ofEpochMilli(exp), aud, authTime);
        return new Decoded(header.alg(), header.kid(), header.typ(), iss, aud, exp, nbf, iat, result);
    }

    private void checkClaims(Decoded d, long nowMillis, boolean ownAudience) {
        // RFC 9068 §4: iss must match exactly, aud must contain this resource.
        if (!issuer.equals(d.iss())) {
            throw new InvalidTokenException("wrong issuer");
        }
        if (ownAudience && !d.aud().contains(audience)) {
            throw new InvalidTokenException(WRONG_AUDIENCE);
        }
        // RFC 7519 §4.1.4-4.1.6 with the configured leeway (at most 60 s).
        if (nowMillis > d.expMillis() + skewMillis) {
            throw new InvalidTokenException("token expired");
        }
        if (d.nbfMillis() != null && nowMillis + skewMillis < d.nbfMillis()) {
            throw new InvalidTokenException("token not yet valid");
        }
        if (nowMillis + skewMillis < d.iatMillis()) {
            throw new InvalidTokenException("token issued in the future");
        }
    }

    private static String text(JsonNode obj, String name, String missing, String malformed) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw new InvalidTokenException(missing);
        }
        if (!v.isTextual()) {
            throw new InvalidTokenException(malformed);
        }
        return v.textValue();
    }

    /** RFC 7519 §4.1.3: a string or an array of strings. */
    private static List<String> audience(JsonNode v) {
        if (v == null || v.isNull()) {
            throw new InvalidTokenException("missing aud");
        }
        if (v.isTextual()) {
            return List.of(v.textValue());
        }
        List<String> out = stringArray(v, "malformed aud");
        if (out.isEmpty()) {
            throw new InvalidTokenException("malformed aud");
        }
        return out;
    }

    private static List<String> stringArray(JsonNode v, String malformed) {
        if (v == null || !v.isArray()) {
            throw new InvalidTokenException(malformed);
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new InvalidTokenException(malformed);
            }
            out.add(e.textValue());
        }
        return List.copyOf(out);
    }

    /** RFC 7519 §2 NumericDate, in milliseconds; fractions allowed, non-finite and absurd values refused. */
    private static long numericDate(JsonNode v, String missing, String malformed) {
        if (v == null || v.isNull()) {
            throw new InvalidTokenException(missing);
        }
        double seconds;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            long s = v.longValue();
            if (s < 0 || s > MAX_NUMERIC_DATE) {
                throw new InvalidTokenException(malformed);
            }
            return s * 1000L;
        } else if (v.isFloatingPointNumber()) {
            seconds = v.doubleValue();
        } else {
            throw new InvalidTokenException(malformed);
        }
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_NUMERIC_DATE) {
            throw new InvalidTokenException(malformed);
        }
        return (long) Math.floor(seconds * 1000.0);
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return s;
    }
}
