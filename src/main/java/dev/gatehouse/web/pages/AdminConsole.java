package dev.gatehouse.web.pages;

import dev.gatehouse.admin.ConsentAdmin;
import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.EventView;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.SessionView;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.rbac.Role;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The admin console (API.md §9): HTML pages under {@code /admin} beside the JSON admin API under
 * {@code /admin/v1}: the users (the home page is {@link AdminDashboard}). Who may open which page is {@link ConsoleGuard}'s.
 */
public final class AdminConsole {
    public static final String HOME = ConsoleGuard.HOME;
    public static final String USERS = "/admin/users";

    private final Pages pages;
    private final ConsoleGuard guard;
    private final UserAdmin users;
    private final Function<String, List<LinkedIdentity>> identities;
    private final RoleAdmin roles;
    private final ConsentAdmin consents;
    private final EventAdmin events;

    public AdminConsole(Pages pages, ConsoleGuard guard, UserAdmin users, Function<String, List<LinkedIdentity>> identities, RoleAdmin roles,
                        ConsentAdmin consents, EventAdmin events) {
        this.pages = pages;
        this.guard = guard;
        this.users = users;
        this.identities = identities;
        this.roles = roles;
        this.consents = consents;
        this.events = events;
    }

    /** GET /admin/users?query=&cursor=: a page of the admin API's user search, as a table. */
    public void users(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:users:read");
        if (admin.isEmpty()) return;
        String query = pages.query(ctx, "query");
        String cursor = pages.query(ctx, "cursor");
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("query", query == null ? "" : query);
        int status = 200;
        Paging.Page<UserSummary> page;
        try {
            page = users.search(query, null, cursor).map(UserSummary::of);
        } catch (DomainException e) {
            // A query the search refuses (too long, control characters) or a cursor not ours: the page says so.
            if (e.error() != ErrorCode.INVALID_REQUEST) throw e;
            status = 400;
            page = new Paging.Page<>(List.of(), null);
            params.put("error", pages.text(ctx, "admin.search.invalid"));
        }
        params.putIfAbsent("error", null);
        params.put("items", page.items());
        params.put("nextCursor", page.nextCursor());
        params.put("canCreate", guard.allows(admin.get(), "admin:users:write"));
        params.put("notice", ConsoleAnswers.notice(pages, ctx, "admin.user.done.", AdminUserActions.LIST_NOTICES));
        pages.render(ctx, status, "pages/admin_users.jte", params);
    }

    /** GET /admin/users/{id}: the profile and roles, then each section the person may read. */
    public void user(Context ctx) {
        Optional<ConsoleGuard.Admin> signedIn = guard.require(ctx, "admin:users:read");
        if (signedIn.isEmpty()) return;
        ConsoleGuard.Admin admin = signedIn.get();
        String id = ctx.pathParam("id");
        UserView user = UserView.of(users.get(id)); // 404 page for an unknown or malformed id
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("user", user);
        params.put("identities", identities.apply(user.id()));
        boolean sessionsAllowed = guard.allows(admin, "admin:sessions:read");
        params.put("sessions", sessionsAllowed
                ? users.sessions(user.id(), String.valueOf(Paging.MAX_LIMIT), null).map(SessionView::of).items() : null);
        boolean mayEnd = sessionsAllowed && guard.allows(admin, "admin:sessions:write");
        boolean mayWrite = guard.allows(admin, "admin:users:write");
        boolean mayGrant = guard.allows(admin, "admin:roles:write");
        params.put("mayEnd", mayEnd);
        params.put("mayWrite", mayWrite);
        params.put("mayGrant", mayGrant);
        params.put("grantable", mayGrant ? roles.list().stream().map(Role::name).filter(r -> !user.roles().contains(r)).toList() : List.of());
        params.put("consents", consents.list(user.id()));
        params.put("mayReadEvents", guard.allows(admin, "admin:events:read"));
        params.put("csrf", mayEnd || mayWrite || mayGrant ? pages.csrfToken(ctx) : null);
        params.put("notice", ConsoleAnswers.notice(pages, ctx, "admin.user.done.", AdminUserActions.NOTICES));
        pages.render(ctx, 200, "pages/admin_user.jte", params);
    }

    /**
     * GET /admin/users/{id}/events?cursor=: the user's trail, the audit events about the user or done by the
     * user, newest first, a page at a time; admin:events:read as GET /admin/v1/events.
     */
    public void userEvents(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:events:read");
        if (admin.isEmpty()) return;
        UserView user = UserView.of(users.get(ctx.pathParam("id")));
        String cursor = pages.query(ctx, "cursor");
        Paging.Page<EventView> page;
        try {
            page = events.involving(user.id(), null, cursor).map(EventView::of);
        } catch (DomainException e) {
            // A cursor of another page or one made up: a page that says so, never a 500.
            throw PageException.of(400, "error.code.INVALID_REQUEST").withLink(USERS + "/" + user.id() + "/events", "admin.events.first");
        }
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("user", user);
        params.put("items", page.items());
        params.put("nextCursor", page.nextCursor());
        pages.render(ctx, 200, "pages/admin_user_events.jte", params);
    }
}
