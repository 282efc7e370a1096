package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on PostgreSQL (ARCHITECTURE.md): two nodes started at the same moment on one fresh
 * database migrate it once, create one signing key between them, and accept each other's tokens.
 */
class TwoNodesOneDatabaseTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void twoNodesStartingTogetherShareOneKeyAndAcceptEachOthersTokens() throws Exception {
        String url = TestDatabases.postgresql();
        List<TestServer> nodes = new ArrayList<>();
        try {
            List<Object> started = Concurrently.run(2, () -> {
                try {
                    return TestServer.builder().databaseUrl(url).start();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            for (Object node : started) if (node instanceof TestServer s) nodes.add(s);
            for (Object node : started) {
                if (node instanceof Throwable t) throw new AssertionError("a node failed to start", t);
            }
            TestServer a = nodes.get(0);
            TestServer b = nodes.get(1);
            for (TestServer node : nodes) assertThat(node.http().get("/health/ready").status()).isEqualTo(200);

            int keys = a.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signing_keys").mapTo(Integer.class).one());
            assertThat(keys).isEqualTo(1);
            assertThat(kids(a)).isEqualTo(kids(b)).hasSize(1);

            JsonNode tokens = a.http().signupAndLogin("roamer", PASSWORD);
            TestHttp.Response me = b.http().get("/api/v1/me", tokens.path("access_token").asText());
            assertThat(me.status()).as(me.body()).isEqualTo(200);
            assertThat(me.json().path("username").asText()).isEqualTo("roamer");

            // The session lives in the shared database: B rotates A's refresh token, and A sees the rotation.
            TestHttp.Response refreshed = b.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
            assertThat(refreshed.status()).isEqualTo(200);
            assertThat(a.http().get("/api/v1/me", refreshed.json().path("access_token").asText()).status()).isEqualTo(200);
            // A repeat of the old token at A (within the reuse interval) gets the successor B issued...
            TestHttp.Response repeated = a.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
            assertThat(repeated.status()).isEqualTo(200);
            String successor = refreshed.json().path("refresh_token").asText();
            assertThat(repeated.json().path("refresh_token").asText()).isEqualTo(successor);
            // ...and once A has rotated that successor, the old token is two rotations old: reuse.
            assertThat(a.http().post("/api/v1/refresh", Map.of("refresh_token", successor)).status()).isEqualTo(200);
            assertThat(b.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status())
                    .isEqualTo(401);
        } finally {
            nodes.forEach(TestServer::close);
        }
    }

    private static List<String> kids(TestServer node) {
        List<String> kids = new ArrayList<>();
        node.http().get("/oauth2/jwks").json().path("keys").forEach(k -> kids.add(k.path("kid").asText()));
        return kids;
    }
}
