package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GATEHOUSE_LOGIN_SESSION_TTL is an absolute lifetime: activity does not extend it. */
class BrowserSessionLifetimeTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void sessionWhenTtlPassedThenSignedOutEvenIfUsedMeanwhile() {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).set("login.session.ttl", "2h").start()) {
            assertThat(server.http().post("/api/v1/signup", Map.of("username", "ttluser", "password", PASSWORD)).status()).isEqualTo(201);
            Browser b = new Browser(server.baseUrl());
            assertThat(b.submit("/login", "/login", Map.of("username", "ttluser", "password", PASSWORD)).status()).isEqualTo(303);
            assertThat(b.setCookieHeader("gatehouse_session")).contains("Max-Age=7200");
            clock.advance(Duration.ofMinutes(90));
            assertThat(b.get("/signed-in").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(29));
            assertThat(b.get("/signed-in").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(2));
            assertThat(b.get("/signed-in").status()).isEqualTo(303);
            assertThat(server.gatehouse().services().loginSessions().listLive(userId(server))).isEmpty();
        }
    }

    private static String userId(TestServer server) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT id FROM users WHERE username = 'ttluser'")
                .mapTo(String.class).one());
    }
}
