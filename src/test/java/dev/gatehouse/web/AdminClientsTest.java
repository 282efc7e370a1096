package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /admin/v1/clients: who may call it, and create, read, update, rotate, delete end to end. */
class AdminClientsTest {
    private static TestServer server;
    private static TestHttp http;
    private static String adminToken;
    private static String userToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        AdminFixture fx = new AdminFixture(server);
        fx.admin("clientadmin");
        fx.user("clientplain");
        adminToken = fx.token("clientadmin");
        userToken = fx.token("clientplain");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response create(Object body) {
        return http.post("/admin/v1/clients", body, adminToken);
    }

    private static int clientCredentials(String clientId, String secret) throws Exception {
        HTTPResponse r = new TokenRequest(URI.create(server.baseUrl() + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant(), null).toHTTPRequest().send();
        return r.getStatusCode();
    }

    @Test
    void withoutTokenThen401() {
        assertThat(http.get("/admin/v1/clients").status()).isEqualTo(401);
        assertThat(http.post("/admin/v1/clients", Map.of("name", "x")).status()).isEqualTo(401);
    }

    @Test
    void plainUserThen403() {
        assertThat(http.get("/admin/v1/clients", userToken).code()).isEqualTo("forbidden");
        assertThat(http.post("/admin/v1/clients", Map.of("name", "x", "grant_types", List.of("client_credentials")), userToken).status())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "/admin/v1/clients/abc", (String) null, null, userToken).status()).isEqualTo(403);
    }

    @Test
    void createShowsTheSecretOnceAndTheClientWorks() throws Exception {
        TestHttp.Response r = create(Map.of("name", "Billing", "type", "confidential", "grant_types", List.of("client_credentials"),
                "scopes", List.of("invoices:read")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        JsonNode c = r.json();
        String id = c.path("client_id").asText();
        String secret = c.path("client_secret").asText();
        assertThat(secret).hasSize(43);
        assertThat(c.path("token_endpoint_auth_method").asText()).isEqualTo("client_secret_basic");
        assertThat(c.path("id_token_signed_response_alg").asText()).isEqualTo("RS256");
        assertThat(clientCredentials(id, secret)).isEqualTo(200);

        TestHttp.Response got = http.get("/admin/v1/clients/" + id, adminToken);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().has("client_secret")).isFalse();
        assertThat(got.json().path("name").asText()).isEqualTo("Billing");
        TestHttp.Response list = http.get("/admin/v1/clients?limit=100", adminToken);
        assertThat(list.body()).contains(id).doesNotContain(secret);
        assertThat(list.json().has("next_cursor")).isTrue();
    }

    @Test
    void rotationReplacesTheSecret() throws Exception {
        JsonNode c = create(Map.of("name", "Rotating", "grant_types", List.of("client_credentials"))).json();
        String id = c.path("client_id").asText();
        // Used once first, so this node holds the client in its cache: the rotation must drop it.
        assertThat(clientCredentials(id, c.path("client_secret").asText())).isEqualTo(200);
        TestHttp.Response rotated = http.post("/admin/v1/clients/" + id + "/secret", Map.of(), adminToken);
        assertThat(rotated.status()).isEqualTo(200);
        String next = rotated.json().path("client_secret").asText();
        assertThat(next).isNotEqualTo(c.path("client_secret").asText()).hasSize(43);
        assertThat(clientCredentials(id, c.path("client_secret").asText())).isEqualTo(401);
        assertThat(clientCredentials(id, next)).isEqualTo(200);
    }

    @Test
    void patchChangesMetadataAndRefusesATypeChange() {
        String id = create(Map.of("name", "Patchable", "grant_types", List.of("client_credentials"))).json().path("client_id").asText();
        TestHttp.Response patched = http.send("PATCH", "/admin/v1/clients/" + id,
                TestHttp.json(Map.of("name", "Patched", "scopes", List.of("a:read"), "access_token_ttl", 300)), "application/json", adminToken);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("name").asText()).isEqualTo("Patched");
        assertThat(patched.json().path("access_token_ttl").asLong()).isEqualTo(300);
        TestHttp.Response typeChange = http.send("PATCH", "/admin/v1/clients/" + id, TestHttp.json(Map.of("type", "public")),
                "application/json", adminToken);
        assertThat(typeChange.status()).isEqualTo(400);
        assertThat(typeChange.body()).contains("immutable");
    }

    @Test
    void requireMfaIsOffByDefaultSetAtCreationAndPatched() {
        JsonNode plain = create(Map.of("name", "Plain", "grant_types", List.of("client_credentials"))).json();
        assertThat(plain.path("require_mfa").isBoolean()).isTrue();
        assertThat(plain.path("require_mfa").asBoolean()).isFalse();
        TestHttp.Response strict = create(Map.of("name", "Strict", "redirect_uris", List.of("https://app.example/cb"), "require_mfa", true));
        assertThat(strict.status()).as(strict.body()).isEqualTo(201);
        assertThat(strict.json().path("require_mfa").asBoolean()).isTrue();
        String id = strict.json().path("client_id").asText();
        TestHttp.Response off = patch(id, "{\"require_mfa\":false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().path("require_mfa").asBoolean()).isFalse();
        assertThat(patch(id, "{\"name\":\"Renamed\"}").json().path("require_mfa").asBoolean()).as("kept by an unrelated patch").isFalse();
        assertThat(patch(id, "{\"require_mfa\":\"yes please\"}").status()).isEqualTo(400);
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).json().path("require_mfa").asBoolean()).isFalse();
    }

    @Test
    void deleteRemovesTheClientAndItsSessions() throws Exception {
        JsonNode c = create(Map.of("name", "Doomed", "grant_types", List.of("client_credentials", "refresh_token"))).json();
        String id = c.path("client_id").asText();
        var user = server.gatehouse().services().accounts().create("doomeduser", "correct horse battery staple", null, null, List.of("user"), null);
        var session = server.gatehouse().services().sessions().start(user.id(), id, List.of(), "t", "127.0.0.1");
        assertThat(clientCredentials(id, c.path("client_secret").asText())).isEqualTo(200);
        assertThat(http.send("DELETE", "/admin/v1/clients/" + id, (String) null, null, adminToken).status()).isEqualTo(204);
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).status()).isEqualTo(404);
        assertThat(server.gatehouse().services().sessions().isLive(session.session().id())).isFalse();
        assertThat(clientCredentials(id, c.path("client_secret").asText())).isEqualTo(401);
        assertThat(http.send("DELETE", "/admin/v1/clients/" + id, (String) null, null, adminToken).status()).isEqualTo(404);
    }

    @Test
    void invalidMetadataListsEveryProblem() {
        TestHttp.Response r = create(Map.of("name", "Bad", "type", "public", "grant_types", List.of("client_credentials", "password"),
                "redirect_uris", List.of("http://evil.example/cb", "https://x.example/cb#f")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(r.body()).contains("client_credentials_requires_confidential", "unsupported", "https_required", "fragment");
    }

    /** API.md §8: web_origins round-trip through create and patch; "+" stands for the redirect URIs' origins. */
    @Test
    void webOriginsAreStoredShownAndPatched() {
        TestHttp.Response plain = create(Map.of("name", "NoOrigins", "redirect_uris", List.of("https://app.example/cb")));
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().path("web_origins").isArray()).isTrue();
        assertThat(plain.json().path("web_origins")).isEmpty();
        TestHttp.Response spa = create(Map.of("name", "Spa", "type", "public", "redirect_uris", List.of("https://spa.example/cb"),
                "web_origins", List.of("https://spa.example", "+", "http://127.0.0.1:5173", "http://localhost:3000")));
        assertThat(spa.status()).as(spa.body()).isEqualTo(201);
        String id = spa.json().path("client_id").asText();
        assertThat(spa.json().path("web_origins").toString())
                .isEqualTo("[\"https://spa.example\",\"+\",\"http://127.0.0.1:5173\",\"http://localhost:3000\"]");
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).json().path("web_origins").size()).isEqualTo(4);
        assertThat(patch(id, "{\"name\":\"Renamed\"}").json().path("web_origins").size()).as("kept by an unrelated patch").isEqualTo(4);
        TestHttp.Response cleared = patch(id, "{\"web_origins\":[]}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("web_origins")).isEmpty();
    }

    /** Origins are compared with the browser's Origin header as strings: anything a browser never sends is refused, field by field. */
    @Test
    void malformedWebOriginsAreFieldErrors() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("*", "wildcard");
        refused.put("https://*.example.com", "wildcard");
        refused.put("https://app.example/", "has_path");
        refused.put("https://app.example/cb", "has_path");
        refused.put("https://app.example?x=1", "has_path");
        refused.put("https://app.example#f", "has_path");
        refused.put("https://App.example", "not_canonical");
        refused.put("https://app.example:443", "not_canonical");
        refused.put("http://127.0.0.1:080", "not_canonical");
        refused.put("https://app.example:0", "invalid_port");
        refused.put("https://app.example:70000", "invalid_port");
        refused.put("null", "invalid");
        refused.put("app.example", "invalid");
        refused.put("https://user@app.example", "invalid");
        refused.put("https://", "invalid");
        refused.put("https://app .example", "invalid");
        refused.put("ftp://app.example", "unsupported_scheme");
        refused.put("javascript://app.example", "unsupported_scheme");
        refused.put("http://app.example", "https_required");
        refused.put("", "required");
        refused.put("https://" + "a".repeat(300) + ".example", "too_long");
        for (Map.Entry<String, String> e : refused.entrySet()) {
            TestHttp.Response r = create(Map.of("name", "Bad", "type", "public", "redirect_uris", List.of("https://app.example/cb"),
                    "web_origins", List.of(e.getKey())));
            assertThat(r.status()).as(e.getKey()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_request");
            List<String> errors = new java.util.ArrayList<>();
            r.json().path("errors").forEach(f -> errors.add(f.path("field").asText() + "/" + f.path("code").asText()));
            assertThat(errors).as(e.getKey()).contains("web_origins/" + e.getValue());
        }
        TestHttp.Response dup = create(Map.of("name", "Dup", "redirect_uris", List.of("https://app.example/cb"),
                "web_origins", List.of("https://app.example", "https://app.example")));
        assertThat(dup.json().path("errors").toString()).contains("duplicate");
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) many.add("https://app" + i + ".example");
        assertThat(create(Map.of("name", "Many", "redirect_uris", List.of("https://app.example/cb"), "web_origins", many))
                .json().path("errors").toString()).contains("too_many");
        // Wrong JSON types and null elements are 400s, never 500s; a patch is checked the same way.
        assertThat(http.send("POST", "/admin/v1/clients", "{\"name\":\"T\",\"web_origins\":\"https://a.example\"}",
                "application/json", adminToken).status()).isEqualTo(400);
        assertThat(http.send("POST", "/admin/v1/clients", "{\"name\":\"T\",\"web_origins\":[null]}",
                "application/json", adminToken).status()).isEqualTo(400);
        assertThat(http.send("POST", "/admin/v1/clients", "{\"name\":\"T\",\"web_origins\":[{\"a\":1}]}",
                "application/json", adminToken).status()).isEqualTo(400);
        String id = create(Map.of("name", "Patched", "redirect_uris", List.of("https://app.example/cb"))).json().path("client_id").asText();
        TestHttp.Response p = patch(id, "{\"web_origins\":[\"https://app.example/x\",\"*\"]}");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body()).contains("has_path", "wildcard");
    }

    /**
     * RFC 8252 §7.3: a loopback redirect's port is 1-65535 (the client binds it at run time);
     * RFC 3986 §5.2.4: dot segments are removed by whoever normalises the URI, so a registered
     * {@code /cb/../admin} would not be the path the browser goes to; RFC 8252 §7.1: a private-use
     * scheme is a reverse domain name, so {@code myapp:} (no dot) is refused.
     */
    @Test
    void redirectUriWithBadLoopbackPortDotSegmentsOrDotlessSchemeIsRefused() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("http://127.0.0.1:0/cb", "invalid_port");
        refused.put("http://127.0.0.1:99999/cb", "invalid_port");
        refused.put("http://[::1]:65536/cb", "invalid_port");
        refused.put("https://app.example:0/cb", "invalid_port");
        refused.put("https://app.example/cb/../admin", "dot_segment");
        refused.put("https://app.example/./cb", "dot_segment");
        refused.put("https://app.example/cb/%2e%2e/admin", "dot_segment");
        refused.put("https://app.example/cb/%2E./admin", "dot_segment");
        refused.put("http://127.0.0.1:8080/a/..", "dot_segment");
        refused.put("com.example.app:/cb/../x", "dot_segment");
        refused.put("myapp:/cb", "unsupported_scheme");
        refused.put("myapp.:/cb", "unsupported_scheme");
        refused.put("com..app:/cb", "unsupported_scheme");
        for (var e : refused.entrySet()) {
            ProblemAssert.assertFieldErrors(create(Map.of("name", "Native", "type", "public", "grant_types", List.of("authorization_code"),
                    "redirect_uris", List.of(e.getKey()))), ErrorCode.INVALID_REQUEST, "redirect_uris", e.getValue());
            ProblemAssert.assertFieldErrors(create(Map.of("name", "Native", "type", "public", "grant_types", List.of("authorization_code"),
                    "redirect_uris", List.of("https://app.example/cb"), "post_logout_redirect_uris", List.of(e.getKey()))),
                    ErrorCode.INVALID_REQUEST, "post_logout_redirect_uris", e.getValue());
        }
        for (String fine : List.of("custom.scheme:/cb", "com.example.app:/oauth/cb", "http://127.0.0.1:1/cb", "http://[::1]:65535/cb",
                "http://127.0.0.1/cb", "https://app.example/a..b/.well/cb.")) {
            TestHttp.Response r = create(Map.of("name", "Native", "type", "public", "grant_types", List.of("authorization_code"),
                    "redirect_uris", List.of(fine)));
            assertThat(r.status()).as("%s: %s", fine, r.body()).isEqualTo(201);
        }
    }

    @Test
    void unknownFieldNullElementsAndWrongTypesAre400NotServerErrors() {
        assertThat(create(Map.of("name", "X", "client_secret", "chosen")).status()).isEqualTo(400);
        assertThat(create("{\"name\":\"X\",\"grant_types\":[null]}").status()).isEqualTo(400);
        assertThat(create("{\"name\":\"X\",\"scopes\":\"not-a-list\"}").status()).isEqualTo(400);
        assertThat(create("{\"name\":\"X\",\"access_token_ttl\":\"ten\"}").status()).isEqualTo(400);
        assertThat(create("{\"name\":\"X\",\"jwks\":{\"keys\":[{\"kty\":\"oct\",\"k\":\"AAAA\"}]},\"token_endpoint_auth_method\":\"private_key_jwt\","
                + "\"grant_types\":[\"client_credentials\"]}").status()).isEqualTo(400);
        assertThat(http.get("/admin/v1/clients?limit=abc", adminToken).status()).isEqualTo(400);
        assertThat(http.get("/admin/v1/clients?limit=0", adminToken).status()).isEqualTo(400);
    }

    @Test
    void chosenClientIdIsKeptAndADuplicateIs409() {
        String id = "svc-" + SecureTokens.random(6).toLowerCase().replace('_', 'x');
        assertThat(create(Map.of("client_id", id, "name", "Chosen", "grant_types", List.of("client_credentials"))).status()).isEqualTo(201);
        TestHttp.Response dup = create(Map.of("client_id", id, "name", "Again", "grant_types", List.of("client_credentials")));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.code()).isEqualTo("client_id_taken");
    }

    @Test
    void privateKeyJwtClientWithJwksIsCreatedWithoutASecret() throws Exception {
        var key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        String body = "{\"name\":\"Keyed\",\"grant_types\":[\"client_credentials\"],\"token_endpoint_auth_method\":\"private_key_jwt\","
                + "\"jwks\":" + new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()) + "}";
        TestHttp.Response r = create(body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().has("client_secret")).isFalse();
        assertThat(r.json().path("jwks").path("keys").get(0).path("kid").asText()).isEqualTo("k1");
        String id = r.json().path("client_id").asText();
        assertThat(http.post("/admin/v1/clients/" + id + "/secret", Map.of(), adminToken).status()).isEqualTo(400);
    }

    private static TestHttp.Response patch(String id, String json) {
        return http.send("PATCH", "/admin/v1/clients/" + id, json, "application/json", adminToken);
    }

    private static String accessTokenAlg(String clientId, String secret) throws Exception {
        HTTPResponse r = new TokenRequest(URI.create(server.baseUrl() + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant(), null).toHTTPRequest().send();
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        return SignedJWT.parse(r.getBodyAsJSONObject().get("access_token").toString()).getHeader().getAlgorithm().getName();
    }

    @Test
    void accessTokenAlgorithmIsSetKeptByAnUnrelatedPatchAndSetBackToTheServersByNull() throws Exception {
        TestHttp.Response r = create(Map.of("name", "Fast Tokens", "grant_types", List.of("client_credentials"),
                "access_token_signed_response_alg", "ES256"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().path("client_id").asText();
        String secret = r.json().path("client_secret").asText();
        assertThat(r.json().path("access_token_signed_response_alg").asText()).isEqualTo("ES256");
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).json().path("access_token_signed_response_alg").asText())
                .isEqualTo("ES256");
        assertThat(accessTokenAlg(id, secret)).isEqualTo("ES256");

        TestHttp.Response renamed = patch(id, "{\"name\":\"Renamed\"}");
        assertThat(renamed.json().path("access_token_signed_response_alg").asText()).isEqualTo("ES256");
        TestHttp.Response ps = patch(id, "{\"access_token_signed_response_alg\":\"PS256\"}");
        assertThat(ps.json().path("access_token_signed_response_alg").asText()).isEqualTo("PS256");
        assertThat(accessTokenAlg(id, secret)).isEqualTo("PS256");

        TestHttp.Response reset = patch(id, "{\"access_token_signed_response_alg\":null}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().has("access_token_signed_response_alg")).isTrue();
        assertThat(reset.json().path("access_token_signed_response_alg").isNull()).isTrue();
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).json().path("access_token_signed_response_alg").isNull()).isTrue();
        assertThat(accessTokenAlg(id, secret)).isEqualTo(server.config().tokens().signingAlg());
    }

    @Test
    void clientWithoutAnAccessTokenAlgorithmShowsNullAndGetsTheServersAlgorithm() throws Exception {
        JsonNode c = create(Map.of("name", "Default Tokens", "grant_types", List.of("client_credentials"))).json();
        assertThat(c.has("access_token_signed_response_alg")).isTrue();
        assertThat(c.path("access_token_signed_response_alg").isNull()).isTrue();
        assertThat(accessTokenAlg(c.path("client_id").asText(), c.path("client_secret").asText())).isEqualTo("RS256");
    }

    @Test
    void unsupportedOrMistypedAccessTokenAlgorithmIsAFieldError() {
        for (String alg : List.of("HS256", "none", "es256", "ES384", "RS256 ", "ES256\u0000", "E".repeat(20_000), "")) {
            String body = TestHttp.json(Map.of("name", "Bad Alg", "grant_types", List.of("client_credentials"),
                    "access_token_signed_response_alg", alg));
            if (alg.isEmpty()) {
                // "" names no algorithm: the server's, like null.
                assertThat(create(body).json().path("access_token_signed_response_alg").isNull()).isTrue();
                continue;
            }
            ProblemAssert.assertFieldErrors(create(body), ErrorCode.INVALID_REQUEST, "access_token_signed_response_alg", "unsupported");
        }
        for (String value : List.of("256", "true", "[\"ES256\"]", "{\"alg\":\"ES256\"}")) {
            ProblemAssert.assertFieldErrors(create("{\"name\":\"Bad\",\"grant_types\":[\"client_credentials\"],"
                    + "\"access_token_signed_response_alg\":" + value + "}"), ErrorCode.INVALID_REQUEST,
                    "access_token_signed_response_alg", "invalid");
        }
        String id = create(Map.of("name", "Patched Badly", "grant_types", List.of("client_credentials"))).json().path("client_id").asText();
        ProblemAssert.assertFieldErrors(patch(id, "{\"access_token_signed_response_alg\":\"HS256\"}"), ErrorCode.INVALID_REQUEST,
                "access_token_signed_response_alg", "unsupported");
        assertThat(http.get("/admin/v1/clients/" + id, adminToken).json().path("access_token_signed_response_alg").isNull()).isTrue();
    }
}
