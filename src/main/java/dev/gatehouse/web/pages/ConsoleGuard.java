package dev.gatehouse.web.pages;

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
 * <p>Signing in is {@link ConsoleSignIn}'s: the console is the OAuth client {@code gatehouse-console}, and
 * its session is the token session its authorization code started. The permission check is the admin
 * API's for a Bearer token of that session: on every request one query ({@link Authorizer#check}) finds
 * the token session live, its user not disabled, and the user's CURRENT roles granting the permission,
 * so an admin whose role is removed loses the console on the next request, and one whose sessions are
 * ended (by an admin, the hosted sign-out, refresh-token reuse) signs in again. Bearer tokens are never
 * read here: a token of any client is no console session. Refusals are audited as the API's are.
 */
public final class ConsoleGuard {
    /** The console's home; a sign-in comes back here when the page asked for cannot be returned to. */
    public static final String HOME = "/admin";

    /** The signed-in operator: whose token session, for the permission checks and the audit's actor. */
    public record Admin(String userId, String sessionId, String username) {}

    private final ConsoleSignIn signIn;
    private final Authorizer authorizer;
    private final Function<Context, String> ip;

    public ConsoleGuard(ConsoleSignIn signIn, Authorizer authorizer, Function<Context, String> ip) {
        this.signIn = signIn;
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
                signIn.forget(ctx);
                toSignIn(ctx);
                yield Optional.empty();
            }
        };
    }

    /** The console's sign-in, callback and sign-out (their routes). */
    public ConsoleSignIn signIn() {
        return signIn;
    }

    /** The signed-in person, if they hold at least one of {@code permissions} now (a page with several sections). */
    public Optional<Admin> requireAny(Context ctx, java.util.List<String> permissions) {
        Optional<Admin> admin = signedIn(ctx);
        if (admin.isEmpty()) return admin;
        for (String permission : permissions) {
            Access access = check(admin.get(), permission);
            if (access == Access.GRANTED) return admin;
            if (access == Access.NO_SESSION) {
                signIn.forget(ctx);
                toSignIn(ctx);
                return Optional.empty();
            }
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
        return authorizer.check(admin.userId(), admin.sessionId(), permission);
    }

    /** The console session; without one the browser is sent to sign in, coming back here. */
    private Optional<Admin> signedIn(Context ctx) {
        Optional<ConsoleSignIn.Signed> session = signIn.current(ctx);
        if (session.isEmpty()) toSignIn(ctx);
        return session.map(s -> new Admin(s.userId(), s.sessionId(), s.username()));
    }

    private void toSignIn(Context ctx) {
        // After a form POST the way back is the console's home: the form's target is no page to show.
        String here = !"GET".equals(ctx.method().name()) ? HOME : ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        signIn.start(ctx, consolePath(here));
    }

    /** {@code path} if it is a safe local path (ReturnTo) of the console, else the console's home. */
    static String consolePath(String path) {
        String back = ReturnTo.safe(path);
        return back != null && (back.equals(HOME) || back.startsWith(HOME + "/") || back.startsWith(HOME + "?")) ? back : HOME;
    }

    private PageException denied(Context ctx, Admin admin, String permission) {
        authorizer.denied(admin.userId(), permission, ip.apply(ctx));
        return PageException.of(403, "admin.forbidden").withLink("/logout", "admin.sign_out");
    }
}
