package dev.gatehouse.web.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.federation.ProviderJson;
import java.util.List;
import java.util.Map;

/**
 * One user as GET /admin/v1/users/{id} shows it (API.md §4, §6): the {@link UserView} and, beside its
 * members, the user's linked upstream identities in the item shape of /admin/v1/users/{id}/identities.
 * The other answers about a user (search, create, patch, roles) stay the plain view.
 */
record UserDetail(@JsonUnwrapped UserView user, List<Map<String, Object>> identities) {

    static UserDetail of(UserView user, List<LinkedIdentity> identities) {
        return new UserDetail(user, identities.stream().map(i -> ProviderJson.identity(i, true)).toList());
    }
}
