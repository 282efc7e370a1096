package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
    @Test
    void bothDialectsHaveTheSameVersionsUpToLatest() throws IOException {
        List<String> sqlite = versions("sqlite");
        List<String> postgresql = versions("postgresql");
        assertThat(sqlite).isEqualTo(postgresql);
        assertThat(sqlite).last().isEqualTo(String.valueOf(Migrations.LATEST));
        // MigrationHistory's start-up check expects one script per version, 1 to LATEST, none skipped or doubled.
        assertThat(sqlite).isEqualTo(java.util.stream.IntStream.rangeClosed(1, Migrations.LATEST).mapToObj(String::valueOf).toList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startUpSkipsFlywayOnlyWhenTheSchemaIsCurrent(TestDatabases.Kind kind) throws IOException {
        int files = versions(kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql").size();
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Migrations.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            assertThat(Migrations.isCurrent(db)).isFalse();
            assertThat(Migrations.migrateIfBehind(db)).isEqualTo(files);
            assertThat(log.list).as("the line an operator looks for after an upgrade").extracting(e -> e.getFormattedMessage())
                    .contains("migrated the database schema from version none (a new database) to " + Migrations.LATEST
                            + " (" + files + " migrations)");
            assertThat(Migrations.isCurrent(db)).isTrue();
            assertThat(Migrations.migrateIfBehind(db)).isZero();
            assertThat(Migrations.migrate(db)).isZero();
        } finally {
            logger.detachAppender(log);
        }
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
