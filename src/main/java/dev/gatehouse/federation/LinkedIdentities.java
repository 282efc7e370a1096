package dev.gatehouse.federation;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.util.List;

/**
 * A user's own linked identities (API.md §6, {@code /api/v1/me/identities}): list, and unlink unless it
 * would lock the user out. Linking is the sign-in flow's.
 */
public final class LinkedIdentities {
    private final IdentityStore store;
    private final AuditLog audit;

    public LinkedIdentities(IdentityStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Whether {@code id} can name a provider at all: anything else never reaches the database. */
    public static boolean isProviderId(String id) {
        return id != null && ProviderValidator.ID.matcher(id).matches();
    }

    public List<LinkedIdentity> of(String userId) {
        return store.forUser(userId);
    }

    /**
     * The user's own unlink ({@code DELETE /api/v1/me/identities/{provider}}, the account page).
     *
     * @throws DomainException 404 when the user has no identity of this provider; 409 {@code last_login_method}
     *                      when nothing else could sign the user in (no password, no passkey, no other identity of
     *                      an enabled provider)
     */
    public void unlink(String userId, String providerId, String ip) {
        unlink(userId, providerId, null, ip, "identity_unlink");
    }

    /**
     * Unlinks on behalf of {@code actorId} (the user, or an administrator whose right to act on the user
     * was checked by the caller), audited as {@code auditType}. Never the last way in, whoever asks: an
     * account left without one could only be reached again through its mailbox, and not at all without one.
     */
    public void unlink(String userId, String providerId, String actorId, String ip, String auditType) {
        if (!isProviderId(providerId)) throw new DomainException(ErrorCode.NOT_FOUND, "No identity of this provider is linked");
        switch (store.unlinkUnlessLast(userId, providerId)) {
            case UNLINKED -> audit.record(auditType, "success", userId, actorId, providerId, ip, null);
            case ABSENT -> throw new DomainException(ErrorCode.NOT_FOUND, "No identity of this provider is linked");
            case LAST_LOGIN_METHOD -> {
                audit.record(auditType, "failure", userId, actorId, providerId, ip, ErrorCode.LAST_LOGIN_METHOD.code());
                throw new DomainException(ErrorCode.LAST_LOGIN_METHOD,
                        "Set a password, add a passkey or link another provider before removing this one");
            }
        }
    }
}
