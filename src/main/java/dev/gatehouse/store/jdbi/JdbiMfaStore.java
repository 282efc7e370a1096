package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.AuthService;
import dev.gatehouse.mfa.MfaStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiMfaStore implements MfaStore {
    private final Jdbi jdbi;

    public JdbiMfaStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TotpFactor> findTotp(String userId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id, secret_sealed, confirmed_at, last_step, created_at FROM mfa_totp WHERE user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> new TotpFactor(rs.getString("user_id"), rs.getString("secret_sealed"), Rows.instant(rs, "confirmed_at"),
                        rs.getLong("last_step"), Rows.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public boolean savePendingTotp(String userId, String sealedSecret, Instant now) {
        // The WHERE of the upsert leaves a confirmed factor alone: an enrolment never overwrites one.
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO mfa_totp (user_id, secret_sealed, confirmed_at, last_step, created_at)
                        VALUES (:user, :secret, NULL, 0, :now)
                        ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed, last_step = 0,
                                                            created_at = excluded.created_at
                         WHERE mfa_totp.confirmed_at IS NULL
                        """)
                .bind("user", userId).bind("secret", sealedSecret).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public boolean confirmTotp(String userId, String sealedSecret, long step, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE mfa_totp SET confirmed_at = :now, last_step = :step
                         WHERE user_id = :user AND secret_sealed = :secret AND confirmed_at IS NULL AND last_step < :step
                        """)
                .bind("user", userId).bind("secret", sealedSecret).bind("step", step).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public boolean acceptStep(String userId, long step) {
        // One statement: on PostgreSQL the row lock makes a second node's UPDATE re-check last_step
        // after the first commits, so one step is accepted once however many nodes see it.
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE mfa_totp SET last_step = :step
                         WHERE user_id = :user AND confirmed_at IS NOT NULL AND last_step < :step
                        """)
                .bind("user", userId).bind("step", step).execute()) == 1;
    }

    @Override
    public boolean deleteTotp(String userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM mfa_totp WHERE user_id = :user").bind("user", userId).execute()) > 0;
    }

    @Override
    public Removal removeFactor(String userId, String passkeyId, boolean keepOne) {
        return jdbi.inTransaction(h -> {
            // The user's row lock first, as every removal of a way in takes it (JdbiIdentityStore#unlinkUnlessLast):
            // PostgreSQL holds it to commit, and SQLite's IMMEDIATE transaction already excludes every other writer.
            // Under READ COMMITTED, a concurrent removal waits here and then counts what this one left.
            int user = h.createUpdate("UPDATE users SET updated_at = updated_at WHERE id = :user")
                    .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true).bind("user", userId).execute();
            if (user == 0) return Removal.NOT_FOUND;
            boolean before = hasFactor(h, userId);
            int deleted = passkeyId == null
                    ? h.createUpdate("DELETE FROM mfa_totp WHERE user_id = :user").bind("user", userId).execute()
                    : h.createUpdate("DELETE FROM passkeys WHERE id = :id AND user_id = :user").bind("id", passkeyId).bind("user", userId)
                            .execute();
            if (deleted == 0) return Removal.NOT_FOUND;
            if (hasFactor(h, userId)) return Removal.REMOVED;
            if (keepOne && before) {
                h.rollback();
                return Removal.LAST_FACTOR;
            }
            // No factor left: the recovery codes go with the last one (API.md §7).
            h.createUpdate("DELETE FROM mfa_recovery_codes WHERE user_id = :user").bind("user", userId).execute();
            return Removal.REMOVED;
        });
    }

    /** A confirmed TOTP factor or a passkey, as this transaction sees them. */
    private static boolean hasFactor(org.jdbi.v3.core.Handle h, String userId) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM mfa_totp WHERE user_id = :user AND confirmed_at IS NOT NULL
                        UNION ALL SELECT COUNT(*) FROM passkeys WHERE user_id = :user
                        """)
                .bind("user", userId).mapTo(Integer.class).list().stream().anyMatch(n -> n > 0);
    }

    @Override
    public void replaceRecoveryCodes(String userId, List<String> codeHashes, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM mfa_recovery_codes WHERE user_id = :user").bind("user", userId).execute();
            PreparedBatch batch = h.prepareBatch(
                    "INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at) VALUES (:user, :hash, :now)");
            for (String hash : codeHashes) batch.bind("user", userId).bind("hash", hash).bind("now", now.toEpochMilli()).add();
            batch.execute();
        });
    }

    @Override
    public boolean useRecoveryCode(String userId, String codeHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE mfa_recovery_codes SET used_at = :now
                         WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL
                        """)
                .bind("user", userId).bind("hash", codeHash).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public int recoveryCodesLeft(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mfa_recovery_codes WHERE user_id = :user AND used_at IS NULL")
                .bind("user", userId).mapTo(Integer.class).one());
    }

    @Override
    public int deleteRecoveryCodes(String userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM mfa_recovery_codes WHERE user_id = :user").bind("user", userId).execute());
    }

    @Override
    public void insertChallenge(Challenge c) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO mfa_challenges (token_hash, purpose, user_id, client_id, scope, user_agent, ip, created_at, expires_at, amr, idp)
                        VALUES (:hash, :purpose, :user, :client, :scope, :ua, :ip, :created, :expires, :amr, :idp)
                        """)
                .bind("hash", c.tokenHash()).bind("purpose", c.purpose().name().toLowerCase(java.util.Locale.ROOT)).bind("user", c.userId()).bind("client", c.clientId())
                .bind("scope", c.scope() == null ? null : String.join(" ", c.scope()))
                .bind("ua", c.userAgent() == null ? null : c.userAgent().substring(0, Math.min(512, c.userAgent().length())))
                .bind("ip", c.ip()).bind("created", c.createdAt().toEpochMilli()).bind("expires", c.expiresAt().toEpochMilli())
                .bind("amr", String.join(" ", c.amr())).bind("idp", c.idp())
                .execute());
    }

    @Override
    public Optional<Challenge> findChallenge(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT token_hash, purpose, user_id, client_id, scope, user_agent, ip, created_at, expires_at, amr, idp FROM mfa_challenges
                         WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> {
                    String scope = rs.getString("scope");
                    String amr = rs.getString("amr");
                    return new Challenge(rs.getString("token_hash"),
                            MfaStore.Purpose.valueOf(rs.getString("purpose").toUpperCase(java.util.Locale.ROOT)), rs.getString("user_id"), rs.getString("client_id"),
                            scope == null ? null : scope.isEmpty() ? List.of() : Arrays.asList(scope.split(" ")),
                            rs.getString("user_agent"), rs.getString("ip"), Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"),
                            amr == null ? List.of(AuthService.PWD) : amr.isEmpty() ? List.of() : Arrays.asList(amr.split(" ")),
                            rs.getString("idp"));
                })
                .findOne());
    }

    @Override
    public boolean spendChallenge(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE mfa_challenges SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("now", now.toEpochMilli()).execute()) == 1;
    }
}
