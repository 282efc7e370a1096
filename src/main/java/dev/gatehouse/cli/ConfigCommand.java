package dev.gatehouse.cli;

import dev.gatehouse.config.ConfigKey;
import dev.gatehouse.config.ConfigKeys;
import dev.gatehouse.config.GatehouseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "config", description = "Configuration commands.", subcommands = ConfigCommand.Print.class)
final class ConfigCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("use: gatehouse config print");
    }

    @Command(name = "print", description = "Print the resolved configuration (secrets redacted) and exit.")
    static final class Print implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            GatehouseConfig config = options.load();
            for (ConfigKey key : ConfigKeys.ALL) {
                System.out.printf("%-32s %-34s %s%n", key.name(), key.envName(), config.resolved().get(key.name()));
            }
            return 0;
        }
    }
}
