package dev.gatehouse.testing;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The OAuth 2 half shared by {@link StubGitHub} and {@link StubFacebook}: an authorization endpoint
 * that redirects back at once with a code, and a token endpoint that checks the client secret (in the
 * form, as both document), the code, the redirect URI and the PKCE verifier, and answers JSON. The
 * subclass adds the user API, reading {@link #subjectOf} of the Bearer token.
 */
public abstract class StubOAuthServer implements AutoCloseable {
    private record Grant(String clientId, String redirectUri, String challenge, String user) {}

    private final HttpServer server;
    private final String base;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

    public volatile String clientId = "client-1";
    public volatile String clientSecret = "s3cret";
    /** Which user the next authorization signs in (a key of the subclass's users). */
    public volatile String user = "alice";
    /** The Content-Type of token answers (Facebook's Graph API once said {@code text/javascript}). */
    public volatile String tokenContentType = "application/json; charset=utf-8";
    public final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

    protected StubOAuthServer(String authorizePath, String tokenPath) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext(authorizePath, this::authorize);
        server.createContext(tokenPath, this::token);
    }

    protected final void route(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    protected final void start() {
        server.start();
    }

    public String base() {
        return base;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The user a Bearer token was issued for, or null. */
    protected final String subjectOf(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth == null || !auth.startsWith("Bearer ") ? null : accessTokens.get(auth.substring(7));
    }

    private void authorize(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = UpstreamBrowser.query(ex.getRequestURI().getRawQuery());
            if (!clientId.equals(q.get("client_id")) || q.get("redirect_uri") == null) {
                send(ex, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"), user));
            String location = q.get("redirect_uri") + "?code=" + code
                    + (q.get("state") == null ? "" : "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
        }
    }

    private void token(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> form = UpstreamBrowser.query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokenRequests.add(form);
            Grant g = form.get("code") == null ? null : codes.remove(form.get("code"));
            if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
                error(ex, "incorrect_client_credentials");
            } else if (g == null || !g.redirectUri().equals(form.get("redirect_uri")) || !pkce(g.challenge(), form.get("code_verifier"))) {
                error(ex, "bad_verification_code");
            } else {
                String token = UUID.randomUUID().toString();
                accessTokens.put(token, g.user());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("access_token", token);
                answer.put("token_type", tokenType());
                answer.put("scope", "read:user,user:email");
                byte[] bytes = JSONObjectUtils.toJSONString(answer).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", tokenContentType);
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
        }
    }

    /** GitHub says {@code bearer} in lower case; the parser must take either. */
    protected String tokenType() {
        return "bearer";
    }

    /** How the provider answers a refused token request (GitHub: 200 with an error; others 400). */
    protected void error(HttpExchange ex, String code) throws IOException {
        send(ex, 400, "{\"error\":\"" + code + "\"}");
    }

    private static boolean pkce(String challenge, String verifier) {
        return challenge == null || StubOpenIdProvider.s256Matches(challenge, verifier); // no challenge: not asked
    }

    protected static void send(HttpExchange ex, int status, String json) throws IOException {
        StubOpenIdProvider.json(ex, status, json);
    }
}
