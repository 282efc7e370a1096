package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md 2.5: every login attempt, successful or not, is an audit event with its time, the
 * user or the identifier typed, the client IP and the outcome (OWASP ASVS 7.2.1, OWASP Logging
 * Cheat Sheet "Which events to log"), readable by an admin through GET /admin/v1/events: on the
 * JSON API and on the hosted login form.
 */
class LoginAuditEventsTest {
    @Test
    void loginWhenSucceededOrFailedThenEachIsAnAuditEventWithTimeUserIpAndOutcome() {
        try (TestServer server = TestServer.start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            User carol = fx.user("carol");
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            assertThat(server.http().post("/api/v1/login", Map.of("username", "carol", "password", "not carol's password")).status())
                    .isEqualTo(401);
            assertThat(server.http().post("/api/v1/login", Map.of("username", "nobody-here", "password", AdminFixture.PASSWORD)).status())
                    .isEqualTo(401);
            server.http().login("carol", AdminFixture.PASSWORD);
            Instant after = Instant.now();

            List<JsonNode> logins = logins(server, fx.token("root"));
            JsonNode success = only(logins, "success", carol.id(), null);
            JsonNode wrongPassword = only(logins, "failure", carol.id(), "carol");
            JsonNode unknownUser = only(logins, "failure", null, "nobody-here");
            for (JsonNode e : List.of(success, wrongPassword, unknownUser)) {
                assertThat(e.path("ip").asText()).as(e.toString()).isEqualTo("127.0.0.1");
                assertThat(Instant.parse(e.path("created_at").asText())).as(e.toString()).isBetween(before, after);
                assertThat(e.toString()).doesNotContain(AdminFixture.PASSWORD).doesNotContain("not carol's password");
            }
        }
    }

    @Test
    void hostedFormLoginWhenSucceededOrFailedThenEachIsAnAuditEventWithTimeUserIpAndOutcome() {
        try (TestServer server = TestServer.start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            User dave = fx.user("dave");
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            assertThat(formLogin(server, "dave", "not dave's password").status()).isNotEqualTo(303);
            assertThat(formLogin(server, "nobody-here", AdminFixture.PASSWORD).status()).isNotEqualTo(303);
            assertThat(formLogin(server, "dave", AdminFixture.PASSWORD).status()).isEqualTo(303);
            Instant after = Instant.now();

            List<JsonNode> logins = logins(server, fx.token("root"));
            JsonNode success = only(logins, "success", dave.id(), null);
            JsonNode wrongPassword = only(logins, "failure", dave.id(), "dave");
            JsonNode unknownUser = only(logins, "failure", null, "nobody-here");
            for (JsonNode e : List.of(success, wrongPassword, unknownUser)) {
                assertThat(e.path("ip").asText()).as(e.toString()).isEqualTo("127.0.0.1");
                assertThat(Instant.parse(e.path("created_at").asText())).as(e.toString()).isBetween(before, after);
                assertThat(e.toString()).doesNotContain(AdminFixture.PASSWORD).doesNotContain("not dave's password");
            }
        }
    }

    private static TestHttp.Response formLogin(TestServer server, String username, String password) {
        Browser browser = new Browser(server.baseUrl());
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(browser.get("/login").body()));
        fields.put("username", username);
        fields.put("password", password);
        return browser.post("/login", fields);
    }

    /** Every login event, newest first, over all pages. */
    private static List<JsonNode> logins(TestServer server, String adminToken) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            TestHttp.Response r = server.http().get("/admin/v1/events?type=login&limit=50" + (cursor == null ? "" : "&cursor=" + cursor),
                    adminToken);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().path("items").forEach(out::add);
            cursor = r.json().path("next_cursor").isNull() ? null : r.json().path("next_cursor").asText();
        } while (cursor != null);
        return out;
    }

    private static JsonNode only(List<JsonNode> events, String outcome, String userId, String identifier) {
        List<JsonNode> matching = events.stream().filter(e -> e.path("type").asText().equals("login"))
                .filter(e -> e.path("outcome").asText().equals(outcome))
                .filter(e -> userId == null ? e.path("user_id").isNull() : userId.equals(e.path("user_id").asText()))
                .filter(e -> identifier == null || identifier.equals(e.path("identifier").asText())).toList();
        assertThat(matching).as("%s login of %s/%s in %s", outcome, userId, identifier, events).hasSize(1);
        return matching.get(0);
    }
}
