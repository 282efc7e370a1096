package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.testing.ForeignHashes;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gatehouse user import} (API.md §8): our JSON lines, Keycloak and Auth0 exports; a report
 * line per user, a summary, exit 1 when any failed; imported users then sign in with the password
 * they had, and the login upgrades the hash to Argon2id.
 */
class UserImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "what they typed at the old place";

    @TempDir
    Path dir;

    private CliHarness cli;
    private String databaseUrl;

    @BeforeEach
    void freshDatabase() {
        cli = new CliHarness(dir);
        databaseUrl = cli.databaseUrl;
    }

    private static String line(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importWhenEveryFormatThenEachLineReportedAndImportedUsersSignInWithTheirPassword() throws Exception {
        List<String> lines = List.of(
                line(Map.of("username", "ours", "email", "ours@example.com", "email_verified", true,
                        "password_hash", ForeignHashes.hash("bcrypt-2y", PASSWORD))),
                line(Map.of("username", "plain", "password", "tide pool lantern orbit velvet")),
                line(ForeignHashes.keycloakUser("kc256", "kc256@example.com", "pbkdf2-sha256", PASSWORD)),
                line(ForeignHashes.keycloakUser("kc512", "kc512@example.com", "pbkdf2-sha512", PASSWORD)),
                line(ForeignHashes.keycloakUser("kcargon", "kcargon@example.com", "argon2", PASSWORD)),
                line(ForeignHashes.auth0User("zero", "zero@example.com", PASSWORD)),
                "{\"username\": \"broken\", ",
                "",
                line(Map.of("username", "extra", "password_hash", ForeignHashes.hash("scrypt", PASSWORD), "is_admin", true)),
                line(Map.of("username", "ours", "password_hash", ForeignHashes.hash("argon2id", PASSWORD))),
                line(Map.of("username", "costly", "password_hash", "$2b$17$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123")),
                line(Map.of("username", "norole", "password_hash", ForeignHashes.hash("argon2i", PASSWORD), "roles", List.of("nope"))),
                line(Map.of("username", "admin2", "password_hash", ForeignHashes.hash("pbkdf2-sha512", PASSWORD), "roles",
                        List.of("user", "admin"))),
                "[1, 2]",
                "42");
        Path file = dir.resolve("users.jsonl");
        Files.write(file, lines);

        CliHarness.Result r = cli.runWithStdin("", "user", "import", file.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        List<String> report = r.out().lines().toList();
        assertThat(report).hasSize(16);
        assertThat(report.subList(0, 6)).containsExactly("line 1: ok ours", "line 2: ok plain", "line 3: ok kc256", "line 4: ok kc512",
                "line 5: ok kcargon", "line 6: ok zero");
        assertThat(report.get(6)).startsWith("line 7: error (not valid JSON (");
        assertThat(report.subList(7, 15)).containsExactly(
                "line 9: error (unknown member 'is_admin')",
                "line 10: error ours (username_taken: a user with this username exists)",
                "line 11: error costly (invalid_request: password_hash too_costly (bcrypt cost 17 is above the import limit 15))",
                "line 12: error norole (unknown_role: roles unknown_role)",
                "line 13: ok admin2",
                "line 14 users[0]: error (not a JSON object)",
                "line 14 users[1]: error (not a JSON object)",
                "line 15: error (not a JSON object)");
        assertThat(report.get(15)).startsWith("summary: 7 imported, 0 skipped, 8 failed, 15 users in ");
        assertThat(r.err()).contains("User import finished");
        assertThat(r.out()).doesNotContain(PASSWORD).doesNotContain("$2b$17$abcdefghij");

        try (TestServer server = TestServer.builder().databaseUrl(databaseUrl).start()) {
            for (String username : List.of("ours", "kc256", "kc512", "kcargon", "zero", "admin2")) {
                assertThat(server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD + "x")).status())
                        .as(username).isEqualTo(401);
                assertThat(server.http().login(username, PASSWORD).path("access_token").asText()).as(username).isNotEmpty();
                assertThat(storedHash(server, username)).as(username).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
            }
            assertThat(server.http().login("plain", "tide pool lantern orbit velvet").path("access_token").asText()).isNotEmpty();
            var kc = server.gatehouse().stores().users().findByLogin("kc256").orElseThrow();
            assertThat(kc.user().email()).isEqualTo("kc256@example.com");
            assertThat(kc.user().emailVerified()).isTrue();
            assertThat(kc.user().name()).isEqualTo("Kay Cloak");
            assertThat(kc.grants().roles()).containsExactly("user");
            assertThat(server.gatehouse().stores().users().findByLogin("admin2").orElseThrow().grants().roles())
                    .containsExactlyInAnyOrder("user", "admin");
        }
    }

    private static String storedHash(TestServer server, String username) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE username = :u")
                .bind("u", username).mapTo(String.class).one());
    }

    /** A whole realm export, pretty-printed, from stdin; then run again: idempotent with --skip-existing. */
    @Test
    void importWhenKeycloakRealmExportOnStdinThenItsUsersAndReRunSkipsThem() {
        ObjectNode realm = JSON.createObjectNode();
        realm.put("id", "acme");
        realm.put("realm", "acme");
        realm.put("enabled", true);
        var users = realm.putArray("users");
        users.add(ForeignHashes.keycloakUser("alice", "alice@example.com", "pbkdf2-sha512", PASSWORD));
        ObjectNode bob = ForeignHashes.keycloakUser("bob", "bob@example.com", "pbkdf2-sha256", PASSWORD);
        bob.put("enabled", false);
        bob.putArray("realmRoles").add("default-roles-acme").add("offline_access").add("manager");
        ((ObjectNode) bob.get("credentials").get(0)).put("credentialData", "{\"hashIterations\":1000,\"algorithm\":\"pbkdf2\"}");
        users.add(bob);
        ObjectNode carol = ForeignHashes.keycloakUser("carol", "carol@example.com", "argon2", PASSWORD);
        carol.withArray("credentials").addObject().put("type", "otp").put("secretData", "{}").put("credentialData", "{}");
        users.add(carol);
        realm.putArray("clients").addObject().put("clientId", "account");
        String export = realm.toPrettyString();

        CliHarness.Result first = cli.runWithStdin(export, "user", "import", "-");
        assertThat(first.out().lines().toList()).as(first.err()).containsExactly(
                "line 1 users[0]: ok alice",
                "line 1 users[1]: error (Keycloak's pbkdf2 (HMAC-SHA1) hashes are not supported: import the user without the "
                        + "credential and let them reset the password)",
                "line 1 users[2]: ok carol (otp credential not imported)",
                first.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(first.exitCode()).isEqualTo(1);

        CliHarness.Result again = cli.runWithStdin(export, "user", "import", "--skip-existing", "-");
        assertThat(again.out()).contains("users[0]: skipped alice (a user with this username exists)")
                .contains("users[2]: skipped carol").contains("summary: 0 imported, 2 skipped, 1 failed");

        CliHarness.Result strict = cli.runWithStdin(export, "user", "import", "-");
        assertThat(strict.out()).contains("users[0]: error alice (username_taken");
        assertThat(strict.exitCode()).isEqualTo(1);

        // Disabled in Keycloak stays disabled; roles other than Keycloak's defaults are named, not granted.
        bob.put("credentials", JSON.createArrayNode());
        CliHarness.Result bobOnly = cli.runWithStdin(line(bob), "user", "import", "-");
        assertThat(bobOnly.out()).contains("line 1: ok bob (realm roles not imported: manager)");
        assertThat(bobOnly.exitCode()).isZero();
        try (TestServer server = TestServer.builder().databaseUrl(databaseUrl).start()) {
            assertThat(server.gatehouse().stores().users().findByLogin("bob").orElseThrow().user().disabled()).isTrue();
            assertThat(server.gatehouse().stores().users().findByLogin("bob").orElseThrow().user().passwordHash()).isNull();
            assertThat(server.http().login("carol", PASSWORD).path("access_token").asText()).isNotEmpty();
        }
    }

    @Test
    void importWhenAuth0UsersWithoutUsernameThenErrorUnlessUsernameFromEmail() {
        String input = line(ForeignHashes.auth0User(null, "dora@example.com", PASSWORD)) + "\n"
                + line(ForeignHashes.auth0User(null, "dora@other.example", PASSWORD)) + "\n";
        CliHarness.Result plain = cli.runWithStdin(input, "user", "import", "-");
        assertThat(plain.out()).contains("line 1: error (invalid_request: username required)");
        assertThat(plain.exitCode()).isEqualTo(1);

        CliHarness.Result derived = cli.runWithStdin(input, "user", "import", "--username-from-email", "-");
        assertThat(derived.out()).contains("line 1: ok dora").contains("line 2: error dora (username_taken");
    }

    /** Hostile lines are reported and the next line is still imported. */
    @Test
    void importWhenHostileLinesThenEachReportedAndTheRestImported() {
        String input = "{\"username\":\"sur\",\"password\":\"tide pool lantern orbit \\ud800\"}\n"
                + "[".repeat(5000) + "\n"
                + "{\"username\":\"" + "x".repeat(2_000_000) + "\"}\n"
                + "{\"username\":\"a\",\"username\":\"b\"}\n"
                + "{\"username\":\"nul\u0000\",\"password_hash\":\"$2b$10$x\"}\n"
                + "{\"username\":\"deep\",\"credentials\":[{\"type\":\"password\",\"secretData\":\"{\\\"value\\\":1}\","
                + "\"credentialData\":\"[]\"}]}\n"
                + "{\"username\":\"kcbad\",\"credentials\":[{\"type\":\"password\",\"secretData\":\"{\\\"value\\\":\\\"AA\\\","
                + "\\\"salt\\\":\\\"AA\\\"}\",\"credentialData\":\"{\\\"hashIterations\\\":99999999999,"
                + "\\\"algorithm\\\":\\\"pbkdf2-sha256\\\"}\"}]}\n"
                + line(Map.of("username", "survivor", "password_hash", ForeignHashes.hash("bcrypt-2a", PASSWORD))) + "\n";
        CliHarness.Result r = cli.runWithStdin(input, "user", "import", "-");
        List<String> report = r.out().lines().toList();
        assertThat(report).as(r.err()).hasSize(9);
        assertThat(report.get(0)).isEqualTo("line 1: error ('password' has an unpaired surrogate escape)");
        assertThat(report.subList(1, 7)).allSatisfy(l -> assertThat(l).contains(": error"));
        assertThat(report.get(7)).isEqualTo("line 8: ok survivor");
        assertThat(report.get(8)).startsWith("summary: 1 imported, 0 skipped, 7 failed, 8 users");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    /** A broken first line looks like the start of a document; the lines after it are still imported. */
    @Test
    void importWhenFirstLineBrokenThenTheOtherLinesStillImported() {
        String input = "{\"username\": \"cut off\n\n" + line(Map.of("username", "second", "password_hash",
                ForeignHashes.hash("pbkdf2-sha512", PASSWORD))) + "\n";
        CliHarness.Result r = cli.runWithStdin(input, "user", "import", "-");
        List<String> report = r.out().lines().toList();
        assertThat(report).hasSize(3);
        assertThat(report.get(0)).startsWith("line 1: error (not valid JSON");
        assertThat(report.get(1)).isEqualTo("line 3: ok second");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(cli.run("user", "import", "--help").out()).contains("Usage: gatehouse user import", "--skip-existing");
    }

    @Test
    void importWhenNoSuchFileOrBadBatchSizeThenUsageError() {
        assertThat(cli.runWithStdin("", "user", "import", dir.resolve("missing.jsonl").toString()).exitCode()).isEqualTo(2);
        assertThat(cli.runWithStdin("", "user", "import", "--batch-size", "0", "-").exitCode()).isEqualTo(2);
        CliHarness.Result empty = cli.runWithStdin("\n\n", "user", "import", "-");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).startsWith("summary: 0 imported, 0 skipped, 0 failed, 0 users");
    }
}
