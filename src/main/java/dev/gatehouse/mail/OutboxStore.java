package dev.gatehouse.mail;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What the outbox needs from storage; shared by every node. */
public interface OutboxStore {
    /** A stored message; the bodies are sealed with the master key. */
    record Row(String id, String kind, String recipient, String subject, String textEnc, String htmlEnc, int attempts,
               Instant createdAt) {
        @Override
        public String toString() {
            return "Row[id=" + id + ", kind=" + kind + ", attempts=" + attempts + "]";
        }
    }

    /** Stores a pending message, due at once. */
    void insert(Row row, Instant now);

    /**
     * Claims one due message for {@code owner} until {@code leaseUntil}, in one conditional write: a
     * message is due when pending, its next attempt has come and no live lease holds it. The write
     * also counts the attempt. Two nodes racing for a message: at most one gets it.
     */
    Optional<Row> claimNext(String owner, Instant now, Instant leaseUntil);

    /** Marks the message sent and erases its bodies; false when {@code owner} no longer holds it. */
    boolean markSent(String id, String owner, Instant now);

    /** Releases the lease and schedules the next attempt. */
    void markRetry(String id, String owner, Instant nextAttempt, String error);

    /** Gives up on the message (permanent refusal, or attempts exhausted); the row stays for the operator. */
    void markFailed(String id, String owner, String error);

    /** Frees every lease {@code owner} holds on a pending message (a graceful stop), so another node need not wait for it. */
    void releaseLeases(String owner);

    /** Message counts by status ({@code pending}, {@code sent}, {@code failed}). */
    Map<String, Integer> countByStatus();
}
