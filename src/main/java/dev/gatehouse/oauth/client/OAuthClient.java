package dev.gatehouse.oauth.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A registered OAuth client (API.md §5). Holds no secret: the secret's hash lives only in the store.
 *
 * @param jwks            the client's public JWK set as JSON, for {@code private_key_jwt}; or null
 * @param jwksUri         where the client publishes it instead; or null
 * @param accessTokenTtl  lifetime of access tokens issued to this client; null = the server default
 * @param refreshTokenTtl absolute lifetime of sessions started for this client; null = the server default
 * @param accessTokenSignedResponseAlg the algorithm of access tokens issued to this client; null = the server's
 *                        {@code token.signing.alg}
 * @param audience        the resource servers this client's access tokens may be for (their {@code aud}, and what
 *                        an RFC 8707 {@code resource} parameter may name); empty = none
 * @param requireMfa      codes only for a sign-in with two factors (acr "2", API.md §7 {@code require_mfa})
 * @param webOrigins      origins whose browsers may call the token, revocation and userinfo endpoints for this
 *                        client (API.md §8 {@code web_origins}); {@link WebOrigins#REDIRECT_URI_ORIGINS} stands for
 *                        the origins of its redirect URIs
 */
public record OAuthClient(String clientId, String name, ClientType type, List<String> redirectUris,
        List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
        String jwks, String jwksUri, boolean firstParty, Duration accessTokenTtl, Duration refreshTokenTtl,
        String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, Instant createdAt, List<String> audience,
        boolean requireMfa, List<String> webOrigins) {

    public OAuthClient {
        audience = audience == null ? List.of() : List.copyOf(audience);
        webOrigins = webOrigins == null ? List.of() : List.copyOf(webOrigins);
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        grantTypes = List.copyOf(grantTypes);
        scopes = List.copyOf(scopes);
    }

    /** Without web_origins. */
    public OAuthClient(String clientId, String name, ClientType type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, boolean firstParty, Duration accessTokenTtl, Duration refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, Instant createdAt, List<String> audience,
            boolean requireMfa) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, createdAt,
                audience, requireMfa, List.of());
    }

    /** Without require_mfa. */
    public OAuthClient(String clientId, String name, ClientType type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, boolean firstParty, Duration accessTokenTtl, Duration refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, Instant createdAt, List<String> audience) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, createdAt,
                audience, false);
    }

    /** Without an audience list. */
    public OAuthClient(String clientId, String name, ClientType type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, boolean firstParty, Duration accessTokenTtl, Duration refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, Instant createdAt) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, createdAt,
                List.of());
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }

    /** Whether this client authenticates with a shared secret. */
    public boolean usesSecret() {
        return ClientAuthMethods.usesSecret(authMethod);
    }
}
