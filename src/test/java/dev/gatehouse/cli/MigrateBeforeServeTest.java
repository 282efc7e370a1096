package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.store.Migrations;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `gatehouse migrate` run once before the nodes start with database.migrate.on.start=false, as the Helm
 * chart's migration Job does (README "Kubernetes"): a node refuses a schema older than its own with what to
 * do, and serves one that a newer version has already migrated (the previous version's pods during a
 * rolling upgrade).
 */
class MigrateBeforeServeTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNodeThatDoesNotMigrateRefusesAnUnmigratedDatabaseAndServesOnceMigrateRan(TestDatabases.Kind kind) throws Exception {
        CliHarness cli = new CliHarness(dataDir, kind);
        assertThatThrownBy(() -> node(cli.databaseUrl, "false").close())
                .hasMessageContaining("this Gatehouse needs version " + Migrations.LATEST)
                .hasMessageContaining("run `gatehouse migrate` first, or start with database.migrate.on.start=true");

        CliHarness.Result migrate = cli.ok("migrate");
        assertThat(migrate.err()).contains("applied " + (Migrations.LATEST) + " migration(s) to " + kind.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(migrate.out()).isEmpty();
        try (TestServer node = node(cli.databaseUrl, "false")) {
            TestHttp.Response ready = node.management().get("/health/ready");
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        }
        assertThat(cli.ok("migrate").err()).as("nothing left to do").contains("applied 0 migration(s)");

        // One version behind: refused as well, with the version found.
        exec(cli.databaseUrl, "DELETE FROM flyway_schema_history WHERE version = '" + Migrations.LATEST + "'");
        assertThatThrownBy(() -> node(cli.databaseUrl, "false").close())
                .hasMessageContaining("the database schema is at version " + (Migrations.LATEST - 1) + " and this Gatehouse needs version " + Migrations.LATEST);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSchemaANewerVersionMigratedIsServedAndLeftAsItIs(TestDatabases.Kind kind) throws Exception {
        CliHarness cli = new CliHarness(dataDir, kind);
        cli.ok("migrate");
        int next = Migrations.LATEST + 1;
        exec(cli.databaseUrl, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '" + next + "', 'next', 'SQL', 'V" + next
                + "__next.sql', 0, 'next', 0, " + (kind == TestDatabases.Kind.SQLITE ? "1" : "TRUE") + " FROM flyway_schema_history");

        for (String migrateOnStart : new String[] {"false", "true"}) {
            try (TestServer node = node(cli.databaseUrl, migrateOnStart)) {
                assertThat(node.management().get("/health/ready").status()).as("migrate on start: " + migrateOnStart).isEqualTo(200);
            }
        }
        assertThat(cli.ok("migrate").err()).contains("applied 0 migration(s)");
    }

    private static TestServer node(String databaseUrl, String migrateOnStart) {
        return TestServer.builder().databaseUrl(databaseUrl).set("database.migrate.on.start", migrateOnStart).start();
    }

    private static void exec(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
