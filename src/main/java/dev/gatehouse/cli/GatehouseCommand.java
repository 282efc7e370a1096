package dev.gatehouse.cli;

import dev.gatehouse.config.ConfigLoader;
import dev.gatehouse.config.EnvironmentCheck;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code gatehouse --help}: every subcommand. Data goes to standard output and nothing else does:
 * errors, warnings and confirmations go to standard error (as the log does), so the output of any
 * command can be piped. Exit codes: {@link Exits}.
 */
@Command(name = "gatehouse", mixinStandardHelpOptions = true, version = "gatehouse 0.1.0",
        description = "Identity and token server.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ConfigCommand.class, UserCommand.class, RoleCommand.class,
                KeysCommand.class, ClientCommand.class, IdpCommand.class, BackupCommand.class, RestoreCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:Success.",
                "1:Failure (e.g. the database cannot be reached).",
                "2:Bad configuration, arguments or input (one message lists every problem).",
                "3:Not found (no such user, role, client or identity provider)."})
public final class GatehouseCommand implements Runnable {
    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw needsSubcommand(spec);
    }

    public static int run(String[] args) {
        return run(args, System.getenv());
    }

    /** The environment is a parameter so that configuration from GATEHOUSE_* variables can be tested in-process. */
    static int run(String[] args, Map<String, String> env) {
        EnvironmentCheck.warnings(env).forEach(w -> System.err.println("warning: " + w));
        ServeArguments serve = ServeArguments.of(args);
        if (serve != null) return serve(serve, env);
        CommandLine cli = new CommandLine(new GatehouseCommand(), new EnvFactory(env));
        withHelp(cli);
        // Configuration keys are accepted as flags (--http-port 9090); the loader validates them.
        cli.setUnmatchedArgumentsAllowed(true);
        cli.setParameterExceptionHandler((e, args2) -> usageError(e));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> e instanceof ParameterException p ? usageError(p) : failed(e, cmd.getErr()));
        return cli.execute(args);
    }

    /** {@code serve} as picocli would run it, without building picocli's command tree (start-up time). */
    private static int serve(ServeArguments serve, Map<String, String> env) {
        try {
            return ServeCommand.serve(new ConfigLoader(env, ServeArguments.OWN_OPTIONS).load(serve.config(), serve.flags()));
        } catch (Exception e) {
            return failed(e, new PrintWriter(System.err, true));
        }
    }

    /** A command that failed: one line on standard error, the details in the debug log, the exit code. */
    private static int failed(Exception e, PrintWriter err) {
        err.println("error: " + Exits.message(e));
        err.flush();
        org.slf4j.LoggerFactory.getLogger(GatehouseCommand.class).debug("command failed", e);
        return Exits.of(e);
    }

    /**
     * What a command that only groups others ({@code gatehouse user}) answers when run alone or with a
     * word it does not know: a usage error, with "did you mean" for a mistyped command.
     */
    static ParameterException needsSubcommand(CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        if (!cl.getUnmatchedArguments().isEmpty()) return new UnmatchedArgumentException(cl, cl.getUnmatchedArguments());
        return new ParameterException(cl, "'" + spec.qualifiedName() + "' needs a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** One line saying what is wrong, "did you mean" where picocli has a suggestion, and where help is. */
    private static int usageError(ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            message = "'" + cmd.getCommandSpec().qualifiedName() + "' has no " + (word.startsWith("-") ? "option" : "command") + " '" + word + "'";
        }
        err.println("error: " + message);
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return Exits.INVALID;
    }

    /**
     * {@code -h/--help} on every command, not only the top one ({@code gatehouse serve --help} used to
     * be read as an unknown configuration flag); commands that take configuration say how.
     */
    private static void withHelp(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
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
