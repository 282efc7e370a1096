package dev.gatehouse.bootstrap;

import dev.gatehouse.metrics.History;
import dev.gatehouse.metrics.Range;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.metrics.Series;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.session.SessionStore;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the dashboard costs: one sample (every 15 s) over a registry holding the server's sign-in,
 * refresh and MFA counters with every outcome beside the JVM meters, and one page's reads of the
 * windows (five charts, 12 series). The live session COUNT (once a minute) is a database query,
 * stubbed here.
 *
 * <p>Run (from the project root): {@code bench/jmh.sh DashboardSamplerBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DashboardSamplerBenchmark {
    private PrometheusMeterRegistry registry;
    private HashPool pool;
    private Sampler sampler;
    private JvmGcMetrics gc;

    @Setup(Level.Trial)
    public void setUp() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        for (String o : new String[] {"success", "failure", "throttled", "rate_limited", "email_not_verified"}) {
            registry.counter("gatehouse_logins", "outcome", o).increment();
            registry.counter("gatehouse_passkey_logins", "outcome", o).increment();
        }
        for (String o : new String[] {"success", "created", "linked", "confirm", "denied", "invalid"}) {
            registry.counter("gatehouse_upstream_logins", "provider", "google", "outcome", o).increment();
        }
        for (String o : new String[] {"required", "enrolment_required", "success", "failure"}) {
            registry.counter("gatehouse_mfa_total", "method", "totp", "outcome", o).increment();
        }
        for (String o : new String[] {"success", "failure"}) {
            registry.counter("gatehouse_refreshes", "outcome", o).increment();
            registry.counter("gatehouse_oauth_refreshes", "outcome", o).increment();
        }
        pool = new HashPool(2, 6);
        SessionStore sessions = (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> method.getName().equals("countLive") ? 42L : null);
        sampler = DashboardSampler.create(registry, Clock.systemUTC(), pool, sessions);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gc.close();
        pool.close();
    }

    @Benchmark
    public void sample() {
        registry.counter("gatehouse_logins", "outcome", "success").increment();
        sampler.sample();
    }

    /** The windows one dashboard page reads (every series, the hour's 60 buckets). */
    @Benchmark
    public long readWindows() {
        History h = sampler.history();
        Instant now = Instant.now();
        long sum = 0;
        for (Series s : Series.values()) sum += h.window(s, Range.HOUR, now).total();
        return sum;
    }
}
