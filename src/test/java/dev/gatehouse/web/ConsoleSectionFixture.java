package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tests of the console's sections share: people with chosen permissions, and what every console page is. */
final class ConsoleSectionFixture {
    private static final AtomicInteger N = new AtomicInteger();
    private final TestServer server;
    final AdminFixture admins;
    private String bossToken;

    ConsoleSectionFixture(TestServer server) {
        this.server = server;
        this.admins = new AdminFixture(server);
    }

    static String name(String prefix) {
        return prefix + N.incrementAndGet() + "x";
    }

    /** A new admin (every permission), signed in to the console on {@code path}. */
    Browser admin(String path) {
        String username = name("sadmin");
        admins.admin(username);
        return admins.console(username, path);
    }

    /** A new person whose one role holds exactly {@code permissions}, signed in on {@code path} (a page they may open). */
    Browser withPermissions(String path, String... permissions) {
        if (bossToken == null) bossToken = admins.adminToken(name("sboss"));
        String role = name("srole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", role, "permissions", List.of(permissions)), bossToken).status())
                .isEqualTo(201);
        String username = name("sperson");
        User u = server.gatehouse().services().accounts().create(username, AdminFixture.PASSWORD, null, null, List.of("user", role), null);
        assertThat(u).isNotNull();
        return admins.console(username, path);
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"( selected)?");

    /**
     * The last POST form of the page as a browser sends it untouched: every input with its value, a
     * checkbox only when ticked, each text area's text and each select's chosen option (else its first).
     */
    static Map<String, String> formOf(String html) {
        int start = html.lastIndexOf("<form method=\"post\"");
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(form);
        while (m.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher am = ATTRIBUTE.matcher(m.group().substring(6));
            while (am.find()) a.put(am.group(1), am.group(2) == null ? "" : Browser.unescape(am.group(2)));
            if (!a.containsKey("name")) continue;
            if ("checkbox".equals(a.get("type"))) {
                if (a.containsKey("checked")) fields.put(a.get("name"), "on");
            } else {
                fields.put(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        Matcher t = TEXTAREA.matcher(form);
        while (t.find()) fields.put(t.group(1), Browser.unescape(t.group(2)));
        Matcher s = SELECT.matcher(form);
        while (s.find()) {
            Matcher o = OPTION.matcher(s.group(2));
            String chosen = null;
            while (o.find()) {
                if (chosen == null || o.group(2) != null) chosen = Browser.unescape(o.group(1));
                if (o.group(2) != null) break;
            }
            if (chosen != null) fields.put(s.group(1), chosen);
        }
        return fields;
    }

    /** The form of the page at {@code path} (answered 200) as a browser sends it, with {@code fields} typed in. */
    static Map<String, String> formAt(Browser b, String path, Map<String, String> fields) {
        TestHttp.Response page = b.get(path);
        assertPage(page, 200);
        Map<String, String> form = formOf(page.body());
        form.putAll(fields);
        return form;
    }

    static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    /** The audit events of this type about this user or identifier (a client id), once {@code expected} are written or after 10 s. */
    int auditEvents(String type, String subject, int expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            server.gatehouse().services().audit().flush();
            int n = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_events WHERE type = :t AND (user_id = :u OR identifier = :u)").bind("t", type).bind("u", subject)
                    .mapTo(Integer.class).one());
            if (n >= expected || System.nanoTime() > deadline) return n;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return n;
            }
        }
    }
}
