package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.config.GatehouseConfig;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", description = "Start the server (migrates the database first unless database.migrate.on.start=false).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return serve(options.load());
    }

    /** Serves until SIGTERM; also the way of {@link ServeArguments}, without picocli. */
    static int serve(GatehouseConfig config) throws InterruptedException {
        Gatehouse gatehouse = Gatehouse.serve(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gatehouse.shutdown();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return -1; // the JVM is already exiting through the shutdown hook (status 143 after SIGTERM)
    }
}
