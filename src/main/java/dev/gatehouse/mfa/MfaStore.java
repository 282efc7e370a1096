package dev.gatehouse.mfa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Second factors and the second step of logins (API.md §7). Conditional writes settle every race in the database. */
public interface MfaStore {

    /**
     * A user's TOTP factor.
     *
     * @param sealedSecret the secret sealed with the master key (base64)
     * @param confirmedAt  null while the enrolment waits for its first code
     * @param lastStep     the last accepted time step; 0 before any
     */
    record TotpFactor(String userId, String sealedSecret, Instant confirmedAt, long lastStep, Instant createdAt) {
        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    /** What a second step asks for. */
    enum Purpose {
        /** Show a factor the user has. */
        VERIFY,
        /** Set up TOTP first: a role of the user requires a second factor ({@code mfa.required.roles}). */
        ENROL
    }

    /**
     * The second step of one password login, bound to what that login granted.
     *
     * @param scope null: the login asked for no scope (unrestricted, as a session's)
     * @param amr   how the first step was passed (RFC 8176); a password login stored before V16 reads as {@code ["pwd"]}
     * @param idp   the upstream provider of the first step (API.md §6), null for a password
     */
    record Challenge(String tokenHash, Purpose purpose, String userId, String clientId, List<String> scope, String userAgent,
                     String ip, Instant createdAt, Instant expiresAt, List<String> amr, String idp) {}

    Optional<TotpFactor> findTotp(String userId);

    /** Stores a pending (unconfirmed) secret, replacing a pending one; false when a confirmed factor exists. */
    boolean savePendingTotp(String userId, String sealedSecret, Instant now);

    /** Confirms the pending factor still holding {@code sealedSecret}, with {@code step} as the last accepted; false if it changed. */
    boolean confirmTotp(String userId, String sealedSecret, long step, Instant now);

    /** Accepts {@code step} for the confirmed factor when it is later than the last accepted one (RFC 6238 §5.2), in one statement. */
    boolean acceptStep(String userId, long step);

    boolean deleteTotp(String userId);

    /** What {@link #removeFactor} did. */
    enum Removal {
        REMOVED,
        /** No such factor of this user (another user's passkey id included): nothing changed. */
        NOT_FOUND,
        /** The user had a factor and this removal would have left none while {@code keepOne}: nothing changed. */
        LAST_FACTOR
    }

    /**
     * Removes the user's TOTP factor ({@code passkeyId} null; a pending enrolment too) or one of the user's
     * passkeys, and the recovery codes when no factor is left, in one transaction holding the user's row
     * lock: of two parallel removals of a user's last two factors under {@code keepOne}, the second sees the
     * first's commit and is refused, so the check and the delete cannot each pass on the other's factor.
     *
     * @param keepOne refuse to take the user's last confirmed TOTP or passkey (a role requires a factor)
     */
    Removal removeFactor(String userId, String passkeyId, boolean keepOne);

    /** Replaces every recovery code of the user with these hashes, in one transaction. */
    void replaceRecoveryCodes(String userId, List<String> codeHashes, Instant now);

    /** Spends one unused code, in one statement: of parallel uses exactly one wins. */
    boolean useRecoveryCode(String userId, String codeHash, Instant now);

    int recoveryCodesLeft(String userId);

    int deleteRecoveryCodes(String userId);

    void insertChallenge(Challenge challenge);

    /** The unspent, unexpired challenge of this token hash. */
    Optional<Challenge> findChallenge(String tokenHash, Instant now);

    /** Spends the challenge, in one statement; false when it was spent or expired meanwhile. */
    boolean spendChallenge(String tokenHash, Instant now);
}
