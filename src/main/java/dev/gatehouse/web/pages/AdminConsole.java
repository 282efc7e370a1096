package dev.gatehouse.web.pages;

import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.SessionView;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.LinkedIdentity;
import io.javalin.http.Context;
import java.util.HashMap;
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

    public AdminConsole(Pages pages, ConsoleGuard guard, UserAdmin users, Function<String, List<LinkedIdentity>> identities) {
        this.pages = pages;
        this.guard = guard;
        this.users = users;
        this.identities = identities;
    }

    /** GET /admin/users?query=&cursor=: a page of the admin API's user search, as a table. */
    public void users(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:users:read");
        if (admin.isEmpty()) return;
        String query = pages.query(ctx, "query");
        String cursor = pages.query(ctx, "cursor");
        Map<String, Object> params = base(ctx, admin.get());
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
        pages.render(ctx, status, "pages/admin_users.jte", params);
    }

    /** GET /admin/users/{id}: the profile and roles, then each section the person may read. */
    public void user(Context ctx) {
        Optional<ConsoleGuard.Admin> signedIn = guard.require(ctx, "admin:users:read");
        if (signedIn.isEmpty()) return;
        ConsoleGuard.Admin admin = signedIn.get();
        String id = ctx.pathParam("id");
        UserView user = UserView.of(users.get(id)); // 404 page for an unknown or malformed id
        Map<String, Object> params = base(ctx, admin);
        params.put("user", user);
        params.put("identities", identities.apply(user.id()));
        boolean sessionsAllowed = guard.allows(admin, "admin:sessions:read");
        params.put("sessions", sessionsAllowed
                ? users.sessions(user.id(), String.valueOf(Paging.MAX_LIMIT), null).map(SessionView::of).items() : null);
        boolean mayEnd = sessionsAllowed && guard.allows(admin, "admin:sessions:write");
        params.put("csrf", mayEnd ? pages.csrfToken(ctx) : null);
        pages.render(ctx, 200, "pages/admin_user.jte", params);
    }

    /**
     * POST /admin/users/{id}/sessions/revoke: ends every session of the user, as DELETE
     * /admin/v1/users/{id}/sessions does: the same permission (admin:sessions:write), the same
     * privilege rule (only on a user whose every permission the admin holds) and the same audit event.
     * The form carries the CSRF token (Pages#form); the answer is 303 back to the user's page.
     */
    public void endSessions(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:sessions:write");
        if (admin.isEmpty()) return;
        pages.form(ctx);
        String id = ctx.pathParam("id");
        users.endSessions(guard.actor(ctx, admin.get()), id);
        pages.redirect(ctx, USERS + "/" + id);
    }

    /** What every console page's navigation shows: who is signed in, and the sign-out form's CSRF token. */
    private Map<String, Object> base(Context ctx, ConsoleGuard.Admin admin) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", admin.username());
        params.put("signOut", pages.csrfToken(ctx));
        return params;
    }
}
