package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.RoleView;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.JsonFields;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The controller of /admin/v1/roles (API.md §4). Routes admit the caller (admin:roles:read or :write);
 * a role the caller could not hold in full is out of reach in the service ({@code PrivilegeGuard}).
 */
public final class RoleAdminController {
    private static final Set<String> PATCH_FIELDS = Set.of("description", "permissions");

    private final RoleAdmin roles;
    private final Http http;

    public RoleAdminController(RoleAdmin roles, Http http) {
        this.roles = roles;
        this.http = http;
    }

    /** Every role, as one page (there are few). */
    public void list(Context ctx) {
        Http.json(ctx, Paging.Page.all(roles.list()).map(RoleView::of));
    }

    public void create(Context ctx) {
        var actor = http.actor(ctx);
        AdminRequests.CreateRole r = http.body(ctx, AdminRequests.CreateRole.class);
        RoleView created = RoleView.of(roles.create(actor, r.name(), r.description(), r.permissions()));
        Http.created(ctx, created, "admin", "v1", "roles", created.name());
    }

    public void get(Context ctx) {
        Http.json(ctx, RoleView.of(roles.get(ctx.pathParam("name"))));
    }

    /** Fields: description (null clears), permissions (replaces the set). */
    public void update(Context ctx) {
        var actor = http.actor(ctx);
        String name = ctx.pathParam("name");
        JsonNode body = http.patch(ctx, PATCH_FIELDS);
        var description = JsonFields.text(body, "description");
        boolean clear = JsonFields.cleared(body, "description");
        Http.json(ctx, RoleView.of(roles.update(actor, name, description, clear, permissions(body))));
    }

    public void delete(Context ctx) {
        roles.delete(http.actor(ctx), ctx.pathParam("name"));
        ctx.status(204);
    }

    /** The new permission set, or null when the body leaves it alone. */
    private static List<String> permissions(JsonNode body) {
        if (!body.has("permissions")) return null;
        JsonNode p = body.get("permissions");
        if (!p.isArray()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("permissions", "invalid")));
        List<String> permissions = new ArrayList<>();
        for (JsonNode item : p) {
            if (!item.isTextual()) throw DomainException.fields(ErrorCode.INVALID_PERMISSION, List.of(new FieldError("permissions", "invalid_permission")));
            permissions.add(item.textValue());
        }
        return permissions;
    }
}
