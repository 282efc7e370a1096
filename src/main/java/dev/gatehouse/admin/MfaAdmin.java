package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.mfa.MfaService;

/**
 * The admin reset of a user's second factors (API.md §7): for a user who lost every factor and every
 * recovery code. Bound by the privilege guard like every other change to a user, and audited.
 */
public final class MfaAdmin {
    private final UserAdmin users;
    private final PrivilegeGuard guard;
    private final MfaService mfa;
    private final AuditLog audit;

    public MfaAdmin(UserAdmin users, PrivilegeGuard guard, MfaService mfa, AuditLog audit) {
        this.users = users;
        this.guard = guard;
        this.mfa = mfa;
        this.audit = audit;
    }

    /** Removes every factor and recovery code of the user; 404 for an unknown user, 403 for one the actor may not act on. */
    public void reset(Actor actor, String userId) {
        guard.actOn(actor, users.get(userId), "mfa_reset");
        int removed = mfa.removeAll(userId);
        audit.record("mfa_reset", "success", userId, actor.userId(), null, actor.ip(), "factors=" + removed);
    }
}
