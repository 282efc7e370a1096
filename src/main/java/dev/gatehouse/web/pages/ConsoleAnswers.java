package dev.gatehouse.web.pages;

import dev.gatehouse.core.DomainException;
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
        return notice(pages, ctx, "admin.done.", allowed);
    }

    /** The sentence of a {@code ?done=} notice after an action, if it is one of {@code known}; else none. */
    static String notice(Pages pages, Context ctx, String prefix, java.util.Set<String> known) {
        String done = pages.query(ctx, "done");
        return done != null && known.contains(done) ? pages.text(ctx, prefix + done) : null;
    }

    /** The sentence for a refused form: the error's own words where the bundles have them, and each field's code. */
    static String problem(Pages pages, Context ctx, DomainException e) {
        String key = "admin.error." + e.error().code();
        String sentence = pages.text(ctx, pages.messages(ctx).has(key) ? key : "admin.error.generic");
        StringBuilder out = new StringBuilder(sentence);
        e.fieldErrors().forEach(f -> out.append(' ').append(f.field()).append(": ").append(f.code()).append('.'));
        return out.toString();
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
