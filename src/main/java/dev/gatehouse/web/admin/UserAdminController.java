package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.admin.IdentityAdmin;
import dev.gatehouse.admin.NewUser;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.JsonFields;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * The controller of /admin/v1/users (API.md §4): search, create, read (with the user's linked identities,
 * §6), change, delete, roles. Routes admit the caller (admin:users:read or :write, admin:roles:write for
 * the roles) before any of these runs; whether the caller may act on this user is the service's
 * {@code PrivilegeGuard}.
 */
public final class UserAdminController {
    private static final Set<String> PATCH_FIELDS = Set.of("name", "email", "disabled", "email_verified");

    private final UserAdmin users;
    private final IdentityAdmin identities;
    private final Http http;

    public UserAdminController(UserAdmin users, IdentityAdmin identities, Http http) {
        this.users = users;
        this.identities = identities;
        this.http = http;
    }

    public void search(Context ctx) {
        Http.json(ctx, users.search(ctx.queryParam("query"), ctx.queryParam("limit"), ctx.queryParam("cursor")).map(UserSummary::of));
    }

    public void create(Context ctx) {
        AdminRequests.CreateUser r = http.body(ctx, AdminRequests.CreateUser.class);
        // Granting roles at creation is granting roles: it needs that permission as well.
        NewUser user = new NewUser(r.username(), r.email(), r.password(), r.passwordHash(), r.roles(), r.emailVerified(),
                r.name());
        if (user.grantsRoles()) http.requireAlso(ctx, "admin:roles:write");
        UserView created = UserView.of(users.create(http.actor(ctx), user));
        Http.created(ctx, created, "admin", "v1", "users", created.id());
    }

    public void get(Context ctx) {
        UserView user = UserView.of(users.get(ctx.pathParam("id")));
        Http.json(ctx, UserDetail.of(user, identities.list(user.id())));
    }

    /** Fields: name (null clears), email, disabled, email_verified; anything else is refused. */
    public void update(Context ctx) {
        var actor = http.actor(ctx);
        String id = ctx.pathParam("id");
        JsonNode body = http.patch(ctx, PATCH_FIELDS);
        Optional<String> name = JsonFields.text(body, "name");
        boolean clearName = JsonFields.cleared(body, "name");
        JsonFields.notNull(body, "email");
        Optional<String> email = JsonFields.text(body, "email");
        Http.json(ctx, UserView.of(users.update(actor, id, name, clearName, email, JsonFields.bool(body, "disabled"),
                JsonFields.bool(body, "email_verified"))));
    }

    public void delete(Context ctx) {
        users.delete(http.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }

    public void setRoles(Context ctx) {
        var actor = http.actor(ctx);
        String id = ctx.pathParam("id");
        Http.json(ctx, UserView.of(users.setRoles(actor, id, http.body(ctx, AdminRequests.SetRoles.class).roles())));
    }
}
