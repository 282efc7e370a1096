package dev.gatehouse.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the server's HTTP contract (API.md §3) that keeps count of what it was asked
 * and enforces the single use of refresh tokens: presenting a rotated token is a 401 and is
 * counted as a reuse, so a generator that does not chain shows up at once.
 */
final class StubServer implements AutoCloseable {

    /**
     * @param closeEvery        every Nth /health/live response carries {@code Connection: close} (0: never)
     * @param overloadEvery     every Nth login is answered 503 + {@code Retry-After} (0: never)
     * @param revokeEvery       every Nth refresh is answered 401 as if the session had been revoked (0: never)
     * @param stallHealthAt     the Nth /health/live request is held for {@code stallMillis} (0: never)
     * @param stallMillis       how long that request is held
     */
    record Knobs(int closeEvery, int overloadEvery, int revokeEvery, int stallHealthAt, int stallMillis) {
        static Knobs none() {
            return new Knobs(0, 0, 0, 0, 0);
        }
    }

    private static final Set<String> CREDENTIAL_FIELDS = Set.of("username", "password");

    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Knobs knobs;

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> liveRefreshTokens = new ConcurrentHashMap<>();
    private final Set<String> rotatedRefreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();

    final AtomicLong health = new AtomicLong();
    final AtomicLong signups = new AtomicLong();
    final AtomicLong logins = new AtomicLong();
    final AtomicLong loginsOk = new AtomicLong();
    final AtomicLong loginsOverloaded = new AtomicLong();
    final AtomicLong refreshOk = new AtomicLong();
    final AtomicLong refreshReused = new AtomicLong();
    final AtomicLong refreshUnknown = new AtomicLong();
    final AtomicLong refreshRevoked = new AtomicLong();
    final AtomicLong refreshes = new AtomicLong();
    final AtomicLong meOk = new AtomicLong();
    final AtomicLong meUnauthorized = new AtomicLong();
    final AtomicLong badRequests = new AtomicLong();
    final AtomicLong passwordGrants = new AtomicLong();
    final AtomicLong userinfoOk = new AtomicLong();

    /** The client and user of the OAuth endpoints (password grant, refresh_token grant, userinfo). */
    static final String CLIENT_ID = "c1";
    static final String CLIENT_SECRET = "s1";
    static final String USER = "u1";
    static final String USER_PASSWORD = "p1";

