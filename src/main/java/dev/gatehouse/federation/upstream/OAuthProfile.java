package dev.gatehouse.federation.upstream;

import dev.gatehouse.federation.UpstreamException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A plain OAuth 2 provider (no ID tokens): where its endpoints are, and how its user API describes the
 * person, mapped to OpenID claim names ({@code sub}, {@code email}, {@code email_verified}, {@code name},
 * {@code given_name}, {@code family_name}, {@code preferred_username}).
 */
interface OAuthProfile {
    String authorizationEndpoint();

    String tokenEndpoint();

    String apiBase();

    List<String> defaultScopes();

    /** The person, read with the access token from the user API at {@code apiBase}. */
    Map<String, Object> user(UpstreamHttp http, URI apiBase, String accessToken) throws UpstreamException;
}
