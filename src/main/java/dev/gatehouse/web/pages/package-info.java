/**
 * Hosted HTML pages (Javalin side; the feature logic lives in the services they call).
 *
 * <p>Adding a page takes three pieces:
 * <ol>
 *   <li>A template {@code src/main/jte/pages/NAME.jte} with typed {@code @param}s that wraps its
 *       body in {@code @template.pages.layout(t = t, title = t.get("name.title"), content = @`...`)}: every word a
 *       person reads is a message of the bundles ({@code dev.gatehouse.i18n}, {@code ${t.get("key")}}, or
 *       {@code ${t.html("key.html", arg)}} for a little markup), never text in the template (TemplateTextTest). Every form is
 *       {@code <form method="post" action="/path">} with
 *       {@code <input type="hidden" name="csrf" value="${csrf}">}; inputs come from
 *       {@code @template.pages.field(name, label, type, value, autocomplete, error, hint, describedBy,
 *       required, autofocus)}, which ties the label, hint and error text to the input.</li>
 *   <li>A controller (a small final class here) taking {@link dev.gatehouse.web.pages.Pages}: GET
 *       renders with {@code pages.render(ctx, 200, "pages/NAME.jte", params)} where params include
 *       {@code "csrf" -> pages.csrfToken(ctx)}; POST starts with {@code Form form = pages.form(ctx)}
 *       (parses and checks CSRF; 4xx pages on failure), calls one service, then
 *       {@code pages.redirect(ctx, path)} (303) or re-renders with an error status. Query values come
 *       from {@code pages.query(ctx, name)}; a local redirect target from
 *       {@link dev.gatehouse.web.pages.ReturnTo#safe}. Throw {@link dev.gatehouse.web.pages.PageException}
 *       for an error page.</li>
 *   <li>Routes in {@code web/Routes}, each wrapped: {@code r.get("/x", page.page(controller::show))}.
 *       The wrapper sets the security headers and turns exceptions into HTML error pages.</li>
 * </ol>
 */
package dev.gatehouse.web.pages;
