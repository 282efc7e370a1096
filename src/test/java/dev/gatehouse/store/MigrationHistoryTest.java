package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The start-up check that skips Flyway ({@link MigrationHistory}): it must answer "current" only for the
 * history Flyway itself would accept without doing anything, so that every edited script, failed row or
 * unknown row still reaches Flyway and is refused or handled there, as before the check existed.
 */
class MigrationHistoryTest {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theChecksumOfEveryScriptIsFlywaysOwn(TestDatabases.Kind kind) throws Exception {
        try (Database db = migrated(kind)) {
            MigrationInfo[] all = Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:db/migration/" + Migrations.folder(db.dialect())).load().info().all();
            assertThat(all).hasSize(Migrations.LATEST);
            for (MigrationInfo m : all) {
                assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS);
                assertThat(MigrationHistory.checksum(Migrations.folder(db.dialect()), m.getScript())).as(m.getScript())
                        .isEqualTo(m.getChecksum());
            }
            assertThat(MigrationHistory.checksum(Migrations.folder(db.dialect()), "V" + (Migrations.LATEST + 1) + "__none.sql")).isNull();
            assertThat(Migrations.isCurrent(db)).isTrue();
            assertThat(Migrations.migrateIfBehind(db)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aScriptEditedAfterItWasAppliedIsStillRefusedAtStart(TestDatabases.Kind kind) throws Exception {
        refusedAtStart(kind, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '5'", "checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFailedMigrationIsStillRefusedAtStart(TestDatabases.Kind kind) throws Exception {
        refusedAtStart(kind, "UPDATE flyway_schema_history SET success = " + bool(kind, false) + " WHERE version = '5'",
                "failed migration");
    }

    /** After {@code change} to a current history, the start-up check hands over to Flyway, which refuses the database. */
    private static void refusedAtStart(TestDatabases.Kind kind, String change, String flywaysReason) throws SQLException {
        try (Database db = migrated(kind)) {
            exec(db, change);
            assertThat(Migrations.isCurrent(db)).isFalse();
            assertThatThrownBy(() -> Migrations.migrateIfBehind(db)).hasMessageContaining(flywaysReason).hasMessageContaining("5");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMissingRowOrAScriptOfAnotherNameIsLeftToFlyway(TestDatabases.Kind kind) throws Exception {
        try (Database db = migrated(kind)) {
            exec(db, "UPDATE flyway_schema_history SET script = 'V7__renamed.sql', description = 'renamed' WHERE version = '7'");
            assertThat(Migrations.isCurrent(db)).isFalse();
            exec(db, "UPDATE flyway_schema_history SET script = 'V7__signing_key_per_alg.sql', description = 'signing key per alg'"
                    + " WHERE version = '7'");
            assertThat(Migrations.isCurrent(db)).isTrue();
            exec(db, "UPDATE flyway_schema_history SET description = 'other' WHERE version = '7'");
            assertThat(Migrations.isCurrent(db)).isFalse();
            exec(db, "UPDATE flyway_schema_history SET description = 'signing key per alg' WHERE version = '7'");
            exec(db, "DELETE FROM flyway_schema_history WHERE version = '" + Migrations.LATEST + "'");
            assertThat(Migrations.isCurrent(db)).isFalse();
        }
    }

    /** The early text of V3 (AmendedMigrations) is completed at start, not skipped because the version is current. */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEarlyV3IsCompletedAtStart(TestDatabases.Kind kind) throws Exception {
        try (Database db = migrated(kind)) {
            exec(db, "UPDATE flyway_schema_history SET checksum = 1326330661 WHERE version = '3'");
            assertThat(Migrations.isCurrent(db)).isFalse();
            assertThat(Migrations.migrateIfBehind(db)).isZero();
            assertThat(Migrations.isCurrent(db)).as("the current checksum recorded").isTrue();
        }
    }

    /** A newer version's row (rolling upgrade): Flyway runs, ignores the future migration and applies nothing. */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNewerVersionsRowIsLeftToFlywayWhichServesIt(TestDatabases.Kind kind) throws Exception {
        try (Database db = migrated(kind)) {
            int next = Migrations.LATEST + 1;
            exec(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '" + next + "', 'next', 'SQL', 'V" + next
                    + "__next.sql', 0, 'next', 0, " + bool(kind, true) + " FROM flyway_schema_history");
            assertThat(Migrations.isCurrent(db)).isFalse();
            assertThat(Migrations.migrateIfBehind(db)).isZero();
        }
    }

    private static Database migrated(TestDatabases.Kind kind) {
        Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true));
        assertThat(Migrations.isCurrent(db)).as("no history yet").isFalse();
        assertThat(Migrations.migrateIfBehind(db)).isEqualTo(Migrations.LATEST);
        return db;
    }

    private static String bool(TestDatabases.Kind kind, boolean value) {
        return kind == TestDatabases.Kind.SQLITE ? (value ? "1" : "0") : String.valueOf(value).toUpperCase(java.util.Locale.ROOT);
    }

    private static void exec(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
