package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestDatabases;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless operator does with {@code gatehouse backup} and {@code restore} on SQLite (docs/operations.md): a
 * backup aimed at the live database, a damaged backup, a backup's file name with characters a SQLite URI treats
 * as its own, a backup file readable by everyone, a dangling link where the backup goes. The database in use stays
 * as it was whenever a command refuses.
 */
class BackupRestoreHazardsTest {
    @TempDir
    Path dir;

    private CliHarness cli(String url) {
        CliHarness cli = new CliHarness(dir);
        cli.env.put("GATEHOUSE_DATABASE_URL", url);
        return cli;
    }

    /** The command line on the database {@code url}, which then has the user "keeper". */
    private CliHarness withKeeper(String url) throws Exception {
        CliHarness cli = cli(url);
        cli.user("keeper");
        return cli;
    }

    private static Path file(String url) {
        return Path.of(url.substring("jdbc:sqlite:".length()));
    }

    /** Renamed over the live file or its -wal, the copy would lose the writes in the log or pair with a log not its own. */
    @Test
    void aBackupOntoTheDatabaseOrItsCompanionFilesIsRefusedEvenWithForce() throws Exception {
        String url = TestDatabases.sqlite();
        Path database = file(url);
        CliHarness cli = withKeeper(url);
        long inode = (Long) Files.getAttribute(database, "unix:ino");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-database.db"), database);

        for (Path target : new Path[] {database, database.resolveSibling(database.getFileName() + "-wal"), link}) {
            CliHarness.Result r = cli.run("backup", target.toString(), "--force");
            assertThat(r.exitCode()).as(target + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("is the database itself");
        }

        assertThat((Long) Files.getAttribute(database, "unix:ino")).as("the same file, not a copy moved over it").isEqualTo(inode);
        assertThat(cli.ok("user", "list").out()).contains("keeper");
    }

    @Test
    void aTruncatedOrDamagedBackupIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        String source = TestDatabases.sqlite();
        CliHarness from = withKeeper(source);
        // Rows the copy puts after the schema and the migration history (VACUUM INTO writes the schema first, then
        // table after table): a cut or a scribble there leaves what a first look reads intact.
        try (Connection c = DriverManager.getConnection(source); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ballast (b BLOB)");
            for (int i = 0; i < 200; i++) s.execute("INSERT INTO ballast VALUES (randomblob(3000))");
        }
        Path backup = dir.resolve("backup.db");
        from.ok("backup", backup.toString());
        long size = Files.size(backup);
        Path truncated = Files.copy(backup, dir.resolve("truncated.db"));
        try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
            f.setLength(size / 2 / 4096 * 4096);
        }
        Path scribbled = Files.copy(backup, dir.resolve("scribbled.db"));
        try (RandomAccessFile f = new RandomAccessFile(scribbled.toFile(), "rw")) {
            for (long page = size / 4096 / 2; page * 4096 < size - 4096; page += 3) {
                f.seek(page * 4096 + 8);
                f.write(new byte[64]); // zeroes over page headers and cell pointers
            }
        }

        String target = TestDatabases.sqlite();
        CliHarness into = cli(target);
        into.user("resident");
        byte[] before = Files.readAllBytes(file(target));

