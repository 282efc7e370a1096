package dev.gatehouse.oauth.endpoint;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.client.ClientAuthMethods;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.rbac.ScopePolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Authorization server metadata (RFC 8414 §2; served at both well-known paths, OIDC Discovery §3).
 * It describes exactly what runs: the token endpoint's grants come from its dispatch map, the
 * authentication methods and assertion algorithms from the authenticator; the authorization code
 * flow (authorize, userinfo, end session) and its OpenID Connect members.
 */
public final class Discovery {
    private final String issuer;
    private final TokenEndpoint token;

    public Discovery(String issuer, TokenEndpoint token) {
        this.issuer = issuer;
        this.token = token;
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
        // OIDC Discovery §3: the public scopes only, the standard ones this server serves ("Servers MAY
        // choose not to advertise some supported scope values"). Permission scopes (notes:read) belong to
        // the clients registered for them and the APIs that check them: publishing every client's would
        // tell anyone what private APIs and clients exist.
        m.put("scopes_supported", List.copyOf(new TreeSet<>(ScopePolicy.OIDC_SCOPES)));
        // SECURITY.md: PKCE with S256 only, "plain" never (OAuth 2.1 §4.1.1).
        m.put("code_challenge_methods_supported", List.of("S256"));
        // The authorization code flow (OAuth 2.1 §4.1, OIDC Core §3.1): code only, query only.
        m.put("authorization_endpoint", issuer + "/oauth2/authorize");
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query"));
        // RFC 9207 §3: iss in every authorization response.
        m.put("authorization_response_iss_parameter_supported", true);
        m.put("prompt_values_supported", List.of("none", "login", "consent"));
        m.put("userinfo_endpoint", issuer + "/oauth2/userinfo");
        m.put("end_session_endpoint", issuer + "/oauth2/logout");
        m.put("subject_types_supported", List.of("public"));
        // ID tokens are signed with the client's id_token_signed_response_alg, whose key is created on first
        // use: every algorithm a key can be made for, RS256 always among them (OIDC Discovery §3).
        m.put("id_token_signing_alg_values_supported", KeyService.ALGORITHMS);
        m.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "amr", "azp", "sid", "at_hash",
                "preferred_username", "name", "email", "email_verified"));
        m.put("request_parameter_supported", false);
        m.put("request_uri_parameter_supported", false);
        m.put("claims_parameter_supported", false);
        return m;
    }
}
