package dev.gatehouse.keys;

/** Persistence of signing keys; shared by every node. */
public interface SigningKeyStore {

    /** The active key of {@code alg}, if any (at most one per algorithm). */
    java.util.Optional<StoredKey> findActive(String alg);

    /** Every active key and every retired key with {@code publishUntil > now}. */
    java.util.List<StoredKey> findPublishable(java.time.Instant now);

    /**
     * Inserts {@code key} as the first active key of its algorithm, atomically.
     *
     * @return false when its algorithm already has an active key (another node won the race)
     */
    boolean insertFirstActive(StoredKey key);

    /**
     * In one transaction: the active key of {@code newKey}'s algorithm (if any) becomes retired with
     * {@code publishOldUntil}, {@code newKey} becomes active. Keys of other algorithms are untouched.
     */
    void rotate(StoredKey newKey, java.time.Instant publishOldUntil);

    /**
     * {@link #rotate} only if the active key of {@code newKey}'s algorithm was created at or before
     * {@code createdAtOrBefore}, decided and done in one transaction: of several nodes rotating on a
     * schedule at once, one replaces the key and the others find it young (a scheduled rotation done once).
     *
     * @return true when {@code newKey} became the active key
     */
    boolean rotateIfOlder(StoredKey newKey, java.time.Instant createdAtOrBefore, java.time.Instant publishOldUntil);
}
