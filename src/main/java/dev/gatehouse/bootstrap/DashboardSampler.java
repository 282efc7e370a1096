package dev.gatehouse.bootstrap;

import dev.gatehouse.metrics.History;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.metrics.Series;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.session.SessionStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import static dev.gatehouse.metrics.MeterSums.counters;
import static dev.gatehouse.metrics.MeterSums.countersExcept;
import static dev.gatehouse.metrics.MeterSums.plus;

/**
 * Which of this node's meters feed which series of the admin console's dashboard: the same counters
 * {@code /metrics} serves (gatehouse_logins, gatehouse_passkey_logins, gatehouse_upstream_logins,
 * gatehouse_mfa_total, gatehouse_refreshes, gatehouse_oauth_refreshes, gatehouse_hash_pool_*), and one
 * COUNT of the live sessions a minute.
 */
final class DashboardSampler {
    /** How often the sampler runs: a few samples per minute bucket, so a gauge's peak is seen more than once. */
    static final int EVERY_SECONDS = 15;

    private static final String LOGINS = "gatehouse_logins";
    private static final String PASSKEY_LOGINS = "gatehouse_passkey_logins";
    private static final String UPSTREAM_LOGINS = "gatehouse_upstream_logins";
    private static final Set<String> FAILED = Set.of("failure", "email_not_verified");
    private static final Set<String> UPSTREAM_SUCCESS = Set.of("success", "created", "linked");

    private DashboardSampler() {}

    static Sampler create(MeterRegistry m, Clock clock, HashPool pool, SessionStore sessions) {
        Map<Series, LongSupplier> counters = new EnumMap<>(Series.class);
        counters.put(Series.SIGN_IN_SUCCESS, plus(counters(m, LOGINS, "outcome", Set.of("success")),
                counters(m, PASSKEY_LOGINS, "outcome", Set.of("success")), counters(m, UPSTREAM_LOGINS, "outcome", UPSTREAM_SUCCESS)));
        // Upstream: everything but a sign-in or a pending confirmation is a refusal (denied, invalid, refused...).
        Set<String> upstreamNotFailed = Set.of("success", "created", "linked", "confirm");
        counters.put(Series.SIGN_IN_FAILURE, plus(counters(m, LOGINS, "outcome", FAILED), counters(m, PASSKEY_LOGINS, "outcome", FAILED),
                countersExcept(m, UPSTREAM_LOGINS, "outcome", upstreamNotFailed)));
        counters.put(Series.SIGN_IN_SECOND_STEP, counters(m, "gatehouse_mfa_total", "outcome", Set.of("required", "enrolment_required")));
        counters.put(Series.REFRESH_SUCCESS, plus(counters(m, "gatehouse_refreshes", "outcome", Set.of("success")),
                counters(m, "gatehouse_oauth_refreshes", "outcome", Set.of("success"))));
        counters.put(Series.REFRESH_FAILURE, plus(counters(m, "gatehouse_refreshes", "outcome", Set.of("failure")),
                counters(m, "gatehouse_oauth_refreshes", "outcome", Set.of("failure"))));
        counters.put(Series.THROTTLED_ACCOUNT, plus(counters(m, LOGINS, "outcome", Set.of("throttled")),
                counters(m, PASSKEY_LOGINS, "outcome", Set.of("throttled"))));
        counters.put(Series.THROTTLED_IP, plus(counters(m, LOGINS, "outcome", Set.of("rate_limited")),
                counters(m, PASSKEY_LOGINS, "outcome", Set.of("rate_limited"))));
        counters.put(Series.HASH_REFUSED, pool::refusals);
        Map<Series, LongSupplier> gauges = Map.of(Series.HASH_BUSY, pool::active, Series.HASH_QUEUED, pool::queued,
                Series.HASH_CAPACITY, pool::capacity);
        Map<Series, LongSupplier> costly = Map.of(Series.SESSIONS_ACTIVE, () -> sessions.countLive(clock.instant()));
        return new Sampler(new History(nodeName()), clock, counters, gauges, costly);
    }

    /** The host's name, as an operator knows the node: $HOSTNAME (containers set it), else the system's. */
    private static String nodeName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
