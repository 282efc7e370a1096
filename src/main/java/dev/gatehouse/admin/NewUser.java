package dev.gatehouse.admin;

import java.util.List;

/** An administrator's request to create a user (API.md §4); {@code roles} null means the default role. */
public record NewUser(String username, String email, String password, List<String> roles, Boolean emailVerified, String name) {}
