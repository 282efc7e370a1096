package dev.gatehouse.load;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's parser against hand-written responses, delivered whole or one byte at a time. */
class HttpConnectionTest {

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private HttpConnection connect(boolean trickle, String... responses) throws IOException {
        server = new ScriptedServer(trickle, responses);
        HttpTarget target = HttpTarget.parse("http://127.0.0.1:" + server.port());
        return new HttpConnection(target.address());
    }

    private static Request get(String path) {
        return HttpTarget.parse("http://127.0.0.1:1").get(path, null);
    }

    @Test
    void keepsTheConnectionForContentLengthResponses() throws IOException {
        for (boolean trickle : new boolean[] {false, true}) {
            HttpConnection conn = connect(trickle,
                    "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello",
                    "HTTP/1.1 201 Created\r\ncontent-length:2\r\n\r\nok");
            Response first = conn.send(get("/a"));
            Response second = conn.send(get("/b"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.bodyText()).isEqualTo("hello");
            assertThat(first.keepAlive()).isTrue();
            assertThat(second.status()).isEqualTo(201);
            assertThat(second.bodyText()).isEqualTo("ok");
            assertThat(conn.connects()).isEqualTo(1);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(0)).startsWith("GET /a HTTP/1.1\r\nHost: 127.0.0.1:1\r\n");
            conn.close();
            server.close();
        }
        server = null;
    }

    @Test
    void decodesChunkedBodiesWithExtensionsAndTrailers() throws IOException {
        for (boolean trickle : new boolean[] {false, true}) {
            HttpConnection conn = connect(trickle,
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "5;name=value\r\nhello\r\n"
                            + "1A\r\n, and twenty-six bytes mor\r\n"
                            + "0\r\nX-Trailer: yes\r\n\r\n",
                    "HTTP/1.1 204 No Content\r\n\r\n");
            Response chunked = conn.send(get("/"));
            Response empty = conn.send(get("/"));

            assertThat(chunked.bodyText()).isEqualTo("hello, and twenty-six bytes mor");
            assertThat(chunked.keepAlive()).isTrue();
            assertThat(empty.status()).isEqualTo(204);
            assertThat(empty.body()).isEmpty();
            assertThat(conn.connects()).isEqualTo(1);
            conn.close();
            server.close();
        }
        server = null;
    }

