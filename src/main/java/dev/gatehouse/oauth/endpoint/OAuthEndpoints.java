package dev.gatehouse.oauth.endpoint;

import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.WebOrigins;

/**
 * The OAuth / OIDC protocol endpoints the web layer routes to, and the clients' web origins it answers
 * CORS preflights from (a preflight names no client).
 */
public record OAuthEndpoints(TokenEndpoint token, IntrospectionEndpoint introspection, RevocationEndpoint revocation,
                             Discovery discovery, ClientRegistry clients, UserInfoEndpoint userInfo, WebOrigins webOrigins) {}
