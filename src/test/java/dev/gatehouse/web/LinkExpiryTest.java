package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reset links die after password.reset.ttl (30 minutes), verification links after email.verify.ttl (24 hours). */
class LinkExpiryTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void linksWhenExpiredThenInvalidToken() {
        MutableClock clock = MutableClock.startingNow();
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).clock(clock).start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "expiring", "password", PASSWORD, "email", "expiring@example.com"))
                    .status()).isEqualTo(201);
            String verify = mailbox.await("expiring@example.com", 1).token(ISSUER, "/email/verify");
            assertThat(http.post("/api/v1/password/forgot", Map.of("email", "expiring@example.com")).status()).isEqualTo(202);
            String reset = mailbox.await("expiring@example.com", 2).token(ISSUER, "/password/reset");

            clock.advance(Duration.ofMinutes(30).plusSeconds(1));
            TestHttp.Response late = http.post("/api/v1/password/reset", Map.of("token", reset, "new_password", "a brand new passphrase here"));
            assertThat(late.status()).isEqualTo(400);
            assertThat(late.code()).isEqualTo("invalid_token");
            assertThat(http.post("/api/v1/email/verify", Map.of("token", verify)).status()).as("24 h link still fine").isEqualTo(204);

            assertThat(http.post("/api/v1/password/forgot", Map.of("email", "expiring@example.com")).status()).isEqualTo(202);
            String fresh = mailbox.await("expiring@example.com", 3).token(ISSUER, "/password/reset");
            clock.advance(Duration.ofMinutes(29));
            assertThat(http.post("/api/v1/password/reset", Map.of("token", fresh, "new_password", "a brand new passphrase here"))
                    .status()).isEqualTo(204);
        }
    }
}
