package dev.gatehouse.web.pages;

import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.web.errors.HttpStatuses;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roles and their permissions in the console (API.md §9): the list with the form for a new role, a role's
 * page with the form that changes its description and permissions, and deleting it after a confirmation
 * page. The permissions are those of /admin/v1/roles (admin:roles:read to look, admin:roles:write to
 * change), and so is the privilege rule of {@link RoleAdmin}: no role with a permission the operator lacks.
 */
public final class AdminRolePages {
    public static final String ROLES = "/admin/roles";
    static final Set<String> NOTICES = Set.of("created", "updated", "deleted");

    private final Pages pages;
    private final ConsoleGuard guard;
    private final RoleAdmin roles;

    public AdminRolePages(Pages pages, ConsoleGuard guard, RoleAdmin roles) {
        this.pages = pages;
        this.guard = guard;
        this.roles = roles;
    }

    /** GET /admin/roles: every role, and the form for a new one to whoever may write roles. */
    public void list(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:read");
        if (admin.isEmpty()) return;
        renderList(ctx, 200, admin.get(), "", "", "", null);
    }

    /** POST /admin/roles: as POST /admin/v1/roles; a refusal shows the form again with what was typed. */
    public void create(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:write");
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        String name = form.get("name", "");
        String description = form.get("description", "");
        String permissions = form.get("permissions", "");
        Role role;
        try {
            role = roles.create(guard.actor(ctx, admin.get()), name, description.isBlank() ? null : description, permissionList(permissions));
        } catch (DomainException e) {
            if (e.error() == ErrorCode.FORBIDDEN) throw Pages.fromApi(e).withLink(ROLES, "admin.roles.back");
            renderList(ctx, HttpStatuses.of(e.error()), admin.get(), name, description, permissions, ConsoleAnswers.problem(pages, ctx, e));
            return;
        }
        pages.redirect(ctx, path(role.name()) + "?done=created");
    }

    /** GET /admin/roles/{name}: the role, its permissions, and the forms to change or delete it. */
    public void role(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:read");
        if (admin.isEmpty()) return;
        Role role = existing(ctx.pathParam("name"));
        renderRole(ctx, 200, admin.get(), role, role.description() == null ? "" : role.description(),
                String.join("\n", role.permissions()), null);
    }

    /** POST /admin/roles/{name}: as PATCH /admin/v1/roles/{name} with the description and the whole list of permissions. */
    public void update(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:write");
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        Role role = existing(ctx.pathParam("name"));
        String description = form.get("description", "");
        String permissions = form.get("permissions", "");
        try {
            roles.update(guard.actor(ctx, admin.get()), role.name(), description.isBlank() ? Optional.empty() : Optional.of(description),
                    description.isBlank(), permissionList(permissions));
        } catch (DomainException e) {
            if (e.error() == ErrorCode.NOT_FOUND) existing(role.name());
            if (e.error() == ErrorCode.FORBIDDEN) throw Pages.fromApi(e).withLink(path(role.name()), "admin.roles.back_to_role");
            renderRole(ctx, HttpStatuses.of(e.error()), admin.get(), role, description, permissions, ConsoleAnswers.problem(pages, ctx, e));
            return;
        }
        pages.redirect(ctx, path(role.name()) + "?done=updated");
    }

    /** GET /admin/roles/{name}/delete: the confirmation page (the form posts the deletion). */
    public void confirmDelete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:write");
        if (admin.isEmpty()) return;
        Role role = existing(ctx.pathParam("name"));
        pages.render(ctx, 200, "pages/admin_ask.jte", AdminUserActions.confirm(pages, ctx, admin.get(),
                "title", pages.text(ctx, "admin.role.delete.title", role.name()),
                "message", pages.text(ctx, "admin.role.delete.message", role.name()),
                "action", path(role.name()) + "/delete", "button", pages.text(ctx, "admin.role.delete"), "cancel", path(role.name())));
    }

    /** POST /admin/roles/{name}/delete: as DELETE /admin/v1/roles/{name}; one deleted already (two tabs) says so. */
    public void delete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:roles:write");
        if (admin.isEmpty()) return;
        pages.form(ctx);
        Role role = existing(ctx.pathParam("name"));
        try {
            roles.delete(guard.actor(ctx, admin.get()), role.name());
        } catch (DomainException e) {
            if (e.error() == ErrorCode.NOT_FOUND) existing(role.name());
            throw Pages.fromApi(e).withLink(path(role.name()), "admin.roles.back_to_role");
        }
        pages.redirect(ctx, ROLES + "?done=deleted");
    }

    private void renderList(Context ctx, int status, ConsoleGuard.Admin admin, String name, String description, String permissions,
                            String error) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("roles", roles.list());
        boolean mayWrite = guard.allows(admin, "admin:roles:write");
        params.put("csrf", mayWrite ? pages.csrfToken(ctx) : null);
        params.put("name", name);
        params.put("description", description);
        params.put("permissions", permissions);
        params.put("error", error);
        params.put("notice", ConsoleAnswers.notice(pages, ctx, "admin.roles.done.", Set.of("deleted")));
        pages.render(ctx, status, "pages/admin_roles.jte", params);
    }

    private void renderRole(Context ctx, int status, ConsoleGuard.Admin admin, Role role, String description, String permissions,
                            String error) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("role", role);
        boolean mayWrite = guard.allows(admin, "admin:roles:write");
        params.put("csrf", mayWrite ? pages.csrfToken(ctx) : null);
        params.put("description", description);
        params.put("permissions", permissions);
        params.put("error", error);
        params.put("notice", ConsoleAnswers.notice(pages, ctx, "admin.roles.done.", NOTICES));
        pages.render(ctx, status, "pages/admin_role.jte", params);
    }

    /** The role, or the page saying there is none by that name (any more). */
    private Role existing(String name) {
        try {
            return roles.get(name);
        } catch (DomainException e) {
            throw PageException.of(404, "admin.gone.role").withLink(ROLES, "admin.roles.back");
        }
    }

    /** One permission a line (or separated by spaces or commas), as typed into the form. */
    static List<String> permissionList(String typed) {
        return Arrays.stream(typed.split("[\\s,]+")).filter(p -> !p.isEmpty()).distinct().toList();
    }

    private static String path(String name) {
        return ROLES + "/" + name;
    }
}
