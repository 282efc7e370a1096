package dev.gatehouse.keys;

/** Persistence of signing keys; shared by every node. */
public interface SigningKeyStore {

    /** The single active key, if any. */
    java.util.Optional<StoredKey> findActive();

    /** The active key and every retired key with {@code publishUntil > now}. */
    java.util.List<StoredKey> findPublishable(java.time.Instant now);

    /**
     * Inserts {@code key} as the first active key, atomically.
     *
     * @return false when an active key already exists (another node won the race)
     */
    boolean insertFirstActive(StoredKey key);

    /** In one transaction: the active key becomes retired with {@code publishOldUntil}, {@code newKey} becomes active. */
    void rotate(StoredKey newKey, java.time.Instant publishOldUntil);
}
