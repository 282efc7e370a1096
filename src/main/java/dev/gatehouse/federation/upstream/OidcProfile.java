package dev.gatehouse.federation.upstream;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.UpstreamException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Where an OpenID provider departs from plain OpenID Connect: the generic {@code oidc} type departs
 * nowhere; each preset overrides the few points its provider needs (its issuer, Microsoft's
 * multi-tenant issuer template, Apple's JWT client secret, form_post and name field).
 */
interface OidcProfile {
    /** The generic profile: discovery at the configured issuer, nothing else. */
    OidcProfile GENERIC = new OidcProfile() {};

    /** The built-in issuer of a preset; null for {@code oidc}, whose issuer is configured. */
    default String builtInIssuer(ProviderSettings settings) {
        return null;
    }

    /** The scopes asked when the settings name none. */
    default List<String> defaultScopes() {
        return OidcUpstream.DEFAULT_SCOPES;
    }

    /** Whether the discovery document's {@code issuer} is right for the configured issuer (Discovery §4.3). */
    default boolean documentIssuerMatches(String configured, String documented) {
        return configured.equals(documented);
    }

    /** Whether an ID token's {@code iss} is the provider's, given the document's issuer. */
    default boolean tokenIssuerMatches(String documented, JWTClaimsSet claims) {
        return documented.equals(claims.getIssuer());
    }

    /** Whether the {@code iss} of an authorization response (RFC 9207 §2.4) is the provider's. */
    default boolean responseIssuerMatches(String documented, String sent) {
        return documented.equals(sent);
    }

    /**
     * The client authentication of the token request: {@code client_secret_basic} unless the provider
     * lists only {@code client_secret_post} (Discovery §3: basic is the default when none is listed).
     */
    default ClientAuthentication clientAuthentication(ProviderSettings settings, OIDCProviderMetadata metadata,
                                                      Clock clock) throws UpstreamException {
        ClientID id = new ClientID(settings.clientId());
        Secret secret = TokenExchange.secretOf(settings);
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.isEmpty()
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
    }

    /** The {@code response_mode} asked for, or null for the default (query). */
    default ResponseMode responseMode() {
        return null;
    }

    /** Whether a native app's {@code nonce} accepts the token's (OpenID types: equality). */
    default boolean nativeNonceMatches(String sent, String inToken) {
        return sent.equals(inToken);
    }

    /**
     * Claims the callback adds to the ID token's, for what the provider sends only there (Apple's
     * {@code user} field). Only descriptive claims (names): nothing the browser posts may decide who
     * the person is or which email is verified.
     */
    default Map<String, Object> callbackClaims(Map<String, String> callback) {
        return Map.of();
    }
}
