package dev.gatehouse.web;

import static dev.gatehouse.web.ConsoleSectionFixture.assertPage;
import static dev.gatehouse.web.ConsoleSectionFixture.formOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's identity providers (API.md §9, §6) on a real server: create per type, the redirect URI
 * to register upstream, a client secret that no page ever shows again, edit, enable and disable, delete,
 * and pages for whoever may not act and whatever they send.
 */
class AdminProviderPagesTest {
    private static final String SECRET = "upstream-secret-4b1d7c";
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

    private static Optional<IdentityProvider> provider(String id) {
        return server.gatehouse().services().federation().providers().find(id);
    }

    private static Map<String, String> createForm(Browser b, String type, Map<String, String> fields) {
        return ConsoleSectionFixture.formAt(b, "/admin/providers/new?type=" + type, fields);
    }

    private static String id(String prefix) {
        return ConsoleSectionFixture.name(prefix).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void createShowsTheRedirectUriAndNeverTheSecret() {
        Browser b = fx.admin("/admin/providers");
        TestHttp.Response types = b.get("/admin/providers/new");
        assertPage(types, 200);
        assertThat(types.body()).contains("?type=oidc").contains("?type=github").contains("?type=apple").contains("?type=microsoft");
        assertThat(b.get("/admin/providers/new?type=github").body()).doesNotContain("name=\"issuer\"").doesNotContain("name=\"team_id\"");
        assertThat(b.get("/admin/providers/new?type=oidc").body()).contains("name=\"issuer\"").contains("name=\"audiences\"");
        assertThat(b.get("/admin/providers/new?type=apple").body()).contains("name=\"team_id\"").contains("<textarea id=\"client_secret\"");
        assertThat(b.get("/admin/providers/new?type=microsoft").body()).contains("name=\"tenant\"");

        String id = id("gh");
        TestHttp.Response done = b.post("/admin/providers", createForm(b, "github", Map.of("id", id, "client_id", "Iv1.abc",
                "client_secret", SECRET)));
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/admin/providers/" + id + "?done=created");
        IdentityProvider p = provider(id).orElseThrow();
        assertThat(p.name()).isEqualTo("GitHub");
        assertThat(p.settings().clientSecret().value()).isEqualTo(SECRET);
        assertThat(p.settings().scopes()).containsExactly("read:user", "user:email");
        assertThat(p.enabled()).isTrue();
        TestHttp.Response page = b.get(done.header("Location"));
        assertPage(page, 200);
        assertThat(page.body()).contains("http://localhost:8080/login/idp/" + id + "/callback").contains("Stored (never shown)")
                .doesNotContain(SECRET);
        TestHttp.Response edit = b.get("/admin/providers/" + id + "/edit");
        assertPage(edit, 200);
        assertThat(edit.body()).contains("Iv1.abc").doesNotContain(SECRET);
        assertThat(Browser.input(edit.body(), "client_secret")).doesNotContainKey("value");
        assertThat(b.get("/admin/providers").body()).contains(id).doesNotContain(SECRET);
        assertThat(fx.auditEvents("identity_provider_create", id, 1)).isEqualTo(1);

        // Sent again: the identifier is taken, no second provider.
        TestHttp.Response again = b.post("/admin/providers", createForm(b, "github", Map.of("id", id, "client_id", "x")));
        assertPage(again, 409);
        assertThat(again.body()).contains("id-error");
    }

    @Test
    void refusedFormsKeepWhatWasTypedButTheSecret() {
        Browser b = fx.admin("/admin/providers");
        String id = id("corp");
        Map<String, String> form = createForm(b, "oidc", Map.of("id", id, "client_id", "gatehouse", "client_secret", SECRET,
                "name", "Corp <b>SSO</b>"));
        TestHttp.Response r = b.post("/admin/providers", form);
        assertPage(r, 400);
        assertThat(r.body()).contains("issuer-error").contains("value=\"gatehouse\"").contains("Corp &lt;b>SSO&lt;/b>")
                .doesNotContain(SECRET).doesNotContain("<b>SSO");
        for (String issuer : List.of("javascript:alert(1)", "https://169.254.169.254/latest", "http://93.184.216.34",
                "https://93.184.216.34/?x=1", "https://93.184.216.34/\u0000")) {
            form.put("issuer", issuer);
            r = b.post("/admin/providers", form);
            assertPage(r, 400);
            assertThat(r.body()).as(issuer).contains("issuer-error").doesNotContain(SECRET);
        }
        form.put("issuer", "https://93.184.216.34/realms/corp");
        form.put("scopes", "email profile");
        form.put("client_id", "c".repeat(600));
        r = b.post("/admin/providers", form);
        assertPage(r, 400);
        assertThat(r.body()).contains("scopes-error").contains("client_id-error");
        form.put("id", "Bad Id!");
        assertThat(b.post("/admin/providers", form).body()).contains("id-error");
        form.put("client_secret", "a\u0000b");
        assertThat(b.post("/admin/providers", form).body()).contains("client_secret-error");
        assertThat(provider("bad id!")).isEmpty();
        // The apple key must be a P-256 PEM; it is never sent back either.
        Map<String, String> apple = createForm(b, "apple", Map.of("id", id("apple"), "client_id", "com.example.web", "team_id", "TEAM123456",
                "key_id", "KEY1234567", "client_secret", "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----"));
        r = b.post("/admin/providers", apple);
        assertPage(r, 400);
        assertThat(r.body()).contains("client_secret-error").doesNotContain("not a key");
        assertPage(b.get("/admin/providers/new?type=myspace"), 400);
        Map<String, String> forged = createForm(b, "github", Map.of("id", id("forged"), "client_id", "x", "type", "myspace"));
        assertPage(b.post("/admin/providers", forged), 400);
        assertPage(b.postRaw("/admin/providers", "csrf=" + form.get("csrf") + "&type=github&id=a&id=b", "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void editKeepsTheSecretUnlessReplacedOrRemovedAndEnableDisableDelete() throws Exception {
        Browser b = fx.admin("/admin/providers");
        String id = id("ms");
        assertThat(b.post("/admin/providers", createForm(b, "microsoft", Map.of("id", id, "client_id", "app-1",
                "client_secret", SECRET))).status()).isEqualTo(303);
        assertThat(provider(id).orElseThrow().settings().tenant()).isEqualTo("common");
        String edit = "/admin/providers/" + id + "/edit";
        Map<String, String> form = formOf(b.get(edit).body());
        assertThat(form.get("client_secret")).isEmpty();
        form.put("name", "Contoso");
        form.put("tenant", "organizations");
        form.remove("create_users");
        TestHttp.Response saved = b.post(edit, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        IdentityProvider p = provider(id).orElseThrow();
        assertThat(p.name()).isEqualTo("Contoso");
        assertThat(p.settings().tenant()).isEqualTo("organizations");
        assertThat(p.createUsers()).isFalse();
        assertThat(p.settings().clientSecret().value()).as("an empty secret field keeps the stored one").isEqualTo(SECRET);

        form = formOf(b.get(edit).body());
        form.put("client_secret", "replaced-secret");
        assertThat(b.post(edit, form).status()).isEqualTo(303);
        assertThat(provider(id).orElseThrow().settings().clientSecret().value()).isEqualTo("replaced-secret");
        form = formOf(b.get(edit).body());
        form.put("clear_secret", "on");
        assertThat(b.post(edit, form).status()).isEqualTo(303);
        assertThat(provider(id).orElseThrow().settings().clientSecret().isPresent()).isFalse();
        form = formOf(b.get(edit).body());
        form.put("tenant", "bad tenant/..");
        TestHttp.Response refused = b.post(edit, form);
        assertPage(refused, 400);
        assertThat(refused.body()).contains("tenant-error").contains("bad tenant/..");

        String page = "/admin/providers/" + id;
        TestHttp.Response disabled = b.submit(page, page + "/disable", Map.of());
        assertThat(disabled.header("Location")).isEqualTo(page + "?done=disabled");
        assertThat(provider(id).orElseThrow().enabled()).isFalse();
        assertThat(b.get(page).body()).contains("action=\"" + page + "/enable\"");
        String csrf = Browser.hiddenInputs(b.get(page).body()).get("csrf");
        // Two tabs enabling at once: the same end, no error.
        assertThat(Concurrently.run(3, () -> b.post(page + "/enable", Map.of("csrf", csrf)).status())).containsOnly(303);
        assertThat(provider(id).orElseThrow().enabled()).isTrue();

        TestHttp.Response ask = b.get(page + "/delete");
        assertPage(ask, 200);
        assertThat(ask.body()).contains("action=\"" + page + "/delete\"");
        assertPage(b.post(page + "/delete", Map.of()), 403);
        TestHttp.Response gone = b.submit(page + "/delete", page + "/delete", Map.of());
        assertThat(gone.header("Location")).isEqualTo("/admin/providers?done=deleted");
        assertThat(provider(id)).isEmpty();
        assertThat(fx.auditEvents("identity_provider_delete", id, 1)).isEqualTo(1);
        assertPage(b.post(page + "/delete", Map.of("csrf", csrf)), 404);
    }

    @Test
    void everyActionNeedsThePermissionOfItsApiRouteAndTheCsrfToken() {
        Browser admin = fx.admin("/admin/providers");
        String id = id("guard");
        admin.post("/admin/providers", createForm(admin, "github", Map.of("id", id, "client_id", "c")));
        String page = "/admin/providers/" + id;
        Browser reader = fx.withPermissions("/admin/providers", "admin:identity-providers:read");
        assertPage(reader.get("/admin/providers"), 200);
        TestHttp.Response show = reader.get(page);
        assertPage(show, 200);
        assertThat(show.body()).doesNotContain("/edit").doesNotContain("/disable").doesNotContain("/delete");
        assertThat(reader.get("/admin/providers").body()).doesNotContain("/admin/providers/new");
        for (String path : List.of("/admin/providers/new", page + "/edit", page + "/delete")) assertPage(reader.get(path), 403);
        String adminCsrf = Browser.hiddenInputs(admin.get(page).body()).get("csrf");
        for (String path : List.of("/admin/providers", page + "/edit", page + "/disable", page + "/enable", page + "/delete")) {
            assertPage(reader.post(path, Map.of("csrf", "x", "type", "github")), 403);
            assertPage(admin.post(path, Map.of("type", "github", "id", "zz", "client_id", "c")), 403); // no CSRF token
        }
        Browser none = fx.withPermissions("/admin/clients", "admin:clients:read");
        assertPage(none.get("/admin/providers"), 403);
        assertPage(none.get(page), 403);
        assertThat(provider(id).orElseThrow().enabled()).isTrue();
        assertThat(adminCsrf).isNotNull();

        for (String unknown : List.of("nope", "..%2Fx", "z".repeat(3000), "UPPER")) {
            assertPage(admin.get("/admin/providers/" + unknown), 404);
            assertPage(admin.get("/admin/providers/" + unknown + "/edit"), 404);
            assertPage(admin.post("/admin/providers/" + unknown + "/disable", Map.of("csrf", adminCsrf)), 404);
            assertPage(admin.post("/admin/providers/" + unknown + "/delete", Map.of("csrf", adminCsrf)), 404);
        }
    }
}
