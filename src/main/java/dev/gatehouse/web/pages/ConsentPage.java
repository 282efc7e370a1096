package dev.gatehouse.web.pages;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent page (API.md §5): one {@code <form method="post">} with submit buttons
 * {@code name="decision" value="allow"} and {@code value="deny"}, the CSRF token, and whatever
 * hidden inputs the authorize flow needs to resume. Rendered by the authorize flow; no route of its own.
 */
public final class ConsentPage {
    private final Pages pages;

    public ConsentPage(Pages pages) {
        this.pages = pages;
    }

    /**
     * @param action     where the form posts (a path on this server)
     * @param hidden     extra hidden inputs (e.g. the pending request's id), rendered escaped
     * @param redirectTo the client redirect URI the answer will 303 to: added to CSP form-action
     */
    public void render(Context ctx, String clientName, String username, Collection<String> scopes, String action,
                       Map<String, String> hidden, String redirectTo) {
        if (redirectTo != null) pages.allowFormAction(ctx, redirectTo);
        pages.render(ctx, 200, "pages/consent.jte", params(pages.csrfToken(ctx), clientName, username, ScopeText.describe(scopes, pages.messages(ctx)),
                action, hidden));
    }

    static Map<String, Object> params(String csrf, String clientName, String username, List<ScopeText.Line> scopes, String action,
                                      Map<String, String> hidden) {
        Map<String, Object> p = new HashMap<>();
        p.put("csrf", csrf);
        p.put("clientName", clientName);
        p.put("username", username);
        p.put("scopes", scopes);
        p.put("action", action);
        p.put("hidden", hidden);
        return p;
    }
}
