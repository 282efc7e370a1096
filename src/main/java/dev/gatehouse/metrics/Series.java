package dev.gatehouse.metrics;

/**
 * What the dashboard draws. A counter's bucket holds how many happened in it (the sum of the deltas
 * sampled in it); a gauge's bucket holds the highest value sampled in it (the peak).
 */
public enum Series {
    SIGN_IN_SUCCESS(Kind.COUNTER),
    SIGN_IN_FAILURE(Kind.COUNTER),
    /** A right password (or upstream sign-in) that now needs a second factor, or its enrolment. */
    SIGN_IN_SECOND_STEP(Kind.COUNTER),
    REFRESH_SUCCESS(Kind.COUNTER),
    REFRESH_FAILURE(Kind.COUNTER),
    /** Refused by the per-account throttle (too many failed passwords for the account). */
    THROTTLED_ACCOUNT(Kind.COUNTER),
    /** Refused by the per-address rate limiter. */
    THROTTLED_IP(Kind.COUNTER),
    /** Live refresh sessions in the database: counted at most once a minute (a COUNT over the table). */
    SESSIONS_ACTIVE(Kind.GAUGE),
    HASH_BUSY(Kind.GAUGE),
    HASH_QUEUED(Kind.GAUGE),
    /** Threads plus the waiting room of the password-hash pool. */
    HASH_CAPACITY(Kind.GAUGE),
    /** Password hashes refused because the pool was full (503 overloaded). */
    HASH_REFUSED(Kind.COUNTER);

    public enum Kind { COUNTER, GAUGE }

    private final Kind kind;

    Series(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
