package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blind SSRF through jwks_uri (OWASP SSRF Prevention Cheat Sheet): the server fetches a client's
 * jwks_uri on unauthenticated token requests, so the admin API refuses one that names loopback,
 * link-local (cloud metadata), private or other special-purpose addresses, directly, through an
 * IPv6 form, or through a name that resolves there. Development mode alone does not open it: only
 * outbound.allowed.networks does (TokenEndpointTest runs a local key server that way).
 */
class JwksUriAddressTest {
    private static TestServer server;
    private static TestHttp http;
    private static String adminToken;

    @BeforeAll
    static void start() {
        server = TestServer.builder().set("dev", "true").start();
        http = server.http();
        AdminFixture fx = new AdminFixture(server);
        fx.admin("jwksadmin");
        adminToken = fx.token("jwksadmin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/jwks", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/",
            "http://[::ffff:127.0.0.1]/", "http://localhost:8080/jwks", "https://127.0.0.1/jwks",
            "https://169.254.169.254/latest/meta-data/", "https://192.168.0.10/jwks", "https://[fd00::1]/jwks",
    })
    void registrationWhenJwksUriNamesAnInternalAddressThenFieldError(String uri) {
        TestHttp.Response r = http.post("/admin/v1/clients", Map.of("name", "Svc", "type", "confidential",
                "grant_types", List.of("client_credentials"), "token_endpoint_auth_method", "private_key_jwt", "jwks_uri", uri),
                adminToken);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        JsonNode errors = r.json().path("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path("field").asText()).isEqualTo("jwks_uri");
            assertThat(e.path("code").asText()).isEqualTo("forbidden_address");
        });
    }
}
