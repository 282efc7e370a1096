package dev.gatehouse.rbac;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A user's roles and the permissions those roles bundle. */
public record Grants(List<String> roles, Set<String> permissions) {
    public Grants {
        roles = List.copyOf(new TreeSet<>(roles));
        permissions = Set.copyOf(permissions);
    }

    /**
     * The permissions a token carries: all of them, or, when a scope was requested, only those both
     * requested and held (API.md §2: a request narrows, never widens).
     */
    public List<String> narrow(List<String> requested) {
        TreeSet<String> out = new TreeSet<>(permissions);
        if (requested != null) out.retainAll(requested);
        return List.copyOf(out);
    }

    public List<String> sortedPermissions() {
        return List.copyOf(new TreeSet<>(permissions));
    }
}
