package dev.gatehouse.web.pages;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.oauth.client.OAuthClient;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's OAuth clients (API.md §9, §5): the list, a client's page, the guided create form (one
 * per {@link ClientKind}), edit, secret rotation and delete. Each action calls {@link ClientRegistry}
 * as /admin/v1/clients does, with the same permission (admin:clients:read or :write) and audit event.
 *
 * <p>A client secret is shown once, on the page that answers the create or rotate POST (no-store, as
 * every console page): never in a redirect's address, a cookie or any later page, since only its hash
 * is stored (RFC 6819 §5.1.4.1.3). The create form comes with a client id already chosen, so a form
 * sent twice (a double click, a retry) meets "taken" instead of creating a second client.
 */
public final class AdminClientPages {
    public static final String PATH = "/admin/clients";
    static final String READ = "admin:clients:read";
    static final String WRITE = "admin:clients:write";
    private static final int PAGE_SIZE = 50;
    /** The notices a 303 back to a page may name ({@code ?done=…}); anything else shows none. */
    private static final Set<String> DONE = Set.of("created", "saved", "deleted");

    private final Pages pages;
    private final ConsoleGuard guard;
    private final ClientRegistry clients;

    public AdminClientPages(Pages pages, ConsoleGuard guard, ClientRegistry clients) {
        this.pages = pages;
        this.guard = guard;
        this.clients = clients;
    }

