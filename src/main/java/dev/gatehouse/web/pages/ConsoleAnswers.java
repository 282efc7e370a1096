package dev.gatehouse.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The pieces of answer the console's sections share: the page parameters every page has, the notice after a 303, the delete question. */
final class ConsoleAnswers {
    private ConsoleAnswers() {}

    /** The parameters of every console page's navigation: who is signed in, and the sign-out form's CSRF token. */
    static Map<String, Object> base(Pages pages, Context ctx, ConsoleGuard.Admin admin) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", admin.username());
        params.put("signOut", pages.csrfToken(ctx));
        return params;
    }

    /** The words of {@code ?done=…} after a 303 back to a page ({@code admin.done.NAME}); anything not in {@code allowed} shows none. */
    static String done(Pages pages, Context ctx, Set<String> allowed) {
        String done = pages.query(ctx, "done");
        return done != null && allowed.contains(done) ? pages.text(ctx, "admin.done." + done) : null;
    }

    /**
     * The confirmation step before a delete: a GET never deletes, the question's form POSTs to
     * {@code path + "/delete"} with the CSRF token, and "cancel" leads back to {@code path}.
     */
    static void confirmDelete(Pages pages, Context ctx, ConsoleGuard.Admin admin, String section, String name, String path) {
        Map<String, Object> params = base(pages, ctx, admin);
        params.put("title", pages.text(ctx, "admin." + section + ".delete.title", name));
        params.put("message", pages.text(ctx, "admin." + section + ".delete.message"));
        params.put("action", path + "/delete");
        params.put("cancel", path);
        params.put("csrf", pages.csrfToken(ctx));
        pages.render(ctx, 200, "pages/admin_confirm.jte", params);
    }
}
