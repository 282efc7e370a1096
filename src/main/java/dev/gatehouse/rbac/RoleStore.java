package dev.gatehouse.rbac;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What role management needs from storage. Names are matched case-insensitively everywhere. */
public interface RoleStore {
    List<Role> list();

    Optional<Role> find(String name);

    /** The stored spelling of each name that exists (case-insensitive match), in input order. */
    List<String> canonicalNames(List<String> names);

    /** @throws dev.gatehouse.core.UniqueViolation when a role with this name in any letter case exists */
    void insert(Role role);

    /** Replaces the description (when {@code setDescription}) and the permissions (when not null); false when unknown. */
    boolean update(String name, boolean setDescription, String description, Set<String> permissions);

    /** Deletes a role that is not built in; its grants go with it. False when unknown or built in. */
    boolean delete(String name);
}