    /** GET /admin/clients?cursor=: a page of clients. */
    public void list(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, READ);
        if (admin.isEmpty()) return;
        String cursor = pages.query(ctx, "cursor");
        ClientRegistry.Page page = clients.list(PAGE_SIZE, cursor == null || cursor.isEmpty() ? null : cursor);
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("items", page.items());
        params.put("nextCursor", page.nextCursor());
        params.put("canWrite", guard.allows(admin.get(), WRITE));
        params.put("done", ConsoleAnswers.done(pages, ctx, DONE));
        pages.render(ctx, 200, "pages/admin_clients.jte", params);
    }

    /** GET /admin/clients/new?kind=: without a kind the choice of kinds, with one its form. */
    public void createForm(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        String wire = pages.query(ctx, "kind");
        if (wire == null) {
            Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
            params.put("kinds", List.of(ClientKind.values()));
            pages.render(ctx, 200, "pages/admin_client_kind.jte", params);
            return;
        }
        renderForm(ctx, 200, admin.get(), ClientForm.blank(kind(wire), SecureTokens.random(16)));
    }

    /** POST /admin/clients: creates the client; a confidential one's secret is on the answer, once. */
    public void create(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        ClientKind kind = kind(form.get("kind"));
        List<FieldError> typed = new ArrayList<>();
        ClientSpec spec = spec(kind, null, form, typed);
        ClientRegistry.Created created;
        try {
            if (!typed.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, typed);
            created = clients.create(spec, admin.get().userId());
        } catch (DomainException e) {
            refused(ctx, admin.get(), e, kind, null, false, form);
            return;
        }
        if (created.clientSecret() == null) {
            pages.redirect(ctx, PATH + "/" + created.client().clientId() + "?done=created");
            return;
        }
        renderSecret(ctx, admin.get(), created, true);
    }

    /** GET /admin/clients/{client_id}: the client's settings and what may be done with it. */
    public void show(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, READ);
        if (admin.isEmpty()) return;
        OAuthClient client = clients.get(ctx.pathParam("client_id")); // 404 page for an unknown id
        boolean canWrite = guard.allows(admin.get(), WRITE);
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("client", client);
        params.put("kind", ClientKind.of(client));
        params.put("csrf", canWrite ? pages.csrfToken(ctx) : null);
        params.put("done", ConsoleAnswers.done(pages, ctx, DONE));
        pages.render(ctx, 200, "pages/admin_client.jte", params);
    }

    /** GET /admin/clients/{client_id}/edit */
    public void editForm(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        renderForm(ctx, 200, admin.get(), ClientForm.of(clients.get(ctx.pathParam("client_id"))));
    }

    /** POST /admin/clients/{client_id}/edit: as PATCH /admin/v1/clients/{client_id} with the fields the form shows. */
    public void update(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        Form form = pages.form(ctx);
        OAuthClient current = clients.get(ctx.pathParam("client_id"));
        ClientForm stored = ClientForm.of(current);
        List<FieldError> typed = new ArrayList<>();
        ClientSpec spec = spec(stored.kind(), current, form, typed);
        try {
            if (!typed.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, typed);
            clients.update(current.clientId(), spec, admin.get().userId());
        } catch (DomainException e) {
            refused(ctx, admin.get(), e, stored.kind(), current.clientId(), stored.keyedAuth(), form);
            return;
        }
        pages.redirect(ctx, PATH + "/" + current.clientId() + "?done=saved");
    }

    /** POST /admin/clients/{client_id}/secret: a new secret, shown on the answer once; the old one stops working. */
    public void rotateSecret(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        pages.form(ctx);
        renderSecret(ctx, admin.get(), clients.rotateSecret(ctx.pathParam("client_id"), admin.get().userId()), false);
    }

    /** GET /admin/clients/{client_id}/delete: the confirmation step. */
    public void confirmDelete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        OAuthClient client = clients.get(ctx.pathParam("client_id"));
        ConsoleAnswers.confirmDelete(pages, ctx, admin.get(), "clients", client.name(), PATH + "/" + client.clientId());
    }

    /** POST /admin/clients/{client_id}/delete: deletes it and ends its sessions, as DELETE /admin/v1/clients/{client_id}. */
    public void delete(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, WRITE);
        if (admin.isEmpty()) return;
        pages.form(ctx);
        clients.delete(ctx.pathParam("client_id"), admin.get().userId());
        pages.redirect(ctx, PATH + "?done=deleted");
    }

    /**
     * The metadata the form sends, as the API's body would hold it: the kind sets type and grant types,
     * a field the form does not show is null (the default on create, unchanged on edit), and a grant
     * type the form has no checkbox for stays as it is.
     */
    private static ClientSpec spec(ClientKind kind, OAuthClient current, Form form, List<FieldError> typed) {
        boolean create = current == null;
        Set<String> shown = ClientForm.fields(kind, create, current != null && ClientForm.of(current).keyedAuth());
        LinkedHashSet<String> grants = new LinkedHashSet<>();
        grants.add(kind.mainGrant());
        for (String g : kind.optionalGrants()) {
            if (ConsoleForms.checked(form, ClientForm.GRANT_PREFIX + g)) grants.add(g);
        }
        if (!create) current.grantTypes().stream().filter(g -> !kind.optionalGrants().contains(g)).forEach(grants::add);
        String clientId = create ? blankToNull(form.get("client_id")) : null;
        Long accessTtl = ConsoleForms.seconds(form, "access_token_ttl", typed);
        Long refreshTtl = shown.contains("refresh_token_ttl") ? ConsoleForms.seconds(form, "refresh_token_ttl", typed) : null;
        return new ClientSpec(clientId, form.get("name", ""), create ? kind.type().wire() : null,
                list(shown, "redirect_uris", ConsoleForms.lines(form.get("redirect_uris", "")), create),
                list(shown, "post_logout_redirect_uris", ConsoleForms.lines(form.get("post_logout_redirect_uris", "")), create),
                List.copyOf(grants), ConsoleForms.words(form.get("scopes", "")),
                shown.contains("token_endpoint_auth_method") ? blankToNull(form.get("token_endpoint_auth_method")) : null, null, null,
                flag(shown, "first_party", form, create), accessTtl, refreshTtl,
                shown.contains("id_token_signed_response_alg") ? blankToNull(form.get("id_token_signed_response_alg")) : null,
                form.get("access_token_signed_response_alg", ClientSpec.SERVER_DEFAULT), ConsoleForms.lines(form.get("audience", "")),
                flag(shown, "require_mfa", form, create),
                list(shown, "web_origins", ConsoleForms.lines(form.get("web_origins", "")), create));
    }

    /** A list the form shows as typed; one it does not: none on create, unchanged on edit. */
    private static List<String> list(Set<String> shown, String field, List<String> typed, boolean create) {
        if (shown.contains(field)) return typed;
        return create ? List.of() : null;
    }

    private static Boolean flag(Set<String> shown, String field, Form form, boolean create) {
        if (shown.contains(field)) return ConsoleForms.checked(form, field);
        return create ? Boolean.FALSE : null;
    }

    /** The form again, as typed, with the service's words next to each field; other refusals are error pages. */
    private void refused(Context ctx, ConsoleGuard.Admin admin, DomainException e, ClientKind kind, String clientId, boolean keyedAuth,
                         Form form) {
        boolean fields = e.error() == ErrorCode.INVALID_REQUEST || e.error() == ErrorCode.CLIENT_ID_TAKEN;
        if (!fields || e.fieldErrors().isEmpty()) throw e;
        ConsoleForms.Errors errors = ConsoleForms.errors(pages.messages(ctx), e.fieldErrors(), ClientForm.fields(kind, clientId == null, keyedAuth));
        renderForm(ctx, e.error() == ErrorCode.CLIENT_ID_TAKEN ? 409 : 400, admin, ClientForm.typed(kind, clientId, keyedAuth, form, errors));
    }

    private void renderForm(Context ctx, int status, ConsoleGuard.Admin admin, ClientForm form) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("form", form);
        params.put("csrf", pages.csrfToken(ctx));
        params.put("algorithms", KeyService.ALGORITHMS);
        pages.render(ctx, status, "pages/admin_client_form.jte", params);
    }

    /** The one page that shows a client secret. */
    private void renderSecret(Context ctx, ConsoleGuard.Admin admin, ClientRegistry.Created created, boolean isNew) {
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("client", created.client());
        params.put("secret", created.clientSecret());
        params.put("isNew", isNew);
        pages.render(ctx, 200, "pages/admin_client_secret.jte", params);
    }

    private static ClientKind kind(String wire) {
        ClientKind kind = ClientKind.fromWire(wire);
        if (kind == null) throw PageException.badRequest("admin.clients.kind.invalid");
        return kind;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
