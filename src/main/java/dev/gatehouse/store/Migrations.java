package dev.gatehouse.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway migrations, one folder per dialect with the same versions. */
public final class Migrations {
    private Migrations() {}

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
}
