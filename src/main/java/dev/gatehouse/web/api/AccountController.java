package dev.gatehouse.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.AccountService;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.JsonFields;
import dev.gatehouse.web.http.Principal;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** The signed-in user's own account (API.md §3): /me, its profile and its password. */
public final class AccountController {
    /** {@code current_password} is no profile field: it is the recent sign-in an email change needs. */
    private static final Set<String> PATCH_FIELDS = Set.of("name", "email", "current_password");

    private final AccountService accounts;
    private final Http http;

    public AccountController(AccountService accounts, Http http) {
        this.accounts = accounts;
        this.http = http;
    }

    /** The session check is part of the same read (the route admits a signed token only; see BearerAuth#signedToken). */
    public void me(Context ctx) {
        Principal p = http.principal(ctx);
        Http.json(ctx, MeView.of(accounts.getForSession(p.userId(), p.sessionId()), null));
    }

    /** PATCH semantics: an absent field is left alone, {@code null} clears it (RFC 7396 spirit); email cannot be cleared. */
    public void update(Context ctx) {
        Principal p = http.principal(ctx);
        JsonNode body = http.patch(ctx, PATCH_FIELDS);
        Optional<String> name = JsonFields.text(body, "name");
        Optional<String> email = JsonFields.text(body, "email");
        String currentPassword = JsonFields.text(body, "current_password").orElse(null);
        boolean clearName = JsonFields.cleared(body, "name");
        JsonFields.notNull(body, "email");
        AccountService.ProfileUpdate update = accounts.update(p.userId(), p.sessionId(), name, email, clearName, currentPassword, http.ip(ctx));
        Http.json(ctx, MeView.of(update.user(), update.pendingEmail()));
    }

    public void changePassword(Context ctx) {
        Principal p = http.principal(ctx);
        Requests.ChangePassword r = http.body(ctx, Requests.ChangePassword.class);
        accounts.changePassword(p.userId(), p.sessionId(), r.currentPassword(), r.newPassword(), http.ip(ctx));
        ctx.status(204);
    }
}
