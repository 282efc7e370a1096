package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code gatehouse backup} and {@code restore} call PostgreSQL's tools: the connection in libpq's PG* variables
 * (the password never on a command line), and a database name that cannot turn into a connection string of its own.
 */
class PgToolsTest {
    /** A name PostgreSQL allows, which a bare {@code --dbname} would read as "connect to another host". */
    private static final String HOSTILE_NAME = "gh host=192.0.2.1 port=1 sslmode=disable";

    @TempDir
    Path dir;

    private Path fakeTool(String tool) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(tool);
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + dir.resolve(tool + ".args") + "\n"
                + "env | grep '^PG' | sort > " + dir.resolve(tool + ".env") + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    private static GatehouseConfig.Database database(String url) {
        return new GatehouseConfig.Database(url, "gatehouse", new Secret("s3cret-pw"), 2, true);
    }

    @Test
    void pgRestoreGetsTheDatabaseAsAQuotedConnectionStringAndTheFileAsAnAbsolutePath() throws Exception {
        Path bin = fakeTool("pg_restore");
        String url = "jdbc:postgresql://db.example.com:5433/" + java.net.URLEncoder.encode(HOSTILE_NAME + " it's\\", StandardCharsets.UTF_8)
                .replace("+", "%20");

        PgTools.of(database(url), bin, Map.of()).restore(Path.of("-relative.dump"));

        List<String> args = Files.readAllLines(dir.resolve("pg_restore.args"));
        assertThat(args).contains("--dbname=dbname='" + HOSTILE_NAME + " it\\'s\\\\'", "--no-password");
        assertThat(args.get(args.size() - 1)).as("never read as an option").isEqualTo(Path.of("-relative.dump").toAbsolutePath().toString());
        assertThat(String.join(" ", args)).doesNotContain("s3cret-pw");
        assertThat(Files.readAllLines(dir.resolve("pg_restore.env")))
                .contains("PGHOST=db.example.com", "PGPORT=5433", "PGUSER=gatehouse", "PGPASSWORD=s3cret-pw");
    }

    /**
     * In a JVM of its own with the master key and the database password in its environment, as an operator runs the
     * command: pg_dump gets the connection in PG* variables and none of Gatehouse's own settings.
     */
    @Test
    void pgDumpInheritsNoGatehouseSetting() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("pg_dump");
        Files.writeString(script, "#!/bin/sh\nenv | sort > " + dir.resolve("pg_dump.env") + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Process p = GatehouseProcess.builder(dir.resolve("data"), Map.of(
                        "GATEHOUSE_DATABASE_URL", "jdbc:postgresql://db.example.com:5432/gatehouse",
                        "GATEHOUSE_DATABASE_USERNAME", "gatehouse",
                        "GATEHOUSE_DATABASE_PASSWORD", "s3cret-pw",
                        "GATEHOUSE_MASTER_KEY", dev.gatehouse.testing.TestServer.MASTER_KEY),
                "backup", dir.resolve("x.dump").toString(), "--pg-bin", bin.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();

        List<String> env = Files.readAllLines(dir.resolve("pg_dump.env"));
        assertThat(env).as("the connection").contains("PGHOST=db.example.com", "PGUSER=gatehouse", "PGPASSWORD=s3cret-pw");
        assertThat(env).as("nothing of Gatehouse's own").noneMatch(v -> v.startsWith("GATEHOUSE_"));
    }

    /** libpq itself (the Debian client's psql, as BackupRestoreTest uses its pg_dump): the quoted form stays on PGHOST. */
    @Test
    void libpqReadsTheQuotedNameAsADatabaseNameOnly() throws Exception {
        Path psql;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            psql = versions.map(v -> v.resolve("bin/psql")).filter(Files::isExecutable).max(java.util.Comparator.naturalOrder())
                    .orElseThrow(() -> new AssertionError("no psql under /usr/lib/postgresql"));
        }
        ProcessBuilder pb = new ProcessBuilder(psql.toString(), "--no-password", "--dbname=" + PgTools.conninfoDbname(HOSTILE_NAME),
                "-c", "SELECT 1").redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", "9", "PGCONNECT_TIMEOUT", "2"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();

        assertThat(output).contains("127.0.0.1").doesNotContain("192.0.2.1");
    }
}
