package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Sessions and tokens": with {@code refresh.reuse.interval} 0, N parallel refreshes of one
 * token yield at most one success and never two live chains, over HTTP against the real server.
 */
class RefreshRaceTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int PARALLEL = 50;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fiftyParallelRefreshesOfOneTokenGiveOneSuccessAndNoSecondLiveChain(Kind kind) throws Exception {
        // The strict setting: every repeat is reuse (RefreshReuseIntervalTest covers the default interval).
        try (TestServer server = TestServer.builder().database(kind).set("refresh.reuse.interval", "0").start()) {
            TestHttp http = server.http();
            String original = http.signupAndLogin("racer", PASSWORD).path("refresh_token").asText();

            List<TestHttp.Response> responses = Concurrently.run(PARALLEL,
                    () -> http.post("/api/v1/refresh", Map.of("refresh_token", original)));

            List<TestHttp.Response> ok = responses.stream().filter(r -> r.status() == 200).toList();
            assertThat(ok).hasSize(1);
            for (TestHttp.Response r : responses) {
                if (r.status() == 200) continue;
                assertThat(r.status()).as(r.body()).isEqualTo(401);
                assertThat(r.code()).isEqualTo("invalid_refresh_token");
            }
            JsonNode winner = ok.get(0).json();
            String winnerRefresh = winner.path("refresh_token").asText();
            assertThat(winnerRefresh).isNotEqualTo(original);

            // Never two live chains: at most one live session, and no token but the winner's can refresh.
            int live = liveSessions(server, "racer");
            assertThat(live).isLessThanOrEqualTo(1);
            assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", original)).status()).isEqualTo(401);
            TestHttp.Response winnerAgain = http.post("/api/v1/refresh", Map.of("refresh_token", winnerRefresh));
            if (live == 0) {
                // Reuse detection (RFC 9700 §4.14.2) revoked the session: nothing refreshes, nothing authorises.
                assertThat(winnerAgain.status()).isEqualTo(401);
                assertThat(http.get("/api/v1/me", winner.path("access_token").asText()).status()).isEqualTo(401);
            } else {
                assertThat(winnerAgain.status()).isEqualTo(200);
            }
            assertThat(liveSessions(server, "racer")).isLessThanOrEqualTo(1);
            assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", original)).status()).isEqualTo(401);
        }
    }

    private static int liveSessions(TestServer server, String usernameNorm) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE u.username_norm = :u AND s.revoked_at IS NULL""")
                .bind("u", usernameNorm).mapTo(Integer.class).one());
    }
}
