package dev.gatehouse.web.pages;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.federation.ProviderRegistry;
import dev.gatehouse.federation.ProviderSpec;
import dev.gatehouse.federation.ProviderType;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's upstream identity providers (API.md §9, §6): list, create per type, a provider's page
 * with the redirect URI to register upstream, edit, enable or disable, delete. Each action calls
 * {@link ProviderRegistry} as /admin/v1/identity-providers does, with the same permission
 * (admin:identity-providers:read or :write) and audit event. The client secret is write-only: the
 * forms never hold it, an empty secret field on edit keeps the stored one.
 */
public final class AdminProviderPages {
    public static final String PATH = "/admin/providers";
    static final String READ = "admin:identity-providers:read";
    static final String WRITE = "admin:identity-providers:write";
    private static final Set<String> DONE = Set.of("created", "saved", "deleted", "enabled", "disabled");

    private final Pages pages;
    private final ConsoleGuard guard;
    private final ProviderRegistry providers;

    public AdminProviderPages(Pages pages, ConsoleGuard guard, ProviderRegistry providers) {
        this.pages = pages;
        this.guard = guard;
        this.providers = providers;
    }

    /** GET /admin/providers: every provider (there are few). */
    public void list(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, READ);
        if (admin.isEmpty()) return;
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("items", providers.list());
        params.put("canWrite", guard.allows(admin.get(), WRITE));
        params.put("done", ConsoleAnswers.done(pages, ctx, DONE));
        pages.render(ctx, 200, "pages/admin_providers.jte", params);
    }

    /** GET /admin/providers/new?type=: without a type the choice of types, with one its form. */
    public void createForm(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        String wire = pages.query(ctx, "type");
        if (wire == null) {
            Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
            params.put("types", List.of(ProviderType.values()));
            pages.render(ctx, 200, "pages/admin_provider_type.jte", params);
            return;
        }
        renderForm(ctx, 200, admin.get(), ProviderForm.blank(type(wire)));
    }

    /** POST /admin/providers */
    public void create(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        ProviderType type = type(form.get("type"));
        ProviderSpec spec = new ProviderSpec(form.get("id", ""), type.wireName(), blankToNull(form.get("name")),
                ConsoleForms.checked(form, "enabled"), ConsoleForms.checked(form, "create_users"), ConsoleForms.checked(form, "trust_email"),
                form.get("link_policy", LinkPolicy.CONFIRM.wireName()), shownOrNull(type, true, "issuer", blankToNull(form.get("issuer"))),
                form.get("client_id", ""), blankToNull(form.get("client_secret")), words(form.get("scopes")),
                shownOrNull(type, true, "audiences", ConsoleForms.words(form.get("audiences", ""))),
                shownOrNull(type, true, "tenant", blankToNull(form.get("tenant"))),
                shownOrNull(type, true, "team_id", blankToNull(form.get("team_id"))),
                shownOrNull(type, true, "key_id", blankToNull(form.get("key_id"))), null);
        IdentityProvider created;
        try {
            created = providers.create(spec, admin.get().userId());
        } catch (DomainException e) {
            refused(ctx, admin.get(), e, type, null, form);
            return;
        }
        pages.redirect(ctx, PATH + "/" + created.id() + "?done=created");
    }

    /** GET /admin/providers/{id}: its settings, never its secret, and the redirect URI to register upstream. */
    public void show(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, READ);
        if (admin.isEmpty()) return;
        IdentityProvider p = providers.get(ctx.pathParam("id"));
        boolean canWrite = guard.allows(admin.get(), WRITE);
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("provider", p);
        params.put("redirectUri", providers.redirectUri(p.id()));
        boolean hasSecret = p.settings().clientSecret() != null && p.settings().clientSecret().isPresent();
        params.put("secretSource", !hasSecret ? null : providers.secretFromConfiguration(p.id()) ? "configuration" : "stored");
        params.put("csrf", canWrite ? pages.csrfToken(ctx) : null);
        params.put("done", ConsoleAnswers.done(pages, ctx, DONE));
        pages.render(ctx, 200, "pages/admin_provider.jte", params);
    }

    /** GET /admin/providers/{id}/edit */
    public void editForm(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        renderForm(ctx, 200, admin.get(), ProviderForm.of(providers.get(ctx.pathParam("id"))));
    }

    /** POST /admin/providers/{id}/edit: as PATCH; an empty secret keeps the stored one, "remove" erases it. */
    public void update(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        IdentityProvider current = providers.get(ctx.pathParam("id"));
        ProviderType type = current.type();
        String secret = ConsoleForms.checked(form, "clear_secret") ? "" : blankToNull(form.get("client_secret"));
        ProviderSpec patch = new ProviderSpec(null, null, form.get("name", ""), ConsoleForms.checked(form, "enabled"),
                ConsoleForms.checked(form, "create_users"), ConsoleForms.checked(form, "trust_email"),
                form.get("link_policy", current.linkPolicy().wireName()), shownOrNull(type, false, "issuer", form.get("issuer", "")),
                form.get("client_id", ""), secret, ConsoleForms.words(form.get("scopes", "")),
                shownOrNull(type, false, "audiences", ConsoleForms.words(form.get("audiences", ""))),
                shownOrNull(type, false, "tenant", form.get("tenant", "")), shownOrNull(type, false, "team_id", form.get("team_id", "")),
                shownOrNull(type, false, "key_id", form.get("key_id", "")), null);
        try {
            providers.update(current.id(), patch, admin.get().userId());
        } catch (DomainException e) {
            refused(ctx, admin.get(), e, type, current.id(), form);
            return;
        }
        pages.redirect(ctx, PATH + "/" + current.id() + "?done=saved");
    }

    /** POST /admin/providers/{id}/enable */
    public void enable(Context ctx) {
        setEnabled(ctx, true);
    }

    /** POST /admin/providers/{id}/disable: the login page stops offering it; linked identities stay. */
    public void disable(Context ctx) {
        setEnabled(ctx, false);
    }

    private void setEnabled(Context ctx, boolean enabled) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        pages.form(ctx);
        String id = providers.get(ctx.pathParam("id")).id();
        providers.update(id, new ProviderSpec(null, null, null, enabled, null, null, null, null, null, null, null, null, null, null, null,
                null), admin.get().userId());
        pages.redirect(ctx, PATH + "/" + id + "?done=" + (enabled ? "enabled" : "disabled"));
    }

    /** GET /admin/providers/{id}/delete: the confirmation step. */
    public void confirmDelete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        IdentityProvider p = providers.get(ctx.pathParam("id"));
        ConsoleAnswers.confirmDelete(pages, ctx, admin.get(), "providers", p.name(), PATH + "/" + p.id());
    }

    /** POST /admin/providers/{id}/delete: the provider and every identity linked through it. */
    public void delete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        pages.form(ctx);
        providers.delete(ctx.pathParam("id"), admin.get().userId());
        pages.redirect(ctx, PATH + "?done=deleted");
    }

    private void refused(Context ctx, ConsoleGuard.Admin admin, DomainException e, ProviderType type, String id, Form form) {
        boolean fields = e.error() == ErrorCode.INVALID_REQUEST || e.error() == ErrorCode.PROVIDER_ID_TAKEN;
        if (!fields || e.fieldErrors().isEmpty()) throw e;
        ConsoleForms.Errors errors = ConsoleForms.errors(pages.messages(ctx), e.fieldErrors(), ProviderForm.fields(type, id == null));
        renderForm(ctx, e.error() == ErrorCode.PROVIDER_ID_TAKEN ? 409 : 400, admin, ProviderForm.typed(type, id, form, errors));
    }

    private void renderForm(Context ctx, int status, ConsoleGuard.Admin admin, ProviderForm form) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("form", form);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("redirectUri", providers.redirectUri(form.create() ? "ID" : form.id()));
        pages.render(ctx, status, "pages/admin_provider_form.jte", params);
    }

    /** A field of another type is left out of the request (null), as the API's body would leave it out. */
    private static <T> T shownOrNull(ProviderType type, boolean create, String field, T value) {
        return ProviderForm.fields(type, create).contains(field) ? value : null;
    }

    /** Scopes on create: none typed is the type's defaults. */
    private static List<String> words(String text) {
        List<String> w = ConsoleForms.words(text);
        return w == null || w.isEmpty() ? null : w;
    }

    private static ProviderType type(String wire) {
        for (ProviderType t : ProviderType.values()) {
            if (t.wireName().equals(wire)) return t;
        }
        throw PageException.badRequest("admin.providers.type.invalid");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
