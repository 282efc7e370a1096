package dev.gatehouse.account;

import java.time.Instant;

/** A stored user. The password hash never leaves the account package's callers. */
public record User(String id, String username, String email, boolean emailVerified, String name,
                   String passwordHash, boolean disabled, Instant createdAt) {
    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + "]";
    }
}
