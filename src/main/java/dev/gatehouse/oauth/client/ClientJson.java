package dev.gatehouse.oauth.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** The client JSON of API.md §5 (RFC 7591 §2 member names), as a map any JSON writer can serialise. */
public final class ClientJson {
    private ClientJson() {}

    /** @param clientSecret included only when non-null: at creation and rotation, once */
    public static Map<String, Object> of(OAuthClient c, String clientSecret) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_id", c.clientId());
        if (clientSecret != null) m.put("client_secret", clientSecret);
        m.put("name", c.name());
        m.put("type", c.type().wire());
        m.put("redirect_uris", c.redirectUris());
        m.put("post_logout_redirect_uris", c.postLogoutRedirectUris());
        m.put("grant_types", c.grantTypes());
        m.put("scopes", c.scopes());
        m.put("audience", c.audience());
        m.put("web_origins", c.webOrigins());
        m.put("token_endpoint_auth_method", c.authMethod());
        if (c.jwks() != null) m.put("jwks", parse(c.jwks()));
        if (c.jwksUri() != null) m.put("jwks_uri", c.jwksUri());
        m.put("first_party", c.firstParty());
        m.put("require_mfa", c.requireMfa());
        m.put("access_token_ttl", c.accessTokenTtl() == null ? null : c.accessTokenTtl().toSeconds());
        m.put("refresh_token_ttl", c.refreshTokenTtl() == null ? null : c.refreshTokenTtl().toSeconds());
        m.put("id_token_signed_response_alg", c.idTokenSignedResponseAlg());
        m.put("access_token_signed_response_alg", c.accessTokenSignedResponseAlg());
        m.put("created_at", c.createdAt().toString());
        return m;
    }

    private static Object parse(String json) {
        try {
            return com.nimbusds.jose.util.JSONObjectUtils.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("stored jwks is not JSON", e); // validated at registration
        }
    }
}
