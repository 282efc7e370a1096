package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.SessionView;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.rbac.Access;
import dev.gatehouse.rbac.Authorizer;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The admin console (API.md §9): HTML pages under {@code /admin} beside the JSON admin API under
 * {@code /admin/v1}.
 *
 * <p>Sign-in: the console is served by Gatehouse itself on the issuer's origin, so it uses the hosted
 * login session directly (the {@code __Host-} cookie, HttpOnly, SameSite=Lax, a new value at every
 * sign-in) rather than an OAuth client of its own. A code + PKCE round trip would only hand the
 * server a token for a session it already holds; no token would ever reach the browser either way.
 * What matters is the permission check, and it is the admin API's: on every request one query
 * ({@link Authorizer#checkLogin}, the same SQL as {@link Authorizer#check}) finds the login session
 * live, its user not disabled, and the user's CURRENT roles granting the permission, so an admin whose
 * role is removed loses the console on the next request. Bearer tokens are never read here: a token
 * of any client, first party or not, is no console session. Refusals are audited as the API's are.
 */
public final class AdminConsole {
    public static final String HOME = "/admin";
    public static final String USERS = "/admin/users";
    /** Any of these opens the console's home page; each section asks for its own. */
    static final List<String> CONSOLE_PERMISSIONS = List.of("admin:users:read", "admin:sessions:read");

    private final Pages pages;
    private final LoginCookie cookie;
    private final Authorizer authorizer;
    private final UserAdmin users;
    private final Function<String, List<LinkedIdentity>> identities;
    private final Function<Context, String> ip;

    public AdminConsole(Pages pages, LoginCookie cookie, Authorizer authorizer, UserAdmin users,
                        Function<String, List<LinkedIdentity>> identities, Function<Context, String> ip) {
        this.pages = pages;
        this.cookie = cookie;
        this.authorizer = authorizer;
        this.users = users;
        this.identities = identities;
        this.ip = ip;
    }

    /** GET /admin: who is signed in, and the sections they may open. */
    public void home(Context ctx) {
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        boolean any = false;
        for (String permission : CONSOLE_PERMISSIONS) {
            if (authorizer.checkLogin(s.userId(), s.id(), permission) == Access.GRANTED) any = true;
        }
        if (!any) throw denied(ctx, s, CONSOLE_PERMISSIONS.get(0));
        Map<String, Object> params = base(s);
        params.put("canSearch", authorizer.checkLogin(s.userId(), s.id(), "admin:users:read") == Access.GRANTED);
        pages.render(ctx, 200, "pages/admin_home.jte", params);
    }

    /** GET /admin/users?query=&cursor=: a page of the admin API's user search, as a table. */
    public void users(Context ctx) {
        Optional<BrowserSession> session = require(ctx, "admin:users:read");
        if (session.isEmpty()) return;
        String query = pages.query(ctx, "query");
        String cursor = pages.query(ctx, "cursor");
        Map<String, Object> params = base(session.get());
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
        Optional<BrowserSession> session = require(ctx, "admin:users:read");
        if (session.isEmpty()) return;
        BrowserSession s = session.get();
        String id = ctx.pathParam("id");
        UserView user = UserView.of(users.get(id)); // 404 page for an unknown or malformed id
        Map<String, Object> params = base(s);
        params.put("user", user);
        params.put("identities", identities.apply(user.id()));
        boolean sessionsAllowed = authorizer.checkLogin(s.userId(), s.id(), "admin:sessions:read") == Access.GRANTED;
        params.put("sessions", sessionsAllowed
                ? users.sessions(user.id(), String.valueOf(Paging.MAX_LIMIT), null).map(SessionView::of).items() : null);
        boolean mayEnd = sessionsAllowed && authorizer.checkLogin(s.userId(), s.id(), "admin:sessions:write") == Access.GRANTED;
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
        Optional<BrowserSession> session = require(ctx, "admin:sessions:write");
        if (session.isEmpty()) return;
        pages.form(ctx);
        String id = ctx.pathParam("id");
        users.endSessions(new Actor(session.get().userId(), ip.apply(ctx)), id);
        pages.redirect(ctx, USERS + "/" + id);
    }

    private Map<String, Object> base(BrowserSession s) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", s.username());
        return params;
    }

    /** The signed-in person, if they hold {@code permission} now; else the sign-in redirect (empty) or the 403 page. */
    private Optional<BrowserSession> require(Context ctx, String permission) {
        Optional<BrowserSession> session = signedIn(ctx);
        if (session.isEmpty()) return session;
        BrowserSession s = session.get();
        return switch (authorizer.checkLogin(s.userId(), s.id(), permission)) {
            case GRANTED -> session;
            case DENIED -> throw denied(ctx, s, permission);
            case NO_SESSION -> {
                toSignIn(ctx);
                yield Optional.empty();
            }
        };
    }

    /** The live login session; without one the browser is sent to the hosted login, coming back here. */
    private Optional<BrowserSession> signedIn(Context ctx) {
        Optional<BrowserSession> session = cookie.current(ctx);
        if (session.isEmpty()) toSignIn(ctx);
        return session;
    }

    private void toSignIn(Context ctx) {
        // After a form POST the way back is the console's home: the form's target is no page to show.
        String here = !"GET".equals(ctx.method().name()) ? HOME : ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        // Only a safe local path comes back (ReturnTo): anything odd returns to the console's home.
        String back = ReturnTo.safe(here);
        pages.redirect(ctx, LoginPages.loginUrl(back != null && back.startsWith(HOME) ? back : HOME));
    }

    private PageException denied(Context ctx, BrowserSession s, String permission) {
        authorizer.denied(s.userId(), permission, ip.apply(ctx));
        return PageException.of(403, "admin.forbidden").withLink("/logout", "admin.sign_out");
    }
}
