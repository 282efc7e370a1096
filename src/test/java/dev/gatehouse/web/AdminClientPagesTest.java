package dev.gatehouse.web;

import static dev.gatehouse.web.ConsoleSectionFixture.assertPage;
import static dev.gatehouse.web.ConsoleSectionFixture.formOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's OAuth clients (API.md §9) on a real server, driven as a browser without JavaScript: the
 * guided form per kind of application, the secret shown once, edit and delete, and pages (never JSON,
 * never 500) for whoever may not act and whatever they send.
 */
class AdminClientPagesTest {
    private static final Pattern SECRET = Pattern.compile("id=\"client-secret\">([^<]+)<");
    private static TestServer server;
    private static ConsoleSectionFixture fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ConsoleSectionFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Optional<OAuthClient> client(String id) {
        return server.gatehouse().services().clients().find(id);
    }

    /** The create form of {@code kind} as the browser would send it, with {@code fields} typed in. */
    private static Map<String, String> createForm(Browser b, String kind, Map<String, String> fields) {
        return ConsoleSectionFixture.formAt(b, "/admin/clients/new?kind=" + kind, fields);
    }

    private static String secretOf(TestHttp.Response r) {
        Matcher m = SECRET.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Browser.unescape(m.group(1));
    }

    private static TestHttp.Response clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return server.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    }

    @Test
    void aWebApplicationGetsCodeWithPkceAndASecretShownOnceOnTheAnswerOnly() {
        Browser b = fx.admin("/admin/clients");
        TestHttp.Response kinds = b.get("/admin/clients/new");
        assertPage(kinds, 200);
        assertThat(kinds.body()).contains("href=\"/admin/clients/new?kind=web\"").contains("?kind=spa").contains("?kind=native")
                .contains("?kind=service");
        TestHttp.Response page = b.get("/admin/clients/new?kind=web");
        assertThat(page.body()).contains("name=\"redirect_uris\"").contains("name=\"token_endpoint_auth_method\"")
                .doesNotContain("name=\"web_origins\"");

        Map<String, String> form = createForm(b, "web", Map.of("name", "Billing", "redirect_uris", "https://billing.example/cb\r\n\r\n",
                "scopes", "openid  email", "access_token_ttl", "600", "require_mfa", "on"));
        String id = form.get("client_id");
        TestHttp.Response created = b.post("/admin/clients", form);
        assertPage(created, 200);
        assertThat(created.header("Location")).isNull();
        String secret = secretOf(created);
        assertThat(secret).hasSizeGreaterThan(20);
        assertThat(String.join(" ", created.headers().getOrDefault("set-cookie", List.of()))).doesNotContain(secret);

        OAuthClient c = client(id).orElseThrow();
        assertThat(c.type().wire()).isEqualTo("confidential");
        assertThat(c.grantTypes()).containsExactly("authorization_code", "refresh_token");
        assertThat(c.authMethod()).isEqualTo("client_secret_basic");
        assertThat(c.redirectUris()).containsExactly("https://billing.example/cb");
        assertThat(c.scopes()).containsExactly("openid", "email");
        assertThat(c.requireMfa()).isTrue();
        assertThat(c.firstParty()).isFalse();
        assertThat(c.accessTokenTtl().toSeconds()).isEqualTo(600);
        assertThat(fx.auditEvents("client_create", id, 1)).isEqualTo(1);

        // Never again: not on its page, not in the list, not in the edit form.
        for (String path : List.of("/admin/clients/" + id, "/admin/clients", "/admin/clients/" + id + "/edit")) {
            TestHttp.Response r = b.get(path);
            assertPage(r, 200);
            assertThat(r.body()).as(path).contains(id).doesNotContain(secret);
        }
        // The same form sent again (a double click, a retry): "taken", no second client, no second secret.
        TestHttp.Response again = b.post("/admin/clients", form);
        assertPage(again, 409);
        assertThat(again.body()).contains("client_id-error").doesNotContain("client-secret").doesNotContain(secret)
                .contains("value=\"Billing\"");
        assertThat(fx.auditEvents("client_create", id, 1)).isEqualTo(1);
    }

    @Test
    void aMachineToMachineClientGetsATokenWithTheShownSecretAndRotationReplacesIt() throws Exception {
        Browser b = fx.admin("/admin/clients");
        TestHttp.Response page = b.get("/admin/clients/new?kind=service");
        assertThat(page.body()).doesNotContain("name=\"redirect_uris\"").doesNotContain("name=\"require_mfa\"")
                .doesNotContain("name=\"grant_refresh_token\"");
        Map<String, String> form = createForm(b, "service", Map.of("name", "Nightly export"));
        String id = form.get("client_id");
        String secret = secretOf(b.post("/admin/clients", form));
        assertThat(client(id).orElseThrow().grantTypes()).containsExactly("client_credentials");
        TestHttp.Response token = clientCredentials(id, secret);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().path("access_token").asText()).isNotEmpty();

        String csrf = Browser.hiddenInputs(b.get("/admin/clients/" + id).body()).get("csrf");
        TestHttp.Response rotated = b.post("/admin/clients/" + id + "/secret", Map.of("csrf", csrf));
        assertPage(rotated, 200);
        String fresh = secretOf(rotated);
        assertThat(fresh).isNotEqualTo(secret);
        assertThat(clientCredentials(id, secret).status()).isEqualTo(401);
        assertThat(clientCredentials(id, fresh).status()).isEqualTo(200);
        assertThat(fx.auditEvents("client_secret_rotate", id, 1)).isEqualTo(1);
        // Two tabs rotating at once: every answer a page with a secret, the last one written works.
        List<Integer> both = Concurrently.run(2, () -> b.post("/admin/clients/" + id + "/secret", Map.of("csrf", csrf)).status());
        assertThat(both).containsOnly(200);
    }

    @Test
    void eachKindPresetsTypeGrantsAndAuthentication() {
        Browser b = fx.admin("/admin/clients");
        TestHttp.Response spaPage = b.get("/admin/clients/new?kind=spa");
        assertThat(spaPage.body()).contains("name=\"web_origins\"").doesNotContain("name=\"token_endpoint_auth_method\"")
                .doesNotContain("name=\"grant_client_credentials\"");
        Map<String, String> spa = createForm(b, "spa", Map.of("name", "Shop", "redirect_uris", "https://shop.example/",
                "web_origins", "+", "grant_refresh_token", "on"));
        TestHttp.Response done = b.post("/admin/clients", spa);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/admin/clients/" + spa.get("client_id") + "?done=created");
        assertThat(b.get(done.header("Location")).body()).contains("class=\"notice\"").doesNotContain("client-secret");
        OAuthClient s = client(spa.get("client_id")).orElseThrow();
        assertThat(s.type().wire()).isEqualTo("public");
        assertThat(s.authMethod()).isEqualTo("none");
        assertThat(s.webOrigins()).containsExactly("+");
        assertThat(s.grantTypes()).containsExactly("authorization_code", "refresh_token");

        Map<String, String> nativeApp = createForm(b, "native", Map.of("name", "Phone", "redirect_uris",
                "com.example.phone:/callback\nhttp://127.0.0.1/callback"));
        nativeApp.remove("grant_refresh_token");
        assertThat(b.post("/admin/clients", nativeApp).status()).isEqualTo(303);
        OAuthClient n = client(nativeApp.get("client_id")).orElseThrow();
        assertThat(n.type().wire()).isEqualTo("public");
        assertThat(n.grantTypes()).containsExactly("authorization_code");
        assertThat(n.redirectUris()).containsExactly("com.example.phone:/callback", "http://127.0.0.1/callback");
        // A private-use scheme that is nobody's domain, as the API refuses it.
        Map<String, String> bad = createForm(b, "native", Map.of("name", "Phone", "redirect_uris", "myapp:/cb"));
        TestHttp.Response refused = b.post("/admin/clients", bad);
        assertPage(refused, 400);
        assertThat(refused.body()).contains("redirect_uris-error").contains("myapp:/cb");

        assertPage(b.get("/admin/clients/new?kind=desktop"), 400);
        assertPage(b.get("/admin/clients/new?kind=web&kind=spa"), 400);
        Map<String, String> forged = createForm(b, "web", Map.of("name", "X", "kind", "tv", "redirect_uris", "https://x.example/"));
        assertPage(b.post("/admin/clients", forged), 400);
        assertThat(client(forged.get("client_id"))).isEmpty();
    }

    @Test
    void hostileInputIsRefusedAsTheApiRefusesItWithTheValuesKept() {
        Browser b = fx.admin("/admin/clients");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("javascript:alert(1)", "redirect_uris");
        cases.put("JavaScript:alert(document.cookie)", "redirect_uris");
        cases.put("http://evil.example/cb", "redirect_uris");
        cases.put("https://*.example/cb", "redirect_uris");
        cases.put("https://a.example/cb#frag", "redirect_uris");
        cases.put("https://a.example/\u0000cb", "redirect_uris");
        for (var c : cases.entrySet()) {
            Map<String, String> form = createForm(b, "web", Map.of("name", "<script>alert(1)</script>", "redirect_uris", c.getKey()));
            TestHttp.Response r = b.post("/admin/clients", form);
            assertPage(r, 400);
            assertThat(r.body()).as(c.getKey()).contains(c.getValue() + "-error").doesNotContain("<script>alert")
                    .contains("value=\"&lt;script>alert(1)&lt;/script>\"");
            assertThat(client(form.get("client_id"))).isEmpty();
        }
        // Field by field, each error next to its field and the rest of the form as typed.
        Map<String, String> form = createForm(b, "spa", Map.of("name", "n\u001b[31m", "redirect_uris", "https://ok.example/",
                "web_origins", "https://ok.example/path", "access_token_ttl", "soon", "scopes", "openid"));
        TestHttp.Response r = b.post("/admin/clients", form);
        assertPage(r, 400);
        assertThat(r.body()).contains("access_token_ttl-error").contains("value=\"soon\"");
        form.put("access_token_ttl", "99999999999");
        r = b.post("/admin/clients", form);
        assertPage(r, 400);
        assertThat(r.body()).contains("name-error").contains("web_origins-error").contains("access_token_ttl-error")
                .contains("https://ok.example/path");
        // Huge: over the service's limit is a field error; over the form parser's a 400 page.
        form = createForm(b, "web", Map.of("name", "n".repeat(300), "redirect_uris", "https://ok.example/"));
        assertThat(b.post("/admin/clients", form).body()).contains("name-error");
        form.put("redirect_uris", "https://ok.example/" + "a".repeat(9000));
        assertPage(b.post("/admin/clients", form), 400);
        form.put("redirect_uris", ("https://ok.example/" + "a".repeat(100) + "\n").repeat(30));
        assertThat(b.post("/admin/clients", form).body()).contains("redirect_uris-error");
        // Every name once: a repeated one is refused before anything is read.
        String csrf = form.get("csrf");
        TestHttp.Response twice = b.postRaw("/admin/clients", "csrf=" + csrf + "&kind=web&name=a&name=b&redirect_uris=https%3A%2F%2Fa.example%2F",
                "application/x-www-form-urlencoded");
        assertPage(twice, 400);
        assertPage(b.postRaw("/admin/clients", "{\"name\":\"json\"}", "application/json"), 415);
    }

    @Test
    void editKeepsWhatTheFormDoesNotShowAndShowsErrorsNextToTheFields() {
        Browser b = fx.admin("/admin/clients");
        Map<String, String> form = createForm(b, "web", Map.of("name", "Wiki", "redirect_uris", "https://wiki.example/cb",
                "grant_client_credentials", "on", "first_party", "on"));
        String id = form.get("client_id");
        assertThat(b.post("/admin/clients", form).status()).isEqualTo(200);
        String edit = "/admin/clients/" + id + "/edit";
        TestHttp.Response page = b.get(edit);
        assertPage(page, 200);
        assertThat(page.body()).contains("Wiki").contains("https://wiki.example/cb").doesNotContain("name=\"client_id\"");
        assertThat(Browser.input(page.body(), "first_party")).containsKey("checked");

        Map<String, String> changed = formOf(page.body());
        changed.put("name", "Wiki 2");
        changed.put("redirect_uris", "https://wiki.example/cb\nhttps://wiki.example/cb2");
        changed.put("token_endpoint_auth_method", "client_secret_post");
        changed.put("id_token_signed_response_alg", "ES256");
        changed.put("access_token_signed_response_alg", "");
        changed.remove("grant_client_credentials");
        changed.remove("first_party");
        TestHttp.Response saved = b.post(edit, changed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/admin/clients/" + id + "?done=saved");
        OAuthClient c = client(id).orElseThrow();
        assertThat(c.name()).isEqualTo("Wiki 2");
        assertThat(c.redirectUris()).containsExactly("https://wiki.example/cb", "https://wiki.example/cb2");
        assertThat(c.grantTypes()).containsExactly("authorization_code", "refresh_token");
        assertThat(c.authMethod()).isEqualTo("client_secret_post");
        assertThat(c.idTokenSignedResponseAlg()).isEqualTo("ES256");
        assertThat(c.firstParty()).isFalse(); // unticked
        assertThat(fx.auditEvents("client_update", id, 1)).isEqualTo(1);

        changed.put("redirect_uris", "http://wiki.example/cb");
        changed.put("token_endpoint_auth_method", "none");
        TestHttp.Response refused = b.post(edit, changed);
        assertPage(refused, 400);
        assertThat(refused.body()).contains("redirect_uris-error").contains("token_endpoint_auth_method-error")
                .contains("http://wiki.example/cb").contains("value=\"Wiki 2\"");
        assertThat(client(id).orElseThrow().redirectUris()).hasSize(2);
        // The kind and client_id are not the form's to change.
        changed.put("redirect_uris", "https://wiki.example/cb");
        changed.put("token_endpoint_auth_method", "client_secret_basic");
        changed.put("client_id", "other");
        changed.put("kind", "spa");
        assertThat(b.post(edit, changed).status()).isEqualTo(303);
        assertThat(client(id).orElseThrow().type().wire()).isEqualTo("confidential");
        assertThat(client("other")).isEmpty();
    }

    @Test
    void deleteAsksFirstThenEndsTheClient() {
        Browser b = fx.admin("/admin/clients");
        Map<String, String> form = createForm(b, "service", Map.of("name", "Doomed"));
        String id = form.get("client_id");
        String secret = secretOf(b.post("/admin/clients", form));
        String confirm = "/admin/clients/" + id + "/delete";
        TestHttp.Response ask = b.get(confirm);
        assertPage(ask, 200);
        assertThat(ask.body()).contains("action=\"" + confirm + "\"").contains("Doomed");
        assertThat(client(id)).isPresent();
        assertPage(b.post(confirm, Map.of()), 403); // no CSRF token
        assertThat(client(id)).isPresent();
        TestHttp.Response gone = b.submit(confirm, confirm, Map.of());
        assertThat(gone.status()).isEqualTo(303);
        assertThat(gone.header("Location")).isEqualTo("/admin/clients?done=deleted");
        assertThat(client(id)).isEmpty();
        assertThat(clientCredentials(id, secret).status()).isEqualTo(401);
        assertThat(fx.auditEvents("client_delete", id, 1)).isEqualTo(1);
        // Sent twice: the second finds nothing.
        String csrf = Browser.hiddenInputs(ask.body()).get("csrf");
        assertPage(b.post(confirm, Map.of("csrf", csrf)), 404);
    }

    @Test
    void everyActionNeedsThePermissionOfItsApiRouteAndTheCsrfToken() {
        Browser admin = fx.admin("/admin/clients");
        Map<String, String> form = createForm(admin, "service", Map.of("name", "Guarded"));
        String id = form.get("client_id");
        admin.post("/admin/clients", form);
        String csrf = form.get("csrf");

        Browser reader = fx.withPermissions("/admin/clients", "admin:clients:read");
        TestHttp.Response list = reader.get("/admin/clients");
        assertPage(list, 200);
        assertThat(list.body()).contains(id).doesNotContain("/admin/clients/new");
        TestHttp.Response show = reader.get("/admin/clients/" + id);
        assertPage(show, 200);
        assertThat(show.body()).doesNotContain("/secret").doesNotContain("/edit").doesNotContain("/delete");
        String readerCsrf = Browser.hiddenInputs(reader.get("/admin/clients/" + id).body()).getOrDefault("csrf", "x");
        for (String path : List.of("/admin/clients/new", "/admin/clients/new?kind=web", "/admin/clients/" + id + "/edit",
                "/admin/clients/" + id + "/delete")) {
            assertPage(reader.get(path), 403);
        }
        for (String path : List.of("/admin/clients", "/admin/clients/" + id + "/edit", "/admin/clients/" + id + "/secret",
                "/admin/clients/" + id + "/delete")) {
            assertPage(reader.post(path, Map.of("csrf", readerCsrf, "kind", "service", "name", "x")), 403);
        }
        Browser none = fx.withPermissions("/admin/users", "admin:users:read");
        for (String path : List.of("/admin/clients", "/admin/clients/" + id)) assertPage(none.get(path), 403);
        assertThat(client(id)).isPresent();

        // The admin without a CSRF token, or with another browser's: refused, nothing done.
        for (String path : List.of("/admin/clients", "/admin/clients/" + id + "/edit", "/admin/clients/" + id + "/secret",
                "/admin/clients/" + id + "/delete")) {
            assertPage(admin.post(path, Map.of("kind", "service", "name", "x")), 403);
            assertPage(admin.post(path, Map.of("csrf", readerCsrf, "kind", "service", "name", "x")), 403);
        }
        assertThat(client(id).orElseThrow().name()).isEqualTo("Guarded");
        assertThat(csrf).isNotEqualTo(readerCsrf);
        // Not signed in: to the login page.
        TestHttp.Response anonymous = new Browser(server.baseUrl()).get("/admin/clients/" + id);
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
    }

    @Test
    void unknownOrHostileIdsAreNotFoundPages() {
        Browser b = fx.admin("/admin/clients");
        String csrf = Browser.hiddenInputs(b.get("/admin/clients/new?kind=web").body()).get("csrf");
        for (String id : List.of("nope", "..%2F..%2Fetc", "z".repeat(3000), "%3Cscript%3E", "%E2%80%AE")) {
            assertPage(b.get("/admin/clients/" + id), 404);
            assertPage(b.get("/admin/clients/" + id + "/edit"), 404);
            assertPage(b.get("/admin/clients/" + id + "/delete"), 404);
            assertPage(b.post("/admin/clients/" + id + "/secret", Map.of("csrf", csrf)), 404);
            assertPage(b.post("/admin/clients/" + id + "/edit", Map.of("csrf", csrf, "name", "x")), 404);
            assertPage(b.post("/admin/clients/" + id + "/delete", Map.of("csrf", csrf)), 404);
        }
        assertPage(b.get("/admin/clients?cursor=" + "%27%20OR%201%3D1"), 200);
        assertPage(b.get("/admin/clients?cursor=a&cursor=b"), 400);
    }

    @Test
    void aDoubleSubmitAtOnceCreatesOneClient() throws Exception {
        Browser b = fx.admin("/admin/clients");
        Map<String, String> form = createForm(b, "service", Map.of("name", "Twice"));
        List<Integer> answers = Concurrently.run(4, () -> b.post("/admin/clients", form).status());
        assertThat(answers).containsOnly(200, 409);
        assertThat(answers.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(fx.auditEvents("client_create", form.get("client_id"), 1)).isEqualTo(1);
    }
}
