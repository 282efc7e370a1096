package dev.gatehouse.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway migrations, one folder per dialect with the same versions. */
public final class Migrations {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Migrations.class);
    /** The highest migration version in both folders; MigrationsTest keeps it in step with the files. */
    public static final int LATEST = 20;

    private Migrations() {}

    /** Always runs Flyway: validates the applied migrations and applies the missing ones. */
    public static int migrate(Database database) {
        return run(database).migrationsExecuted;
    }

    private static MigrateResult run(Database database) {
        AmendedMigrations.complete(database);
        return Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration/" + folder(database.dialect()))
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** The folder of a dialect's scripts under db/migration on the class path. */
    static String folder(Database.Dialect dialect) {
        return dialect == Database.Dialect.SQLITE ? "sqlite" : "postgresql";
    }

    /**
     * Start-up path: when the history is exactly this build's, every script unchanged since it was applied,
     * skip loading Flyway (over a second of class loading on a small machine); anything else runs it in
     * full ({@link MigrationHistory}), and so does {@code gatehouse migrate}.
     * A migration is logged (Flyway's own log is kept at WARN): the line an operator looks for after an upgrade.
     */
    public static int migrateIfBehind(Database database) {
        if (isCurrent(database)) return 0;
        MigrateResult result = run(database);
        if (result.migrationsExecuted > 0) {
            LOG.info("migrated the database schema from version {} to {} ({} migrations)",
                    result.initialSchemaVersion == null ? "none (a new database)" : result.initialSchemaVersion,
                    result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    static boolean isCurrent(Database database) {
        return MigrationHistory.isCurrent(database);
    }

    /**
     * Start-up with {@code database.migrate.on.start=false} (the Kubernetes chart's nodes, after its
     * migration Job): an older schema is refused with what to do, rather than failing on the first missing
     * column. A newer one is served: during a rolling upgrade the previous version's pods run on the schema
     * the new version migrated, which migrations allow because they only add (docs/operations.md).
     */
    public static void requireMigrated(Database database) {
        String found;
        try {
            int applied = appliedVersion(database);
            if (applied >= LATEST) return;
            found = "the database schema is at version " + applied;
        } catch (SQLException e) {
            found = "the database has no readable schema version (" + String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("") + ")";
        }
        throw new IllegalStateException(found + " and this Gatehouse needs version " + LATEST
                + ": run `gatehouse migrate` first, or start with database.migrate.on.start=true");
    }

    /** The highest version applied successfully; fails when there is no history table (nothing migrated yet). */
    static int appliedVersion(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                     + (database.dialect() == Database.Dialect.SQLITE ? "1" : "TRUE"))) {
            int highest = 0;
            while (rs.next()) {
                String version = rs.getString(1);
                if (version != null && version.matches("\\d+")) highest = Math.max(highest, Integer.parseInt(version));
            }
            return highest;
        }
    }
}
