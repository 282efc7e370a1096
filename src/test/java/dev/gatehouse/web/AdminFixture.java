package dev.gatehouse.web;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.TestServer;
import java.util.List;

/** Users and tokens for admin API tests: admins are created like the CLI does, then log in over HTTP. */
final class AdminFixture {
    static final String PASSWORD = "correct horse battery staple";

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
