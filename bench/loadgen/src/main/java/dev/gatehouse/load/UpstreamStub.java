package dev.gatehouse.load;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * The generator's own OpenID provider for the idp_login scenario: discovery and JWKS on 127.0.0.1,
 * and ID tokens minted in setup (RS256, the upstreams' usual algorithm). The server fetches the two
 * documents once and caches them, so the measured loop is Gatehouse's side of a federated sign-in only.
 */
final class UpstreamStub {

    private final String issuer;
    private final String audience;
    private final RSAKey key;

    private UpstreamStub(String issuer, String audience, RSAKey key) {
        this.issuer = issuer;
        this.audience = audience;
        this.key = key;
    }

    static UpstreamStub start(int port, String audience) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("loadgen-1").generate();
            String issuer = "http://127.0.0.1:" + port;
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            String discovery = JsonFields.object("issuer", issuer, "authorization_endpoint", issuer + "/authorize",
                    "token_endpoint", issuer + "/token", "jwks_uri", issuer + "/jwks");
            // the three arrays discovery requires (OpenID Connect Discovery 1.0 §3)
            discovery = discovery.substring(0, discovery.length() - 1) + ",\"response_types_supported\":[\"code\"],"
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
            serve(server, "/.well-known/openid-configuration", discovery);
            serve(server, "/jwks", new JWKSet(key.toPublicJWK()).toString());
            server.start();
            return new UpstreamStub(issuer, audience, key);
        } catch (IOException e) {
            throw new UncheckedIOException("upstream stub on port " + port + ": " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** A verified-email ID token for upstream user {@code subject}, valid for two hours. */
    String idToken(String subject) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(7200)))
                .claim("email", subject + "@upstream.example").claim("email_verified", true)
                .claim("preferred_username", subject).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