        for (Path bad : new Path[] {truncated, scribbled}) {
            CliHarness.Result r = into.run("restore", bad.toString());
            assertThat(r.exitCode()).as(bad + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(bad.toString()).containsAnyOf("is damaged", "cannot be read as a SQLite database");
        }

        assertThat(Files.readAllBytes(file(target))).as("the database in use is untouched").isEqualTo(before);
        try (var files = Files.list(file(target).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
        assertThat(into.ok("user", "list").out()).contains("resident");
        into.ok("restore", backup.toString());
        assertThat(into.ok("user", "list").out()).contains("keeper");
    }

    /** '#', '?' and '%41' would end or change the path in the SQLite URI the backup is checked through. */
    @Test
    void backupAndRestoreWithSpacesAndUriCharactersInThePath() throws Exception {
        String url = TestDatabases.sqlite();
        CliHarness cli = withKeeper(url);
        Path backup = Files.createDirectories(dir.resolve("back ups")).resolve("gatehouse #1 ?x 100%41.db");
        // What an unchecked '%41' would read instead: a Gatehouse database of a newer schema.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup.resolveSibling("gatehouse #1 ?x 100A.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (version TEXT, success INTEGER)");
            s.execute("CREATE TABLE signing_keys (id TEXT)");
            s.execute("CREATE TABLE users (id TEXT)");
            s.execute("INSERT INTO flyway_schema_history VALUES ('999', 1)");
        }

        CliHarness.Result made = cli.run("backup", backup.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        CliHarness.Result restored = cli(TestDatabases.sqlite()).run("restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("restored " + backup);
    }

    /** A backup copied in with {@code cat > file} is 0644; the database made from it is still its owner's only. */
    @Test
    void theRestoredDatabaseIsOwnerOnlyWhateverTheBackupFilesMode() throws Exception {
        Path backup = dir.resolve("backup.db");
        withKeeper(TestDatabases.sqlite()).ok("backup", backup.toString());
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-rw-rw-"));
        String target = TestDatabases.sqlite();

        cli(target).ok("restore", backup.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file(target)))).isEqualTo("rw-------");
    }

    /**
     * A restore with another master key than the backup's (configured, or the data directory's master.key file) is
     * refused before it replaces anything: the server would refuse to start on it. With the right key it goes on.
     */
    @Test
    void aRestoreWithAnotherMasterKeyIsRefusedBeforeTheDatabaseIsReplaced() throws Exception {
        String source = TestDatabases.sqlite();
        try (dev.gatehouse.testing.TestServer ignored = dev.gatehouse.testing.TestServer.builder().databaseUrl(source).start()) {
            // a signing key is made and sealed at the first start
        }
        Path backup = dir.resolve("backup.db");
        cli(source).ok("backup", backup.toString());
        String target = TestDatabases.sqlite();
        CliHarness into = cli(target);
        into.user("resident");
        byte[] before = Files.readAllBytes(file(target));
        String other = "HxwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgEAAAA=";

        into.env.put("GATEHOUSE_MASTER_KEY", other);
        CliHarness.Result configured = into.run("restore", backup.toString());
        assertThat(configured.exitCode()).as(configured.err()).isEqualTo(2);
        assertThat(configured.err()).contains("does not decrypt with the master key from GATEHOUSE_MASTER_KEY").contains("nothing was changed");

        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Path keyFile = Files.writeString(dataDir.resolve("master.key"), other + "\n");
        into.env.remove("GATEHOUSE_MASTER_KEY");
        into.env.put("GATEHOUSE_DATA_DIR", dataDir.toString());
        CliHarness.Result fromFile = into.run("restore", backup.toString());
        assertThat(fromFile.exitCode()).as(fromFile.err()).isEqualTo(2);
        assertThat(fromFile.err()).contains("does not decrypt with the master key from " + keyFile);

        assertThat(Files.readAllBytes(file(target))).as("the database in use is untouched").isEqualTo(before);
        Files.writeString(keyFile, dev.gatehouse.testing.TestServer.MASTER_KEY + "\n");
        into.ok("restore", backup.toString());
    }

    /** A link at the backup's name, even one that leads nowhere, is something there: replaced only with --force. */
    @Test
    void aDanglingLinkAtTheBackupsNameIsReplacedOnlyWithForceAndItsTargetNeverWritten() throws Exception {
        CliHarness cli = withKeeper(TestDatabases.sqlite());
        Path nowhere = dir.resolve("nowhere.db");
        Path link = Files.createSymbolicLink(dir.resolve("backup.db"), nowhere);

        CliHarness.Result refused = cli.run("backup", link.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("exists").contains("--force");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        cli.ok("backup", link.toString(), "--force");
        assertThat(Files.isSymbolicLink(link)).as("the link itself is replaced").isFalse();
        assertThat(nowhere).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(link))).isEqualTo("rw-------");
    }
}
