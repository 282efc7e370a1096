package dev.gatehouse.web.admin;

import dev.gatehouse.admin.IdentityAdmin;
import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.ProviderJson;
import dev.gatehouse.federation.ProviderRegistry;
import dev.gatehouse.federation.ProviderSpec;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controller of /admin/v1/identity-providers and of a user's linked identities (API.md §6):
 * parse, call the registry, render the provider JSON, which never holds the secret. Routes admit the
 * caller (admin:identity-providers:read or :write; admin:users:read or :write) before any of these runs.
 */
public final class IdentityProviderController {
    private final ProviderRegistry providers;
    private final IdentityAdmin identities;
    private final Http http;

    public IdentityProviderController(ProviderRegistry providers, IdentityAdmin identities, Http http) {
        this.providers = providers;
        this.identities = identities;
        this.http = http;
    }

    /** There are few providers: one page, in the list shape of API.md §4. */
    public void list(Context ctx) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", providers.list().stream().map(p -> ProviderJson.of(p, providers)).toList());
        page.put("next_cursor", null);
        Http.noStore(ctx, page);
    }

    public void create(Context ctx) {
        ProviderSpec body = http.body(ctx, ProviderSpec.class);
        IdentityProvider created = providers.create(body, http.actor(ctx).userId());
        Http.createdNoStore(ctx, ProviderJson.of(created, providers), "admin", "v1", "identity-providers", created.id());
    }

    public void get(Context ctx) {
        Http.noStore(ctx, ProviderJson.of(providers.get(ctx.pathParam("id")), providers));
    }

    public void update(Context ctx) {
        String id = ctx.pathParam("id");
        ProviderSpec body = http.body(ctx, ProviderSpec.class);
        Http.noStore(ctx, ProviderJson.of(providers.update(id, body, http.actor(ctx).userId()), providers));
    }

    public void delete(Context ctx) {
        providers.delete(ctx.pathParam("id"), http.actor(ctx).userId());
        ctx.status(204);
    }

    public void userIdentities(Context ctx) {
        Http.noStore(ctx, ProviderJson.items(identities.list(ctx.pathParam("id")).stream()
                .map(i -> ProviderJson.identity(i, true)).toList()));
    }

    public void unlinkUserIdentity(Context ctx) {
        identities.unlink(http.actor(ctx), ctx.pathParam("id"), ctx.pathParam("provider"));
        ctx.status(204);
    }
}
