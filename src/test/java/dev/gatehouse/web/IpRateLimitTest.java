package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md "Per-IP throttling as well": signup and login from one address draw on one token
 * bucket of {@code ip.rate.per.minute}; beyond it, 429 {@code rate_limited} with the seconds until
 * one more request is allowed, and one more after that share of the minute.
 */
class IpRateLimitTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void signupAndLoginShareTheAddressBudgetThen429WithRetryAfterUntilOneMoreRequest() {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).set("ip.rate.per.minute", "3").start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "iris", "password", PASSWORD)).status()).isEqualTo(201);
            assertThat(login(http, "iris", "wrong password, long enough").status()).isEqualTo(401);
            assertThat(login(http, "iris", PASSWORD).status()).isEqualTo(200);

            TestHttp.Response limited = login(http, "iris", PASSWORD);
            assertThat(limited.status()).as(limited.body()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(limited.header("Retry-After")).isEqualTo("20");
            TestHttp.Response signup = http.post("/api/v1/signup", Map.of("username", "iris2", "password", PASSWORD));
            assertThat(signup.status()).isEqualTo(429);
            assertThat(signup.code()).isEqualTo("rate_limited");

            clock.advance(Duration.ofSeconds(20));
            assertThat(login(http, "iris", PASSWORD).status()).isEqualTo(200);
            assertThat(login(http, "iris", PASSWORD).status()).isEqualTo(429);
        }
    }

    private static TestHttp.Response login(TestHttp http, String username, String password) {
        return http.post("/api/v1/login", Map.of("username", username, "password", password));
    }
}