    StubServer(Knobs knobs) throws IOException {
        this.knobs = knobs;
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's
        // algorithm holds the body until the client's delayed ACK (~40 ms). Read once, when the
        // JDK's server configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(executor);
        server.createContext("/health/live", this::health);
        server.createContext("/api/v1/signup", this::signup);
        server.createContext("/api/v1/login", this::login);
        server.createContext("/api/v1/refresh", this::refresh);
        server.createContext("/api/v1/me", this::me);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/oauth2/userinfo", this::userinfo);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void health(HttpExchange ex) throws IOException {
        long n = health.incrementAndGet();
        if (knobs.stallHealthAt() > 0 && n == knobs.stallHealthAt()) {
            try {
                Thread.sleep(knobs.stallMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (knobs.closeEvery() > 0 && n % knobs.closeEvery() == 0) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        send(ex, 200, "{\"status\":\"UP\"}");
    }

    private void signup(HttpExchange ex) throws IOException {
        Map<String, Object> body = credentials(ex);
        if (body == null) {
            return;
        }
        if (passwords.putIfAbsent((String) body.get("username"), (String) body.get("password")) != null) {
            send(ex, 409, problem(409, "username_taken"));
            return;
        }
        signups.incrementAndGet();
        send(ex, 201, "{\"id\":\"" + token() + "\",\"username\":\"" + body.get("username") + "\"}");
    }

    private void login(HttpExchange ex) throws IOException {
        Map<String, Object> body = credentials(ex);
        if (body == null) {
            return;
        }
        long n = logins.incrementAndGet();
        if (knobs.overloadEvery() > 0 && n % knobs.overloadEvery() == 0) {
            loginsOverloaded.incrementAndGet();
            ex.getResponseHeaders().set("Retry-After", "1");
            send(ex, 503, problem(503, "overloaded"));
            return;
        }
        String password = passwords.get((String) body.get("username"));
        if (password == null || !password.equals(body.get("password"))) {
            send(ex, 401, problem(401, "invalid_credentials"));
            return;
        }
        loginsOk.incrementAndGet();
        send(ex, 200, tokenResponse((String) body.get("username")));
    }

    private void refresh(HttpExchange ex) throws IOException {
        Map<String, Object> body = parse(ex, Set.of("refresh_token"));
        if (body == null) {
            return;
        }
        long n = refreshes.incrementAndGet();
        String presented = (String) body.get("refresh_token");
        String user = presented == null ? null : liveRefreshTokens.remove(presented);
        if (user == null) {
            // RFC 9700 §4.14.2: a rotated token presented again is a reuse
            (rotatedRefreshTokens.contains(presented) ? refreshReused : refreshUnknown).incrementAndGet();
            send(ex, 401, problem(401, "invalid_refresh_token"));
            return;
        }
        rotatedRefreshTokens.add(presented);
        if (knobs.revokeEvery() > 0 && n % knobs.revokeEvery() == 0) {
            refreshRevoked.incrementAndGet();
            send(ex, 401, problem(401, "invalid_refresh_token"));
            return;
        }
        refreshOk.incrementAndGet();
        send(ex, 200, tokenResponse(user));
    }

    /**
     * The token endpoint: client_secret_basic required; the password grant of {@link #USER}, and the
     * refresh_token grant with the same single-use rule as {@code /api/v1/refresh}.
     */
    private void token(HttpExchange ex) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length < 2 ? "" : java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        if (!"POST".equals(ex.getRequestMethod()) || !basic.equals(ex.getRequestHeaders().getFirst("Authorization"))
                || !"application/x-www-form-urlencoded".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            badRequests.incrementAndGet();
            send(ex, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        if ("password".equals(form.get("grant_type")) && USER.equals(form.get("username"))
                && USER_PASSWORD.equals(form.get("password"))) {
            passwordGrants.incrementAndGet();
            send(ex, 200, tokenResponse(USER));
            return;
        }
        if (!"refresh_token".equals(form.get("grant_type"))) {
            badRequests.incrementAndGet();
            send(ex, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        refreshes.incrementAndGet();
        String presented = form.get("refresh_token");
        String user = presented == null ? null : liveRefreshTokens.remove(presented);
        if (user == null) {
            (rotatedRefreshTokens.contains(presented) ? refreshReused : refreshUnknown).incrementAndGet();
            send(ex, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        rotatedRefreshTokens.add(presented);
        refreshOk.incrementAndGet();
        send(ex, 200, tokenResponse(user));
    }

    private void userinfo(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !accessTokens.contains(auth.substring(7))) {
            meUnauthorized.incrementAndGet();
            send(ex, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        userinfoOk.incrementAndGet();
        send(ex, 200, "{\"sub\":\"u1\",\"preferred_username\":\"x\"}");
    }

    private void me(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !accessTokens.contains(auth.substring(7))) {
            meUnauthorized.incrementAndGet();
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            send(ex, 401, problem(401, "invalid_token"));
            return;
        }
        meOk.incrementAndGet();
        // length 0 makes the JDK server send the body chunked, so the client's chunked path is used
        byte[] body = "{\"id\":\"u1\",\"username\":\"x\",\"roles\":[\"user\"],\"permissions\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body, 0, 20);
            out.flush();
            out.write(body, 20, body.length - 20);
        }
    }

    private String tokenResponse(String user) {
        String access = "at." + token();
        String refresh = token();
        accessTokens.add(access);
        liveRefreshTokens.put(refresh, user);
        return "{\"access_token\": \"" + access + "\", \"token_type\":\"Bearer\",\"expires_in\":900,"
                + "\"refresh_token\" : \"" + refresh + "\",\"scope\":\"\"}";
    }

    private Map<String, Object> credentials(HttpExchange ex) throws IOException {
        Map<String, Object> body = parse(ex, CREDENTIAL_FIELDS);
        if (body != null && !(body.get("username") instanceof String && body.get("password") instanceof String)) {
            badRequests.incrementAndGet();
            send(ex, 400, problem(400, "invalid_request"));
            return null;
        }
        return body;
    }

    /** The JSON object body, or null after answering 400 (API.md §3: unknown fields are rejected). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(HttpExchange ex, Set<String> allowed) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        Map<String, Object> body;
        try {
            body = json.readValue(raw, Map.class);
        } catch (IOException e) {
            body = null;
        }
        if (!"POST".equals(ex.getRequestMethod()) || body == null || !allowed.containsAll(body.keySet())
                || !"application/json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            badRequests.incrementAndGet();
            send(ex, 400, problem(400, "invalid_request"));
            return null;
        }
        return body;
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String problem(int status, String code) {
        return "{\"type\":\"about:blank\",\"title\":\"" + code + "\",\"status\":" + status + ",\"code\":\"" + code + "\"}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
