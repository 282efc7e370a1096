package dev.gatehouse.bootstrap;

import dev.gatehouse.password.Argon2Params;
import dev.gatehouse.account.BootstrapAdmin;
import dev.gatehouse.oauth.client.ConsoleClient;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.keys.CryptoProviders;
import dev.gatehouse.web.WebServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: config → {@link Stores} → {@link Services} → {@link dev.gatehouse.web.Controllers}
 * → {@link WebServer}, with the {@link Background} jobs beside them. Each bundle is built by its own
 * factory; this class only orders start and stop, and hands the bundles to tests and the CLI.
 */
public final class Gatehouse implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gatehouse.class);

    private final GatehouseConfig config;
    private final Clock clock;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Background background = new Background();
    /** Where start-up time goes, in the ready line (docs/benchmarks.md "Start-up and memory with the launcher"). */
    private final StartupPhases phases = new StartupPhases();
    /** The master key, and whether this start generated it (a failed start removes it while unused). */
    private final MasterKeys.Loaded masterKey;
    private final Stores stores;
    private final Services services;
    private final String cryptoProvider;
    private WebServer web;
    /** Bound on a helper thread from {@link #start} on; null when not serving. */
    private CompletableFuture<SystemMetrics> systemMetrics;

    /**
     * Start-up work that does not need the database (loading the native crypto provider and
     * libargon2 with their self-tests, reading the password blocklist, loading the HTTP classes)
     * runs on helper threads while this thread opens and migrates the database.
     */
    private Gatehouse(GatehouseConfig config, Clock clock, boolean migrate) {
        Logging.apply(config.logFormat());
        CompletableFuture<String> crypto = async(() -> CryptoProviders.install(config.tokens().cryptoProvider()));
        CompletableFuture<PasswordHasher> hasher = async(() -> hasher(config.passwords()));
        async(() -> {
            WebServer.preloadClasses();
            return null;
        });
        async(() -> {
            preloadStatementEvents();
            return null;
        });
        this.config = config;
        this.clock = clock;
        this.masterKey = MasterKeys.load(config);
        try {
            this.stores = Stores.open(config, clock, metrics, migrate, masterKey.key());
            phases.mark("database");
            this.cryptoProvider = crypto.join();
            this.services = new ServiceFactory(config, clock, stores, metrics, masterKey.key())
                    .build(hasher.join(), background.accountMail());
            // A key generated just now on a database whose signing keys another key sealed: the operator ran a
            // command (or a first start) without the data's master key. Loading the keys fails with the one line
            // that says so, and the file goes, so that it is not taken for the data's key later (docs/operations.md).
            if (masterKey.generatedInto() != null) {
                try {
                    services.keys().keys();
                } catch (RuntimeException e) {
                    close();
                    throw e;
                }
            }
        } catch (RuntimeException | Error e) {
            masterKey.discardUnlessUsed();
            throw e;
        }
        background.own(services.outbox());
        phases.mark("services");
    }

    /**
     * JDBI registers its statement event with Java Flight Recorder when the first statement runs,
     * which loads JFR's metadata (~100 classes, tens of ms of CPU) on the thread that opens the
     * database; a helper thread does it beside that instead. Only timing is at stake: should the
     * class move, the first statement initialises it as before.
     */
    private static void preloadStatementEvents() {
        try {
            Class.forName("org.jdbi.v3.core.statement.internal.JfrSupport", true, Gatehouse.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("JDBI's JFR support not preloaded", e);
        }
    }

    private static PasswordHasher hasher(GatehouseConfig.Passwords pw) {
        if (pw.argon2MemoryKib() < 19_456 || pw.argon2Iterations() < 2) {
            LOG.warn("Argon2id parameters m={} KiB t={} are below the OWASP minimum (m=19456 KiB, t=2): for tests only",
                    pw.argon2MemoryKib(), pw.argon2Iterations());
        }
        return PasswordHashers.create(new Argon2Params(pw.argon2MemoryKib(), pw.argon2Iterations(), pw.argon2Parallelism()),
                pw.argon2Implementation());
    }

    private static <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, Gatehouse::helperThread);
    }

    private static void helperThread(Runnable task) {
        Thread t = new Thread(task, "startup");
        t.setDaemon(true);
        t.start();
    }

    /** Builds every component without serving HTTP (CLI commands); migrates first when asked to. */
    public static Gatehouse open(GatehouseConfig config, Clock clock, boolean migrate) {
        return new Gatehouse(config, clock, migrate);
    }

    /** Opens, migrates (unless disabled), ensures a signing key and the bootstrap admin, then serves. */
    public static Gatehouse serve(GatehouseConfig config, Clock clock) {
        long start = System.nanoTime();
        Gatehouse g = new Gatehouse(config, clock, config.database().migrateOnStart());
        try {
            g.start();
            LOG.info("Gatehouse ready on port {} (management {}) in {} ms (issuer {}, database {}, crypto {}, hasher {}; {})", g.web.port(),
                    g.web.managementPort(), (System.nanoTime() - start) / 1_000_000, config.issuer(),
                    g.stores.database().dialect(), g.cryptoProvider, g.services.hasher(), g.phases);
            return g;
        } catch (RuntimeException e) {
            g.close();
            // Requests may have been served once the ports were open: from then on the key stays whatever happens.
            if (g.web == null) g.masterKey.discardUnlessUsed();
            throw e;
        }
    }

    private void start() {
        // What can fail on a setting comes before the first signing key, the first thing sealed with the master
        // key: a first start that fails on it leaves no generated master.key behind (docs/operations.md).
        WebServer.requireFreePorts(config.http());
        GatehouseConfig.Bootstrap b = config.bootstrap();
        BootstrapAdmin.ensure(services.accounts(), services.audit(), b.adminUsername(),
                b.adminUsername() == null ? null : b.adminPassword().value());
        // The admin console's OAuth client: created when absent (an operator who deletes it gets it back here), repaired if unusable.
        ConsoleClient.ensure(services.clients(), config.issuer(), config.mfa().consoleRequired());
        services.keys().ensureActiveKey();
        if (!"smtp".equals(config.mail().transport()) && !config.dev()) {
            LOG.warn("mail.transport=log: mail, with its verification and reset links, goes to the log; use smtp in production");
        }
        background.start(config, clock, stores, services.hashPool(), services.keyAdmin());
        phases.mark("keys and jobs");
        web = new WebServer(config, ControllerFactory.build(config, stores, services, clock), metrics).start();
        phases.mark("http");
        // Binding the JVM and process meters loads the management classes (the platform MBeans): a helper
        // thread does it a moment after the ports open, so that it takes no CPU from start-up and the first
        // requests on a small machine; readiness never waited for it (those meters appear in /metrics later).
        systemMetrics = CompletableFuture.supplyAsync(() -> SystemMetrics.bind(metrics),
                CompletableFuture.delayedExecutor(Background.SETTLE_MILLIS, TimeUnit.MILLISECONDS, Gatehouse::helperThread));
        background.trimMemory(services.hashPool());
        background.sample(services.dashboard());
    }

    public int port() {
        return web.port();
    }

    /** The bound management port (metrics, health). */
    public int managementPort() {
        return web.managementPort();
    }

    public Stores stores() {
        return stores;
    }

    public Services services() {
        return services;
    }

    /** The HTTP server; null when opened without serving (CLI). */
    public WebServer web() {
        return web;
    }

    /** The scheduled key rotation; null when {@code keys.rotation.interval} is off or the server is not serving. */
    public KeyRotationJob keyRotation() {
        return background.keyRotation();
    }

    /**
     * The stop on SIGTERM (docs/operations.md): readiness goes DOWN at once while requests are still served,
     * for {@code shutdown.drain.delay}, so that load balancers stop sending here before the ports close;
     * then {@link #close}: the ports stop accepting and requests in flight finish (at most
     * {@code shutdown.timeout}), background jobs stop and release their leases, the pool closes.
     */
    public void shutdown() {
        if (web != null) {
            Duration delay = config.operations().drainDelay();
            web.drain();
            LOG.info("stopping: readiness is DOWN; serving for {} ms more, then finishing requests in flight (at most {} ms)",
                    delay.toMillis(), config.operations().shutdownTimeout().toMillis());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
        LOG.info("stopped");
    }

    /** Graceful: stop accepting and finish in-flight requests, then the background jobs, then flush the audit log and close the pool. */
    @Override
    public void close() {
        if (web != null) web.close();
        if (systemMetrics != null) {
            systemMetrics.cancel(false); // not bound yet: never will be
            systemMetrics.thenAccept(SystemMetrics::close);
        }
        background.close();
        services.hashPool().close();
        services.audit().close();
        stores.database().close();
    }
}
