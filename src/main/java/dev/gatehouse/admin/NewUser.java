package dev.gatehouse.admin;

import java.util.List;

/**
 * An administrator's request to create a user (API.md §4); {@code roles} null means the default role.
 * {@code passwordHash} is a hash from another system, instead of {@code password} (API.md §8).
 */
public record NewUser(String username, String email, String password, String passwordHash, List<String> roles, Boolean emailVerified,
                      String name) {
    /**
     * True when creating this user grants more than the default role: that is granting roles, which needs
     * the role-granting permission too (the admin API and the console ask for both).
     */
    public boolean grantsRoles() {
        return roles != null && !(roles.isEmpty() || roles.equals(List.of("user")));
    }
}
