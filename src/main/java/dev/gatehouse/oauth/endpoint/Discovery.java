package dev.gatehouse.oauth.endpoint;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.oauth.client.ClientAuthMethods;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.ClientRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authorization server metadata (RFC 8414 §2; served at both well-known paths, OIDC Discovery §3).
 * It describes exactly what runs: the token endpoint's grants come from its dispatch map, the
 * authentication methods and assertion algorithms from the authenticator. There is no
 * authorization endpoint yet, so no {@code authorization_endpoint} and no
 * {@code response_types_supported}; the OIDC members that need ID tokens come with them.
 */
public final class Discovery {
    private final String issuer;
    private final TokenEndpoint token;
    private final ClientRegistry clients;

    public Discovery(String issuer, TokenEndpoint token, ClientRegistry clients) {
        this.issuer = issuer;
        this.token = token;
        this.clients = clients;
    }

    public Map<String, Object> metadata() {
        List<String> algs = ClientAuthenticator.ASSERTION_ALGS.stream().map(JWSAlgorithm::getName).toList();
        List<String> authenticated = ClientAuthMethods.ALL.stream().filter(m -> !m.equals(ClientAuthMethods.NONE)).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer);
        m.put("jwks_uri", issuer + "/oauth2/jwks");
        m.put("token_endpoint", issuer + "/oauth2/token");
        m.put("grant_types_supported", token.grantTypes());
        m.put("token_endpoint_auth_methods_supported", ClientAuthMethods.ALL);
        m.put("token_endpoint_auth_signing_alg_values_supported", algs);
        // RFC 7662 §2.1: introspection needs a client that can prove who it is: no "none".
        m.put("introspection_endpoint", issuer + "/oauth2/introspect");
        m.put("introspection_endpoint_auth_methods_supported", authenticated);
        m.put("introspection_endpoint_auth_signing_alg_values_supported", algs);
        m.put("revocation_endpoint", issuer + "/oauth2/revoke");
        m.put("revocation_endpoint_auth_methods_supported", ClientAuthMethods.ALL);
        m.put("revocation_endpoint_auth_signing_alg_values_supported", algs);
        m.put("scopes_supported", clients.allScopes());
        // SECURITY.md: PKCE with S256 only, "plain" never (OAuth 2.1 §4.1.1).
        m.put("code_challenge_methods_supported", List.of("S256"));
        return m;
    }
}
