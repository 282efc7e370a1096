package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.IdentityStore;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.LinkedIdentity;
import java.util.List;

/**
 * A user's linked upstream identities for the admin API (API.md §6). Unlinking is acting on the user,
 * so the actor must hold every permission the user holds (PrivilegeGuard); an admin may remove the
 * last way in, since an admin can also give the account a password reset.
 */
public final class IdentityAdmin {
    private final UserAdmin users;
    private final IdentityStore identities;
    private final PrivilegeGuard guard;
    private final AuditLog audit;

    public IdentityAdmin(UserAdmin users, IdentityStore identities, PrivilegeGuard guard, AuditLog audit) {
        this.users = users;
        this.identities = identities;
        this.guard = guard;
        this.audit = audit;
    }

    /** @throws DomainException 404 when there is no such user */
    public List<LinkedIdentity> list(String userId) {
        return identities.forUser(users.get(userId).user().id());
    }

    /** @throws DomainException 404 when there is no such user or it has no identity of this provider */
    public void unlink(Actor actor, String userId, String providerId) {
        guard.actOn(actor, users.get(userId), "unlink_identity");
        if (!LinkedIdentities.isProviderId(providerId) || !identities.unlink(userId, providerId)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No identity of this provider is linked");
        }
        audit.record("admin_identity_unlink", "success", userId, actor.userId(), providerId, actor.ip(), null);
    }
}
