package dev.gatehouse.account;

import java.time.Instant;
import java.util.Optional;

/** Single-use tokens sent by mail (verification, password reset), stored by hash only. */
public interface AccountTokenStore {
    /**
     * @param email for {@code email_verify}, the address the link proves; null otherwise
     */
    record Token(String userId, String purpose, String email, Instant createdAt, Instant expiresAt) {}

    /**
     * Stores a token and, in the same transaction, spends every other unused token of the same
     * user and purpose: only the newest link works.
     */
    void replace(String tokenHash, Token token, Instant now);

    /** The token if it exists, has this purpose, is unused and unexpired at {@code now}. */
    Optional<Token> findUsable(String tokenHash, String purpose, Instant now);

    /** Spends the token in one conditional write; true only for the one caller that spent it. */
    boolean consume(String tokenHash, String purpose, Instant now);

    /** Spends every unused token of the user with this purpose; returns how many. */
    int invalidate(String userId, String purpose, Instant now);

    /** The address of the user's newest unused verification token (a pending address), expired or not. */
    Optional<String> newestUnusedEmail(String userId, String purpose);

    /** As {@link #newestUnusedEmail}, among the tokens that are still usable at {@code now}. */
    Optional<String> newestUsableEmail(String userId, String purpose, Instant now);
}
