package dev.gatehouse.web.pages;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.ConsentAdmin;
import dev.gatehouse.admin.MfaAdmin;
import dev.gatehouse.admin.NewUser;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.web.errors.HttpStatuses;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an operator does to a user from the console (API.md §9): create, disable and enable, delete (after a
 * confirmation page), mail links, end sessions, reset second factors, grant and revoke roles, withdraw
 * consents. Each action asks {@link ConsoleGuard} for the permission of the matching admin API route and
 * calls the same service, so the privilege rule and the audit event are the API's. Every form is a POST
 * with the CSRF token and answers 303 back to the user's page with a notice (post/redirect/get), or the
 * form again with its error, or an error page: never JSON, never a 500.
 */
public final class AdminUserActions {
    /** The notices a user's page shows after an action ({@code ?done=}); anything else shows none. */
    static final Set<String> NOTICES = Set.of("created", "created_reset_sent", "disabled", "enabled", "reset_sent", "verification_sent",
            "verified", "sessions_ended", "session_ended", "mfa_reset", "role_granted", "role_revoked", "consent_withdrawn");
    static final Set<String> LIST_NOTICES = Set.of("deleted");

    private final Pages pages;
    private final ConsoleGuard guard;
    private final UserAdmin users;
    private final RoleAdmin roles;
    private final MfaAdmin mfa;
    private final ConsentAdmin consents;

    public AdminUserActions(Pages pages, ConsoleGuard guard, UserAdmin users, RoleAdmin roles, MfaAdmin mfa, ConsentAdmin consents) {
        this.pages = pages;
        this.guard = guard;
        this.users = users;
        this.roles = roles;
        this.mfa = mfa;
        this.consents = consents;
    }

    /** One change to one user, by the signed-in operator. */
    private interface Change {
        void apply(Actor actor, String userId, Form form);
    }

    /** GET /admin/users/new: the form to create a user (admin:users:write, as POST /admin/v1/users). */
    public void newUser(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:users:write");
        if (admin.isEmpty()) return;
        renderNew(ctx, 200, admin.get(), "", "", List.of(Role.USER), null);
    }

    /**
     * POST /admin/users: creates the user as POST /admin/v1/users does. Granting more than the default role
     * needs admin:roles:write as well, and the privilege rule holds for the roles granted. The password is
     * optional; instead the user may be mailed a password reset link.
     */
    public void create(Context ctx) {
        Optional<ConsoleGuard.Admin> signedIn = guard.require(ctx, "admin:users:write");
        if (signedIn.isEmpty()) return;
        ConsoleGuard.Admin admin = signedIn.get();
        Form form = pages.form(ctx, Set.of("roles"));
        String username = form.get("username", "");
        String email = blankToNull(form.get("email"));
        String password = blankToNull(form.get("password"));
        boolean sendReset = form.has("send_reset");
        List<String> granted = form.all("roles");
        // No role ticked (or none offered): the default role, as the API without "roles".
        NewUser request = new NewUser(username, email, password, null, granted.isEmpty() ? null : granted, null, null);
        if (request.grantsRoles() && guard.require(ctx, "admin:roles:write").isEmpty()) return;
        if (sendReset && (email == null || password != null)) {
            renderNew(ctx, 400, admin, username, email, granted, pages.text(ctx, "admin.create.reset_needs_email"));
            return;
        }
        Actor actor = guard.actor(ctx, admin);
        String id;
        try {
            id = users.create(actor, request).user().id();
        } catch (DomainException e) {
            if (e.error() == ErrorCode.FORBIDDEN) throw e;
            renderNew(ctx, HttpStatuses.of(e.error()), admin, username, email, granted, ConsoleAnswers.problem(pages, ctx, e));
            return;
        }
        if (sendReset) run(ctx, id, () -> users.triggerReset(actor, id));
        done(ctx, id, sendReset ? "created_reset_sent" : "created");
    }

