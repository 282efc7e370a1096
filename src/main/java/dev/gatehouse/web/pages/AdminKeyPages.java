package dev.gatehouse.web.pages;

import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.keys.KeyInfo;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's signing keys (API.md §9): which key signs now and which are only published (until
 * the tokens they signed have expired, RFC 7517 §5 key sets), and rotation, as GET /admin/v1/keys and
 * POST /admin/v1/keys/rotate do: admin:keys:read to look, admin:keys:write to rotate, the same audit
 * event. Metadata only, never key material.
 */
public final class AdminKeyPages {
    public static final String PATH = "/admin/keys";
    static final String READ = "admin:keys:read";
    static final String WRITE = "admin:keys:write";

    private final Pages pages;
    private final ConsoleGuard guard;
    private final KeyAdmin keys;

    public AdminKeyPages(Pages pages, ConsoleGuard guard, KeyAdmin keys) {
        this.pages = pages;
        this.guard = guard;
        this.keys = keys;
    }

    /** GET /admin/keys */
    public void list(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, READ);
        if (admin.isEmpty()) return;
        List<KeyInfo> all = keys.list();
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("items", all);
        params.put("csrf", guard.allows(admin.get(), WRITE) ? pages.csrfToken(ctx) : null);
        params.put("done", ConsoleAnswers.done(pages, ctx, java.util.Set.of("rotated")));
        pages.render(ctx, 200, "pages/admin_keys.jte", params);
    }

    /**
     * POST /admin/keys/rotate: a new active key per algorithm; the previous ones stay published. A form
     * sent twice rotates twice, which is harmless: every key stays published until its tokens expire.
     */
    public void rotate(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        pages.form(ctx);
        keys.rotate(guard.actor(ctx, admin.get()));
        pages.redirect(ctx, PATH + "?done=rotated");
    }
}
