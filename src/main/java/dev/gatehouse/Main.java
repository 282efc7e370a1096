package dev.gatehouse;

import dev.gatehouse.bootstrap.HomeDirectory;
import dev.gatehouse.cli.GatehouseCommand;

/** Entry point: picocli only. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        HomeDirectory.steerNativeLibraries(); // a uid without a passwd entry has no home (user.home=?)
        int code = GatehouseCommand.run(args);
        // serve returns only after shutdown; other commands exit with their code.
        if (code >= 0) System.exit(code);
    }
}
