package dev.gatehouse.account;

import dev.gatehouse.core.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and checks the single-use tokens in verification and reset links: 256 bits from a CSPRNG
 * (SECURITY.md "Sessions and tokens": at least 128), stored only as SHA-256, bound to one purpose,
 * single use, with an expiry; a newer token of the same purpose spends the older ones.
 */
public final class AccountTokens {
    static final String EMAIL_VERIFY = "email_verify";
    static final String PASSWORD_RESET = "password_reset";
    /** Mailed to the old address on an email change; {@code email} is the pending new address. */
    static final String EMAIL_CHANGE_CANCEL = "email_change_cancel";
    private static final int TOKEN_BYTES = 32;
    /** base64url without padding of 32 bytes. */
    private static final int TOKEN_CHARS = 43;

    private final AccountTokenStore store;
    private final Clock clock;

    public AccountTokens(AccountTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @return the raw token, to go into the link and nowhere else */
    String issue(String userId, String purpose, String email, Duration ttl) {
        String raw = SecureTokens.random(TOKEN_BYTES);
        Instant now = clock.instant();
        store.replace(SecureTokens.hash(raw), new AccountTokenStore.Token(userId, purpose, email, now, now.plus(ttl)), now);
        return raw;
    }

    /** The usable token, without spending it; malformed input is refused before any lookup. */
    Optional<AccountTokenStore.Token> peek(String raw, String purpose) {
        if (!wellFormed(raw)) return Optional.empty();
        return store.findUsable(SecureTokens.hash(raw), purpose, clock.instant());
    }

    boolean consume(String raw, String purpose) {
        return wellFormed(raw) && store.consume(SecureTokens.hash(raw), purpose, clock.instant());
    }

    int invalidate(String userId, String purpose) {
        return store.invalidate(userId, purpose, clock.instant());
    }

    Optional<String> pendingEmail(String userId) {
        return store.newestUnusedEmail(userId, EMAIL_VERIFY);
    }

    /** The address of the newest verification link that can still be followed. */
    Optional<String> usablePendingEmail(String userId) {
        return store.newestUsableEmail(userId, EMAIL_VERIFY, clock.instant());
    }

    private static boolean wellFormed(String raw) {
        if (raw == null || raw.length() != TOKEN_CHARS) return false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
        }
        return true;
    }
}
