package dev.gatehouse.cli;

import java.util.Map;

/** Runs a CLI command in this JVM with the given environment, for tests outside this package. */
public final class Cli {
    private Cli() {}

    public static int run(Map<String, String> env, String... args) {
        return GatehouseCommand.run(args, env);
    }
}
