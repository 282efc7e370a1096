package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.oauth.authorize.Consent;
import dev.gatehouse.oauth.authorize.ConsentService;
import java.util.List;

/**
 * A user's consents for an administrator (API.md §4): the applications the user allowed, and withdrawing
 * one, which also signs that application out for the user (as the user's own withdrawal does, OAuth 2.1
 * §7.7). Withdrawing is a change to the user, so it passes the {@link PrivilegeGuard} and is audited
 * as {@code admin_consent_revoke} with the administrator as actor.
 */
public final class ConsentAdmin {
    /** Client ids are short printable strings; anything else names no consent and never reaches the database. */
    private static final int MAX_CLIENT_ID = 255;

    private final UserAdmin users;
    private final ConsentService consents;
    private final PrivilegeGuard guard;
    private final AuditLog audit;

    public ConsentAdmin(UserAdmin users, ConsentService consents, PrivilegeGuard guard, AuditLog audit) {
        this.users = users;
        this.consents = consents;
        this.guard = guard;
        this.audit = audit;
    }

    /** The user's consents, most recent first; 404 for an unknown user. */
    public List<Consent> list(String userId) {
        return consents.list(users.get(userId).user().id());
    }

    /** @throws DomainException 404 for an unknown user or when the user has no consent for this client (withdrawn already) */
    public void withdraw(Actor actor, String userId, String clientId) {
        guard.actOn(actor, users.get(userId), "consent_revoke");
        boolean plausible = clientId != null && !clientId.isEmpty() && clientId.length() <= MAX_CLIENT_ID
                && clientId.chars().allMatch(c -> c > 0x20 && c < 0x7F);
        int ended = plausible ? consents.withdraw(userId, clientId) : -1;
        if (ended < 0) throw new DomainException(ErrorCode.NOT_FOUND, "The user has no consent for this client");
        audit.record("admin_consent_revoke", "success", userId, actor.userId(), null, actor.ip(),
                "client=" + clientId + " sessions=" + ended);
    }
}
