package dev.gatehouse.oauth.endpoint;

import dev.gatehouse.oauth.client.ClientRegistry;

/** The OAuth / OIDC protocol endpoints the web layer routes to. */
public record OAuthEndpoints(TokenEndpoint token, IntrospectionEndpoint introspection, RevocationEndpoint revocation,
                             Discovery discovery, ClientRegistry clients, UserInfoEndpoint userInfo) {}
