package example.spa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the example single-page app (examples/spa/web) from an origin of its own, as a static host
 * or CDN would, plus {@code /config.json} telling the page where Gatehouse is and which client it is.
 * The JDK alone runs it: {@code java examples/spa/server/example/spa/Serve.java}.
 *
 * <p>Settings (environment): {@code GATEHOUSE_ISSUER} (default {@code http://localhost:8080}),
 * {@code SPA_CLIENT_ID} ({@code spa-example}), {@code SPA_PORT} ({@code 5173}), {@code SPA_WEB_DIR}
 * (the directory with index.html; default {@code examples/spa/web}, or {@code web} when run from
 * examples/spa).
 */
public final class Serve implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final Path root;
    private final String issuer;
    private final String clientId;
    private final HttpServer server;

    /** @param port 0 picks a free one */
    public Serve(Path root, int port, String issuer, String clientId) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.issuer = issuer;
        this.clientId = clientId;
        // Loopback only: a development server, not for a network.
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
    }

    public static void main(String[] args) throws IOException {
        String issuer = env("GATEHOUSE_ISSUER", "http://localhost:8080");
        String clientId = env("SPA_CLIENT_ID", "spa-example");
        int port = Integer.parseInt(env("SPA_PORT", "5173"));
        Path web = Path.of(env("SPA_WEB_DIR", Files.isDirectory(Path.of("examples/spa/web")) ? "examples/spa/web" : "web"));
        if (!Files.isRegularFile(web.resolve("index.html"))) {
            System.err.println("no index.html in " + web.toAbsolutePath() + ": set SPA_WEB_DIR");
            System.exit(2);
        }
        Serve serve = new Serve(web, port, issuer, clientId);
        serve.start();
        System.out.println("example SPA on " + serve.origin() + "/ (client " + clientId + " at " + issuer + "); Ctrl-C stops it");
        if (!apiAllows(issuer, serve.origin())) {
            System.err.println("warning: " + issuer + "/api/v1 does not allow " + serve.origin() + " (or is not running):"
                    + " start Gatehouse with GATEHOUSE_CORS_ALLOWED_ORIGINS=" + serve.origin());
        }
    }

    /** Asks Gatehouse as a browser would (a CORS preflight) whether a page on {@code origin} may call /api/v1/me. */
    public static boolean apiAllows(String issuer, String origin) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer + "/api/v1/me"))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "authorization").timeout(java.time.Duration.ofSeconds(5)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
            return origin.equals(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The origin the page runs on: what the client's web_origins must list. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/config.json")) {
                String json = "{\"issuer\":\"" + issuer + "\",\"client_id\":\"" + clientId + "\"}";
                send(exchange, 200, TYPES.get("json"), json.getBytes(StandardCharsets.UTF_8));
                return;
            }
            // "/" (also with ?code=...&state=... after the sign-in) is the app; other paths are files under the root.
            Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        // The authorization code arrives in this page's URL: never send it on in a Referer.
        h.set("Referrer-Policy", "no-referrer");
        // Scripts only from here; fetch only here and Gatehouse (token, userinfo, /api/v1).
        h.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self' " + issuer + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
