package dev.gatehouse.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provider JSON of API.md §6 as a map any JSON writer can serialise: every field with its value
 * or default, never the secret ({@code has_client_secret} says whether there is one, and
 * {@code client_secret_source} where it comes from).
 */
public final class ProviderJson {
    private ProviderJson() {}

    public static Map<String, Object> of(IdentityProvider p, ProviderRegistry registry) {
        ProviderSettings s = p.settings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("type", p.type().wireName());
        m.put("name", p.name());
        m.put("enabled", p.enabled());
        m.put("create_users", p.createUsers());
        m.put("trust_email", s.trustEmail());
        m.put("link_policy", p.linkPolicy().wireName());
        m.put("issuer", s.issuer());
        m.put("client_id", s.clientId());
        boolean hasSecret = s.clientSecret() != null && s.clientSecret().isPresent();
        m.put("has_client_secret", hasSecret);
        m.put("client_secret_source", !hasSecret ? null : registry.secretFromConfiguration(p.id()) ? "configuration" : "stored");
        m.put("scopes", s.scopes());
        m.put("audiences", s.audiences());
        m.put("tenant", s.tenant());
        m.put("team_id", s.teamId());
        m.put("key_id", s.keyId());
        m.put("endpoints", new TreeMap<>(s.endpoints()));
        m.put("redirect_uri", registry.redirectUri(p.id()));
        m.put("created_at", p.createdAt().toString());
        m.put("updated_at", p.updatedAt().toString());
        return m;
    }

    /** A linked identity as the account and admin APIs show it. */
    public static Map<String, Object> identity(LinkedIdentity i, boolean withLastUse) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", i.providerId());
        m.put("subject", i.subject());
        m.put("email", i.email());
        m.put("created_at", i.createdAt().toString());
        if (withLastUse) m.put("last_used_at", i.lastUsedAt() == null ? null : i.lastUsedAt().toString());
        return m;
    }

    public static Map<String, Object> items(List<Map<String, Object>> items) {
        return Map.of("items", items);
    }
}
