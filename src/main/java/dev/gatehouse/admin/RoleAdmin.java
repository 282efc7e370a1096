package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.rbac.Permissions;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.rbac.RoleStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Roles and their permissions (API.md §4), every change audited. A role the actor could not hold
 * in full is out of reach ({@link PrivilegeGuard}): else {@code admin:roles:write} would add any
 * permission to the actor's own role.
 */
public final class RoleAdmin {
    private static final int MAX_DESCRIPTION = 512;

    private final RoleStore roles;
    private final PrivilegeGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public RoleAdmin(RoleStore roles, PrivilegeGuard guard, AuditLog audit, Clock clock) {
        this.roles = roles;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Role> list() {
        return roles.list();
    }

    public Role get(String name) {
        return find(name).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No role named " + printable(name)));
    }

    public Role create(Actor actor, String name, String description, List<String> permissions) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null) errors.add(new FieldError("name", "required"));
        else if (!Permissions.isValidRoleName(name)) errors.add(new FieldError("name", "invalid"));
        checkDescription(description, errors);
        if (permissions == null) errors.add(new FieldError("permissions", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        Set<String> valid = validPermissions(permissions);
        guard.onRole(actor, "role_create", name, valid);
        Role role = new Role(name, description, false, List.copyOf(valid), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            roles.insert(role);
        } catch (UniqueViolation e) {
            audit.record("admin_role_create", "failure", null, actor.userId(), name, actor.ip(), "role_exists");
            throw new DomainException(ErrorCode.ROLE_EXISTS);
        }
        audit.record("admin_role_create", "success", null, actor.userId(), name, actor.ip(), "permissions=" + role.permissions());
        return role;
    }

    /**
     * Changes the description and/or replaces the permission set. The admin role may gain
     * permissions but never lose one: removing them would lock every operator out.
     */
    public Role update(Actor actor, String name, Optional<String> description, boolean clearDescription, List<String> permissions) {
        Role current = get(name);
        List<FieldError> errors = new ArrayList<>();
        description.ifPresent(d -> checkDescription(d, errors));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        Set<String> next = permissions == null ? null : validPermissions(permissions);
        Set<String> involved = new TreeSet<>(current.permissions());
        if (next != null) involved.addAll(next);
        guard.onRole(actor, "role_update", current.name(), involved);
        if (next != null && current.name().equals(Role.ADMIN) && !next.containsAll(current.permissions())) {
            audit.record("admin_role_update", "failure", null, actor.userId(), current.name(), actor.ip(), "admin_role_protected");
            throw new DomainException(ErrorCode.ADMIN_ROLE_PROTECTED);
        }
        boolean setDescription = description.isPresent() || clearDescription;
        if (!roles.update(current.name(), setDescription, description.orElse(null), next)) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
        audit.record("admin_role_update", "success", null, actor.userId(), current.name(), actor.ip(),
                next == null ? "description" : "permissions=" + new TreeSet<>(next));
        return get(current.name());
    }

    public void delete(Actor actor, String name) {
        Role role = get(name);
        if (role.builtIn()) {
            audit.record("admin_role_delete", "failure", null, actor.userId(), role.name(), actor.ip(), "built_in_role");
            throw new DomainException(ErrorCode.BUILT_IN_ROLE);
        }
        guard.onRole(actor, "role_delete", role.name(), role.permissions());
        if (!roles.delete(role.name())) throw new DomainException(ErrorCode.NOT_FOUND);
        audit.record("admin_role_delete", "success", null, actor.userId(), role.name(), actor.ip(), null);
    }

    /**
     * The stored names of the given roles, or 400 {@code unknown_role} naming each one that does not
     * exist (the caller asked for something that is not there: a request problem, not a missing page).
     */
    public List<String> resolve(List<String> names) {
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null || !Permissions.isValidRoleName(n)) errors.add(new FieldError("roles", "invalid"));
            else distinct.add(n);
        }
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        List<String> canonical = roles.canonicalNames(List.copyOf(distinct));
        if (canonical.size() != distinct.size()) {
            throw DomainException.fields(ErrorCode.UNKNOWN_ROLE, List.of(new FieldError("roles", "unknown_role")));
        }
        return List.copyOf(new LinkedHashSet<>(canonical));
    }

    private Optional<Role> find(String name) {
        if (!Permissions.isValidRoleName(name)) return Optional.empty();
        return roles.find(name);
    }

    private static Set<String> validPermissions(List<String> permissions) {
        List<FieldError> errors = new ArrayList<>();
        if (permissions.size() > Permissions.MAX_PER_ROLE) errors.add(FieldError.tooMany("permissions", Permissions.MAX_PER_ROLE));
        for (int i = 0; i < permissions.size() && errors.size() < 20; i++) {
            if (!Permissions.isValid(permissions.get(i))) errors.add(new FieldError("permissions[" + i + "]", "invalid_permission"));
        }
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_PERMISSION, errors);
        return new LinkedHashSet<>(permissions);
    }

    private static void checkDescription(String description, List<FieldError> errors) {
        if (description == null) return;
        if (description.length() > MAX_DESCRIPTION || description.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("description", "invalid"));
        }
    }

    private static String printable(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9_.-]", "?");
    }
}
