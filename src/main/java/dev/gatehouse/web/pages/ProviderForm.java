package dev.gatehouse.web.pages;

import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.ProviderType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's identity provider form: the fields the provider's type needs, the values and the
 * errors next to each field. The client secret is write-only: no value of this form ever holds it,
 * so neither the edit form nor a refused form sends it back to the browser.
 *
 * @param id the provider being edited; null on the create form
 */
public record ProviderForm(ProviderType type, String id, Map<String, String> values, ConsoleForms.Errors errors) implements ConsoleFormView {
    public ProviderForm {
        values = Map.copyOf(values);
    }

    public boolean create() {
        return id == null;
    }

    public boolean shows(String field) {
        return fields(type, create()).contains(field);
    }


    /** Apple's "secret" is the PEM of the team's key: several lines. */
    public boolean pemSecret() {
        return type == ProviderType.APPLE;
    }

    static Set<String> fields(ProviderType type, boolean create) {
        Set<String> f = new LinkedHashSet<>(List.of("name", "client_id", "client_secret", "scopes", "link_policy", "enabled", "create_users",
                "trust_email"));
        if (create) f.add("id");
        else f.add("clear_secret");
        if (type == ProviderType.OIDC) f.add("issuer");
        if (type == ProviderType.MICROSOFT) f.add("tenant");
        if (type == ProviderType.APPLE) f.addAll(List.of("team_id", "key_id"));
        if (type.openId()) f.add("audiences");
        return f;
    }

    static ProviderForm blank(ProviderType type) {
        Map<String, String> v = new HashMap<>();
        v.put("enabled", "on");
        v.put("create_users", "on");
        if (type.trustsEmailByDefault()) v.put("trust_email", "on");
        v.put("link_policy", "confirm");
        return new ProviderForm(type, null, v, ConsoleForms.Errors.NONE);
    }

    static ProviderForm of(IdentityProvider p) {
        var s = p.settings();
        Map<String, String> v = new HashMap<>();
        v.put("name", p.name());
        v.put("client_id", s.clientId() == null ? "" : s.clientId());
        v.put("scopes", String.join(" ", s.scopes()));
        v.put("audiences", String.join(" ", s.audiences()));
        v.put("link_policy", p.linkPolicy().wireName());
        if (p.enabled()) v.put("enabled", "on");
        if (p.createUsers()) v.put("create_users", "on");
        if (s.trustEmail()) v.put("trust_email", "on");
        if (s.issuer() != null) v.put("issuer", s.issuer());
        if (s.tenant() != null) v.put("tenant", s.tenant());
        if (s.teamId() != null) v.put("team_id", s.teamId());
        if (s.keyId() != null) v.put("key_id", s.keyId());
        return new ProviderForm(p.type(), p.id(), v, ConsoleForms.Errors.NONE);
    }

    /** What was typed, without the secret, with the errors of it. */
    static ProviderForm typed(ProviderType type, String id, Form form, ConsoleForms.Errors errors) {
        Map<String, String> v = new HashMap<>();
        for (String name : fields(type, id == null)) {
            String value = form.get(name);
            if (value != null && !name.equals("client_secret")) v.put(name, value);
        }
        return new ProviderForm(type, id, v, errors);
    }
}
