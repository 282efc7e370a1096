package dev.gatehouse.web.admin;

import java.util.List;

/** Request bodies of the admin API; anything not declared here is refused (no mass assignment). */
public final class AdminRequests {
    private AdminRequests() {}

    public record CreateUser(String username, String email, String password, String passwordHash, List<String> roles,
                             Boolean emailVerified, String name) {}

    public record SetRoles(List<String> roles) {}

    public record CreateRole(String name, String description, List<String> permissions) {}
}
