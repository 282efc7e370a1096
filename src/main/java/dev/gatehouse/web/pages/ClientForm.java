package dev.gatehouse.web.pages;

import dev.gatehouse.oauth.client.ClientAuthMethods;
import dev.gatehouse.oauth.client.OAuthClient;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's client form as the template shows it: the kind that decides which fields appear, the
 * values (as stored, or as typed when the service refused them) and the errors next to each field.
 *
 * @param clientId   the client being edited; null on the create form
 * @param keyedAuth  the client signs in with {@code private_key_jwt}: its method and keys stay the admin API's
 */
public record ClientForm(ClientKind kind, String clientId, Map<String, String> values, ConsoleForms.Errors errors, boolean keyedAuth) implements ConsoleFormView {
    static final String GRANT_PREFIX = "grant_";

    public ClientForm {
        values = Map.copyOf(values);
    }

    public boolean create() {
        return clientId == null;
    }

    /** Whether the form shows {@code field}: a service error about any other field is shown above the form. */
    public boolean shows(String field) {
        return fields(kind, create(), keyedAuth).contains(field);
    }

    static Set<String> fields(ClientKind kind, boolean create, boolean keyedAuth) {
        Set<String> f = new LinkedHashSet<>(List.of("name", "scopes", "audience", "access_token_ttl", "access_token_signed_response_alg"));
        if (create) f.add("client_id");
        if (kind.signsInUsers()) {
            f.addAll(List.of("redirect_uris", "post_logout_redirect_uris", "first_party", "require_mfa", "refresh_token_ttl",
                    "id_token_signed_response_alg"));
        }
        if (kind.hasWebOrigins()) f.add("web_origins");
        if (kind.confidential() && !keyedAuth) f.add("token_endpoint_auth_method");
        kind.optionalGrants().forEach(g -> f.add(GRANT_PREFIX + g));
        return f;
    }

    /** The empty form of a kind, with the defaults of that kind filled in. */
    static ClientForm blank(ClientKind kind, String suggestedId) {
        Map<String, String> v = new HashMap<>();
        v.put("client_id", suggestedId);
        if (kind.signsInUsers()) {
            v.put("scopes", "openid profile email");
            v.put(GRANT_PREFIX + "refresh_token", "on");
            v.put("id_token_signed_response_alg", "RS256");
        }
        if (kind.hasWebOrigins()) v.put("web_origins", dev.gatehouse.oauth.client.WebOrigins.REDIRECT_URI_ORIGINS);
        if (kind.confidential()) v.put("token_endpoint_auth_method", ClientAuthMethods.CLIENT_SECRET_BASIC);
        return new ClientForm(kind, null, v, ConsoleForms.Errors.NONE, false);
    }

    /** The edit form of a stored client. */
    static ClientForm of(OAuthClient c) {
        ClientKind kind = ClientKind.of(c);
        Map<String, String> v = new HashMap<>();
        v.put("name", c.name() == null ? "" : c.name());
        v.put("redirect_uris", String.join("\n", c.redirectUris()));
        v.put("post_logout_redirect_uris", String.join("\n", c.postLogoutRedirectUris()));
        v.put("web_origins", String.join("\n", c.webOrigins()));
        v.put("scopes", String.join(" ", c.scopes()));
        v.put("audience", String.join("\n", c.audience()));
        v.put("token_endpoint_auth_method", c.authMethod());
        for (String g : kind.optionalGrants()) {
            if (c.allowsGrant(g)) v.put(GRANT_PREFIX + g, "on");
        }
        if (c.firstParty()) v.put("first_party", "on");
        if (c.requireMfa()) v.put("require_mfa", "on");
        if (c.accessTokenTtl() != null) v.put("access_token_ttl", String.valueOf(c.accessTokenTtl().toSeconds()));
        if (c.refreshTokenTtl() != null) v.put("refresh_token_ttl", String.valueOf(c.refreshTokenTtl().toSeconds()));
        v.put("id_token_signed_response_alg", c.idTokenSignedResponseAlg());
        v.put("access_token_signed_response_alg", c.accessTokenSignedResponseAlg() == null ? "" : c.accessTokenSignedResponseAlg());
        return new ClientForm(kind, c.clientId(), v, ConsoleForms.Errors.NONE, ClientAuthMethods.PRIVATE_KEY_JWT.equals(c.authMethod()));
    }

    /** The same form showing what was typed, with the errors of it. */
    static ClientForm typed(ClientKind kind, String clientId, boolean keyedAuth, Form form, ConsoleForms.Errors errors) {
        Map<String, String> v = new HashMap<>();
        for (String name : fields(kind, clientId == null, keyedAuth)) {
            String value = form.get(name);
            if (value != null) v.put(name, value);
        }
        return new ClientForm(kind, clientId, v, errors, keyedAuth);
    }
}
