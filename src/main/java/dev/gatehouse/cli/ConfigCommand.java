package dev.gatehouse.cli;

import dev.gatehouse.config.ConfigKeys;
import dev.gatehouse.config.GatehouseConfig;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "config", description = "Configuration commands.", subcommands = ConfigCommand.Print.class)
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    /** One key as {@code config print --output json} lists it. */
    record Setting(String key, String env, String value) {}

    @Command(name = "print", description = "Print the resolved configuration (secrets redacted) and exit.")
    static final class Print implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            GatehouseConfig config = options.load();
            List<Setting> all = ConfigKeys.ALL.stream()
                    .map(k -> new Setting(k.name(), k.envName(), config.resolved().get(k.name()))).toList();
            output.list(all, "key", "env", "value");
            return Exits.OK;
        }
    }
}
