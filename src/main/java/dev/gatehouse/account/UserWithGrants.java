package dev.gatehouse.account;

import dev.gatehouse.rbac.Grants;

/** A user read together with its roles and permissions, in one query. */
public record UserWithGrants(User user, Grants grants) {}
