package dev.gatehouse.web;

import static dev.gatehouse.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unknown user, wrong password and disabled user must be indistinguishable in the response: same
 * status, byte-identical body apart from the request id, same headers (SECURITY.md "Login,
 * enumeration and brute force"; API.md §3 login).
 */
class LoginEnumerationTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** Headers whose values differ per response by nature. */
    private static final Set<String> PER_RESPONSE = Set.of("x-request-id", "date");

    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        assertThat(http.post("/api/v1/signup", Map.of("username", "henry", "password", PASSWORD, "email", "henry@example.com"))
                .status()).isEqualTo(201);
        assertThat(http.post("/api/v1/signup", Map.of("username", "irene", "password", PASSWORD, "email", "irene@example.com"))
                .status()).isEqualTo(201);
        assertThat(http.login("irene", PASSWORD).has("access_token")).isTrue(); // works before it is disabled
        int updated = server.gatehouse().stores().jdbi().withHandle(h -> h.createUpdate("UPDATE users SET disabled = :disabled WHERE username = :username")
                .bind("disabled", true).bind("username", "irene").execute());
        assertThat(updated).isEqualTo(1);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static TestHttp.Response login(String username, String password) {
        return http.post("/api/v1/login", Map.of("username", username, "password", password));
    }

    /** The body with the request id's value blanked, byte for byte otherwise. */
    private static String withoutRequestId(TestHttp.Response r) {
        String requestId = r.json().path("request_id").asText();
        assertThat(requestId).isNotEmpty();
        String body = r.body().replace("\"request_id\":\"" + requestId + "\"", "\"request_id\":\"\"");
        assertThat(body).doesNotContain(requestId);
        return body;
    }

    /** Header names with their values, except the values that differ per response. */
    private static Map<String, List<String>> comparableHeaders(TestHttp.Response r) {
        Map<String, List<String>> out = new TreeMap<>();
        r.headers().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            out.put(key, PER_RESPONSE.contains(key) ? List.of("*") : values);
        });
        return out;
    }

    @Test
    void unknownUserWrongPasswordAndDisabledUserLookTheSame() {
        Map<String, TestHttp.Response> cases = new LinkedHashMap<>();
        cases.put("unknown user", login("nobody-here", PASSWORD));
        cases.put("unknown email", login("nobody@example.com", PASSWORD));
        cases.put("wrong password", login("henry", "not the right password at all"));
        cases.put("wrong password by email", login("henry@example.com", "not the right password at all"));
        cases.put("wrong password, other case", login("HENRY", "not the right password at all"));
        cases.put("disabled user", login("irene", PASSWORD));
        cases.put("disabled user by email", login("irene@example.com", PASSWORD));
        cases.put("disabled user, wrong password", login("irene", "not the right password at all"));

        TestHttp.Response reference = cases.get("unknown user");
        assertProblem(reference, ErrorCode.INVALID_CREDENTIALS);
        String referenceBody = withoutRequestId(reference);
        Map<String, List<String>> referenceHeaders = comparableHeaders(reference);
        for (var e : cases.entrySet()) {
            TestHttp.Response r = e.getValue();
            assertProblem(r, ErrorCode.INVALID_CREDENTIALS);
            assertThat(withoutRequestId(r)).as(e.getKey()).isEqualTo(referenceBody);
            assertThat(comparableHeaders(r)).as(e.getKey()).isEqualTo(referenceHeaders);
        }
        assertThat(referenceBody).doesNotContain("henry").doesNotContain("irene").doesNotContain("disabled");
        // The enabled account still works: the failures above were not a throttle or a lockout.
        assertThat(http.login("henry", PASSWORD).has("access_token")).isTrue();
    }

    @Test
    void disabledUserCannotRefreshEither() {
        // A disabled account's existing refresh token answers like any dead token.
        TestHttp.Response unknown = http.post("/api/v1/refresh", Map.of("refresh_token", "x".repeat(43)));
        assertProblem(unknown, ErrorCode.INVALID_REFRESH_TOKEN);
        String refresh = http.login("henry", PASSWORD).path("refresh_token").asText();
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = :disabled WHERE username = :username")
                .bind("disabled", true).bind("username", "henry").execute());
        try {
            TestHttp.Response disabled = http.post("/api/v1/refresh", Map.of("refresh_token", refresh));
            assertProblem(disabled, ErrorCode.INVALID_REFRESH_TOKEN);
            assertThat(withoutRequestId(disabled)).isEqualTo(withoutRequestId(unknown));
            assertThat(comparableHeaders(disabled)).isEqualTo(comparableHeaders(unknown));
        } finally {
            server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = :disabled WHERE username = :username")
                    .bind("disabled", false).bind("username", "henry").execute());
        }
    }
}
