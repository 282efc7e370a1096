package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A TOTP step is accepted once per user across nodes (RFC 6238 §5.2, API.md §7): two Gatehouse nodes
 * on one PostgreSQL database, the same code sent to both, one after the other and at the same moment.
 */
class TotpReplayAcrossNodesTest {
    private static final String PASSWORD = "correct horse battery staple";

    private static String mfaToken(TestServer node, String username) {
        TestHttp.Response r = node.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD));
        assertThat(r.code()).as(r.body()).isEqualTo("mfa_required");
        return r.json().path("mfa_token").asText();
    }

    private static int second(TestServer node, String token, String code) {
        return node.http().post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "totp", "code", code)).status();
    }

    @Test
    void theSameCodeAtTwoNodesSignsInOnce() throws Exception {
        String url = TestDatabases.postgresql();
        MutableClock clock = MutableClock.startingNow();
        try (TestServer a = TestServer.builder().databaseUrl(url).clock(clock).set("login.throttle.free.attempts", "50").start();
             TestServer b = TestServer.builder().databaseUrl(url).clock(clock).set("login.throttle.free.attempts", "50").start()) {
            String access = a.http().signupAndLogin("nodes", PASSWORD).path("access_token").asText();
            Authenticator app = new Authenticator(a.http().post("/api/v1/me/mfa/totp", Map.of(), access).json().path("secret").asText(), clock);
            assertThat(b.http().post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access).status()).isEqualTo(200);

            clock.advance(Duration.ofSeconds(30));
            String code = app.code();
            assertThat(second(a, mfaToken(a, "nodes"), code)).isEqualTo(200);
            assertThat(second(b, mfaToken(b, "nodes"), code)).as("replayed at the other node").isEqualTo(401);

            clock.advance(Duration.ofSeconds(30));
            String next = app.code();
            List<String> tokens = List.of(mfaToken(a, "nodes"), mfaToken(b, "nodes"), mfaToken(a, "nodes"), mfaToken(b, "nodes"));
            List<TestServer> nodes = List.of(a, b, a, b);
            java.util.concurrent.atomic.AtomicInteger i = new java.util.concurrent.atomic.AtomicInteger();
            List<Integer> statuses = Concurrently.run(4, () -> {
                int n = i.getAndIncrement();
                return second(nodes.get(n), tokens.get(n), next);
            });
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 401);
        }
    }
}
