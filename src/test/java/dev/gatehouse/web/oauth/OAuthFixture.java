package dev.gatehouse.web.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers clients on a running test server and builds Nimbus client authentications for them. */
final class OAuthFixture {
    /** The issuer every TestServer runs with; assertion audiences name it, requests go to the real port. */
    static final String ISSUER = "http://localhost:8080";
    static final URI TOKEN_AUDIENCE = URI.create(ISSUER + "/oauth2/token");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final TestServer server;

    OAuthFixture(TestServer server) {
        this.server = server;
    }

    URI endpoint(String path) {
        return URI.create(server.baseUrl() + path);
    }

    record Registered(String clientId, String secret, RSAKey key) {
        ClientAuthentication basic() {
            return new ClientSecretBasic(new ClientID(clientId), new Secret(secret));
        }

        ClientAuthentication post() {
            return new ClientSecretPost(new ClientID(clientId), new Secret(secret));
        }

        PrivateKeyJWT assertion() {
            try {
                return new PrivateKeyJWT(new ClientID(clientId), TOKEN_AUDIENCE, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Registered confidential(String method, List<String> grants, List<String> scopes) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "App " + COUNTER.incrementAndGet(),
                "confidential", List.of("https://app.example/cb"), null, grants, scopes, method, null, null, null, null, null, null), "test");
        return new Registered(c.client().clientId(), c.clientSecret(), null);
    }

    Registered publicClient(List<String> grants, List<String> scopes) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Public " + COUNTER.incrementAndGet(),
                "public", List.of("https://app.example/cb"), null, grants, scopes, null, null, null, null, null, null, null), "test");
        return new Registered(c.client().clientId(), null, null);
    }

    Registered keyed(List<String> grants, List<String> scopes, String jwksUri, RSAKey key) {
        RSAKey k = key != null ? key : newKey();
        String jwks = jwksUri == null ? new JWKSet(k.toPublicJWK()).toString() : null;
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Keyed " + COUNTER.incrementAndGet(),
                "confidential", null, null, grants, scopes, "private_key_jwt", jwks, jwksUri, null, null, null, null), "test");
        return new Registered(c.client().clientId(), null, k);
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("k" + COUNTER.incrementAndGet()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static TokenResponse parse(HTTPResponse response) {
        try {
            return TokenResponse.parse(response);
        } catch (ParseException e) {
            throw new IllegalStateException(response.getStatusCode() + " " + response.getBody(), e);
        }
    }

    static HTTPResponse send(com.nimbusds.oauth2.sdk.http.HTTPRequest request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-built form POST, for the malformed requests a client library will not produce. */
    TestHttp.Response form(String path, String body, String basicId, String basicSecret) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (basicId != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basicId + ":" + basicSecret).getBytes()));
        }
        return server.http().send(b.build());
    }
}
