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
     * @throws DomainException 404 when the user has no identity of this provider; 409 {@code last_login_method}
     *                      when nothing else could sign the user in (no password, no other identity of an
     *                      enabled provider)
     */
    public void unlink(String userId, String providerId, String ip) {
        if (!isProviderId(providerId)) throw new DomainException(ErrorCode.NOT_FOUND, "No identity of this provider is linked");
        switch (store.unlinkUnlessLast(userId, providerId)) {
            case UNLINKED -> audit.record("identity_unlink", "success", userId, null, providerId, ip, null);
            case ABSENT -> throw new DomainException(ErrorCode.NOT_FOUND, "No identity of this provider is linked");
            case LAST_LOGIN_METHOD -> {
                audit.record("identity_unlink", "failure", userId, null, providerId, ip, ErrorCode.LAST_LOGIN_METHOD.code());
                throw new DomainException(ErrorCode.LAST_LOGIN_METHOD,
                        "Set a password or link another provider before removing this one");
            }
        }
    }
}
