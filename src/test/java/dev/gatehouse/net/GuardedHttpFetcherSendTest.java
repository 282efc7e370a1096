package dev.gatehouse.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GuardedHttpFetcher#send}: the token request and Bearer GET of upstream sign-ins, under the
 * same guard, size cap and no-redirect rule as {@code get}.
 */
class GuardedHttpFetcherSendTest {
    private static HttpServer server;
    private static URI base;
    private static final AtomicReference<String> seen = new AtomicReference<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
        server.createContext("/echo", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Authorization") + " "
                    + ex.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] answer = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(400, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().set("Location", "http://169.254.169.254/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(new byte[5000]);
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static GuardedHttpFetcher fetcher(List<String> allowed) {
        return new GuardedHttpFetcher(new OutboundGuard(allowed), 1024, Duration.ofSeconds(3));
    }

    @Test
    void postsAFormAndReturnsAnErrorAnswer() throws IOException {
        GuardedHttpFetcher.Response r = fetcher(List.of("127.0.0.0/8")).send("POST", base.resolve("/echo"),
                Map.of("Authorization", "Basic YTpi", "Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=authorization_code&code=x".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("invalid_grant");
        assertThat(seen.get()).isEqualTo("POST Basic YTpi application/x-www-form-urlencoded grant_type=authorization_code&code=x");
    }

    @Test
    void aRedirectIsReturnedNeverFollowed() throws IOException {
        GuardedHttpFetcher.Response r = fetcher(List.of("127.0.0.0/8")).send("GET", base.resolve("/redirect"), Map.of(), null);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void theSizeCapHolds() {
        assertThatThrownBy(() -> fetcher(List.of("127.0.0.0/8")).send("GET", base.resolve("/big"), Map.of(), null))
                .isInstanceOf(GuardedHttpFetcher.FetchException.class).hasMessageContaining("body over");
    }

    @Test
    void theGuardHoldsForPostsToo() {
        assertThatThrownBy(() -> fetcher(List.of()).send("POST", base.resolve("/echo"), Map.of(), new byte[0]))
                .isInstanceOf(OutboundGuard.RefusedException.class);
    }

    @Test
    void headersThatCouldSplitTheRequestAreRefused() {
        GuardedHttpFetcher f = fetcher(List.of("127.0.0.0/8"));
        assertThatThrownBy(() -> f.send("GET", base.resolve("/echo"), Map.of("Authorization", "Bearer x\r\nHost: evil"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.send("GET", base.resolve("/echo"), Map.of("X-A\r\nB", "v"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.send("GET", base.resolve("/echo"), Map.of("Host", "evil"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.send("DELETE", base.resolve("/echo"), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
