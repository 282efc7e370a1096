package dev.gatehouse.federation;

import dev.gatehouse.config.Secret;
import java.util.List;
import java.util.Map;

/**
 * What talking to one upstream provider takes: the protocol half of a provider's configuration
 * (the account half, {@code create_users} and {@code link_policy}, stays with the registry).
 *
 * @param id           the provider id (a lowercase slug, used in URLs)
 * @param issuer       for {@code oidc}: the issuer whose {@code /.well-known/openid-configuration} is read;
 *                     for OpenID presets: an override of the built-in issuer (tests), else null
 * @param clientSecret the upstream app's secret; for {@code apple}, the PEM of the team's private key
 *                     (the client secret sent upstream is a short-lived ES256 JWT signed with it)
 * @param scopes       the scopes asked upstream
 * @param audiences    further accepted {@code aud} values of ID tokens handed in by native apps (for
 *                     instance an iOS bundle id), besides {@code clientId}
 * @param tenant       {@code microsoft}: {@code common}, {@code organizations}, {@code consumers} or a tenant id
 * @param teamId       {@code apple}: the team id (the client-secret JWT's {@code iss})
 * @param keyId        {@code apple}: the key id (the client-secret JWT's {@code kid})
 * @param endpoints    overrides of built-in endpoints, keys {@code authorization_endpoint},
 *                     {@code token_endpoint}, {@code userinfo_endpoint}, {@code jwks_uri}, {@code api_base}
 *                     (GitHub's and Facebook's user APIs); empty in production
 */
public record ProviderSettings(String id, ProviderType type, String issuer, String clientId, Secret clientSecret,
                               List<String> scopes, List<String> audiences, boolean trustEmail, String tenant,
                               String teamId, String keyId, Map<String, String> endpoints) {
    public ProviderSettings {
        scopes = List.copyOf(scopes);
        audiences = List.copyOf(audiences);
        endpoints = Map.copyOf(endpoints);
    }
}
