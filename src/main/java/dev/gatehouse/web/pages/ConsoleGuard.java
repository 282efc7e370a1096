package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.rbac.Access;
import dev.gatehouse.rbac.Authorizer;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is signed in to the admin console, and whether they may open a page now. Every console page
 * (AdminConsole and the section pages beside it) asks here and nowhere else.
 *
 * <p>The permission check is the admin API's: on every request one query ({@link Authorizer#checkLogin},
 * the same SQL as {@link Authorizer#check}) finds the session live, its user not disabled, and the
 * user's CURRENT roles granting the permission, so an admin whose role is removed loses the console on
 * the next request. Bearer tokens are never read here: a token of any client is no console session.
 * Refusals are audited as the API's are.
 */
public final class ConsoleGuard {
    /** The console's home; a sign-in comes back here when the page asked for cannot be returned to. */
    public static final String HOME = "/admin";

    /** The signed-in operator: whose session, for the permission checks and the audit's actor. */
    public record Admin(String userId, String sessionId, String username) {}

    private final Pages pages;
    private final LoginCookie cookie;
    private final Authorizer authorizer;
    private final Function<Context, String> ip;

    public ConsoleGuard(Pages pages, LoginCookie cookie, Authorizer authorizer, Function<Context, String> ip) {
        this.pages = pages;
        this.cookie = cookie;
        this.authorizer = authorizer;
        this.ip = ip;
    }

    /** The signed-in person, if they hold {@code permission} now; else the sign-in redirect (empty) or the 403 page. */
    public Optional<Admin> require(Context ctx, String permission) {
        Optional<Admin> admin = signedIn(ctx);
        if (admin.isEmpty()) return admin;
        return switch (check(admin.get(), permission)) {
            case GRANTED -> admin;
            case DENIED -> throw denied(ctx, admin.get(), permission);
            case NO_SESSION -> {
                toSignIn(ctx);
                yield Optional.empty();
            }
        };
    }

    /** The signed-in person, if they hold at least one of {@code permissions} now (a page with several sections). */
    public Optional<Admin> requireAny(Context ctx, java.util.List<String> permissions) {
        Optional<Admin> admin = signedIn(ctx);
        if (admin.isEmpty()) return admin;
        for (String permission : permissions) {
            if (allows(admin.get(), permission)) return admin;
        }
        throw denied(ctx, admin.get(), permissions.get(0));
    }

    /** Whether the page may show a section or a button that needs {@code permission}. */
    public boolean allows(Admin admin, String permission) {
        return check(admin, permission) == Access.GRANTED;
    }

    /** The audit's actor for a change made from the console. */
    public Actor actor(Context ctx, Admin admin) {
        return new Actor(admin.userId(), ip.apply(ctx));
    }

    private Access check(Admin admin, String permission) {
        return authorizer.checkLogin(admin.userId(), admin.sessionId(), permission);
    }

    /** The live session; without one the browser is sent to sign in, coming back here. */
    private Optional<Admin> signedIn(Context ctx) {
        Optional<BrowserSession> session = cookie.current(ctx);
        if (session.isEmpty()) toSignIn(ctx);
        return session.map(s -> new Admin(s.userId(), s.id(), s.username()));
    }

    private void toSignIn(Context ctx) {
        // After a form POST the way back is the console's home: the form's target is no page to show.
        String here = !"GET".equals(ctx.method().name()) ? HOME : ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        // Only a safe local path comes back (ReturnTo): anything odd returns to the console's home.
        String back = ReturnTo.safe(here);
        pages.redirect(ctx, LoginPages.loginUrl(back != null && back.startsWith(HOME) ? back : HOME));
    }

    private PageException denied(Context ctx, Admin admin, String permission) {
        authorizer.denied(admin.userId(), permission, ip.apply(ctx));
        return PageException.of(403, "admin.forbidden").withLink("/logout", "admin.sign_out");
    }
}
