package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What depends on the database: keyset paging over several pages, and the last-admin guard under concurrency. */
class AdminDatabasesTest {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void pagingWalksEveryUserAndEventOnceInOrder(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String token = fx.token("root");
            long now = System.currentTimeMillis();
            server.gatehouse().stores().jdbi().useHandle(h -> {
                var users = h.prepareBatch("""
                        INSERT INTO users (id, username, username_norm, username_skeleton, email, email_norm, email_verified,
                                           disabled, created_at, updated_at)
                        VALUES (:id, :u, :u, :u, :e, :e, :no, :no, :now, :now)""");
                var events = h.prepareBatch("""
                        INSERT INTO audit_events (id, type, outcome, created_at) VALUES (:id, 'bulk_test', 'success', :at)""");
                for (int i = 0; i < 130; i++) {
                    String name = String.format("bulk%03d", 129 - i);
                    users.bind("id", "u-" + i).bind("u", name).bind("e", name + "@example.com").bind("no", false).bind("now", now).add();
                    // Groups of ten events share a timestamp: the id breaks the ties.
                    events.bind("id", String.format("e-%03d", i)).bind("at", now - (i / 10) * 1000L).add();
                }
                users.execute();
                events.execute();
            });
            TestHttp http = server.http();

            List<String> names = walk(http, token, "/admin/v1/users?query=Bulk&limit=50", "username");
            assertThat(names).hasSize(130).doesNotHaveDuplicates().isSorted();
            assertThat(names.get(0)).isEqualTo("bulk000");
            List<String> byEmail = walk(http, token, "/admin/v1/users?query=bulk1@&limit=7", "username");
            assertThat(byEmail).isEmpty();
            assertThat(walk(http, token, "/admin/v1/users?query=bulk12&limit=3", "username"))
                    .containsExactly("bulk120", "bulk121", "bulk122", "bulk123", "bulk124", "bulk125", "bulk126", "bulk127", "bulk128", "bulk129");
            assertThat(walk(http, token, "/admin/v1/users?query=bulk05&limit=4", "email")).hasSize(10).isSorted();

            List<String> ids = walk(http, token, "/admin/v1/events?type=bulk_test&limit=50", "id");
            assertThat(ids).hasSize(130).doesNotHaveDuplicates();
            List<String> expected = new ArrayList<>();
            for (int group = 0; group < 13; group++) {
                for (int k = 9; k >= 0; k--) expected.add(String.format("e-%03d", group * 10 + k));
            }
            assertThat(ids).as("newest first, ties by id descending").isEqualTo(expected);
            List<String> window = walk(http, token, "/admin/v1/events?type=bulk_test&limit=6&from=" + (now - 2000) + "&to=" + now, "id");
            assertThat(window).hasSize(20);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void hostileParametersAre4xxOnBothDatabases(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String token = fx.token("root");
            TestHttp http = server.http();
            for (String path : List.of("/admin/v1/users?query=%00", "/admin/v1/users?query=a%00b", "/admin/v1/users?query=%C3%28",
                    "/admin/v1/users?query=%ED%A0%80", "/admin/v1/users/%00", "/admin/v1/users/a%00b/sessions",
                    "/admin/v1/users/%F0%9F%98%80", "/admin/v1/users/' OR '1'='1", "/admin/v1/roles/%00", "/admin/v1/roles/a%00",
                    "/admin/v1/events?type=%00", "/admin/v1/events?user_id=%00", "/admin/v1/events?from=%00",
                    "/admin/v1/events?cursor=%00", "/admin/v1/users?cursor=%00.%00")) {
                TestHttp.Response r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        http.baseUrl() + path.replace(" ", "%20").replace("'", "%27"))).header("Authorization", "Bearer " + token).GET().build());
                assertThat(r.status()).as(path + " " + r.body()).isBetween(200, 499);
            }
            for (String body : List.of("{\"username\":\"a\u0000b\"}", "{\"username\":\"ok1\",\"email\":\"a\u0000@x.io\"}",
                    "{\"username\":\"ok2\",\"name\":\"\u0000\"}", "{\"username\":\"ok3\",\"roles\":[\"\u0000\"]}")) {
                TestHttp.Response r = http.send("POST", "/admin/v1/users", body, "application/json", token);
                assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
            }
            for (String body : List.of("{\"name\":\"r\u0000\",\"permissions\":[]}", "{\"name\":\"r1\",\"permissions\":[\"a:\u0000\"]}",
                    "{\"name\":\"r2\",\"description\":\"\u0000\",\"permissions\":[]}")) {
                TestHttp.Response r = http.send("POST", "/admin/v1/roles", body, "application/json", token);
                assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
            }
        }
    }

    /** Follows next_cursor to the end; the field of every item, in order. */
    private static List<String> walk(TestHttp http, String token, String first, String field) {
        List<String> out = new ArrayList<>();
        String url = first;
        for (int pages = 0; pages < 100; pages++) {
            TestHttp.Response r = http.get(url, token);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            body.path("items").forEach(i -> out.add(i.path(field).asText()));
            if (body.path("next_cursor").isNull()) return out;
            url = first + "&cursor=" + body.path("next_cursor").asText();
        }
        throw new AssertionError("no last page");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void concurrentDemotionsNeverRemoveTheLastAdmin(TestDatabases.Kind kind) throws Exception {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            AdminFixture fx = new AdminFixture(server);
            TestHttp http = server.http();
            User survivor = fx.admin("first");
            AtomicInteger conflicts = new AtomicInteger();
            for (int round = 0; round < 4; round++) {
                User other = fx.admin("second" + round);
                List<User> pair = List.of(survivor, other);
                List<String> tokens = List.of(fx.token(survivor.username()), fx.token(other.username()));
                AtomicInteger next = new AtomicInteger();
                String action = List.of("demote-self", "disable-other", "delete-other", "demote-other").get(round);
                List<TestHttp.Response> results = Concurrently.run(2, () -> {
                    int me = next.getAndIncrement();
                    String token = tokens.get(me);
                    String target = pair.get(action.endsWith("self") ? me : 1 - me).id();
                    return switch (action) {
                        case "demote-self", "demote-other" -> http.send("PUT", "/admin/v1/users/" + target + "/roles",
                                TestHttp.json(Map.of("roles", List.of("user"))), "application/json", token);
                        case "disable-other" -> http.send("PATCH", "/admin/v1/users/" + target,
                                TestHttp.json(Map.of("disabled", true)), "application/json", token);
                        default -> http.send("DELETE", "/admin/v1/users/" + target, (String) null, null, token);
                    };
                });
                List<Integer> statuses = results.stream().map(TestHttp.Response::status).toList();
                assertThat(statuses).as(action + " " + results).allMatch(s -> s < 500);
                assertThat(statuses).as(action).containsOnlyOnce(statuses.contains(204) ? 204 : 200);
                for (TestHttp.Response r : results) {
                    if (r.status() == 409) {
                        assertThat(r.code()).isEqualTo("last_admin");
                        conflicts.incrementAndGet();
                    } else if (r.status() >= 400) {
                        // Lost the race before the guard: its own admin role or session was already gone.
                        assertThat(r.status()).as(r.body()).isIn(401, 403, 404);
                    }
                }
                int admins = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("""
                                SELECT COUNT(*) FROM user_roles ur JOIN users u ON u.id = ur.user_id
                                 WHERE ur.role_name = 'admin' AND u.disabled = :no""").bind("no", false).mapTo(Integer.class).one());
                assertThat(admins).as(action + ": one enabled admin left").isEqualTo(1);
                String left = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("""
                                SELECT u.username FROM user_roles ur JOIN users u ON u.id = ur.user_id
                                 WHERE ur.role_name = 'admin' AND u.disabled = :no""").bind("no", false).mapTo(String.class).one());
                survivor = left.equals(survivor.username()) ? survivor : other;
            }
            assertThat(conflicts.get()).as("at least the self-demotion race ends in last_admin").isGreaterThanOrEqualTo(1);

            String token = fx.token(survivor.username());
            String id = survivor.id();
            for (var req : List.of(
                    new String[] {"PUT", "/admin/v1/users/" + id + "/roles", "{\"roles\":[\"user\"]}"},
                    new String[] {"PATCH", "/admin/v1/users/" + id, "{\"disabled\":true}"},
                    new String[] {"DELETE", "/admin/v1/users/" + id, null})) {
                TestHttp.Response r = http.send(req[0], req[1], req[2], req[2] == null ? null : "application/json", token);
                assertThat(r.status()).as(req[0] + " " + r.body()).isEqualTo(409);
                assertThat(r.code()).isEqualTo("last_admin");
            }
            assertThat(http.get("/admin/v1/users/" + id, token).json().path("roles").toString()).contains("admin");
        }
    }
}
