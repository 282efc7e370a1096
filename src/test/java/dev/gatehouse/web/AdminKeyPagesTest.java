package dev.gatehouse.web;

import static dev.gatehouse.web.ConsoleSectionFixture.assertPage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's signing keys (API.md §9): which key signs now and which are only published, and
 * rotation with admin:keys:write and the form's CSRF token, as POST /admin/v1/keys/rotate.
 */
class AdminKeyPagesTest {
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

    private static String active() {
        return server.gatehouse().services().keyAdmin().list().stream().filter(k -> k.status().equals("active")
                && k.alg().equals("RS256")).map(KeyInfo::kid).findFirst().orElseThrow();
    }

    /** The audit's key rotations by people of the console (the CLI's have no IP). */
    private static int rotations() {
        server.gatehouse().services().audit().flush();
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_events WHERE type = 'admin_key_rotate' AND ip IS NOT NULL").mapTo(Integer.class).one());
    }

    @Test
    void theActiveKeyIsMarkedAndRotationMakesANewOneActiveAndPublished() {
        Browser b = fx.admin("/admin/keys");
        String before = active();
        TestHttp.Response page = b.get("/admin/keys");
        assertPage(page, 200);
        assertThat(page.body()).contains("<li class=\"key-active\"><p><code>" + before + "</code>").contains("Active: signs now")
                .contains("action=\"/admin/keys/rotate\"");

        TestHttp.Response rotated = b.submit("/admin/keys", "/admin/keys/rotate", Map.of());
        assertThat(rotated.status()).isEqualTo(303);
        assertThat(rotated.header("Location")).isEqualTo("/admin/keys?done=rotated");
        String after = active();
        assertThat(after).isNotEqualTo(before);
        TestHttp.Response now = b.get(rotated.header("Location"));
        assertPage(now, 200);
        assertThat(now.body()).contains("<li class=\"key-active\"><p><code>" + after + "</code>")
                .contains("<li class=\"key-published\"><p><code>" + before + "</code>").contains("class=\"notice\"");
        assertThat(server.http().get("/oauth2/jwks").body()).contains(after).contains(before);
        assertThat(rotations()).isGreaterThanOrEqualTo(1);

        // A form sent twice rotates twice: harmless, each key stays published.
        String csrf = Browser.hiddenInputs(now.body()).get("csrf");
        assertThat(b.post("/admin/keys/rotate", Map.of("csrf", csrf)).status()).isEqualTo(303);
        assertThat(b.post("/admin/keys/rotate", Map.of("csrf", csrf)).status()).isEqualTo(303);
        assertThat(server.http().get("/oauth2/jwks").body()).contains(after).contains(before).contains(active());
    }

    @Test
    void rotationNeedsTheWritePermissionAndTheCsrfToken() {
        Browser admin = fx.admin("/admin/keys");
        String before = active();
        int audited = rotations();
        assertPage(admin.post("/admin/keys/rotate", Map.of()), 403);
        assertPage(admin.post("/admin/keys/rotate", Map.of("csrf", "forged")), 403);
        assertPage(admin.postRaw("/admin/keys/rotate", "csrf=a&csrf=b", "application/x-www-form-urlencoded"), 400);
        Browser reader = fx.withPermissions("/admin/keys", "admin:keys:read");
        TestHttp.Response page = reader.get("/admin/keys");
        assertPage(page, 200);
        assertThat(page.body()).contains(before).doesNotContain("/admin/keys/rotate");
        String csrf = Browser.hiddenInputs(reader.get("/admin/users").body()).getOrDefault("csrf", "x");
        assertPage(reader.post("/admin/keys/rotate", Map.of("csrf", csrf)), 403);
        Browser none = fx.withPermissions("/admin/clients", "admin:clients:read");
        assertPage(none.get("/admin/keys"), 403);
        assertThat(active()).isEqualTo(before);
        TestHttp.Response anonymous = new Browser(server.baseUrl()).post("/admin/keys/rotate", Map.of("csrf", "x"));
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
        assertThat(active()).isEqualTo(before);
        assertThat(rotations()).isEqualTo(audited);
    }
}
