package dev.gatehouse.federation.upstream;

import java.time.Duration;

/**
 * Hears of every call to an upstream, so the composition root can record latency and failures
 * (a Micrometer timer, a log) without this package knowing the metrics library.
 */
@FunctionalInterface
public interface UpstreamObserver {
    /**
     * @param providerId the provider's id
     * @param step       {@code discovery}, {@code jwks}, {@code token}, {@code userinfo} or {@code user_api}
     * @param outcome    {@code ok}, {@code error} (an answer that is not a success), {@code unavailable}
     *                   (network, timeout, guard refusal) or {@code busy} (the provider's concurrency bound was full)
     */
    void called(String providerId, String step, Duration took, String outcome);

    UpstreamObserver NONE = (providerId, step, took, outcome) -> {};
}
