package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.StubOpenIdProvider;
import dev.gatehouse.testing.TestAuthenticator;
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
 * and takes its code, an old consent is listed, an old passkey signs in, the old identity provider is listed, an account
 * linked to an upstream OpenID provider still signs in through it (a provider is served again at the stored issuer), and
 * mail the old release queued (and could not send) is delivered by the new code, its email verification and password reset
 * links still working.
 *
 * <p>Time: the fixtures' sessions were made with a 100-year idle and absolute lifetime, so their refresh
 * tokens stay alive whenever this runs; nothing else checked here expires (passwords, client secrets, TOTP
 * secrets, roles); the fixtures' mail links were made with a 100-year lifetime too.
 */
class MigrationFromEveryVersionTest {
    static final Path FIXTURES = Path.of("src/test/resources/schema-fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The issuer of the fixtures and of TestServer: mail links and passkeys are bound to it. */
    private static final String ISSUER = "http://localhost:8080";

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
        // None missing between: only versions that no commit of main ever had as its newest have no fixture, since
        // no database was ever at them (9 and 10 came with 11, 14 with 15; make-schema-fixtures.sh --releases).
        int last = versions().get(versions().size() - 1);
        assertThat(versions()).isEqualTo(IntStream.rangeClosed(1, last).filter(v -> !NEVER_NEWEST.contains(v)).boxed().toList());
    }

    /** The schema versions that were never the newest of any commit (git log of src/main/resources/db/migration). */
    private static final List<Integer> NEVER_NEWEST = List.of(9, 10, 14);

