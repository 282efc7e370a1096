package dev.gatehouse.web.admin;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.keys.KeyInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Controllers of the admin API (API.md §4): parse, call one service, render. Authorization has
 * already happened in {@code Routes.admin(...)} by the time any method here runs.
 */
public final class AdminHandlers {
    private final KeyAdmin keys;

    public AdminHandlers(KeyAdmin keys) {
        this.keys = keys;
    }

    public Map<String, Object> keys() {
        return page(keys.list().stream().map(AdminHandlers::key).toList(), null);
    }

    public Map<String, Object> rotateKey(Actor actor) {
        return key(keys.rotate(actor));
    }

    private static Map<String, Object> key(KeyInfo k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kid", k.kid());
        out.put("alg", k.alg());
        out.put("status", k.status());
        out.put("created_at", k.createdAt().toString());
        out.put("publish_until", k.publishUntil() == null ? null : k.publishUntil().toString());
        return out;
    }

    /** Every list answers {"items":[...],"next_cursor":null|"..."} (API.md §4). */
    private static Map<String, Object> page(List<Map<String, Object>> items, String nextCursor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("next_cursor", nextCursor);
        return out;
    }
}
