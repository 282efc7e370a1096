package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code require.verified.email=login}: no tokens until the address is verified, with a clear code. */
class RequireVerifiedEmailTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void loginWhenEmailUnverifiedThenForbiddenUntilVerified() {
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).set("require.verified.email", "login").start()) {
            TestHttp http = server.http();
            TestHttp.Response noEmail = http.post("/api/v1/signup", Map.of("username", "noemail", "password", PASSWORD));
            assertThat(noEmail.status()).isEqualTo(400);
            assertThat(noEmail.body()).contains("\"field\":\"email\"");
            // The missing address is named with every other problem of the request, not before them.
            TestHttp.Response both = http.post("/api/v1/signup", Map.of("username", "x", "password", PASSWORD));
            assertThat(ProblemAssert.fieldErrors(both.json())).containsExactly("username/too_short", "email/required");

            assertThat(http.post("/api/v1/signup", Map.of("username", "carol", "password", PASSWORD, "email", "carol@example.com"))
                    .status()).isEqualTo(201);
            TestHttp.Response refused = http.post("/api/v1/login", Map.of("username", "carol", "password", PASSWORD));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("email_not_verified");
            assertThat(refused.body()).doesNotContain("access_token");
            TestHttp.Response wrong = http.post("/api/v1/login", Map.of("username", "carol", "password", "not the password at all"));
            assertThat(wrong.code()).as("without the password nothing is revealed").isEqualTo("invalid_credentials");

            String token = mailbox.await("carol@example.com", 1).token("http://localhost:8080", "/email/verify");
            assertThat(http.post("/api/v1/email/verify", Map.of("token", token)).status()).isEqualTo(204);
            assertThat(http.post("/api/v1/login", Map.of("username", "carol", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }
}
