package dev.gatehouse.mfa;

import io.micrometer.core.instrument.MeterRegistry;

/** {@code gatehouse_mfa_total{method,outcome}}: second-factor use, enrolment and failures. */
public final class MfaMetrics {
    private final MeterRegistry registry;

    public MfaMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String method, String outcome) {
        registry.counter("gatehouse_mfa_total", "method", method, "outcome", outcome).increment();
    }
}
