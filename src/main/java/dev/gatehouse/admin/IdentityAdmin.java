package dev.gatehouse.admin;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.federation.IdentityStore;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.LinkedIdentity;
import java.util.List;

/**
 * A user's linked upstream identities for the admin API (API.md §6). Unlinking is acting on the user,
 * so the actor must hold every permission the user holds (PrivilegeGuard). The last way in stays, as
 * for the user's own unlink ({@link LinkedIdentities#unlink}): a reset link reaches only an account
 * with a mailbox, and an account without a way in is one nobody can prove is theirs.
 */
public final class IdentityAdmin {
    private final UserAdmin users;
    private final IdentityStore identities;
    private final LinkedIdentities linked;
    private final PrivilegeGuard guard;

    public IdentityAdmin(UserAdmin users, IdentityStore identities, LinkedIdentities linked, PrivilegeGuard guard) {
        this.users = users;
        this.identities = identities;
        this.linked = linked;
        this.guard = guard;
    }

    /** @throws DomainException 404 when there is no such user */
    public List<LinkedIdentity> list(String userId) {
        return identities.forUser(users.get(userId).user().id());
    }

    /**
     * @throws DomainException 404 when there is no such user or it has no identity of this provider; 409
     *                         {@code last_login_method} when nothing else could sign the user in
     */
    public void unlink(Actor actor, String userId, String providerId) {
        guard.actOn(actor, users.get(userId), "unlink_identity");
        linked.unlink(userId, providerId, actor.userId(), actor.ip(), "admin_identity_unlink");
    }
}
