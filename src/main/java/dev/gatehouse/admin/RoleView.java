package dev.gatehouse.admin;

import dev.gatehouse.rbac.Role;
import java.util.List;

/** A role as the admin API shows it (API.md §4). */
public record RoleView(String name, String description, boolean builtIn, List<String> permissions, String createdAt) {

    public static RoleView of(Role r) {
        return new RoleView(r.name(), r.description(), r.builtIn(), r.permissions(), r.createdAt().toString());
    }
}
