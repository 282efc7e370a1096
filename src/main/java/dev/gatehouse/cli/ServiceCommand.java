package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.bootstrap.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that works through the server's services without serving HTTP: it opens them (migrating
 * the database first), runs, and closes them, which flushes the audit log. A refusal from a service
 * propagates to {@link GatehouseCommand}'s handler, which turns it into a sentence and an exit code.
 */
abstract class ServiceCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public final Integer call() throws Exception {
        try (Gatehouse g = options.open()) {
            run(g.services());
            return Exits.OK;
        }
    }

    abstract void run(Services services) throws Exception;

    /** A service command that prints data, in the format of {@code --output}. */
    abstract static class Printing extends ServiceCommand {
        @Mixin
        Output output;
    }
}
