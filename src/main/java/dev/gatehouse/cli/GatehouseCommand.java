package dev.gatehouse.cli;

import dev.gatehouse.config.ConfigException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gatehouse --help}: every subcommand. Exit codes: 0 success, 2 bad configuration or arguments, 1 other failure. */
@Command(name = "gatehouse", mixinStandardHelpOptions = true, version = "gatehouse 0.1.0",
        description = "Identity and token server.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ConfigCommand.class, UserCommand.class, RoleCommand.class,
                KeysCommand.class, ClientCommand.class, IdpCommand.class})
public final class GatehouseCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (serve, migrate, config, user, role, keys, client)");
    }

    public static int run(String[] args) {
        return run(args, System.getenv());
    }

    /** The environment is a parameter so that configuration from GATEHOUSE_* variables can be tested in-process. */
    static int run(String[] args, Map<String, String> env) {
        CommandLine cli = new CommandLine(new GatehouseCommand(), new EnvFactory(env));
        withHelp(cli);
        // Configuration keys are accepted as flags (--http-port 9090); the loader validates them.
        cli.setUnmatchedArgumentsAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException config) {
                cmd.getErr().println(config.getMessage());
                return 2;
            }
            if (e instanceof UsageException usage) {
                cmd.getErr().println("error: " + usage.getMessage());
                return 2;
            }
            cmd.getErr().println("error: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(GatehouseCommand.class).debug("command failed", e);
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * {@code -h/--help} on every command, not only the top one ({@code gatehouse serve --help} used to
     * be read as an unknown configuration flag); commands that take configuration say how.
     */
    private static void withHelp(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        if (spec.findOption("--config") != null) {
            spec.usageMessage().footer("%nEvery configuration key is also a flag (--http-port 9090) or a GATEHOUSE_* variable;"
                    + " see the README's configuration table, or `gatehouse config print`.");
        }
        command.getSubcommands().values().forEach(GatehouseCommand::withHelp);
    }

    /** Gives every {@link ConfigOptions} mixin the environment; everything else is built by picocli as usual. */
    private record EnvFactory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ConfigOptions.class) return cls.cast(new ConfigOptions(env));
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
