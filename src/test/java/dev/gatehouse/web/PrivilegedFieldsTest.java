package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privileges come only from the admin API: spellings of privileged fields that the field-by-field
 * tests in BadRequestTest do not try (other cases, camelCase, look-alikes, nesting) are refused on
 * signup and /me, and asking for admin scope at login grants nothing.
 */
class PrivilegedFieldsTest {
    private static TestServer server;
    private static TestHttp http;
    private static String token;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        token = http.signupAndLogin("member", AdminFixture.PASSWORD).path("access_token").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final List<String> SPELLINGS = List.of("\"Roles\":[\"admin\"]", "\"ROLES\":[\"admin\"]", "\"role\":\"admin\"",
            "\"emailVerified\":true", "\"Email_Verified\":true", "\"is_admin\":true", "\"admin\":true", "\"scope\":\"admin:users:write\"",
            "\"user\":{\"roles\":[\"admin\"]}", "\"__proto__\":{\"roles\":[\"admin\"]}", "\"Disabled\":false", "\"permissions\":[]");

    @Test
    void signupRefusesEverySpellingOfAPrivilegedField() {
        int i = 0;
        for (String extra : SPELLINGS) {
            String body = "{\"username\":\"sp" + (i++) + "x\",\"password\":\"" + AdminFixture.PASSWORD + "\"," + extra + "}";
            TestHttp.Response r = http.post("/api/v1/signup", body);
            assertThat(r.status()).as(extra).isEqualTo(400);
            assertThat(r.code()).as(extra).isEqualTo("unknown_field");
        }
    }

    @Test
    void patchMeRefusesEverySpellingOfAPrivilegedField() {
        String before = http.get("/api/v1/me", token).body();
        for (String extra : SPELLINGS) {
            TestHttp.Response r = http.send("PATCH", "/api/v1/me", "{\"name\":\"M\"," + extra + "}", "application/json", token);
            assertThat(r.status()).as(extra).isEqualTo(400);
        }
        assertThat(http.get("/api/v1/me", token).body()).isEqualTo(before);
    }

    @Test
    void askingForAdminScopeAtLoginGrantsNothing() {
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "member", "password", AdminFixture.PASSWORD,
                "scope", "admin:users:read admin:users:write admin:roles:write"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("scope").asText()).isEmpty();
        String t = login.json().path("access_token").asText();
        assertThat(http.get("/admin/v1/users", t).status()).isEqualTo(403);
        assertThat(http.send("PUT", "/admin/v1/users/x/roles", "{\"roles\":[\"admin\"]}", "application/json", t).status()).isEqualTo(403);
    }
}
