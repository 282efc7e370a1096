package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database (API.md §7 "single use ... works across nodes"): a challenge
 * given out by one node is answered at the other, is spent for both, and of two nodes racing one
 * answer exactly one signs the user in.
 */
class PasskeyTwoNodesTest {
    private static final String ORIGIN = "http://localhost:8080";

    @Test
    void aChallengeOfOneNodeIsSpentOnceAcrossBoth() throws Exception {
        String url = TestDatabases.postgresql();
        try (TestServer a = TestServer.builder().databaseUrl(url).start(); TestServer b = TestServer.builder().databaseUrl(url).start()) {
            TestHttp one = a.http();
            TestHttp two = b.http();
            String token = one.signupAndLogin("twonodes", "correct horse battery staple").path("access_token").asText();
            TestAuthenticator key = new TestAuthenticator(0);
            JsonNode creation = one.post("/api/v1/me/passkeys/options", Map.of(), token).json();
            Map<String, Object> registration = key.register(creation, ORIGIN);
            assertThat(two.post("/api/v1/me/passkeys", Map.of("credential", registration), token).status()).isEqualTo(201);
            assertThat(one.post("/api/v1/me/passkeys", Map.of("credential", registration), token).code()).isEqualTo("invalid_credential");

            JsonNode request = one.post("/api/v1/login/passkey/options", Map.of()).json();
            Map<String, Object> body = Map.of("challenge_id", request.path("challenge_id").asText(), "credential", key.assertion(request, ORIGIN));
            AtomicInteger turn = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(2, () -> (turn.getAndIncrement() == 0 ? one : two)
                    .post("/api/v1/login/passkey", body).status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 401);
            assertThat(two.post("/api/v1/login/passkey", body).status()).isEqualTo(401);
        }
    }
}
