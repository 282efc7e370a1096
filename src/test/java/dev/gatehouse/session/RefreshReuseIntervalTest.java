package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Honest clients are never punished by guards", over HTTP on both databases: a refresh
 * token presented again within {@code refresh.reuse.interval} of its rotation (two tabs, a retry after
 * a lost answer) gets the same successor and a fresh access token; after the interval, or two
 * rotations later, it is reuse and revokes the session (RFC 9700 §4.14.2). One server per database
 * kind with a clock the tests move; every test has its own user and uses only times relative to its
 * own login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshReuseIntervalTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final AtomicInteger USERS = new AtomicInteger();

    private record Node(TestServer server, MutableClock clock) {}

    private final Map<Kind, Node> nodes = new EnumMap<>(Kind.class);

    private Node node(Kind kind) {
        return nodes.computeIfAbsent(kind, k -> {
            MutableClock clock = MutableClock.startingNow();
            return new Node(TestServer.builder().database(k).clock(clock).start(), clock);
        });
    }

    @AfterAll
    void close() {
        nodes.values().forEach(n -> n.server().close());
    }

    private static String newUser() {
        return "reuse" + USERS.incrementAndGet();
    }

    private static TestHttp.Response refresh(TestHttp http, String token) {
        return http.post("/api/v1/refresh", Map.of("refresh_token", token));
    }

    private static int liveSessions(TestServer server, String usernameNorm) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE u.username_norm = :u AND s.revoked_at IS NULL""")
                .bind("u", usernameNorm).mapTo(Integer.class).one());
    }

    private static int reuseAuditedFor(TestServer server, String usernameNorm) {
        server.gatehouse().services().audit().flush();
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM audit_events a JOIN users u ON u.id = a.user_id
                         WHERE u.username_norm = :u AND a.type = 'refresh_reuse' AND a.outcome = 'revoked'""")
                .bind("u", usernameNorm).mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoConcurrentRefreshesOfOneTokenThenBothGetTheSameSuccessorAndTheSessionStaysLive(Kind kind) throws Exception {
        Node n = node(kind);
        TestHttp http = n.server().http();
        String user = newUser();
        String original = http.signupAndLogin(user, PASSWORD).path("refresh_token").asText();

        List<TestHttp.Response> both = Concurrently.run(2, () -> refresh(http, original));

        assertThat(both).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        String successor = both.get(0).json().path("refresh_token").asText();
        assertThat(both.get(1).json().path("refresh_token").asText()).isEqualTo(successor).isNotEqualTo(original);
        for (TestHttp.Response r : both) {
            assertThat(http.get("/api/v1/me", r.json().path("access_token").asText()).status()).isEqualTo(200);
        }
        assertThat(liveSessions(n.server(), user)).isEqualTo(1);
        TestHttp.Response next = refresh(http, successor);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().path("refresh_token").asText()).isNotEqualTo(successor);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twentyParallelRefreshesOfOneTokenThenAllGetOneSuccessorAndOneLiveChain(Kind kind) throws Exception {
        Node n = node(kind);
        TestHttp http = n.server().http();
        String user = newUser();
        String original = http.signupAndLogin(user, PASSWORD).path("refresh_token").asText();

        List<TestHttp.Response> responses = Concurrently.run(20, () -> refresh(http, original));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(responses.stream().map(r -> r.json().path("refresh_token").asText()).distinct().toList()).hasSize(1);
        String successor = responses.get(0).json().path("refresh_token").asText();
        assertThat(liveSessions(n.server(), user)).isEqualTo(1);
        // One chain: the successor rotates once more, and the original is now two rotations old (theft).
        String third = refresh(http, successor).json().path("refresh_token").asText();
        assertThat(refresh(http, third).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retryWithinTheIntervalThenSameSuccessorAndAFreshAccessToken(Kind kind) {
        Node n = node(kind);
        TestHttp http = n.server().http();
        String original = http.signupAndLogin(newUser(), PASSWORD).path("refresh_token").asText();
        JsonNode first = refresh(http, original).json();
        n.clock().advance(INTERVAL.minusSeconds(1));

        TestHttp.Response retry = refresh(http, original);

        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().path("refresh_token").asText()).isEqualTo(first.path("refresh_token").asText());
        String access = retry.json().path("access_token").asText();
        assertThat(access).isNotEqualTo(first.path("access_token").asText());
        assertThat(http.get("/api/v1/me", access).status()).isEqualTo(200);
        assertThat(refresh(http, first.path("refresh_token").asText()).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void repeatAfterTheIntervalThenRevokesTheSession(Kind kind) {
        Node n = node(kind);
        TestHttp http = n.server().http();
        String user = newUser();
        String original = http.signupAndLogin(user, PASSWORD).path("refresh_token").asText();
        JsonNode first = refresh(http, original).json();
        n.clock().advance(INTERVAL.plusSeconds(1));

        TestHttp.Response late = refresh(http, original);

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.code()).isEqualTo("invalid_refresh_token");
        assertThat(liveSessions(n.server(), user)).isZero();
        assertThat(reuseAuditedFor(n.server(), user)).as("the audit names whose session the reuse ended").isEqualTo(1);
        assertThat(refresh(http, first.path("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", first.path("access_token").asText()).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void repeatOfATokenTwoRotationsOldWithinTheIntervalThenRevokesTheSession(Kind kind) {
        Node n = node(kind);
        TestHttp http = n.server().http();
        String user = newUser();
        String original = http.signupAndLogin(user, PASSWORD).path("refresh_token").asText();
        String second = refresh(http, original).json().path("refresh_token").asText();
        JsonNode third = refresh(http, second).json();

        TestHttp.Response stolen = refresh(http, original);

        assertThat(stolen.status()).isEqualTo(401);
        assertThat(liveSessions(n.server(), user)).isZero();
        assertThat(refresh(http, third.path("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", third.path("access_token").asText()).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void repeatWhenTheIntervalIsZeroThenRevokesTheSession(Kind kind) {
        try (TestServer strict = TestServer.builder().database(kind).set("refresh.reuse.interval", "0").start()) {
            TestHttp http = strict.http();
            String original = http.signupAndLogin("strict", PASSWORD).path("refresh_token").asText();
            String successor = refresh(http, original).json().path("refresh_token").asText();

            assertThat(refresh(http, original).status()).isEqualTo(401);
            assertThat(liveSessions(strict, "strict")).isZero();
            assertThat(refresh(http, successor).status()).isEqualTo(401);
        }
    }
}
