package dev.gatehouse.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/**
 * The JVM and the process in {@code /metrics}: memory by pool, GC pauses and allocation, threads,
 * classes, CPU, uptime and open files (Micrometer's binders, their usual Prometheus names:
 * {@code jvm_memory_used_bytes}, {@code jvm_gc_pause_seconds}, {@code process_cpu_usage},
 * {@code process_files_open_files}...). Every value is read from the platform MXBeans when scraped;
 * only the GC listener runs between scrapes, once per collection.
 */
final class SystemMetrics implements AutoCloseable {
    private final JvmGcMetrics gc = new JvmGcMetrics();

    private SystemMetrics() {}

    static SystemMetrics bind(MeterRegistry registry) {
        SystemMetrics system = new SystemMetrics();
        new JvmMemoryMetrics().bindTo(registry);
        system.gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return system;
    }

    /** Unhooks the GC listener. */
    @Override
    public void close() {
        gc.close();
    }
}
