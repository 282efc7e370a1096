package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md 1.7: a fresh install has no default account (OWASP ASVS 2.5.4): on a new, empty
 * database without GATEHOUSE_BOOTSTRAP_ADMIN_* the server starts with no user and no role grant,
 * so no well-known name and password signs in; with it configured, that one admin and nobody else.
 */
class FreshInstallTest {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startWhenDatabaseEmptyAndNoBootstrapAdminThenNoUserExistsAndNoDefaultSignsIn(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            assertThat(count(server, "users")).isZero();
            assertThat(count(server, "user_roles")).isZero();
            for (String name : List.of("admin", "root", "gatehouse", "administrator")) {
                for (String password : List.of("admin", "password", "gatehouse", "changeme", name)) {
                    assertThat(server.http().post("/api/v1/login", Map.of("username", name, "password", password)).status())
                            .as("%s / %s", name, password).isEqualTo(401);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startWhenBootstrapAdminConfiguredThenExactlyThatOneUserWithRoleAdmin(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).set("bootstrap.admin.username", "boss")
                .set("bootstrap.admin.password", AdminFixture.PASSWORD).start()) {
            assertThat(count(server, "users")).isEqualTo(1);
            List<String> grants = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT u.username || '/' || r.role_name FROM users u JOIN user_roles r ON r.user_id = u.id").mapTo(String.class).list());
            assertThat(grants).contains("boss/admin").allMatch(g -> g.startsWith("boss/"));
            assertThat(server.http().login("boss", AdminFixture.PASSWORD).path("access_token").asText()).isNotEmpty();
        }
    }

    private static long count(TestServer server, String table) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
