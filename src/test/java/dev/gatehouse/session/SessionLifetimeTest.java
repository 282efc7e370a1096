package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Sessions and tokens": idle and absolute session lifetimes are enforced over HTTP.
 * One server per database kind with a clock the tests move; each test uses its own user and only
 * times relative to its own login, so moving the clock does not disturb the other tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLifetimeTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Duration MAX = Duration.ofHours(3);

    private record Node(TestServer server, MutableClock clock) {}

    private final Map<Kind, Node> nodes = new EnumMap<>(Kind.class);

    private Node node(Kind kind) {
        return nodes.computeIfAbsent(kind, k -> {
            MutableClock clock = MutableClock.startingNow();
            TestServer server = TestServer.builder().database(k).clock(clock)
                    .set("session.idle.ttl", "1h").set("session.max.ttl", "3h").start();
            return new Node(server, clock);
        });
    }

    @AfterAll
    void close() {
        nodes.values().forEach(n -> n.server().close());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refreshAfterIdleTtlIsRefusedWhileARegularlyUsedSessionLives(Kind kind) {
        Node n = node(kind);
        TestHttp http = n.server().http();
        http.post("/api/v1/signup", Map.of("username", "idler", "password", PASSWORD));
        String idle = http.login("idler", PASSWORD).path("refresh_token").asText();
        String used = http.login("idler", PASSWORD).path("refresh_token").asText();

        n.clock().advance(IDLE.minusMinutes(1));
        TestHttp.Response keptAlive = refresh(http, used);
        assertThat(keptAlive.status()).isEqualTo(200);
        used = keptAlive.json().path("refresh_token").asText();

        n.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        TestHttp.Response dead = refresh(http, idle);
        assertThat(dead.status()).isEqualTo(401);
        assertThat(dead.code()).isEqualTo("invalid_refresh_token");
        assertThat(refresh(http, used).status()).as("used a minute ago: not idle").isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refreshingRegularlyCannotOutliveTheAbsoluteLifetime(Kind kind) {
        Node n = node(kind);
        TestHttp http = n.server().http();
        http.post("/api/v1/signup", Map.of("username", "keeper", "password", PASSWORD));
        Instant loggedIn = n.clock().instant();
        String refresh = http.login("keeper", PASSWORD).path("refresh_token").asText();
        Duration step = Duration.ofMinutes(50);
        int refreshes = 0;
        while (!loggedIn.plus(MAX).isBefore(n.clock().instant().plus(step))) {
            n.clock().advance(step);
            TestHttp.Response r = refresh(http, refresh);
            assertThat(r.status()).as("refresh at %s", Duration.between(loggedIn, n.clock().instant())).isEqualTo(200);
            refresh = r.json().path("refresh_token").asText();
            refreshes++;
        }
        assertThat(refreshes).isEqualTo(3);

        n.clock().advance(step); // 200 minutes after login: past the 3 h lifetime, though used 50 min ago
        TestHttp.Response expired = refresh(http, refresh);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("invalid_refresh_token");
    }

    private static TestHttp.Response refresh(TestHttp http, String token) {
        return http.post("/api/v1/refresh", Map.of("refresh_token", token));
    }
}
