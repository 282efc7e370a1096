package dev.gatehouse.web.admin;

import dev.gatehouse.admin.Paging;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.oauth.client.ClientJson;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The controller of /admin/v1/clients (API.md §4, §5): parse, call the registry, render the client
 * JSON. Every answer carries no-store: the secret appears, once, in the answers to create and rotation.
 * Routes admit the caller (admin:clients:read or :write) before any of these runs.
 */
public final class ClientController {
    private final ClientRegistry clients;
    private final Http http;

    public ClientController(ClientRegistry clients, Http http) {
        this.clients = clients;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.noStore(ctx, page(ctx.queryParam("limit"), ctx.queryParam("cursor")));
    }

    public void create(Context ctx) {
        ClientBody body = http.body(ctx, ClientBody.class);
        ClientRegistry.Created created = clients.create(body.spec(), http.actor(ctx).userId());
        Http.createdNoStore(ctx, ClientJson.of(created.client(), created.clientSecret()),
                "admin", "v1", "clients", created.client().clientId());
    }

    public void get(Context ctx) {
        Http.noStore(ctx, ClientJson.of(clients.get(ctx.pathParam("client_id")), null));
    }

    public void update(Context ctx) {
        String clientId = ctx.pathParam("client_id");
        ClientBody body = http.body(ctx, ClientBody.class);
        Http.noStore(ctx, ClientJson.of(clients.update(clientId, body.spec(), http.actor(ctx).userId()), null));
    }

    public void delete(Context ctx) {
        clients.delete(ctx.pathParam("client_id"), http.actor(ctx).userId());
        ctx.status(204);
    }

    public void rotateSecret(Context ctx) {
        ClientRegistry.Created rotated = clients.rotateSecret(ctx.pathParam("client_id"), http.actor(ctx).userId());
        Http.noStore(ctx, ClientJson.of(rotated.client(), rotated.clientSecret()));
    }

    private Paging.Page<Map<String, Object>> page(String limit, String cursor) {
        Integer n = null;
        if (limit != null) {
            try {
                n = Integer.valueOf(limit);
            } catch (NumberFormatException e) {
                throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("limit", "invalid")));
            }
        }
        ClientRegistry.Page page = clients.list(n, cursor == null || cursor.isEmpty() ? null : cursor);
        return new Paging.Page<>(page.items().stream().map(c -> ClientJson.of(c, null)).toList(), page.nextCursor());
    }
}
