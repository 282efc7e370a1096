package dev.gatehouse.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway migrations, one folder per dialect with the same versions. */
public final class Migrations {
    /** The highest migration version in both folders; MigrationsTest keeps it in step with the files. */
    public static final int LATEST = 19;

    private Migrations() {}

    /** Always runs Flyway: validates the applied migrations and applies the missing ones. */
    public static int migrate(Database database) {
        String folder = database.dialect() == Database.Dialect.SQLITE ? "sqlite" : "postgresql";
        MigrateResult result = Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration/" + folder)
                .loggers("slf4j")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /**
     * Start-up path: when the schema already has the latest version, skip loading Flyway (over a
     * second of class loading on a small machine); {@code gatehouse migrate} still runs it in full.
     */
    public static int migrateIfBehind(Database database) {
        return isCurrent(database) ? 0 : migrate(database);
    }

    static boolean isCurrent(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                     + (database.dialect() == Database.Dialect.SQLITE ? "1" : "TRUE"))) {
            int highest = 0;
            while (rs.next()) {
                String version = rs.getString(1);
                if (version != null && version.matches("\\d+")) highest = Math.max(highest, Integer.parseInt(version));
            }
            return highest == LATEST;
        } catch (SQLException e) {
            return false; // no history table yet, or unreadable: let Flyway decide
        }
    }
}
