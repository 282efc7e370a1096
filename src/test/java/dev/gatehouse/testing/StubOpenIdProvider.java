package dev.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A small OpenID provider on loopback (JDK {@code HttpServer}) whose every answer a test can bend:
 * discovery at any {@code <path>/.well-known/openid-configuration}, {@code /authorize} (redirects back
 * at once, or answers a form_post page), {@code /token} (checks code, redirect_uri, PKCE and the client
 * authentication), {@code /jwks}, {@code /userinfo}. The ID token's claims, signature and key can be
 * changed between requests; the JWKS fetches are counted.
 *
 * <p>Reach it through an outbound guard that allows {@code 127.0.0.0/8}.
 */
public final class StubOpenIdProvider implements AutoCloseable {
    /** What the authorization request asked, kept per code until the token request spends it. */
    public record Authorization(String clientId, String redirectUri, String nonce, String codeChallenge,
                                String codeChallengeMethod, String scope, String responseMode, String state) {}

    /** A token request as received: its form and its {@code Authorization} header (null when none). */
    public record TokenRequest(Map<String, String> form, String authorization) {}

    private final HttpServer server;
    private final String base;
    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

    /** The {@code issuer} of the discovery document; the base URL unless a test sets a template or another. */
    public volatile String documentedIssuer;
    /** The {@code iss} of issued ID tokens; null: {@link #documentedIssuer}. */
    public volatile String tokenIssuer;
    public volatile String subject = "alice";
    /** The clock of {@code iat} and {@code exp} in issued ID tokens. */
    public volatile java.time.Clock clock = java.time.Clock.systemUTC();
    public volatile String clientSecret = "s3cret";
    /** The key ID tokens are signed with, and the set {@code /jwks} publishes. */
    public volatile RSAKey signingKey;
    public volatile JWKSet published;
    /** Claims added to every ID token (after the standard ones, so they may replace them). */
    public volatile Map<String, Object> extraClaims = Map.of();
    /** The last word on the ID token's claims. */
    public volatile UnaryOperator<JWTClaimsSet.Builder> claims = b -> b;
    /** How an ID token is made from its claims; default RS256 with {@link #signingKey}. */
    public volatile Function<JWTClaimsSet, String> idTokens = this::sign;
    /** Judges the client authentication of a token request; default: the secret, Basic or in the form. */
    public volatile Predicate<TokenRequest> clientCheck = this::secretMatches;
    /** The JSON of {@code /userinfo} for the access token's subject ({@code sub} is added). */
    public volatile Map<String, Object> userinfo = Map.of();
    /** Adds RFC 9207 {@code iss} to authorization responses. */
    public volatile boolean sendsIss;
    /** Announces {@code authorization_response_iss_parameter_supported}. */
    public volatile boolean announcesIss;
    public volatile List<String> algs = List.of("RS256");
    public volatile List<String> authMethods = List.of("client_secret_basic", "client_secret_post");
    /** The last word on the token endpoint's JSON answer (a test may return anything at all). */
    public volatile UnaryOperator<String> tokenAnswer = answer -> answer;
    /** The last word on the discovery document. */
    public volatile UnaryOperator<String> discoveryAnswer = document -> document;
    /** Added to form_post answers as the {@code user} field (Apple's first sign-in), when set. */
    public volatile String formPostUser;

    public final AtomicInteger jwksFetches = new AtomicInteger();
    public final AtomicInteger discoveryFetches = new AtomicInteger();
    public final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

    public StubOpenIdProvider() throws IOException {
        this(0);
    }

