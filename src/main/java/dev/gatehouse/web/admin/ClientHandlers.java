package dev.gatehouse.web.admin;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.oauth.client.ClientJson;
import dev.gatehouse.oauth.client.ClientRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Controllers of /admin/v1/clients (API.md §4, §5): parse, call the registry, render the client
 * JSON. The secret appears only in the answers to create and rotation.
 */
public final class ClientHandlers {
    private final ClientRegistry clients;

    public ClientHandlers(ClientRegistry clients) {
        this.clients = clients;
    }

    public Map<String, Object> list(String limit, String cursor) {
        Integer n = null;
        if (limit != null) {
            try {
                n = Integer.valueOf(limit);
            } catch (NumberFormatException e) {
                throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("limit", "invalid")));
            }
        }
        ClientRegistry.Page page = clients.list(n, cursor == null || cursor.isEmpty() ? null : cursor);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items().stream().map(c -> ClientJson.of(c, null)).toList());
        out.put("next_cursor", page.nextCursor());
        return out;
    }

    public Map<String, Object> create(ClientBody body, Actor actor) {
        ClientRegistry.Created created = clients.create(body.spec(), actor.userId());
        return ClientJson.of(created.client(), created.clientSecret());
    }

    public Map<String, Object> get(String clientId) {
        return ClientJson.of(clients.get(clientId), null);
    }

    public Map<String, Object> update(String clientId, ClientBody body, Actor actor) {
        return ClientJson.of(clients.update(clientId, body.spec(), actor.userId()), null);
    }

    public void delete(String clientId, Actor actor) {
        clients.delete(clientId, actor.userId());
    }

    public Map<String, Object> rotateSecret(String clientId, Actor actor) {
        ClientRegistry.Created rotated = clients.rotateSecret(clientId, actor.userId());
        return ClientJson.of(rotated.client(), rotated.clientSecret());
    }
}
