package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md 2.3: credential endpoints are throttled per client IP as well as per account, and
 * {@code X-Forwarded-For} names the client only when the connection comes from a proxy listed in
 * GATEHOUSE_TRUSTED_PROXIES, and then only its right-most untrusted hop (the left part is written by
 * the client; OWASP ASVS 2.2.1, MDN X-Forwarded-For "Security and privacy concerns"). The clock
 * stands still so no request of the per-IP bucket comes back mid-test; every attempt names a different
 * unknown user so the per-account throttle stays out of it.
 */
class ClientIpThrottleTest {
    private static final int PER_MINUTE = 3;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void loginWhenPeerIsTrustedProxyThenEachForwardedClientHasItsOwnBudget() {
        try (TestServer server = server("127.0.0.1/32")) {
            for (int i = 0; i < PER_MINUTE; i++) assertThat(login(server, "203.0.113.7").status()).isEqualTo(401);
            TestHttp.Response limited = login(server, "203.0.113.7");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(limited.header("Retry-After")).isNotBlank();

            assertThat(login(server, "203.0.113.8").status()).as("another client behind the proxy").isEqualTo(401);
            assertThat(login(server, "198.51.100.1, 203.0.113.7").status())
                    .as("a client-written left part does not change who the proxy saw").isEqualTo(429);
            assertThat(login(server, "203.0.113.7, 127.0.0.1").status())
                    .as("trusted hops are skipped to the right-most untrusted one").isEqualTo(429);
        }
    }

    @Test
    void loginWhenPeerIsNotATrustedProxyThenForwardedForIsIgnoredAndThePeerIsThrottled() {
        for (String trusted : new String[] {null, "10.0.0.0/8"}) {
            try (TestServer server = server(trusted)) {
                for (int i = 0; i < PER_MINUTE; i++) assertThat(login(server, "203.0.113." + (10 + i)).status()).isEqualTo(401);
                TestHttp.Response limited = login(server, "203.0.113.99");
                assertThat(limited.status()).as("trusted proxies %s: a fresh X-Forwarded-For is no fresh budget", trusted).isEqualTo(429);
                assertThat(limited.code()).isEqualTo("rate_limited");
                assertThat(login(server, null).status()).isEqualTo(429);
            }
        }
    }

    private static TestServer server(String trustedProxies) {
        TestServer.Builder b = TestServer.builder().clock(MutableClock.startingNow()).set("ip.rate.per.minute", String.valueOf(PER_MINUTE));
        if (trustedProxies != null) b.set("trusted.proxies", trustedProxies);
        return b.start();
    }

    private static TestHttp.Response login(TestServer server, String forwardedFor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"ghost" + NAMES.incrementAndGet() + "\",\"password\":\"some long passphrase here\"}"));
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        return server.http().send(b.build());
    }
}
