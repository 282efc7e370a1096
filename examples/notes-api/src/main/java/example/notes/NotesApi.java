package example.notes;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny notes API protected by Gatehouse. Each route names the permission it needs; the caller's
 * access token must carry it in {@code scope}.
 *
 * <pre>
 *   GET  /notes   notes:read    the caller's notes
 *   POST /notes   notes:write   {"text": "..."} adds a note
 *   GET  /health  public
 * </pre>
 *
 * Configuration by environment: GATEHOUSE_ISSUER (default http://localhost:8080; the {@code iss}
 * tokens must carry), GATEHOUSE_JWKS_URI (default the issuer + /oauth2/jwks; set it when this API
 * reaches Gatehouse by another address than the public one), NOTES_AUDIENCE (the {@code aud} this
 * API accepts; default the issuer, which is Gatehouse's default audience), NOTES_PORT (default 8081).
 */
public final class NotesApi implements AutoCloseable {
    private static final int MAX_BODY = 16 * 1024;

    private final AccessTokens tokens;
    private final HttpServer server;
    private final Map<String, List<String>> notesBySubject = new ConcurrentHashMap<>();

    public NotesApi(String issuer, String jwksUri, String audience, int port) throws IOException {
        this.tokens = new AccessTokens(issuer, jwksUri, audience);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
    }

    public static void main(String[] args) throws IOException {
        String issuer = env("GATEHOUSE_ISSUER", "http://localhost:8080");
        NotesApi api = new NotesApi(issuer, env("GATEHOUSE_JWKS_URI", issuer + "/oauth2/jwks"), env("NOTES_AUDIENCE", issuer),
                Integer.parseInt(env("NOTES_PORT", "8081")));
        api.start();
        System.out.println("Notes API on http://127.0.0.1:" + api.port() + " trusting tokens from " + issuer);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            switch (route) {
                case "GET /health" -> send(ex, 200, Map.of("status", "UP"));
                case "GET /notes" -> {
                    AccessTokens.Caller caller = authorize(ex, "notes:read");
                    if (caller != null) send(ex, 200, Map.of("items", notesBySubject.getOrDefault(caller.subject(), List.of())));
                }
                case "POST /notes" -> {
                    AccessTokens.Caller caller = authorize(ex, "notes:write");
                    if (caller != null) addNote(ex, caller);
                }
                default -> send(ex, 404, Map.of("error", "not_found"));
            }
        } catch (RuntimeException e) {
            send(ex, 500, Map.of("error", "internal_error"));
        }
    }

    /**
     * RFC 6750 §3: no credentials → 401 with a bare challenge; a bad token → 401 invalid_token; a valid
     * token without the permission → 403 insufficient_scope naming the scope needed (§3.1).
     */
    private AccessTokens.Caller authorize(HttpExchange ex, String permission) throws IOException {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            challenge(ex, 401, "Bearer realm=\"notes\"", Map.of("error", "unauthorized"));
            return null;
        }
        AccessTokens.Caller caller;
        try {
            caller = tokens.validate(header.substring(7).trim());
        } catch (AccessTokens.InvalidToken e) {
            challenge(ex, 401, "Bearer realm=\"notes\", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\"",
                    Map.of("error", "invalid_token", "error_description", e.getMessage()));
            return null;
        }
        if (!caller.has(permission)) {
            challenge(ex, 403, "Bearer realm=\"notes\", error=\"insufficient_scope\", scope=\"" + permission + "\"",
                    Map.of("error", "insufficient_scope", "scope", permission));
            return null;
        }
        return caller;
    }

    private void addNote(HttpExchange ex, AccessTokens.Caller caller) throws IOException {
        Object text;
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                send(ex, 413, Map.of("error", "payload_too_large"));
                return;
            }
            text = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8)).get("text");
        } catch (ParseException e) {
            send(ex, 400, Map.of("error", "invalid_json"));
            return;
        }
        if (!(text instanceof String s) || s.isBlank()) {
            send(ex, 400, Map.of("error", "invalid_request", "error_description", "\"text\" is required"));
            return;
        }
        notesBySubject.computeIfAbsent(caller.subject(), k -> new CopyOnWriteArrayList<>()).add(s);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("owner", caller.subject());
        created.put("text", s);
        send(ex, 201, created);
    }

    private static void challenge(HttpExchange ex, int status, String wwwAuthenticate, Map<String, Object> body) throws IOException {
        ex.getResponseHeaders().set("WWW-Authenticate", wwwAuthenticate);
        send(ex, status, body);
    }

    private static void send(HttpExchange ex, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(new LinkedHashMap<>(body)).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
