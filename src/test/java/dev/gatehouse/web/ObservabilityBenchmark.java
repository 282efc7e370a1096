package dev.gatehouse.web;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.PoolStats;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.gatehouse.web.errors.RequestIds;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slf4j.MDC;

/**
 * What observability adds to one request, in ns (docs/benchmarks.md): the latency histogram against the
 * bucketless timer it replaced, the request's log context, and the pool's two timings per borrowed connection.
 *
 * <pre>bench/jmh.sh ObservabilityBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ObservabilityBenchmark {
    private RequestMetrics histogram;
    private Timer bucketless;
    private IMetricsTracker pool;

    @Setup
    public void setUp() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        histogram = new RequestMetrics(registry);
        bucketless = Timer.builder("bucketless").tags("method", "POST", "route", "/api/v1/refresh", "status", "200").register(registry);
        pool = new MicrometerMetricsTrackerFactory(registry).create("bench", new PoolStats(1000) {
            @Override
            protected void update() {}
        });
    }

    @Benchmark
    public void requestHistogram() {
        histogram.record("POST", "/api/v1/refresh", 200, 1.7f);
    }

    @Benchmark
    public void bucketlessTimerBefore() {
        bucketless.record(1_700_000, TimeUnit.NANOSECONDS);
    }

    /** RequestScope, RequestIds.of and Gate for a Bearer request: clear, three puts, clear. */
    @Benchmark
    public void logContext() {
        MDC.clear();
        MDC.put(RequestIds.MDC_REQUEST_ID, "AfzifryL4m3n");
        RequestIds.identify("01a243d6-51b9-74e8-b55a-9bbad62a9916", "gatehouse");
        MDC.clear();
    }

    @Benchmark
    public void poolTimings() {
        pool.recordConnectionAcquiredNanos(20_000);
        pool.recordConnectionUsageMillis(2);
    }
}
