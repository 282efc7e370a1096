package dev.gatehouse.rbac;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** A named bundle of permissions. Built-in roles ({@code user}, {@code admin}) cannot be deleted. */
public record Role(String name, String description, boolean builtIn, List<String> permissions, Instant createdAt) {
    public static final String ADMIN = "admin";
    public static final String USER = "user";

    public Role {
        permissions = List.copyOf(new TreeSet<>(permissions));
    }
}
