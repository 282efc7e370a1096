package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.config.ConfigLoader;
import dev.gatehouse.config.GatehouseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command shares: {@code --config FILE} and any configuration key as a flag
 * ({@code --http-port 9090}); the loader validates them all at once.
 */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (key = value, e.g. http.port = 8080)")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private final Map<String, String> env;

    ConfigOptions(Map<String, String> env) {
        this.env = env;
    }

    GatehouseConfig load() {
        List<String> flags = new ArrayList<>(mixee.commandLine().getUnmatchedArguments());
        // A mistyped option of the command itself (--outptu) is suggested as well as configuration flags.
        List<String> own = mixee.options().stream().flatMap(o -> java.util.Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
        return new ConfigLoader(env, own).load(file, flags);
    }

    /** The environment the command runs in (GATEHOUSE_* variables, PATH). */
    Map<String, String> env() {
        return env;
    }

    /** Every component, without serving HTTP; the database is migrated first. */
    Gatehouse open() {
        return Gatehouse.open(load(), Clock.systemUTC(), true);
    }
}
