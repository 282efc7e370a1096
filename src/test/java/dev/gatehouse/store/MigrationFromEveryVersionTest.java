package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An upgrade from every earlier schema version, with data: each fixture under
 * src/test/resources/schema-fixtures/v&lt;N&gt; is a dump of a database that the release at version N made and
 * filled through its own CLI and API (src/test/fixtures/make-schema-fixtures.sh), with facts.json saying what
 * is in it. The dump is loaded into an empty database, the current code starts on it (migrating to
 * {@link Migrations#LATEST}) and the old data must work through today's API: the old users sign in with
 * their passwords (hashed with other Argon2 parameters than this server's), their roles still grant, the old
 * clients get tokens with their secrets, an old refresh token refreshes, an old TOTP factor still asks for
 * and takes its code, the old identity provider is listed.
 *
 * <p>Time: the fixtures' sessions were made with a 100-year idle and absolute lifetime, so their refresh
 * tokens stay alive whenever this runs; nothing else checked here expires (passwords, client secrets, TOTP
 * secrets, roles).
 */
class MigrationFromEveryVersionTest {
    static final Path FIXTURES = Path.of("src/test/resources/schema-fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (int version : versions()) {
            for (TestDatabases.Kind kind : TestDatabases.Kind.values()) all.add(Arguments.of(version, kind));
        }
        return all.stream();
    }

    static List<Integer> versions() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(p -> Files.isRegularFile(p.resolve("facts.json")))
                    .map(p -> p.getFileName().toString()).filter(n -> n.matches("v\\d+"))
                    .map(n -> Integer.parseInt(n.substring(1))).sorted().toList();
        }
    }

    @Test
    void thereAreFixturesFromTheFirstVersionToTheCurrentOrTheOneBefore() throws IOException {
        // A migration's fixture is made (make-schema-fixtures.sh) once a commit of main has it, at the latest
        // when the next migration comes.
        assertThat(versions()).contains(1);
        assertThat(versions()).last().isIn(Migrations.LATEST, Migrations.LATEST - 1);
    }

    @ParameterizedTest(name = "v{0} on {1}")
    @MethodSource("fixtures")
    void oldDataWorksAfterTheUpgrade(int version, TestDatabases.Kind kind) throws Exception {
        Path dir = FIXTURES.resolve("v" + version);
        JsonNode facts = JSON.readTree(dir.resolve("facts.json").toFile());
        // Secrets and tokens differ between the two runs of the generator; the PostgreSQL run's are its own.
        JsonNode own = kind == TestDatabases.Kind.POSTGRESQL ? facts.path("postgresql") : facts;
        String url = TestDatabases.fresh(kind);
        load(url, Files.readString(dir.resolve(kind == TestDatabases.Kind.SQLITE ? "sqlite.sql" : "postgresql.sql")), kind);
        assertThat(appliedVersions(url)).as("the fixture's own schema").last().isEqualTo(version);

        try (TestServer server = TestServer.builder().databaseUrl(url).start()) {
            TestHttp http = server.http();
            assertThat(appliedVersions(url)).isEqualTo(IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList());

            for (JsonNode user : facts.path("users")) {
                String username = user.path("username").asText();
                JsonNode mfa = find(own.path("mfa"), username);
                TestHttp.Response login = http.post("/api/v1/login",
                        Map.of("username", username, "password", user.path("password").asText()));
                if (mfa == null) {
                    assertThat(login.status()).as(username + ": " + login.body()).isEqualTo(200);
                } else {
                    assertThat(login.code()).as(username).isEqualTo("mfa_required");
                    String code = new Authenticator(mfa.path("totp_secret").asText(), Clock.systemUTC()).code();
                    TestHttp.Response second = http.post("/api/v1/login/mfa",
                            Map.of("mfa_token", login.json().path("mfa_token").asText(), "method", "totp", "code", code));
                    assertThat(second.status()).as(username + " second factor: " + second.body()).isEqualTo(200);
                }
                assertThat(http.post("/api/v1/login", Map.of("username", username, "password", "not-" + user.path("password").asText()))
                        .status()).isEqualTo(401);
            }

            String admin = http.login("alice", find(facts.path("users"), "alice").path("password").asText())
                    .path("access_token").asText();
            for (JsonNode user : facts.path("users")) {
                String id = http.get("/admin/v1/users?query=" + user.path("username").asText(), admin).json()
                        .path("items").get(0).path("id").asText();
                JsonNode found = http.get("/admin/v1/users/" + id, admin).json();
                List<String> roles = new ArrayList<>();
                found.path("roles").forEach(r -> roles.add(r.asText()));
                user.path("roles").forEach(r -> assertThat(roles).as(user.path("username").asText()).contains(r.asText()));
            }
            for (JsonNode role : facts.path("roles")) {
                TestHttp.Response got = http.get("/admin/v1/roles/" + role.path("name").asText(), admin);
                assertThat(got.status()).isEqualTo(200);
                role.path("permissions").forEach(p -> assertThat(got.body()).contains(p.asText()));
            }

            for (JsonNode client : own.path("clients")) {
                HttpResponse<String> token = clientCredentials(server.baseUrl(), client);
                assertThat(token.statusCode()).as(client.path("client_id").asText() + ": " + token.body()).isEqualTo(200);
                assertThat(JSON.readTree(token.body()).path("access_token").asText()).isNotEmpty();
            }

            for (JsonNode session : own.path("sessions")) {
                TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", session.path("refresh_token").asText()));
                assertThat(refreshed.status()).as("refresh: " + refreshed.body()).isEqualTo(200);
                assertThat(http.get("/api/v1/me", refreshed.json().path("access_token").asText()).json().path("username").asText())
                        .isEqualTo(session.path("username").asText());
            }

            for (JsonNode provider : facts.path("providers")) {
                assertThat(http.get("/admin/v1/identity-providers", admin).body()).contains("\"" + provider.path("id").asText() + "\"");
            }
        }
    }

    private static JsonNode find(JsonNode list, String username) {
        for (JsonNode n : list) {
            if (n.path("username").asText().equals(username)) return n;
        }
        return null;
    }

    private static HttpResponse<String> clientCredentials(String baseUrl, JsonNode client) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((client.path("client_id").asText() + ":" + client.path("client_secret").asText())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Runs a dump into an empty database: sqlite3's .dump, or pg_dump's plain SQL with INSERTs. */
    static void load(String url, String dump, TestDatabases.Kind kind) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (kind == TestDatabases.Kind.POSTGRESQL) {
                s.execute(dump); // the driver sends the statements one by one
                return;
            }
            c.setAutoCommit(false);
            for (String statement : statements(dump)) {
                String upper = statement.strip().toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("BEGIN TRANSACTION") || upper.startsWith("COMMIT") || upper.startsWith("PRAGMA")) continue;
                s.execute(statement);
            }
            c.commit();
        }
    }

    /** The statements of a dump: split at semicolons outside quoted strings and identifiers. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            current.append(ch);
            if (quote != 0) {
                if (ch == quote) quote = 0; // a doubled quote closes and reopens: same result
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == ';') {
                if (!current.toString().isBlank()) out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString());
        return out;
    }

    /** The versions in flyway_schema_history that succeeded, in order. */
    static List<Integer> appliedVersions(String url) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (rs.getBoolean(2)) versions.add(Integer.parseInt(rs.getString(1)));
            }
        }
        versions.sort(null);
        return versions;
    }
}
