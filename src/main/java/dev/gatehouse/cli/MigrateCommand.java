package dev.gatehouse.cli;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", description = {"Apply database migrations and exit (what was done is reported on standard error).",
        "The server does the same at start unless database.migrate.on.start=false; the schema only grows, so servers of the"
                + " previous release keep serving on it (docs/operations.md, Upgrading)."})
final class MigrateCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        GatehouseConfig config = options.load();
        try (Database db = Database.open(config.database())) {
            int applied = Migrations.migrate(db);
            System.err.println("applied " + applied + " migration(s) to " + db.dialect().name().toLowerCase(java.util.Locale.ROOT));
        }
        return Exits.OK;
    }
}
