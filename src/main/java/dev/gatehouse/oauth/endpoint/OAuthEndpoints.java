package dev.gatehouse.oauth.endpoint;

/** The OAuth / OIDC protocol endpoints the web layer routes to. */
public record OAuthEndpoints(TokenEndpoint token, IntrospectionEndpoint introspection, RevocationEndpoint revocation,
                             Discovery discovery, UserInfoEndpoint userInfo) {}
