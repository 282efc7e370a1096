package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.ForeignHashes;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 10,000 users through {@code gatehouse user import} on each database: imported hashes cost no
 * hashing, so the import is a matter of seconds (docs/benchmarks.md, "User import"). Prints the rate.
 */
class UserImportVolumeTest {
    private static final int USERS = 10_000;
    private static final String PASSWORD = "one of ten thousand passwords";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void importWhenTenThousandUsersThenAllStoredInSecondsAndOneSignsIn(Kind kind) throws Exception {
        CliHarness cli = new CliHarness(dir, kind);
        String url = cli.databaseUrl;
        List<String> hashes = List.of(ForeignHashes.hash("bcrypt-2b", PASSWORD), ForeignHashes.hash("pbkdf2-sha256", PASSWORD),
                ForeignHashes.hash("scrypt", PASSWORD), ForeignHashes.hash("argon2id", PASSWORD));
        List<String> lines = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            lines.add("{\"username\":\"bulk" + i + "\",\"email\":\"bulk" + i + "@example.com\",\"email_verified\":true,"
                    + "\"password_hash\":\"" + hashes.get(i % hashes.size()) + "\"}");
        }
        Path file = dir.resolve("users.jsonl");
        Files.write(file, lines);

        long started = System.nanoTime();
        CliHarness.Result r = cli.run("user", "import", file.toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(r.exitCode()).as(r.err()).isZero();
        String summary = r.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(summary).startsWith("summary: 10000 imported, 0 skipped, 0 failed, 10000 users in ");
        System.out.printf(Locale.ROOT, "user import, %s: %d users in %.1f s with start-up (%.0f users/s); the command's own %s%n",
                kind, USERS, seconds, USERS / seconds, summary);
        assertThat(seconds).as("seconds, not minutes").isLessThan(120);

        try (TestServer server = TestServer.builder().databaseUrl(url).start()) {
            int stored = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users")
                    .mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(USERS);
            assertThat(server.http().login("bulk4242@example.com", PASSWORD).path("access_token").asText()).isNotEmpty();
            assertThat(server.http().login("bulk7777", PASSWORD).path("access_token").asText()).isNotEmpty();
        }
    }
}
