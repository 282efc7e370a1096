package dev.gatehouse.web;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.web.errors.Problems;
import dev.gatehouse.web.errors.RequestIds;
import dev.gatehouse.web.errors.RequestScope;
import dev.gatehouse.web.errors.ServerErrors;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin on Jetty, configured once, with every route from {@link Routes}. */
public final class WebServer implements AutoCloseable {
    /** Jetty's {@code MemoryUtils}: 64-byte cache lines / 4-byte compressed references. */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Bytes per step when Javalin copies a result to the response. */
    static final int RESPONSE_COPY_BUFFER = 4096;

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Javalin app;
    private final Health health;
    /** Metrics and health on their own port (issue: metrics on the public port told which accounts exist). */
    private final Javalin management;
    private final Routes routes;
    private final GatehouseConfig.Http config;

    static {
        // Jetty sizes the padding of its contended arrays by asking the platform MBeanServer whether object
        // references are compressed: building that server (every platform MXBean, JFR's among them) cost
        // start-up tens of ms and a few hundred classes. References are compressed below a 32 GiB heap,
        // the JVM's default there; the answer only changes padding. Values set on the command line win.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null && System.getProperty("org.eclipse.jetty.util.cacheLineBytes") == null
                && Runtime.getRuntime().maxMemory() < (32L << 30)) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    public WebServer(GatehouseConfig config, Controllers controllers, PrometheusMeterRegistry metrics) {
        this.config = config.http();
        this.health = controllers.health();
        Routes routes = new Routes(config, controllers, metrics);
        this.routes = routes;
        RequestMetrics requests = new RequestMetrics(metrics);
        // RFC 6797 §7.1: with an https issuer every browser-facing answer arrives over TLS (here or at
        // the proxy in front), so each one tells the browser to use nothing else for a year.
        String hsts = config.issuer().startsWith("https://") ? HSTS : null;
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.http().maxBodyBytes();
            // Javalin copies each result into the response through a buffer of this size, allocated per
            // response (by default Jetty's 32 KB output buffer size): most answers are 1-3 KB, and a larger
            // one only takes a few more writes into Jetty's own (pooled) output buffer.
            c.http.responseBufferSize = RESPONSE_COPY_BUFFER;
            c.jetty.host = config.http().host();
            c.jetty.port = config.http().port();
            // Graceful shutdown: stop accepting, let in-flight requests finish for up to shutdown.timeout.
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(config.operations().shutdownTimeout().toMillis());
                server.setErrorHandler(new ServerErrors(hsts));
            });
            c.jetty.modifyServletContextHandler(WebServer::scopeRequests);
            c.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendDateHeader(true);
                http.setRequestHeaderSize(16_384);
                // Jetty caches whole header lines a connection repeats; a Bearer token (~900 bytes)
                // then costs a trie walk per request. Only short lines are worth caching.
                http.setHeaderCacheSize(256);
            });
            c.routes.before(ctx -> {
                RequestIds.of(ctx);
                securityHeaders(ctx, hsts);
            });
            routes.register(c.routes);
            c.routes.exception(DomainException.class, (e, ctx) -> Problems.write(ctx, e));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> {
                // RFC 9110 §15.5.6: a 405 must carry Allow; Javalin puts the route's methods in the details.
                if (e.getStatus() == 405) e.getDetails().values().stream().findFirst().ifPresent(m -> ctx.header("Allow", m));
                Problems.write(ctx, ServerErrors.codeFor(e.getStatus()), null, List.of());
            });
            c.routes.exception(Exception.class, (e, ctx) -> {
                ErrorCode code = health.storeFailure(e) ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_ERROR;
                LOG.error("request_id={} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
                if (code == ErrorCode.SERVICE_UNAVAILABLE) ctx.header("Retry-After", "5");
                Problems.write(ctx, code, null, List.of());
            });
            c.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) Problems.write(ctx, ErrorCode.NOT_FOUND, null, List.of());
            });
            c.routes.error(405, "*", ctx -> Problems.write(ctx, ErrorCode.METHOD_NOT_ALLOWED, null, List.of()));
            c.requestLogger.http(requests::record);
        });
        this.management = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.http().managementHost();
            c.jetty.port = config.http().managementPort();
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(2_000);
                server.setErrorHandler(new ServerErrors(null));
            });
            c.jetty.modifyServletContextHandler(WebServer::scopeRequests);
            c.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            c.routes.before(ctx -> {
                RequestIds.of(ctx);
                securityHeaders(ctx, null);
            });
            routes.registerManagement(c.routes);
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request_id={} {} {} failed (management port)", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
                Problems.write(ctx, ErrorCode.INTERNAL_ERROR, null, List.of());
            });
            c.routes.error(404, "*", ctx -> Problems.write(ctx, ErrorCode.NOT_FOUND, null, List.of()));
        });
    }

    /**
     * Loads the HTTP stack's classes on a helper thread during start-up, while the database is being
     * prepared; the server itself is built later, when its services exist.
     */
    public static void preloadClasses() {
        try {
            Javalin.create(c -> c.startup.showJavalinBanner = false);
            Class.forName("org.eclipse.jetty.server.ServerConnector");
            Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextHandler");
        } catch (ClassNotFoundException | RuntimeException e) {
            LOG.debug("class preloading skipped", e);
        }
    }

    /** The log context (MDC) of a request lives and dies with it: {@link RequestScope}. */
    private static void scopeRequests(org.eclipse.jetty.ee10.servlet.ServletContextHandler handler) {
        handler.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(new RequestScope()), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
    }

    private static void securityHeaders(Context ctx, String hsts) {
        if (hsts != null) ctx.header("Strict-Transport-Security", hsts);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/admin/")) ctx.header("Cache-Control", "no-store");
    }

    /**
     * A store failure: the database refused or could not run a statement (locked, read-only, disk
     * full, a backend terminated), the pool timed out, or the server is unreachable. The database is
     * away or unwell, which a retry later may fix: 503 with Retry-After, never 500 (SECURITY.md:
     * 503 quickly). The cause is logged with the request id.
     */
    public static boolean isDatabaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof java.net.ConnectException) return true;
            // By name: the web layer does not depend on JDBI or the pool (ArchitectureTest).
            String name = t.getClass().getName();
            if (name.startsWith("org.jdbi.") || name.startsWith("com.zaxxer.hikari.") || name.endsWith("ConnectionException")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    /**
     * Fails at once when a configured port is taken: a start checks this before it seals anything with the master
     * key, so that a first start on a busy port leaves no generated key behind (docs/operations.md, "The master
     * key"). The bind of {@link #start} still decides; port 0 (any free port) cannot be taken.
     *
     * @throws IllegalStateException naming the address in use
     */
    public static void requireFreePorts(GatehouseConfig.Http http) {
        requireFree(http.host(), http.port());
        requireFree(http.managementHost(), http.managementPort());
    }

    private static void requireFree(String host, int port) {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds: a port left in TIME_WAIT by a previous run is free
            probe.bind(host == null || host.isEmpty() ? new java.net.InetSocketAddress(port) : new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot listen on " + (host == null || host.isEmpty() ? "*" : host) + ":" + port + ": "
                    + e.getMessage() + " (is another server running on that port?)");
        }
    }

    public WebServer start() {
        app.start(config.host(), config.port());
        try {
            management.start(config.managementHost(), config.managementPort());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        LOG.info("listening on {}:{}, management (metrics, health) on {}:{}", config.host(), app.port(),
                config.managementHost(), management.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The management port (metrics and health); the bound one when configured as 0. */
    public int managementPort() {
        return management.port();
    }

    Routes routes() {
        return routes;
    }

    /** Every HTTP route Javalin actually serves, as "METHOD path" (tests check the admin ones). */
    List<String> servedRoutes() {
        return served(app);
    }

    /** Every HTTP route of the management port, as "METHOD path" (tests hold openapi.yaml to them). */
    List<String> managementRoutes() {
        return served(management);
    }

    private static List<String> served(Javalin server) {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /**
     * The first step of a graceful stop: /health/ready answers 503 (check {@code serving} DOWN) on both ports
     * while every request is still served, so that load balancers and kube-proxy take this node out first.
     */
    public void drain() {
        health.drain();
    }

    /** Graceful: the public port finishes its in-flight requests first; health and metrics answer until then. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            management.stop();
            health.close();
        }
    }

}
