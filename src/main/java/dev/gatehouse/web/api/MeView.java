package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserWithGrants;
import java.util.List;

/**
 * The signed-in user (GET and PATCH /api/v1/me, API.md §3): the account, its roles and effective
 * permissions. {@code pending_email} appears only in the answer to an email change that awaits confirmation.
 */
public record MeView(String id, String username, String email, boolean emailVerified, String name, String createdAt,
                     List<String> roles, List<String> permissions,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String pendingEmail) {

    public static MeView of(UserWithGrants u, String pendingEmail) {
        User user = u.user();
        return new MeView(user.id(), user.username(), user.email(), user.emailVerified(), user.name(), user.createdAt().toString(),
                u.grants().roles(), u.grants().sortedPermissions(), pendingEmail);
    }
}
