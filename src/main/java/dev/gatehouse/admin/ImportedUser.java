package dev.gatehouse.admin;

import java.util.List;

/**
 * One user read from an export (ours, Keycloak's or Auth0's), in the terms of {@code POST
 * /admin/v1/users}: at most one of {@code password} and {@code passwordHash}; {@code roles} null
 * means the default role.
 *
 * @param source which format the record was read as: {@code gatehouse}, {@code keycloak}, {@code auth0}
 * @param notes  what the source held that is not imported (roles, one-time-password credentials),
 *               reported with the line so nothing is dropped silently
 */
public record ImportedUser(String source, String username, String email, boolean emailVerified, String name, String password,
                           String passwordHash, List<String> roles, boolean disabled, List<String> notes) {
    public ImportedUser {
        roles = roles == null ? null : List.copyOf(roles);
        notes = List.copyOf(notes);
    }
}