    @ParameterizedTest(name = "v{0} on {1}")
    @MethodSource("fixtures")
    void oldDataWorksAfterTheUpgrade(int version, TestDatabases.Kind kind) throws Exception {
        Path dir = FIXTURES.resolve("v" + version);
        JsonNode facts = JSON.readTree(dir.resolve("facts.json").toFile());
        // Secrets and tokens differ between the two runs of the generator; the PostgreSQL run's are its own.
        JsonNode own = kind == TestDatabases.Kind.POSTGRESQL ? facts.path("postgresql") : facts;
        String url = loaded(version, kind);
        assertThat(appliedVersions(url)).as("the fixture's own schema").last().isEqualTo(version);

        // The old passkeys, by user, as a browser's authenticator keeps them (its counter goes on from the fixture's).
        Map<String, TestAuthenticator> passkeys = new java.util.HashMap<>();
        for (JsonNode p : own.path("passkeys")) {
            passkeys.put(p.path("username").asText(), new TestAuthenticator(p.path("private_key").asText(), p.path("public_key").asText(),
                    p.path("credential_id").asText(), p.path("user_handle").asText(), p.path("sign_count").asLong()));
        }
        JsonNode identities = own.path("identities");
        try (Mailbox mailbox = Mailbox.start(); StubOpenIdProvider upstream = identities.isEmpty() ? null : upstreamAt(identities);
             TestServer server = mailbox.configure(TestServer.builder()).databaseUrl(url)
                     .set("outbound.allowed.networks", "127.0.0.0/8,::1").start()) {
            TestHttp http = server.http();
            assertThat(appliedVersions(url)).isEqualTo(IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList());

            for (JsonNode user : facts.path("users")) {
                String username = user.path("username").asText();
                JsonNode mfa = find(own.path("mfa"), username);
                TestHttp.Response login = http.post("/api/v1/login",
                        Map.of("username", username, "password", user.path("password").asText()));
                if (mfa == null && !passkeys.containsKey(username)) {
                    assertThat(login.status()).as(username + ": " + login.body()).isEqualTo(200);
                } else if (mfa == null) {
                    // A passkey is a second factor too (API.md §7): the old one is offered for it.
                    assertThat(login.code()).as(username + ": " + login.body()).isEqualTo("mfa_required");
                    assertThat(login.json().path("methods").toString()).as(username).contains("\"webauthn\"");
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

            for (JsonNode consent : own.path("consents")) {
                String username = consent.path("username").asText();
                String token = passkeys.containsKey(username) ? passkeySignIn(http, passkeys.get(username))
                        : http.login(username, find(facts.path("users"), username).path("password").asText()).path("access_token").asText();
                assertThat(http.get("/api/v1/me/consents", token).body()).as(username + "'s consents")
                        .contains("\"" + consent.path("client_id").asText() + "\"");
            }

            for (Map.Entry<String, TestAuthenticator> passkey : passkeys.entrySet()) {
                assertThat(http.get("/api/v1/me", passkeySignIn(http, passkey.getValue())).json().path("username").asText())
                        .isEqualTo(passkey.getKey());
            }

            for (JsonNode provider : facts.path("providers")) {
                assertThat(http.get("/admin/v1/identity-providers", admin).body()).contains("\"" + provider.path("id").asText() + "\"");
            }

            for (JsonNode identity : identities) {
                // The same upstream subject signs in to the same local account: the link (provider, subject) came through.
                upstream.subject = identity.path("subject").asText();
                upstream.extraClaims = Map.of("email", identity.path("email").asText(), "email_verified", true);
                String provider = identity.path("provider").asText();
                TestHttp.Response signedIn = http.post("/api/v1/login/idp/" + provider,
                        Map.of("id_token", upstream.idToken(identity.path("client_id").asText(), null)));
                assertThat(signedIn.status()).as("sign-in through " + provider + ": " + signedIn.body()).isEqualTo(200);
                JsonNode me = http.get("/api/v1/me", signedIn.json().path("access_token").asText()).json();
                assertThat(me.path("id").asText()).as("the linked account").isEqualTo(identity.path("user_id").asText());
                assertThat(http.get("/admin/v1/users/" + identity.path("user_id").asText() + "/identities", admin).body())
                        .contains("\"" + identity.path("subject").asText() + "\"");
            }

            for (JsonNode queued : facts.path("mail")) {
                checkQueuedMail(http, mailbox, queued);
            }
        }
    }

    /**
     * The mail the old release queued goes out now, and its links still work: the email verification link verifies the
     * address, the password reset link sets a new password.
     */
    private static void checkQueuedMail(TestHttp http, Mailbox mailbox, JsonNode queued) {
        String email = queued.path("email").asText();
        String username = queued.path("username").asText();
        List<String> links = new ArrayList<>();
        queued.path("links").forEach(l -> links.add(l.asText()));
        mailbox.await(email, links.size(), java.time.Duration.ofSeconds(30));
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String link : links) {
            Mailbox.Mail mail = mailbox.to(email).stream().filter(m -> m.text().contains(ISSUER + link + "?token=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no mail with a " + link + " link to " + email + ": " + mailbox.all()));
            tokens.put(link, mail.token(ISSUER, link));
        }
        String password = queued.path("password").asText();
        if (tokens.containsKey("/email/verify")) {
            TestHttp.Response verified = http.post("/api/v1/email/verify", Map.of("token", tokens.get("/email/verify")));
            assertThat(verified.status()).as("the old verification link: " + verified.body()).isBetween(200, 204);
            String token = http.login(username, password).path("access_token").asText();
            JsonNode me = http.get("/api/v1/me", token).json();
            assertThat(me.path("email").asText()).isEqualTo(email);
            assertThat(me.path("email_verified").asBoolean()).as("verified by the old link").isTrue();
        }
        if (tokens.containsKey("/password/reset")) {
            String fresh = "Reset-" + password;
            TestHttp.Response reset = http.post("/api/v1/password/reset",
                    Map.of("token", tokens.get("/password/reset"), "new_password", fresh));
            assertThat(reset.status()).as("the old reset link: " + reset.body()).isBetween(200, 204);
            assertThat(http.post("/api/v1/login", Map.of("username", username, "password", fresh)).status()).isEqualTo(200);
            assertThat(http.post("/api/v1/login", Map.of("username", username, "password", password)).status()).isEqualTo(401);
        }
    }

    /** The upstream provider again at the issuer the fixture stored with it (one provider, one port, per fixture). */
    private static StubOpenIdProvider upstreamAt(JsonNode identities) throws IOException {
        URI issuer = URI.create(identities.get(0).path("issuer").asText());
        try {
            return new StubOpenIdProvider(issuer.getPort());
        } catch (java.net.BindException e) {
            throw new IllegalStateException("port " + issuer.getPort() + " of the fixtures' upstream provider is taken"
                    + " (make-schema-fixtures.sh serves one there while it runs)", e);
        }
    }

    /**
     * Below the API: every row of every table of the fixture is still there after the migrations to {@link Migrations#LATEST}
     * (run alone, so that no background job of a server prunes anything meanwhile), with the same value in each column
     * the fixture's schema had; new columns and rows may be added. A migration that drops, rebuilds or rewrites a table loses
     * nothing unnoticed, whatever the API shows of it.
     */
    @ParameterizedTest(name = "v{0} on {1}")
    @MethodSource("fixtures")
    void everyRowOfTheFixtureSurvivesTheMigrationsUnchanged(int version, TestDatabases.Kind kind) throws Exception {
        String url = loaded(version, kind);
        Map<String, List<Map<String, String>>> before = rows(url);
        try (Database db = Database.open(new dev.gatehouse.config.GatehouseConfig.Database(url, null, new dev.gatehouse.config.Secret(null), 2, true))) {
            Migrations.migrate(db);
        }
        Map<String, List<Map<String, String>>> after = rows(url);

        assertThat(appliedVersions(url)).last().isEqualTo(Migrations.LATEST);
        assertThat(before.values().stream().mapToInt(List::size).sum()).as("rows in the fixture").isPositive();
        before.forEach((table, rows) -> {
            assertThat(after).as("tables after the migrations").containsKey(table);
            List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
            assertThat(project(after.get(table), columns)).as("v%d %s: the rows of %s, columns %s", version, kind, table, columns)
                    .containsAll(project(rows, columns)); // migrations may add rows (new permissions of the built-in roles)
        });
    }

    /** Tables whose rows live for minutes (throttles, challenges, round trips to a provider): a fixture needs none. */
    private static final java.util.Set<String> TRANSIENT = java.util.Set.of("login_throttle", "client_assertion_jtis",
            "authorization_requests", "upstream_logins", "mfa_challenges", "webauthn_challenges");

    /**
     * Tables a release had in its schema but could not fill through its own CLI and API: consents came (V5) before the
     * authorization endpoint (V6), linked identities (V12) before any sign-in through a provider (V13).
     */
    private static final Map<Integer, java.util.Set<String>> UNFILLABLE = Map.of(
            5, java.util.Set.of("consents"),
            12, java.util.Set.of("user_identities"));

    /**
     * The fixtures hold data in every table that outlives a request, so that the two tests above check a migration's
     * handling of it: a table the generator leaves empty is one whose loss no test would notice.
     */
    @ParameterizedTest(name = "v{0} on {1}")
    @MethodSource("fixtures")
    void everyDurableTableOfTheFixtureHasRows(int version, TestDatabases.Kind kind) throws Exception {
        String url = loaded(version, kind);
        List<String> empty = new ArrayList<>();
        rows(url).forEach((table, rows) -> {
            if (rows.isEmpty() && !TRANSIENT.contains(table) && !UNFILLABLE.getOrDefault(version, java.util.Set.of()).contains(table)) {
                empty.add(table);
            }
        });
        assertThat(empty).as("v%d %s: durable tables without a row (make-schema-fixtures.sh)", version, kind).isEmpty();
    }

    /** Every table's rows (flyway_schema_history aside), each a column → text map with lower-case column names. */
    private static Map<String, List<Map<String, String>>> rows(String url) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            try (ResultSet t = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (t.next()) names.add(t.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            for (String table : names) {
                if (table.equals("flyway_schema_history") || table.startsWith("sqlite_")) continue;
                List<Map<String, String>> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Map<String, String> row = new java.util.TreeMap<>();
                        for (int i = 1; i <= n; i++) row.put(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                        rows.add(row);
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static List<String> project(List<Map<String, String>> rows, List<String> columns) {
        return rows.stream().map(r -> columns.stream().map(col -> col + "=" + r.get(col)).collect(java.util.stream.Collectors.joining(", "))).toList();
    }

    /** A passwordless sign-in with an old passkey (discoverable: the user comes from its user handle); the access token. */
    private static String passkeySignIn(TestHttp http, TestAuthenticator key) {
        JsonNode options = http.post("/api/v1/login/passkey/options", Map.of()).json();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("challenge_id", options.path("challenge_id").asText());
        body.put("credential", key.assertion(options, ISSUER));
        TestHttp.Response signedIn = http.post("/api/v1/login/passkey", body);
        assertThat(signedIn.status()).as("passkey sign-in: " + signedIn.body()).isEqualTo(200);
        return signedIn.json().path("access_token").asText();
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

    /** A new empty database with the fixture of {@code version} loaded; its URL. */
    private static String loaded(int version, TestDatabases.Kind kind) throws IOException, SQLException {
        String url = TestDatabases.fresh(kind);
        Path dump = FIXTURES.resolve("v" + version).resolve(kind == TestDatabases.Kind.SQLITE ? "sqlite.sql" : "postgresql.sql");
        load(url, Files.readString(dump), kind);
        return url;
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
