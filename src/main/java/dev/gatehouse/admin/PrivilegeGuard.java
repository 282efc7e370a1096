package dev.gatehouse.admin;

import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.rbac.RoleStore;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one rule of every admin write (SECURITY.md "Who may act on whom"): an actor may act on a user, or give
 * a permission away, only within the permissions the actor holds. Acting on a user (change,
 * disable, delete, reset, verify, end sessions, set roles) needs every permission that user holds
 * through their current roles; granting roles, or creating, changing or deleting a role, needs
 * every permission involved. Without it, a role holding {@code admin:users:write} changes an
 * admin's email, verifies it, sends itself the reset and owns the admin account, and one holding
 * {@code admin:roles:write} adds any permission to its own role (OWASP ASVS 4.0 V4.1.3, least
 * privilege; NIST SP 800-53 AC-6(10), non-privileged users cannot act with higher privilege).
 * Acting on oneself meets the rule trivially. Refusals are 403 {@code forbidden} and audited as
 * {@code admin_action_denied} with actor, target and action.
 *
 * <p>The built-in {@code admin} role ("full administrative access") stands for every permission,
 * like Kubernetes' {@code cluster-admin}: its holders define application permissions no role
 * carries yet, and only its holders act on a user holding it, grant it, or change it.
 *
 * <p>Race: the actor's permissions are read here, once, just before the write, from the database
 * (not the token), after the target was read. A role granted to the target or removed from the actor
 * between that read and the write is not seen; the outcome is then the one it would have had had
 * the action run just before that role change, which another administrator made with at least the
 * same permissions. Holding a lock across both would buy nothing an ordering cannot already explain.
 */
public final class PrivilegeGuard {
    /** Audit event type of a refusal. */
    public static final String DENIED_EVENT = "admin_action_denied";
    /** Stands for "every permission" (the admin role); never a valid permission, so no role can carry it. */
    private static final String EVERYTHING = "*";

    private final UserStore users;
    private final RoleStore roles;
    private final AuditLog audit;

    public PrivilegeGuard(UserStore users, RoleStore roles, AuditLog audit) {
        this.users = users;
        this.roles = roles;
        this.audit = audit;
    }

    /** @throws DomainException 403 forbidden unless the actor holds every permission of {@code target} */
    public void actOn(Actor actor, UserWithGrants target, String action) {
        require(actor, action, target.user().id(), null, held(target));
    }

    /**
     * @throws DomainException 403 forbidden unless the actor holds every permission of {@code target}
     *                      and every permission of the roles it would hold ({@code roleNames}, stored names)
     */
    public void setRoles(Actor actor, UserWithGrants target, List<String> roleNames) {
        Set<String> needed = held(target);
        needed.addAll(carried(roleNames));
        require(actor, "set_roles", target.user().id(), null, needed);
    }

    /** @throws DomainException 403 forbidden unless the actor holds every permission of the roles a new user would get */
    public void create(Actor actor, List<String> roleNames) {
        require(actor, "create", null, null, carried(roleNames));
    }

    /**
     * @param permissions what the role carries now and would carry after the change
     * @throws DomainException 403 forbidden unless the actor holds every one of them (all, for the admin role)
     */
    public void onRole(Actor actor, String action, String role, Collection<String> permissions) {
        Set<String> needed = new TreeSet<>(permissions);
        if (Role.ADMIN.equalsIgnoreCase(role)) needed.add(EVERYTHING);
        require(actor, action, null, role, needed);
    }

    private void require(Actor actor, String action, String targetUser, String targetRole, Set<String> needed) {
        if (actor.operator() || needed.isEmpty()) return;
        Set<String> have = actor.userId() == null ? Set.of()
                : users.findById(actor.userId()).filter(u -> !u.user().disabled()).map(PrivilegeGuard::held).orElse(Set.of());
        if (have.contains(EVERYTHING)) return;
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(have);
        if (missing.isEmpty()) return;
        audit.record(DENIED_EVENT, "denied", targetUser, actor.userId(), targetRole, actor.ip(),
                "action=" + action + " missing=" + missing.toString().replace(EVERYTHING, "role " + Role.ADMIN));
        throw new DomainException(ErrorCode.FORBIDDEN,
                "You may act only on users and roles whose every permission you hold yourself");
    }

    /** A user's permissions from their current roles; with the admin role, every permission. */
    private static Set<String> held(UserWithGrants user) {
        Set<String> out = new TreeSet<>(user.grants().permissions());
        if (user.grants().roles().stream().anyMatch(Role.ADMIN::equalsIgnoreCase)) out.add(EVERYTHING);
        return out;
    }

    /** Every permission the given roles carry together; with the admin role, every permission. */
    private Set<String> carried(List<String> roleNames) {
        Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(roleNames);
        Set<String> out = new TreeSet<>();
        if (wanted.contains(Role.ADMIN)) out.add(EVERYTHING);
        for (Role r : roles.list()) {
            if (wanted.contains(r.name())) out.addAll(r.permissions());
        }
        return out;
    }
}
