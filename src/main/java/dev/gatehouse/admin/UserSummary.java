package dev.gatehouse.admin;

import dev.gatehouse.account.User;

/** A user in the admin search results: the account and its state, without the grants (one read per page, not per user). */
public record UserSummary(String id, String username, String email, boolean emailVerified, String name, String createdAt,
                          boolean disabled) {

    public static UserSummary of(User u) {
        return new UserSummary(u.id(), u.username(), u.email(), u.emailVerified(), u.name(), u.createdAt().toString(), u.disabled());
    }
}
