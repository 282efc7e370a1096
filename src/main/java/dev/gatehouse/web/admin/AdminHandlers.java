package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.admin.NewUser;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.session.Session;
import dev.gatehouse.web.JsonFields;
import dev.gatehouse.web.api.ApiHandlers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Controllers of the admin API (API.md §4): parse, call one service, render. The route's
 * permission was checked in {@code Routes.admin(...)} before any method here runs; whether the
 * caller may act on this user or role is the services' {@code PrivilegeGuard}.
 */
public final class AdminHandlers {
    private final UserAdmin users;
    private final RoleAdmin roles;
    private final KeyAdmin keys;
    private final EventAdmin events;

    public AdminHandlers(UserAdmin users, RoleAdmin roles, KeyAdmin keys, EventAdmin events) {
        this.users = users;
        this.roles = roles;
        this.keys = keys;
        this.events = events;
    }

    /** POST /admin/v1/users/{id}/verification-email: a new verification link to the pending or unverified address. */
    public Map<String, Object> sendVerification(String userId, Actor actor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "accepted");
        out.put("email", users.sendVerification(actor, userId));
        return out;
    }

    /** POST /admin/v1/users/{id}/password-reset: mails the user a reset link (the admin never sees it). */
    public Map<String, Object> triggerReset(String userId, Actor actor) {
        users.triggerReset(actor, userId);
        return Map.of("status", "accepted");
    }

    /** POST /admin/v1/users/{id}/verify-email: marks the current address verified. */
    public void markVerified(String userId, Actor actor) {
        users.markVerified(actor, userId);
    }

    // Users

    public Map<String, Object> searchUsers(String query, String limit, String cursor) {
        return page(users.search(query, limit, cursor), AdminHandlers::user);
    }

    public Map<String, Object> createUser(Actor actor, AdminRequests.CreateUser r) {
        return user(users.create(actor, new NewUser(r.username(), r.email(), r.password(), r.roles(), r.emailVerified(), r.name())));
    }

    /** True when creating this user grants more than the default role (needs role-granting permission too). */
    public static boolean grantsRoles(AdminRequests.CreateUser r) {
        return r.roles() != null && !(r.roles().isEmpty() || r.roles().equals(List.of("user")));
    }

    public Map<String, Object> getUser(String id) {
        return user(users.get(id));
    }

    /** Fields: name (null clears), email, disabled, email_verified; anything else was refused before. */
    public Map<String, Object> patchUser(Actor actor, String id, JsonNode body) {
        Optional<String> name = JsonFields.text(body, "name");
        boolean clearName = body.has("name") && body.get("name").isNull();
        if (body.has("email") && body.get("email").isNull()) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        }
        Optional<String> email = JsonFields.text(body, "email");
        return user(users.update(actor, id, name, clearName, email, JsonFields.bool(body, "disabled"), JsonFields.bool(body, "email_verified")));
    }

    public void deleteUser(Actor actor, String id) {
        users.delete(actor, id);
    }

    public Map<String, Object> setRoles(Actor actor, String id, AdminRequests.SetRoles r) {
        return user(users.setRoles(actor, id, r.roles()));
    }

    public Map<String, Object> sessions(String id, String limit, String cursor) {
        return page(users.sessions(id, limit, cursor), AdminHandlers::session);
    }

    public void endSessions(Actor actor, String id) {
        users.endSessions(actor, id);
    }

    // Roles

    public Map<String, Object> roles() {
        return page(new Paging.Page<>(roles.list(), null), AdminHandlers::role);
    }

    public Map<String, Object> createRole(Actor actor, AdminRequests.CreateRole r) {
        return role(roles.create(actor, r.name(), r.description(), r.permissions()));
    }

    public Map<String, Object> getRole(String name) {
        return role(roles.get(name));
    }

    /** Fields: description (null clears), permissions (replaces the set). */
    public Map<String, Object> patchRole(Actor actor, String name, JsonNode body) {
        Optional<String> description = JsonFields.text(body, "description");
        boolean clear = body.has("description") && body.get("description").isNull();
        List<String> permissions = null;
        if (body.has("permissions")) {
            JsonNode p = body.get("permissions");
            if (!p.isArray()) throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("permissions", "invalid")));
            permissions = new ArrayList<>();
            for (JsonNode item : p) {
                if (!item.isTextual()) throw ApiException.fields(ErrorCode.INVALID_PERMISSION, List.of(new FieldError("permissions", "invalid_permission")));
                permissions.add(item.textValue());
            }
        }
        return role(roles.update(actor, name, description, clear, permissions));
    }

    public void deleteRole(Actor actor, String name) {
        roles.delete(actor, name);
    }

    // Keys

    public Map<String, Object> keys() {
        return page(new Paging.Page<>(keys.list(), null), AdminHandlers::key);
    }

    public Map<String, Object> rotateKey(Actor actor) {
        return key(keys.rotate(actor));
    }

    // Events

    public Map<String, Object> events(String type, String userId, String from, String to, String limit, String cursor) {
        return page(events.search(type, userId, from, to, limit, cursor), AdminHandlers::event);
    }

    // Rendering

    private static Map<String, Object> user(User u) {
        Map<String, Object> out = ApiHandlers.user(u);
        out.put("disabled", u.disabled());
        return out;
    }

    private static Map<String, Object> user(UserWithGrants u) {
        return ApiHandlers.withGrants(user(u.user()), u);
    }

    private static Map<String, Object> session(Session s) {
        Map<String, Object> out = ApiHandlers.session(s);
        out.put("expires_at", s.expiresAt().toString());
        return out;
    }

    private static Map<String, Object> role(Role r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("description", r.description());
        out.put("built_in", r.builtIn());
        out.put("permissions", r.permissions());
        out.put("created_at", r.createdAt().toString());
        return out;
    }

    private static Map<String, Object> key(KeyInfo k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kid", k.kid());
        out.put("alg", k.alg());
        out.put("status", k.status());
        out.put("created_at", k.createdAt().toString());
        out.put("publish_until", k.publishUntil() == null ? null : k.publishUntil().toString());
        return out;
    }

    private static Map<String, Object> event(AuditEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("type", e.type());
        out.put("outcome", e.outcome());
        out.put("user_id", e.userId());
        out.put("actor", e.actor());
        out.put("identifier", e.identifier());
        out.put("ip", e.ip());
        out.put("detail", e.detail());
        out.put("created_at", e.createdAt().toString());
        return out;
    }

    /** Every list answers {"items":[...],"next_cursor":null|"..."} (API.md §4). */
    private static <T> Map<String, Object> page(Paging.Page<T> page, Function<T, Map<String, Object>> render) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items().stream().map(render).toList());
        out.put("next_cursor", page.nextCursor());
        return out;
    }
}
