package dev.gatehouse.load;

import org.HdrHistogram.Histogram;

/**
 * Counts and latencies of the measured requests of one connection; the driver merges the
 * connections' stats after the run. Not thread-safe: one writer, read after it has finished.
 * Latencies are kept in microseconds with three significant digits (0.1% resolution).
 */
final class Stats {

    private static final int STATUS_SLOTS = 600;

    private final Histogram admitted = new Histogram(3);
    private final Histogram rejected = new Histogram(3);
    private final long[] outcomes = new long[Outcome.values().length];
    private final long[] statuses = new long[STATUS_SLOTS];
    private long connectErrors;
    private long exchangeErrors;
    private long timeouts;
    private long setupFailures;
    private long resetups;
    private long unsent;
    private long connects;

    /** A measured response: OK latencies feed the main histogram, rejections their own. */
    void response(Outcome outcome, int status, long latencyNanos) {
        outcomes[outcome.ordinal()]++;
        statuses[status >= 0 && status < STATUS_SLOTS ? status : 0]++;
        long micros = Math.max(0, (latencyNanos + 500) / 1000);
        if (outcome == Outcome.OK) {
            admitted.recordValue(micros);
        } else if (outcome.isRejection()) {
            rejected.recordValue(micros);
        }
    }

    void connectError() {
        connectErrors++;
    }

    void exchangeError() {
        exchangeErrors++;
    }

    /** A connect or exchange the watchdog aborted after the timeout. */
    void timeout() {
        timeouts++;
    }

    void setupFailure() {
        setupFailures++;
    }

    void resetup() {
        resetups++;
    }

    /** Open loop: scheduled requests that could not be sent before the end of the run. */
    void unsent(long n) {
        unsent += n;
    }

    void connects(long n) {
        connects += n;
    }

    void add(Stats other) {
        admitted.add(other.admitted);
        rejected.add(other.rejected);
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] += other.outcomes[i];
        }
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] += other.statuses[i];
        }
        connectErrors += other.connectErrors;
        exchangeErrors += other.exchangeErrors;
        timeouts += other.timeouts;
        setupFailures += other.setupFailures;
        resetups += other.resetups;
        unsent += other.unsent;
        connects += other.connects;
    }

    long count(Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    /** Responses received (any status). */
    long responses() {
        long n = 0;
        for (long c : outcomes) {
            n += c;
        }
        return n;
    }

    /** Transport failures: failed connects, exchanges that broke off, timeouts. */
    long ioErrors() {
        return connectErrors + exchangeErrors + timeouts;
    }

    /** Attempted requests: responses plus exchanges that failed (connect failures included). */
    long requests() {
        return responses() + ioErrors();
    }

    /** Everything that is not OK, throttled or overloaded. */
    long errors() {
        return count(Outcome.ERROR) + count(Outcome.INVALID) + ioErrors();
    }

    long statusCount(int status) {
        return statuses[status];
    }

    /** Status codes seen, ascending. */
    int[] statusesSeen() {
        int n = 0;
        for (long c : statuses) {
            if (c > 0) {
                n++;
            }
        }
        int[] seen = new int[n];
        int j = 0;
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] > 0) {
                seen[j++] = i;
            }
        }
        return seen;
    }

    long connectErrors() {
        return connectErrors;
    }

    long exchangeErrors() {
        return exchangeErrors;
    }

    long timeouts() {
        return timeouts;
    }

    long setupFailures() {
        return setupFailures;
    }

    long resetups() {
        return resetups;
    }

    long unsent() {
        return unsent;
    }

    long connects() {
        return connects;
    }

    /** Latency of OK responses at {@code percentile} (0-100), in milliseconds; 0 when there are none. */
    double admittedMillis(double percentile) {
        return millis(admitted, percentile);
    }

    double admittedMaxMillis() {
        return admitted.getTotalCount() == 0 ? 0 : admitted.getMaxValue() / 1000.0;
    }

    double admittedMeanMillis() {
        return admitted.getTotalCount() == 0 ? 0 : admitted.getMean() / 1000.0;
    }

    /** Latency of throttled/overloaded responses at {@code percentile}, in milliseconds. */
    double rejectedMillis(double percentile) {
        return millis(rejected, percentile);
    }

    private static double millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
