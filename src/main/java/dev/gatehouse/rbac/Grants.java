package dev.gatehouse.rbac;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A user's roles and the permissions those roles bundle; which of them a token carries is {@link ScopePolicy}'s answer. */
public record Grants(List<String> roles, Set<String> permissions) {
    public Grants {
        roles = List.copyOf(new TreeSet<>(roles));
        permissions = Set.copyOf(permissions);
    }

    public List<String> sortedPermissions() {
        return List.copyOf(new TreeSet<>(permissions));
    }
}
