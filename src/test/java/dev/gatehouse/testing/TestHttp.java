package dev.gatehouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small JSON HTTP client for tests. */
public final class TestHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String code() {
            return json().path("code").asText(null);
        }
    }

    public Response get(String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json", null);
    }

    public Response post(String path, Object body, String bearer) {
        return send("POST", path, json(body), "application/json", bearer);
    }

    public Response send(String method, String path, String body, String contentType, String bearer) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, bearer);
    }

    public Response send(String method, String path, byte[] body, String contentType, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> r;
            try {
                r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A pooled keep-alive connection the server had already closed: the request never
                // reached it (no response byte came back), so send it again once on a new connection.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) throw e;
                r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object body) {
        if (body instanceof String s) return s;
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs up and logs in; returns the token response. */
    public JsonNode signupAndLogin(String username, String password) {
        Response signup = post("/api/v1/signup", Map.of("username", username, "password", password));
        if (signup.status() != 201) throw new IllegalStateException("signup failed: " + signup.body());
        return login(username, password);
    }

    public JsonNode login(String username, String password) {
        Response login = post("/api/v1/login", Map.of("username", username, "password", password));
        if (login.status() != 200) throw new IllegalStateException("login failed: " + login.status() + " " + login.body());
        return login.json();
    }

    /**
     * The status line and headers of a GET of {@code target} sent byte for byte as given (broken percent-escapes,
     * which an HTTP client library refuses to send), with {@code headers} (CRLF-terminated lines, or "").
     */
    public static String rawHead(String baseUrl, String target, String headers) throws java.io.IOException {
        URI base = URI.create(baseUrl);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n" + headers
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }
}
