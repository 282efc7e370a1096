package dev.gatehouse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * V3__rbac.sql was amended after commits of main had applied it (a9f6a18 and ede92cd, 2026-11-28, ran its
 * first text; bd5d989 changed the PostgreSQL one; 81354df gave both their final text). Flyway refuses to
 * start on such a database (checksum mismatch). Before migrating, a database that recorded one of the
 * earlier texts gets the statements it lacks (each one idempotent) and the current checksum, in one
 * transaction, so it ends up as if it had applied the final text. MigrationFromEveryVersionTest runs this
 * on the databases of those commits (schema-fixtures v3, v4). Migrations are never edited once on main
 * (docs/operations.md, "Upgrading"); this is the one exception.
 */
final class AmendedMigrations {
    private static final Set<Integer> EARLIER_V3 = Set.of(1326330661, -1290925612);
    private static final int SQLITE_V3 = -1177096415;
    private static final int POSTGRESQL_V3 = -247316707;
    private static final String PERMISSION_INDEX =
            "CREATE INDEX IF NOT EXISTS role_permissions_permission ON role_permissions (permission, role_name)";

    private AmendedMigrations() {}

    static void complete(Database database) {
        boolean postgresql = database.dialect() == Database.Dialect.POSTGRESQL;
        try (Connection c = database.dataSource().getConnection()) {
            Integer applied = v3Checksum(c);
            if (applied == null || !EARLIER_V3.contains(applied)) return;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE flyway_schema_history SET checksum = ? WHERE version = '3' AND checksum = ?")) {
                List<String> missing = postgresql
                        ? List.of("ALTER TABLE users ALTER COLUMN username_norm TYPE VARCHAR(256) COLLATE \"C\"",
                                "ALTER TABLE users ALTER COLUMN email_norm TYPE VARCHAR(320) COLLATE \"C\"", PERMISSION_INDEX)
                        : List.of(PERMISSION_INDEX);
                for (String sql : missing) s.execute(sql);
                update.setInt(1, postgresql ? POSTGRESQL_V3 : SQLITE_V3);
                update.setInt(2, applied);
                update.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("completing migration 3 of an early database failed", e);
        }
    }

    /** The checksum recorded for version 3, or null without a history (a new database) or without V3. */
    private static Integer v3Checksum(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '3'")) {
            return rs.next() ? rs.getInt(1) : null;
        } catch (SQLException noHistory) {
            return null;
        }
    }
}
