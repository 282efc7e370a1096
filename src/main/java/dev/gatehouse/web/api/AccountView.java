package dev.gatehouse.web.api;

import dev.gatehouse.account.User;

/** A new account as the signup answer shows it (API.md §3). */
public record AccountView(String id, String username, String email, boolean emailVerified, String name, String createdAt) {

    public static AccountView of(User u) {
        return new AccountView(u.id(), u.username(), u.email(), u.emailVerified(), u.name(), u.createdAt().toString());
    }
}
