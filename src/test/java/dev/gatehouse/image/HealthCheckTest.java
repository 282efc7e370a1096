package dev.gatehouse.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The image's health check: where it calls, and what it makes of the answer. ImageIT runs it in the image. */
class HealthCheckTest {
    @Test
    void callsTheManagementPortOnLoopbackUnlessABindAddressIsNamed() {
        assertThat(HealthCheck.target(Map.of())).isEqualTo(InetSocketAddress.createUnresolved("127.0.0.1", 9000));
        assertThat(HealthCheck.target(Map.of("GATEHOUSE_MANAGEMENT_PORT", "9100", "GATEHOUSE_HTTP_HOST", "0.0.0.0")))
                .isEqualTo(InetSocketAddress.createUnresolved("127.0.0.1", 9100));
        assertThat(HealthCheck.target(Map.of("GATEHOUSE_HTTP_HOST", "10.1.2.3"))).isEqualTo(InetSocketAddress.createUnresolved("10.1.2.3", 9000));
        assertThat(HealthCheck.target(Map.of("GATEHOUSE_HTTP_HOST", "10.1.2.3", "GATEHOUSE_MANAGEMENT_HOST", "::")))
                .isEqualTo(InetSocketAddress.createUnresolved("127.0.0.1", 9000));
    }

    @Test
    void aPortItCannotCallIsNamed() {
        for (String bad : new String[] {"0", "65536", "-1", "90 00", "", "1e3", "99999999999"}) {
            assertThatThrownBy(() -> HealthCheck.target(Map.of("GATEHOUSE_MANAGEMENT_PORT", bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GATEHOUSE_MANAGEMENT_PORT");
        }
    }

    @Test
    void readsTheStatusCodeAndRefusesWhatIsNotHttp() throws Exception {
        assertThat(answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nUP")).isEqualTo(200);
        assertThat(answer("HTTP/1.1 503 Service Unavailable\r\n\r\n")).isEqualTo(503);
        assertThatThrownBy(() -> answer("SSH-2.0-OpenSSH\r\n")).isInstanceOf(IOException.class).hasMessageContaining("not an HTTP answer");
        assertThatThrownBy(() -> answer("")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> answer("HTTP/1.1 " + "9".repeat(500) + "\r\n")).isInstanceOf(IOException.class);
    }

    @Test
    void nobodyListeningIsAnError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> HealthCheck.status(InetSocketAddress.createUnresolved("127.0.0.1", closed), "/health/ready"))
                .isInstanceOf(IOException.class);
    }

    /** The status HealthCheck reads from a server that answers {@code response} to its request, which must be a GET of /health/ready. */
    private static int answer(String response) throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder b = new StringBuilder();
                    while (!b.toString().endsWith("\r\n\r\n")) b.append((char) in.read());
                    s.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
                    return b.toString();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                return HealthCheck.status(InetSocketAddress.createUnresolved("127.0.0.1", server.getLocalPort()), "/health/ready");
            } finally {
                assertThat(request.join()).startsWith("GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1:" + server.getLocalPort() + "\r\n");
            }
        }
    }
}
