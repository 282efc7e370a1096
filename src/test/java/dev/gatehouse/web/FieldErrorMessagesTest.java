package dev.gatehouse.web;

import static dev.gatehouse.web.ProblemAssert.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field errors say what is wrong in words ({@code message}) and what would pass ({@code min_length},
 * {@code max_length}, {@code allowed}, ...), beside the {@code field} and {@code code} they always had; and
 * signup names every invalid field in one answer, the password's policy problems with the others.
 */
class FieldErrorMessagesTest {
    private static TestServer server;
    private static TestHttp http;
    private static String adminToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        adminToken = new AdminFixture(server).adminToken("msgadmin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode error(JsonNode body, String field) {
        for (JsonNode e : body.path("errors")) if (e.path("field").asText().equals(field)) return e;
        throw new AssertionError("no error for " + field + " in " + body);
    }

    @Test
    void signupNamesEveryInvalidFieldAtOnce() {
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "ab", "email", "not-an-address", "password", "Zq8#mw"));
        JsonNode body = assertFieldErrors(r, ErrorCode.INVALID_REQUEST,
                "username", "too_short", "email", "invalid", "password", "too_short");
        JsonNode username = error(body, "username");
        assertThat(username.path("message").asText()).isEqualTo("must be at least 3 characters");
        assertThat(username.path("min_length").asInt()).isEqualTo(3);
        assertThat(username.path("max_length").asInt()).isEqualTo(64);
        assertThat(error(body, "email").path("message").asText()).isEqualTo("must be an email address such as name@example.com");
        JsonNode password = error(body, "password");
        assertThat(password.path("message").asText()).isEqualTo("must be at least 15 characters");
        assertThat(password.path("min_length").asInt()).isEqualTo(15);
        assertThat(password.path("max_length").asInt()).isEqualTo(1024);
    }

    @Test
    void aPasswordThatBreaksSeveralRulesListsThemAllWithTheOtherFields() {
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "bad name", "password", "password"));
        assertFieldErrors(r, ErrorCode.INVALID_REQUEST,
                "username", "invalid_characters", "password", "too_short", "password", "common");
    }

    /** Alone, a weak password is still weak_password (API.md §3), now with its message and limits. */
    @Test
    void aWeakPasswordAloneKeepsItsCodeAndGainsWords() {
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "weakling", "password", "Zq8#mw"));
        JsonNode password = error(assertFieldErrors(r, ErrorCode.WEAK_PASSWORD, "password", "too_short"), "password");
        assertThat(password.path("message").asText()).isEqualTo("must be at least 15 characters");
        assertThat(password.path("min_length").asInt()).isEqualTo(15);
    }

    @Test
    void everyFieldErrorHasAMessageEvenWithoutLimits() {
        TestHttp.Response r = http.post("/api/v1/login", Map.of("username", "", "password", ""));
        JsonNode body = assertFieldErrors(r, ErrorCode.INVALID_REQUEST, "username", "required", "password", "required");
        assertThat(error(body, "username").path("message").asText()).isEqualTo("is required");
        assertThat(error(body, "username").has("min_length")).isFalse();
        TestHttp.Response unknown = http.post("/api/v1/login", Map.of("username", "a", "password", "b", "roles", "admin"));
        assertThat(error(unknown.json(), "roles").path("message").asText()).isEqualTo("is not accepted by this endpoint");
    }

    @Test
    void aClientThatCannotBeRegisteredIsToldWhatWould() {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("name", "n".repeat(300));
        client.put("grant_types", List.of("password"));
        client.put("access_token_ttl", 999_999_999);
        client.put("token_endpoint_auth_method", "magic");
        JsonNode body = ProblemAssert.assertProblem(http.post("/admin/v1/clients", client, adminToken), ErrorCode.INVALID_REQUEST);
        assertThat(error(body, "name").path("max_length").asInt()).isEqualTo(256);
        assertThat(error(body, "name").path("message").asText()).isEqualTo("must be at most 256 characters");
        assertThat(error(body, "grant_types").path("allowed").toString()).isEqualTo("[\"authorization_code\",\"client_credentials\",\"refresh_token\"]");
        assertThat(error(body, "grant_types").path("message").asText())
                .isEqualTo("must be one of authorization_code, client_credentials, refresh_token");
        JsonNode ttl = error(body, "access_token_ttl");
        assertThat(ttl.path("code").asText()).isEqualTo("out_of_range");
        assertThat(ttl.path("minimum").asLong()).isEqualTo(1);
        assertThat(ttl.path("maximum").asLong()).isEqualTo(server.config().tokens().accessTokenTtl().toSeconds());
        assertThat(error(body, "token_endpoint_auth_method").path("allowed").size()).isEqualTo(4);
    }

    @Test
    void aNewPasswordThatIsTooShortCarriesTheLimitsToo() {
        String token = http.signupAndLogin("changer", AdminFixture.PASSWORD).path("access_token").asText();
        TestHttp.Response r = http.post("/api/v1/me/password", Map.of("current_password", AdminFixture.PASSWORD, "new_password", "Zq8#mw"), token);
        JsonNode e = error(assertFieldErrors(r, ErrorCode.WEAK_PASSWORD, "new_password", "too_short"), "new_password");
        assertThat(e.path("min_length").asInt()).isEqualTo(15);
        assertThat(e.path("message").asText()).isEqualTo("must be at least 15 characters");
    }

    /** The hosted page shows each field's problem beside it, all of them in one answer. */
    @Test
    void hostedSignupShowsEveryFieldErrorAtOnce() {
        Browser b = new Browser(server.baseUrl());
        assertThat(b.get("/signup").status()).isEqualTo(200);
        TestHttp.Response r = b.submit("/signup", "/signup", Map.of("username", "ab", "email", "nope", "password", "Zq8#mw"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"username-error\"", "id=\"email-error\"", "id=\"password-error\"")
                .contains("The username is too short.", "Enter a valid email address.", "Use at least 15 characters.");
    }
}
