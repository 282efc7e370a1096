package dev.gatehouse.web;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;

/** Users and tokens for admin API tests: admins are created like the CLI does, then log in over HTTP. */
final class AdminFixture {
    static final String PASSWORD = "correct horse battery staple";

    private static final java.util.concurrent.atomic.AtomicInteger OPERATORS = new java.util.concurrent.atomic.AtomicInteger();

    private final TestServer server;

    AdminFixture(TestServer server) {
        this.server = server;
    }

    User admin(String username) {
        return server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user", "admin"), null);
    }

    User user(String username) {
        return server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user"), null);
    }

    /** A new admin, signed in: its access token. */
    String adminToken(String username) {
        admin(username);
        return token(username);
    }

    String token(String username) {
        return server.http().login(username, PASSWORD).path("access_token").asText();
    }

    /**
     * A browser signed in to the admin console as {@code username} (password {@link #PASSWORD}), standing on
     * {@code consolePath} (answered 200). It follows whatever the console does to sign in: the redirect to
     * the hosted login, the form, and every redirect after it until it is back on the console. Tests of a
     * console section use this rather than spelling the sign-in out, so the sign-in may change alone.
     */
    Browser console(String username, String consolePath) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.get(consolePath);
        for (int hops = 0; hops < 8 && r.status() / 100 == 3; hops++) {
            String location = r.header("Location");
            String path = local(location);
            r = path.startsWith("/login?")
                    ? b.submit(path, "/login", Map.of("username", username, "password", PASSWORD))
                    : b.get(path);
        }
        if (r.status() != 200) throw new AssertionError("console sign-in ended at " + r.status() + ": " + r.body());
        return b;
    }

    /** A Location as a path on this server: the issuer's own URLs (a client's redirect URI) included. */
    String local(String location) {
        for (String origin : List.of(server.baseUrl(), server.config().issuer())) {
            if (location.startsWith(origin + "/")) return location.substring(origin.length());
        }
        return location;
    }

    /**
     * A console operator of limited reach: a new user holding one new role with exactly these permissions
     * (created through the admin API with {@code adminToken}); its username.
     */
    String operator(String adminToken, String... permissions) {
        String role = "oprole" + OPERATORS.incrementAndGet();
        TestHttp.Response r = server.http().post("/admin/v1/roles", Map.of("name", role, "permissions", List.of(permissions)), adminToken);
        if (r.status() != 201) throw new AssertionError("role not created: " + r.body());
        String username = "operator" + OPERATORS.incrementAndGet();
        server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user", role), null);
        return username;
    }

    /** Form fields in the order given: name, value, name, value... */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    /** The CSRF token of the forms on a console page the browser may open. */
    static String csrf(Browser b, String page) {
        TestHttp.Response r = b.get(page);
        if (r.status() != 200) throw new AssertionError(page + " answered " + r.status() + ": " + r.body());
        String token = Browser.hiddenInputs(r.body()).get("csrf");
        if (token == null) throw new AssertionError("no form on " + page);
        return token;
    }

    /** Takes a role away behind the API's back: what an earlier-issued token must not outlive. */
    void removeRole(String userId, String role) {
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("DELETE FROM user_roles WHERE user_id = :u AND role_name = :r")
                .bind("u", userId).bind("r", role).execute());
    }

    /** A concrete path for a route template: every {param} becomes a harmless value. */
    static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "00000000-0000-7000-8000-000000000000");
    }
}
