package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The network-facing parsers driven through the running server, so that what sits between them and
 * the socket (routing, error mapping, page rendering) is in the loop too: forms of the OAuth
 * endpoints, Bearer headers, ID-token hints, cookies and forms of the hosted pages, admin cursors and
 * admin bodies. Whatever is sent, the answer is never a 5xx (SECURITY.md "Robustness"). The tries
 * are fixed and small (each is a request); the unit-level properties carry the volume.
 */
class HttpFuzzTest {
    private static final int TRIES = 30;
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=UTF-8", "application/json; charset=utf-8", ";", ";;", "", "text/plain",
            "multipart/form-data; boundary=x", "application/json; charset=latin1");

    private static TestServer server;
    private static TestHttp http;
    private static String adminToken;
    private static String adminTokenAtStart;
    private static String adminId;
    private static String targetId;
    private static String userToken;
    private static String clientId;
    private static String clientSecret;
    private static String usersCursor;

    @BeforeContainer
    static void start() {
        server = TestServer.start();
        http = server.http();
        AdminFixture admins = new AdminFixture(server);
        adminId = admins.admin("fuzzadmin").id();
        adminToken = admins.token("fuzzadmin");
        adminTokenAtStart = new String(adminToken.toCharArray());
        targetId = admins.user("fuzztarget").id();
        admins.user("fuzztarget2");
        userToken = admins.token("fuzztarget2");
        TestHttp.Response client = http.post("/admin/v1/clients", Map.of("name", "Fuzz", "type", "confidential",
                "grant_types", List.of("client_credentials")), adminToken);
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        clientId = client.json().path("client_id").asText();
        clientSecret = client.json().path("client_secret").asText();
        usersCursor = http.get("/admin/v1/users?query=fuzz&limit=1", adminToken).json().path("next_cursor").asText();
        assertThat(usersCursor).isNotEmpty();
    }

    @AfterContainer
    static void stop() {
        if (server != null) server.close();
    }

    @Property(tries = TRIES)
    void oauthEndpointsWhenAnyFormThenOAuthErrorNever5xx(@ForAll("oauthPaths") String path, @ForAll("oauthForms") String form,
            @ForAll("contentTypes") String contentType, @ForAll("clientAuthorization") String authorization) {
        TestHttp.Response r = send("POST", path, form, contentType, authorization, null);
        if (r.status() >= 400) assertThat(r.json().path("error").asText()).as(r.body()).isNotEmpty();
    }

    @Property(tries = TRIES)
    void bearerRoutesWhenAnyAuthorizationThen4xxNever5xx(@ForAll("bearerPaths") String path, @ForAll("bearerHeaders") String authorization) {
        TestHttp.Response r = send("GET", path, null, null, authorization, null);
        assertThat(r.status()).as("%s %s -> %s", path, authorization, r.body()).isIn(400, 401, 403);
    }

    @Property(tries = TRIES)
    void endSessionWhenAnyIdTokenHintThenPageNever5xx(@ForAll("logoutQueries") String query, @ForAll boolean post) {
        if (post) send("POST", "/oauth2/logout", query, "application/x-www-form-urlencoded", null, null);
        else send("GET", "/oauth2/logout?" + query, null, null, null, null);
    }

    @Property(tries = TRIES)
    void hostedPagesWhenAnyCookieAndFormThenNever5xx(@ForAll("pagePaths") String path, @ForAll("cookies") String cookie,
            @ForAll("pageForms") String form, @ForAll("contentTypes") String contentType) {
        boolean get = path.startsWith("GET ");
        String p = path.substring(path.indexOf(' ') + 1);
        send(get ? "GET" : "POST", p, get ? null : form, get ? null : contentType, null, cookie);
    }

    @Property(tries = TRIES)
    void adminListsWhenAnyCursorAndLimitThenPageOrBadRequest(@ForAll("adminLists") String path, @ForAll("cursors") String cursor,
            @ForAll("limits") String limit) {
        String query = (path.contains("?") ? "&" : "?") + "cursor=" + enc(cursor) + (limit == null ? "" : "&limit=" + enc(limit));
        TestHttp.Response r = send("GET", path + query, null, null, "Bearer " + adminToken, null);
        assertThat(r.status()).as("%s%s -> %s (%s)", path, query, r.body(), r.status() == 401 ? tokenState() : "").isIn(200, 400);
    }

    @Property(tries = TRIES)
    void adminBodiesWhenGeneratedJsonThenResultOrProblemNever5xx(@ForAll("adminRoutes") String route, @ForAll("adminJson") String body,
            @ForAll("jsonContentTypes") String contentType) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        TestHttp.Response r = send(method, path, body, contentType, "Bearer " + adminToken, null);
        if (r.status() >= 400) {
            assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
            assertThat(r.json().path("code").asText()).isNotEmpty();
        }
    }

    /**
     * Found by the properties above: a Content-Type of only semicolons was a 500 on the JSON API, the hosted
     * forms and the OAuth endpoints. Each now refuses it in its own format.
     */
    @Example
    void bodyRoutesWhenContentTypeIsOnlySemicolonsThenRefusedNot500() {
        assertThat(send("POST", "/api/v1/login", "{}", ";", null, null).status()).isEqualTo(415);
        assertThat(send("POST", "/login", "username=a", ";", null, null).status()).isEqualTo(415);
        TestHttp.Response token = send("POST", "/oauth2/token", "grant_type=client_credentials", ";", null, null);
        assertThat(token.status()).isEqualTo(400);
        assertThat(token.json().path("error").asText()).isEqualTo("invalid_request");
    }

    /** One request with the headers a browser or client may send; no answer is a 5xx, and none takes long. */
    private static TestHttp.Response send(String method, String path, String body, String contentType, String authorization,
            String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) b.header("Content-Type", contentType);
        if (authorization != null) b.header("Authorization", authorization);
        if (cookie != null) b.header("Cookie", cookie);
        TestHttp.Response r = Fuzz.timed(method + " " + path, () -> http.send(b.build()));
        assertThat(r.status()).as("%s %s [%s] %s -> %s", method, path, contentType, body, r.body()).isLessThan(500);
        return r;
    }

    /**
     * What a refused admin token looked like on this side: whether it is still the string the sign-in gave, and its
     * header as sent, so a refusal of a valid token tells a changed string from a server that misread it.
     */
    private static String tokenState() {
        String header = adminToken.substring(0, Math.max(0, adminToken.indexOf('.')));
        String decoded;
        try {
            decoded = new String(java.util.Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "not base64url: " + e.getMessage();
        }
        return "token unchanged since the sign-in: " + adminToken.equals(adminTokenAtStart) + "; its header: " + decoded
                + "; /api/v1/me with it now: " + http.get("/api/v1/me", adminToken).status();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Header values the HTTP client will send: visible ASCII and spaces (it refuses controls). */
    private static Arbitrary<String> headerText(int max) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(max);
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> oauthPaths() {
        return Arbitraries.of("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES).injectNull(0.05);
    }

    @Provide
    Arbitrary<String> jsonContentTypes() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("application/json")), Tuple.of(2, Arbitraries.of(CONTENT_TYPES)));
    }

    @Provide
    Arbitrary<String> oauthForms() {
        Arbitrary<String> name = Arbitraries.of("grant_type", "code", "redirect_uri", "client_id", "client_secret", "code_verifier",
                "refresh_token", "scope", "token", "token_type_hint", "client_assertion", "client_assertion_type", "resource", "x");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("client_credentials", "authorization_code", "refresh_token", "password",
                "urn:ietf:params:oauth:grant-type:jwt-bearer", "access_token", clientId, clientSecret, "openid", "%", "%zz", "",
                "http://localhost/cb"), Fuzz.text(40).map(HttpFuzzTest::enc), Fuzz.text(20));
        Arbitrary<String> pair = Combinators.combine(name, value).as((n, v) -> n + "=" + v);
        return Arbitraries.oneOf(pair.list().ofMaxSize(8).map(l -> String.join("&", l)), Fuzz.text(100));
    }

    @Provide
    Arbitrary<String> clientAuthorization() {
        String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(Arbitraries.of("Basic " + basic, "Basic", "Basic ", "Basic ====", "Basic " + basic.substring(1),
                        "basic " + basic, "Bearer " + adminToken),
                headerText(60).map(s -> "Basic " + java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                headerText(60)).injectNull(0.4);
    }

    @Provide
    Arbitrary<String> bearerPaths() {
        return Arbitraries.of("/api/v1/me", "/api/v1/me/sessions", "/api/v1/me/consents", "/oauth2/userinfo", "/admin/v1/users");
    }

    @Provide
    Arbitrary<String> bearerHeaders() {
        Arbitrary<String> mutated = Fuzz.mutationsOf(userToken).map(t -> t.replaceAll("[^ -~]", "A")).filter(t -> !t.equals(userToken));
        return Arbitraries.oneOf(mutated.map(t -> "Bearer " + t), headerText(80).map(t -> "Bearer " + t), headerText(80),
                Arbitraries.of("Bearer", "Bearer ", "bearer " + userToken + " x", "Bearer  " + userToken + ".", "Basic " + userToken,
                        "Bearer " + userToken + "," + userToken, "DPoP " + userToken));
    }

    @Provide
    Arbitrary<String> logoutQueries() {
        Arbitrary<String> hint = Arbitraries.oneOf(Fuzz.mutationsOf(userToken), Fuzz.text(60), Arbitraries.just(userToken),
                Arbitraries.of("", "a.b.c", "eyJhbGciOiJub25lIn0.e30.", "x".repeat(20_000)));
        Arbitrary<String> extra = Arbitraries.of("", "&client_id=" + clientId, "&client_id=nope", "&post_logout_redirect_uri=https://evil.example",
                "&state=%25", "&id_token_hint=x", "&ui_locales=" + "x".repeat(300), "&client_id=" + clientId + "&client_id=" + clientId);
        return Combinators.combine(hint, extra).as((h, e) -> "id_token_hint=" + enc(h) + e);
    }

    @Provide
    Arbitrary<String> pagePaths() {
        return Arbitraries.of("GET /login", "GET /login?return_to=%2Fx", "GET /logout", "GET /signup", "GET /consent",
                "GET /oauth2/authorize?response_type=code&scope=openid&client_id=" + clientId + "&redirect_uri=http%3A%2F%2Flocalhost%2Fcb",
                "POST /login", "POST /logout", "POST /signup", "POST /consent", "POST /oauth2/authorize");
    }

    @Provide
    Arbitrary<String> cookies() {
        Arbitrary<String> name = Arbitraries.of("gatehouse_session", "gatehouse_csrf", "__Host-gatehouse_session", "x", "");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().withChars("A-Za-z0-9_-").ofLength(43),
                headerText(50).map(s -> s.replace(";", "")));
        Arbitrary<String> cookie = Combinators.combine(name, value).as((n, v) -> n + "=" + v);
        return Arbitraries.oneOf(cookie.list().ofMaxSize(4).map(l -> String.join("; ", l)), headerText(80)).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> pageForms() {
        Arbitrary<String> name = Arbitraries.of("csrf", "username", "password", "return_to", "email", "decision", "scope", "x");
        Arbitrary<String> pair = Combinators.combine(name, Arbitraries.oneOf(Fuzz.text(30).map(HttpFuzzTest::enc),
                Arbitraries.of("%", "%C3", "a".repeat(9000), "%2F%2Fevil.example"))).as((n, v) -> n + "=" + v);
        return Arbitraries.oneOf(pair.list().ofMaxSize(6).map(l -> String.join("&", l)), Fuzz.text(80));
    }

    @Provide
    Arbitrary<String> adminLists() {
        return Arbitraries.of("/admin/v1/users?query=fuzz", "/admin/v1/users", "/admin/v1/events", "/admin/v1/clients",
                "/admin/v1/users/" + adminId + "/sessions");
    }

    @Provide
    Arbitrary<String> cursors() {
        return Arbitraries.oneOf(Fuzz.mutationsOf(usersCursor), Arbitraries.just(usersCursor), Fuzz.anyString(80).map(Fuzz::wellFormed),
                Arbitraries.of("", ".", "a.b", "\u0000", "x".repeat(3000), clientId));
    }

    @Provide
    Arbitrary<String> limits() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(12), Fuzz.text(6),
                Arbitraries.of("0", "-1", "1", "200", "201", "99999999999999999999", "1.5", "")).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> adminRoutes() {
        return Arbitraries.of("POST /admin/v1/users", "PATCH /admin/v1/users/" + targetId, "PUT /admin/v1/users/" + targetId + "/roles",
                "POST /admin/v1/roles", "PATCH /admin/v1/roles/user", "POST /admin/v1/clients", "PATCH /admin/v1/clients/" + clientId);
    }

    /** Objects of the admin bodies' own fields (and some others) with values of every JSON type. */
    @Provide
    Arbitrary<String> adminJson() {
        Arbitrary<String> field = Arbitraries.of("username", "email", "password", "roles", "email_verified", "name", "disabled",
                "description", "permissions", "type", "redirect_uris", "post_logout_redirect_uris", "grant_types", "scopes",
                "token_endpoint_auth_method", "jwks", "jwks_uri", "first_party", "access_token_ttl", "refresh_token_ttl",
                "id_token_signed_response_alg", "access_token_signed_response_alg", "audience", "client_id", "id", "created_at");
        Arbitrary<String> scalar = Arbitraries.oneOf(Fuzz.text(30).map(s -> TextNode.valueOf(s).toString()),
                Arbitraries.of("null", "true", "false", "0", "-1", "1e999", "9223372036854775808", "\"admin\"", "\"user\"",
                        "\"admin:users:write\"", "\"RS256\"", "\"none\"", "\"public\"", "\"confidential\"", "\"http://localhost/cb\"",
                        "\"client_credentials\"", "\"f@example.com\"", "\"https://api.example.test\"", "\"http://localhost:8080\"",
                        "\"correct horse battery staple\"", "\"\"", "{}",
                        "{\"keys\":[{\"kty\":\"RSA\"}]}"));
        Arbitrary<String> array = scalar.list().ofMaxSize(4).map(l -> l.stream().collect(Collectors.joining(",", "[", "]")));
        Arbitrary<String> member = Combinators.combine(field, Arbitraries.oneOf(scalar, array)).as((f, v) -> "\"" + f + "\":" + v);
        return member.list().ofMaxSize(6).map(l -> {
            List<String> members = new ArrayList<>(l);
            return members.stream().collect(Collectors.joining(",", "{", "}"));
        });
    }
}