    private void renderNew(Context ctx, int status, ConsoleGuard.Admin admin, String username, String email, List<String> granted,
                           String error) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("newUsername", username);
        params.put("email", email == null ? "" : email);
        params.put("granted", granted);
        // Roles to pick only for whoever may grant them; anyone else creates users with the default role.
        params.put("roles", guard.allows(admin, "admin:roles:write") ? roles.list().stream().map(Role::name).toList() : List.of());
        params.put("error", error);
        params.put("csrf", pages.csrfToken(ctx));
        pages.render(ctx, status, "pages/admin_user_new.jte", params);
    }

    /** The parameters of the confirmation page: the navigation's, these, and the form's CSRF token. */
    static Map<String, Object> confirm(Pages pages, Context ctx, ConsoleGuard.Admin admin, Object... pairs) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        for (int i = 0; i < pairs.length; i += 2) params.put((String) pairs[i], pairs[i + 1]);
        params.put("csrf", pages.csrfToken(ctx));
        return params;
    }

    private Map<String, Object> confirm(Context ctx, ConsoleGuard.Admin admin, Object... pairs) {
        return confirm(pages, ctx, admin, pairs);
    }

    public void disable(Context ctx) {
        change(ctx, "admin:users:write", "disabled", (actor, id, form) -> setDisabled(actor, id, true));
    }

    public void enable(Context ctx) {
        change(ctx, "admin:users:write", "enabled", (actor, id, form) -> setDisabled(actor, id, false));
    }

    private void setDisabled(Actor actor, String id, boolean disabled) {
        users.update(actor, id, Optional.empty(), false, Optional.empty(), disabled, null);
    }

    /** GET /admin/users/{id}/delete: what will be deleted, and the form that does it (no JavaScript confirm). */
    public void confirmDelete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:users:write");
        if (admin.isEmpty()) return;
        UserView user = UserView.of(existing(ctx.pathParam("id")));
        String page = AdminConsole.USERS + "/" + user.id();
        pages.render(ctx, 200, "pages/admin_ask.jte", confirm(ctx, admin.get(),
                "title", pages.text(ctx, "admin.user.delete.title", user.username()),
                "message", pages.text(ctx, "admin.user.delete.message", user.username()),
                "action", page + "/delete", "button", pages.text(ctx, "admin.user.delete"), "cancel", page));
    }

    /** POST /admin/users/{id}/delete: as DELETE /admin/v1/users/{id}; deleting one already deleted (two tabs) says so. */
    public void delete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:users:write");
        if (admin.isEmpty()) return;
        pages.form(ctx);
        String id = ctx.pathParam("id");
        run(ctx, id, () -> users.delete(guard.actor(ctx, admin.get()), id));
        pages.redirect(ctx, AdminConsole.USERS + "?done=deleted");
    }

    public void passwordReset(Context ctx) {
        change(ctx, "admin:users:write", "reset_sent", (actor, id, form) -> users.triggerReset(actor, id));
    }

    public void verificationEmail(Context ctx) {
        change(ctx, "admin:users:write", "verification_sent", (actor, id, form) -> users.sendVerification(actor, id));
    }

    public void markVerified(Context ctx) {
        change(ctx, "admin:users:write", "verified", (actor, id, form) -> users.markVerified(actor, id));
    }

    /**
     * POST /admin/users/{id}/sessions/revoke: ends every session of the user (token sessions and the
     * browser's sign-ins), as DELETE /admin/v1/users/{id}/sessions: admin:sessions:write, the privilege
     * rule, audited as admin_sessions_revoke.
     */
    public void endSessions(Context ctx) {
        change(ctx, "admin:sessions:write", "sessions_ended", (actor, id, form) -> users.endSessions(actor, id));
    }

    /** POST /admin/users/{id}/sessions/end (field {@code session}): one session, as DELETE /admin/v1/users/{id}/sessions/{session_id}. */
    public void endSession(Context ctx) {
        change(ctx, "admin:sessions:write", "session_ended", (actor, id, form) -> {
            if (!users.endSession(actor, id, form.get("session"))) throw PageException.of(404, "admin.gone.session").withLink(page(id), "admin.back_to_user");
        });
    }

    /** POST /admin/users/{id}/mfa/reset: as DELETE /admin/v1/users/{id}/mfa. */
    public void resetMfa(Context ctx) {
        change(ctx, "admin:users:write", "mfa_reset", (actor, id, form) -> mfa.reset(actor, id));
    }

    /** POST /admin/users/{id}/roles/grant (field {@code role}): as PUT /admin/v1/users/{id}/roles with one role more. */
    public void grantRole(Context ctx) {
        change(ctx, "admin:roles:write", "role_granted", (actor, id, form) -> users.addRole(actor, id, form.get("role", "")));
    }

    /** POST /admin/users/{id}/roles/revoke (field {@code role}): as PUT /admin/v1/users/{id}/roles with one role less. */
    public void revokeRole(Context ctx) {
        change(ctx, "admin:roles:write", "role_revoked", (actor, id, form) -> users.removeRole(actor, id, form.get("role", "")));
    }

    /** POST /admin/users/{id}/consents/withdraw (field {@code client_id}): as DELETE /admin/v1/users/{id}/consents/{client_id}. */
    public void withdrawConsent(Context ctx) {
        change(ctx, "admin:users:write", "consent_withdrawn", (actor, id, form) -> {
            existing(id);
            try {
                consents.withdraw(actor, id, form.get("client_id"));
            } catch (DomainException e) {
                if (e.error() != ErrorCode.NOT_FOUND) throw e;
                throw PageException.of(404, "admin.gone.consent").withLink(page(id), "admin.back_to_user");
            }
        });
    }

    /** The frame of every change: permission, CSRF, the change, then back to the user's page with its notice. */
    private void change(Context ctx, String permission, String notice, Change change) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, permission);
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        String id = ctx.pathParam("id");
        Actor actor = guard.actor(ctx, admin.get());
        run(ctx, id, () -> change.apply(actor, id, form));
        done(ctx, id, notice);
    }

    /**
     * Runs a change and turns what the service refuses into a page: a user that no longer exists (deleted
     * in another tab) is a 404 page saying so; any other refusal is the API's error as a page with the way
     * back to the user.
     */
    private void run(Context ctx, String id, Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            if (e.error() == ErrorCode.NOT_FOUND) existing(id);
            throw Pages.fromApi(e).withLink(page(id), "admin.back_to_user");
        }
    }

    /** The user, or the page saying it is not (or no longer) there. */
    private dev.gatehouse.account.UserWithGrants existing(String id) {
        try {
            return users.get(id);
        } catch (DomainException e) {
            throw PageException.of(404, "admin.gone.user").withLink(AdminConsole.USERS, "admin.back");
        }
    }

    private void done(Context ctx, String id, String notice) {
        pages.redirect(ctx, page(id) + "?done=" + notice);
    }

    private static String page(String id) {
        return AdminConsole.USERS + "/" + id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