    @Test
    void skipsInterimResponsesAndAcceptsBareLineFeeds() throws IOException {
        HttpConnection conn = connect(false,
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\nContent-Length: 3\n\nabc");
        Response response = conn.send(get("/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("abc");
    }

    @Test
    void closesOnConnectionCloseAndReconnects() throws IOException {
        HttpConnection conn = connect(false,
                "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        Response throttled = conn.send(get("/"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(7);
        assertThat(throttled.keepAlive()).isFalse();
        assertThat(conn.isOpen()).isFalse();

        Response next = conn.send(get("/"));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.retryAfterSeconds()).isEqualTo(-1);
        assertThat(conn.connects()).isEqualTo(2);
    }

    @Test
    void readsAnUndelimitedBodyToTheEnd() throws IOException {
        HttpConnection conn = connect(false, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
        Response response = conn.send(get("/"));

        assertThat(response.bodyText()).isEqualTo("until the end");
        assertThat(response.keepAlive()).isFalse();
        assertThat(conn.isOpen()).isFalse();
    }

    @Test
    void http10KeepsAliveOnlyWhenAsked() throws IOException {
        HttpConnection conn = connect(false, "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx",
                "HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\ny");
        assertThat(conn.send(get("/")).keepAlive()).isTrue();
        assertThat(conn.send(get("/")).keepAlive()).isFalse();
        assertThat(conn.isOpen()).isFalse();
    }

    @Test
    void refusesMalformedResponsesAndDropsTheConnection() throws IOException {
        HttpConnection conn = connect(false, "SMTP ready\r\n\r\n");
        assertThatThrownBy(() -> conn.send(get("/"))).isInstanceOf(HttpConnection.ProtocolException.class);
        assertThat(conn.isOpen()).isFalse();
    }

    @Test
    void reportsABodyCutShort() throws IOException {
        HttpConnection conn = connect(false, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");
        assertThatThrownBy(() -> conn.send(get("/"))).isInstanceOf(IOException.class).hasMessageContaining("5 of 10");
        assertThat(conn.isOpen()).isFalse();
    }

    @Test
    void sendsTheJsonBodyWithItsLength() throws IOException {
        HttpConnection conn = connect(false, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        Request post = HttpTarget.parse("http://localhost:8080/base/").postJson("/api/v1/refresh",
                JsonFields.object("refresh_token", "a\"b"), "tok");
        conn.send(post);

        String sent = server.requests().get(0);
        assertThat(sent).startsWith("POST /base/api/v1/refresh HTTP/1.1\r\nHost: localhost:8080\r\n")
                .contains("Authorization: Bearer tok\r\n")
                .contains("Content-Type: application/json\r\n")
                .contains("Content-Length: 24\r\n")
                .endsWith("\r\n\r\n{\"refresh_token\":\"a\\\"b\"}");
    }

    @Test
    void theWatchdogAbortsAnExchangeTheServerNeverAnswers() throws IOException {
        // the kernel completes the handshake from the backlog; nobody ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            HttpConnection conn = new HttpConnection(HttpTarget.parse("http://127.0.0.1:" + silent.getLocalPort()).address());
            Watchdog watchdog = new Watchdog(List.of(conn), Duration.ofMillis(200));
            try {
                long start = System.nanoTime();
                assertThatThrownBy(() -> conn.send(get("/"))).isInstanceOf(SocketTimeoutException.class);
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

                assertThat(elapsedMillis).isBetween(190L, 5_000L);
                assertThat(conn.isOpen()).isFalse();
            } finally {
                watchdog.close();
            }
        }
    }

    @Test
    void theWatchdogLeavesIdleAndQuickConnectionsAlone() throws Exception {
        HttpConnection conn = connect(false, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        Watchdog watchdog = new Watchdog(List.of(conn), Duration.ofMillis(50));
        try {
            assertThat(conn.send(get("/")).status()).isEqualTo(200);
            Thread.sleep(200);
            assertThat(conn.isOpen()).isTrue();
            assertThat(conn.send(get("/")).status()).isEqualTo(200);
        } finally {
            watchdog.close();
        }
    }

    /**
     * Answers each request on one accepted connection with the next scripted response, then
     * closes; with {@code trickle} every byte goes out in its own write.
     */
    private static final class ScriptedServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private final Thread thread;

        ScriptedServer(boolean trickle, String... responses) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(trickle, responses), "scripted-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> requests() {
            return requests;
        }

        private void serve(boolean trickle, String[] responses) {
            int next = 0;
            while (next < responses.length) {
                try (Socket s = socket.accept()) {
                    s.setTcpNoDelay(true);
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    while (next < responses.length) {
                        String request = readRequest(in);
                        if (request == null) {
                            break;
                        }
                        requests.add(request);
                        byte[] bytes = responses[next++].getBytes(StandardCharsets.ISO_8859_1);
                        if (trickle) {
                            for (byte b : bytes) {
                                out.write(b);
                                out.flush();
                            }
                        } else {
                            out.write(bytes);
                        }
                        if (!keepsAlive(responses[next - 1])) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static boolean keepsAlive(String response) {
            String lower = response.toLowerCase();
            int headEnd = lower.indexOf("\n\n") >= 0 && (lower.indexOf("\r\n\r\n") < 0 || lower.indexOf("\n\n") < lower.indexOf("\r\n\r\n"))
                    ? lower.indexOf("\n\n") : lower.indexOf("\r\n\r\n");
            String head = lower.substring(0, headEnd);
            if (head.startsWith("http/1.0")) {
                return head.contains("connection: keep-alive");
            }
            return !head.contains("connection: close") && (head.contains("content-length") || head.contains("chunked")
                    || head.startsWith("http/1.1 204"));
        }

        private static String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                head.write(c);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    int length = 0;
                    for (String line : text.split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
