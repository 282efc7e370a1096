package dev.gatehouse.load;

import java.io.IOException;

/**
 * The project's HTTP load generator (PERFORMANCE.md, "Method"). Run it through
 * {@code bench/loadgen.sh}; {@code --help} lists the options. Exit status: 0 when the run
 * produced successful responses, 1 when it did not (or setup failed), 2 for bad arguments.
 */
public final class LoadGen {

    private LoadGen() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (LoadOptions.HelpRequested e) {
            System.out.print(LoadOptions.USAGE);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LoadOptions.USAGE);
            return 2;
        }
        HttpTarget target = HttpTarget.parse(options.url());
        String prefix = options.userPrefix() != null ? options.userPrefix() : Scenarios.randomUserPrefix();
        Scenario scenario = Scenarios.create(options, target, prefix);
        ProcStats server = options.pid() > 0 ? ProcStats.of(options.pid()) : null;
        try {
            RunResult result = new LoadRun(options, target, scenario, server, System.err).run();
            System.out.print(result.report());
            return result.stats().count(Outcome.OK) > 0 ? 0 : 1;
        } catch (IOException e) {
            System.err.println("loadgen: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("loadgen: interrupted");
            return 1;
        }
    }
}
