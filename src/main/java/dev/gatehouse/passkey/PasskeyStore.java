package dev.gatehouse.passkey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registered passkeys and each user's WebAuthn user handle. */
public interface PasskeyStore {
    /** @throws dev.gatehouse.core.UniqueViolation with field {@code credential_id} when the credential is registered already */
    void insert(Passkey passkey);

    /** The user's passkeys, oldest first. */
    List<Passkey> forUser(String userId);

    int count(String userId);

    Optional<Passkey> findByCredentialId(String credentialId);

    /** Deletes every passkey of the user; returns how many. */
    int deleteAll(String userId);

    /** Deletes the passkey only when it belongs to {@code userId}. */
    boolean delete(String userId, String id);

    /**
     * Records a sign-in with the passkey, only while its counter is still {@code expectedCount}: of two
     * assertions racing on one counter value one wins (a clone's replay of the same value loses).
     */
    boolean recordUse(String id, long expectedCount, long newCount, boolean backupState, Instant now);

    /** The user's WebAuthn user handle, made and stored on first use (insert-or-keep: racing nodes agree). */
    String userHandle(String userId, String candidate);

    /** The user a user handle belongs to. */
    Optional<String> userOfHandle(String userHandle);
}
