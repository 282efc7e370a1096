package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Login, enumeration and brute force": the per-identifier throttle is atomic under
 * parallel attempts, answers 429 with Retry-After, and is a delay, not a permanent lockout.
 */
class LoginThrottleRaceTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int FREE = 5;
    private static final Duration BASE_DELAY = Duration.ofSeconds(30);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void thirtyParallelWrongPasswordsRunAtMostTheFreeAttemptsThenTheLockHoldsUntilItEnds(Kind kind) throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().database(kind).clock(clock)
                .set("login.throttle.free.attempts", String.valueOf(FREE))
                .set("login.throttle.base.delay", "30s")
                // Room for every admitted hash, so no attempt is answered 503 overloaded instead.
                .set("hash.pool.threads", "2").set("hash.pool.queue", "40")
                .start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "target", "password", PASSWORD)).status()).isEqualTo(201);

            List<TestHttp.Response> responses = Concurrently.run(30,
                    () -> http.post("/api/v1/login", Map.of("username", "Target", "password", "wrong password, long enough")));

            List<TestHttp.Response> unauthorized = responses.stream().filter(r -> r.status() == 401).toList();
            assertThat(unauthorized).hasSizeBetween(1, FREE);
            for (TestHttp.Response r : unauthorized) assertThat(r.code()).isEqualTo("invalid_credentials");
            for (TestHttp.Response r : responses) {
                if (r.status() == 401) continue;
                assertThat(r.status()).as(r.body()).isEqualTo(429);
                assertThat(r.code()).isEqualTo("too_many_attempts");
                assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, (int) BASE_DELAY.toSeconds());
            }

            // The right password is refused too while the lock lasts (it is checked after the throttle).
            TestHttp.Response locked = login(http, "target", PASSWORD);
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.header("Retry-After")).isEqualTo(String.valueOf(BASE_DELAY.toSeconds()));
            clock.advance(BASE_DELAY.minusSeconds(1));
            TestHttp.Response almost = login(http, "someone.else", PASSWORD);
            assertThat(almost.status()).as("another identifier is not locked").isEqualTo(401);
            TestHttp.Response stillLocked = login(http, "TARGET", PASSWORD);
            assertThat(stillLocked.status()).isEqualTo(429);
            assertThat(stillLocked.header("Retry-After")).isEqualTo("1");

            clock.advance(Duration.ofSeconds(1));
            TestHttp.Response ok = login(http, "target", PASSWORD);
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            // Success clears the counter: the next failure is a plain 401 again.
            assertThat(login(http, "target", "wrong password, long enough").status()).isEqualTo(401);
        }
    }

    private static TestHttp.Response login(TestHttp http, String username, String password) {
        return http.post("/api/v1/login", Map.of("username", username, "password", password));
    }
}
