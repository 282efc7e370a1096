package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.AccountTokenStore;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAccountTokenStore implements AccountTokenStore {
    private final Jdbi jdbi;

    public JdbiAccountTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void replace(String tokenHash, Token token, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE account_tokens SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
                    .bind("now", now.toEpochMilli()).bind("user", token.userId()).bind("purpose", token.purpose()).execute();
            h.createUpdate("""
                            INSERT INTO account_tokens (token_hash, user_id, purpose, email, created_at, expires_at)
                            VALUES (:hash, :user, :purpose, :email, :created, :expires)
                            """)
                    .bind("hash", tokenHash).bind("user", token.userId()).bind("purpose", token.purpose()).bind("email", token.email())
                    .bind("created", token.createdAt().toEpochMilli()).bind("expires", token.expiresAt().toEpochMilli())
                    .execute();
        });
    }

    @Override
    public Optional<Token> findUsable(String tokenHash, String purpose, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT user_id, purpose, email, created_at, expires_at FROM account_tokens
                         WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("purpose", purpose).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Token(rs.getString("user_id"), rs.getString("purpose"), rs.getString("email"),
                        Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public boolean consume(String tokenHash, String purpose, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE account_tokens SET used_at = :now
                         WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("purpose", purpose).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public int invalidate(String userId, String purpose, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE account_tokens SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("user", userId).bind("purpose", purpose).execute());
    }

    @Override
    public Optional<String> newestUnusedEmail(String userId, String purpose) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT email FROM account_tokens
                         WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL AND email IS NOT NULL
                         ORDER BY created_at DESC LIMIT 1
                        """)
                .bind("user", userId).bind("purpose", purpose).mapTo(String.class).findFirst());
    }

    @Override
    public Optional<String> newestUsableEmail(String userId, String purpose, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT email FROM account_tokens
                         WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL AND expires_at > :now AND email IS NOT NULL
                         ORDER BY created_at DESC LIMIT 1
                        """)
                .bind("user", userId).bind("purpose", purpose).bind("now", now.toEpochMilli()).mapTo(String.class).findFirst());
    }
}
