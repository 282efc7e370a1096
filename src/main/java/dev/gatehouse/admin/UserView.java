package dev.gatehouse.admin;

import dev.gatehouse.account.User;
import dev.gatehouse.account.UserWithGrants;
import java.util.List;

/** A user as the admin API shows it (API.md §4): the account, its state, its roles and effective permissions. */
public record UserView(String id, String username, String email, boolean emailVerified, String name, String createdAt,
                       boolean disabled, List<String> roles, List<String> permissions) {

    public static UserView of(UserWithGrants u) {
        User user = u.user();
        return new UserView(user.id(), user.username(), user.email(), user.emailVerified(), user.name(),
                user.createdAt().toString(), user.disabled(), u.grants().roles(), u.grants().sortedPermissions());
    }
}
