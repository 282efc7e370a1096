package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
    /** What takes away from a schema the previous release still uses (SQLite's table rebuilds included). */
    private static final Pattern CONTRACTS = Pattern.compile(
            "(?is)\\bDROP\\s+(TABLE|COLUMN)\\b|\\bRENAME\\b|\\bALTER\\s+COLUMN\\b[^;]*\\b(TYPE|SET\\s+NOT\\s+NULL)\\b");

    @Test
    void bothDialectsHaveTheSameVersionsUpToLatest() throws IOException {
        List<String> sqlite = versions("sqlite");
        List<String> postgresql = versions("postgresql");
        assertThat(sqlite).isEqualTo(postgresql);
        assertThat(sqlite).last().isEqualTo(String.valueOf(Migrations.LATEST));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startUpSkipsFlywayOnlyWhenTheSchemaIsCurrent(TestDatabases.Kind kind) throws IOException {
        int files = versions(kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql").size();
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            assertThat(Migrations.isCurrent(db)).isFalse();
            assertThat(Migrations.migrateIfBehind(db)).isEqualTo(files);
            assertThat(Migrations.isCurrent(db)).isTrue();
            assertThat(Migrations.migrateIfBehind(db)).isZero();
            assertThat(Migrations.migrate(db)).isZero();
        }
    }

    /**
     * Migrations only expand (docs/operations.md "The compatibility rule for migrations"): during a rolling
     * upgrade the previous release serves on the migrated schema, so no table or column it uses may go,
     * change its name or type, or become NOT NULL without a default. A contract step that needs one of
     * these, one release after the code stopped using the old shape, is listed here by file name.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migrationsOnlyExpandTheSchema(TestDatabases.Kind kind) throws IOException {
        // V3 (PostgreSQL) gave two columns the "C" collation: the same VARCHAR to the code, read and written alike.
        Set<String> contractSteps = Set.of("V3__rbac.sql");
        Pattern addColumn = Pattern.compile("(?is)\\bADD\\s+COLUMN\\b([^;]*)");
        Path folder = Path.of("src/main/resources/db/migration", kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // The first version made the schema; comments may say anything.
                if (name.startsWith("V1__") || contractSteps.contains(name)) continue;
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher contract = CONTRACTS.matcher(sql);
                if (contract.find()) throw new AssertionError(name + " contracts the schema (" + contract.group() + ")");
                Matcher add = addColumn.matcher(sql);
                while (add.find()) {
                    String column = add.group(1).toUpperCase(java.util.Locale.ROOT);
                    if (column.contains("NOT NULL")) assertThat(column).as(name + ": a NOT NULL column needs a DEFAULT").contains("DEFAULT");
                }
            }
        }
    }

    @Test
    void theRuleCatchesAContractStep() {
        assertThat(CONTRACTS.matcher("ALTER TABLE users DROP COLUMN locale;").find()).isTrue();
        assertThat(CONTRACTS.matcher("ALTER TABLE users RENAME COLUMN a TO b;").find()).isTrue();
        assertThat(CONTRACTS.matcher("ALTER TABLE users ALTER COLUMN a SET NOT NULL;").find()).isTrue();
        assertThat(CONTRACTS.matcher("ALTER TABLE users ALTER COLUMN a TYPE TEXT;").find()).isTrue();
        assertThat(CONTRACTS.matcher("DROP INDEX signing_keys_one_active; CREATE INDEX x ON t (a);").find()).isFalse();
    }

    private static List<String> versions(String dialect) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", dialect))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .toList();
        }
    }
}