    /** On this loopback port (0: any free one): a provider whose issuer, port included, a stored registration names. */
    public StubOpenIdProvider(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 50);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        documentedIssuer = base;
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        published = new JWKSet(signingKey.toPublicJWK());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, {@code http://127.0.0.1:<port>}: the default issuer, and where the endpoints are. */
    public String base() {
        return base;
    }

    /** A new signing key, published alone (the old one is gone from {@code /jwks}). */
    public RSAKey rotate(String kid) throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        published = new JWKSet(signingKey.toPublicJWK());
        return signingKey;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** RS256 under {@link #signingKey}. */
    public String sign(JWTClaimsSet claims) {
        try {
            return signer(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(),
                    new RSASSASigner(signingKey)).apply(claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens with this header and signer, for {@link #idTokens} (forged keys, other algorithms). */
    public static Function<JWTClaimsSet, String> signer(JWSHeader header, JWSSigner signer) {
        return claims -> {
            try {
                SignedJWT jwt = new SignedJWT(header, claims);
                jwt.sign(signer);
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** An ID token as {@code /token} would issue it, for {@code clientId} and {@code nonce} (null: none). */
    public String idToken(String clientId, String nonce) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer != null ? tokenIssuer : documentedIssuer).subject(subject).audience(clientId)
                .issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(300)));
        if (nonce != null) b.claim("nonce", nonce);
        extraClaims.forEach(b::claim);
        return idTokens.apply(claims.apply(b).build());
    }

    private boolean secretMatches(TokenRequest request) {
        String auth = request.authorization();
        if (auth != null && auth.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 && java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8).equals(clientSecret);
        }
        return clientSecret.equals(request.form().get("client_secret"));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.endsWith("/.well-known/openid-configuration")) {
                discoveryFetches.incrementAndGet();
                json(ex, 200, discoveryAnswer.apply(discovery()));
            } else if (path.equals("/authorize")) {
                authorize(ex);
            } else if (path.equals("/token") && ex.getRequestMethod().equals("POST")) {
                token(ex);
            } else if (path.equals("/jwks")) {
                jwksFetches.incrementAndGet();
                json(ex, 200, published.toString());
            } else if (path.equals("/userinfo")) {
                String auth = ex.getRequestHeaders().getFirst("Authorization");
                String sub = auth == null ? null : accessTokens.get(auth.replaceFirst("^Bearer ", ""));
                if (sub == null) {
                    json(ex, 401, "{\"error\":\"invalid_token\"}");
                    return;
                }
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("sub", sub);
                info.putAll(userinfo);
                json(ex, 200, JSONObjectUtils.toJSONString(info));
            } else {
                json(ex, 404, "{}");
            }
        }
    }

    private String discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", documentedIssuer);
        doc.put("authorization_endpoint", base + "/authorize");
        doc.put("token_endpoint", base + "/token");
        doc.put("userinfo_endpoint", base + "/userinfo");
        doc.put("jwks_uri", base + "/jwks");
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", algs);
        doc.put("token_endpoint_auth_methods_supported", authMethods);
        doc.put("code_challenge_methods_supported", List.of("S256"));
        if (announcesIss) doc.put("authorization_response_iss_parameter_supported", true);
        return JSONObjectUtils.toJSONString(doc);
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = UpstreamBrowser.query(ex.getRequestURI().getRawQuery());
        Authorization a = new Authorization(q.get("client_id"), q.get("redirect_uri"), q.get("nonce"), q.get("code_challenge"),
                q.get("code_challenge_method"), q.get("scope"), q.get("response_mode"), q.get("state"));
        if (a.redirectUri() == null || !"code".equals(q.get("response_type"))) {
            json(ex, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, a);
        Map<String, String> back = new LinkedHashMap<>();
        back.put("code", code);
        if (a.state() != null) back.put("state", a.state());
        if (sendsIss) back.put("iss", documentedIssuer);
        if ("form_post".equals(a.responseMode())) {
            if (formPostUser != null) back.put("user", formPostUser);
            StringBuilder html = new StringBuilder("<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
                    .append(UpstreamBrowser.escape(a.redirectUri())).append("\">");
            back.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"").append(UpstreamBrowser.escape(k))
                    .append("\" value=\"").append(UpstreamBrowser.escape(v)).append("\">"));
            html.append("</form></body></html>");
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            return;
        }
        StringBuilder location = new StringBuilder(a.redirectUri()).append(a.redirectUri().contains("?") ? '&' : '?');
        back.forEach((k, v) -> location.append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        ex.getResponseHeaders().set("Location", location.toString());
        ex.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = UpstreamBrowser.query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        TokenRequest request = new TokenRequest(form, ex.getRequestHeaders().getFirst("Authorization"));
        tokenRequests.add(request);
        if (!clientCheck.test(request)) {
            json(ex, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Authorization a = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (!"authorization_code".equals(form.get("grant_type")) || a == null
                || !a.redirectUri().equals(form.get("redirect_uri")) || !pkceMatches(a, form.get("code_verifier"))) {
            json(ex, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, subject);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 3600);
        answer.put("id_token", idToken(a.clientId(), a.nonce()));
        json(ex, 200, tokenAnswer.apply(JSONObjectUtils.toJSONString(answer)));
    }

    private static boolean pkceMatches(Authorization a, String verifier) {
        if (a.codeChallenge() == null) return verifier == null;
        return "S256".equals(a.codeChallengeMethod()) && s256Matches(a.codeChallenge(), verifier);
    }

    /** RFC 7636 §4.6: BASE64URL(SHA-256(verifier)) is the challenge. */
    static boolean s256Matches(String challenge, String verifier) {
        if (verifier == null) return false;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).equals(challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void json(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    /** The address for an {@code endpoints} override, e.g. {@code endpoint("/token")}. */
    public URI endpoint(String path) {
        return URI.create(base + path);
    }
}
