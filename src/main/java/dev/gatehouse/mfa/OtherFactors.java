package dev.gatehouse.mfa;

import java.time.Instant;
import java.util.List;

/**
 * The factors this package does not keep itself: passkeys (WebAuthn), implemented by their own
 * package. {@link MfaService} asks it whether a factor is the last one (removing the last one removes
 * the recovery codes), what {@code GET /api/v1/me/mfa} lists and the login's {@code methods} show, and
 * to remove everything on an admin reset. {@link #NONE} stands in until passkeys exist.
 */
public interface OtherFactors {
    /** No passkeys. */
    OtherFactors NONE = new OtherFactors() {
        @Override
        public List<Passkey> passkeys(String userId) {
            return List.of();
        }

        @Override
        public int removeAll(String userId) {
            return 0;
        }
    };

    /** A registered passkey as {@code GET /api/v1/me/mfa} shows it (API.md §7). */
    record Passkey(String id, String name, Instant createdAt, Instant lastUsedAt) {}

    /** The user's passkeys, oldest first. */
    List<Passkey> passkeys(String userId);

    /** Removes every passkey of the user (admin reset); returns how many. */
    int removeAll(String userId);
}
