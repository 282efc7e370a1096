package dev.gatehouse.oauth.client;

import java.util.List;

/**
 * Client metadata as sent by an administrator (API.md §5 field names in the JSON); every field may be
 * null: on create it takes its default, on update it keeps its current value.
 *
 * @param accessTokenTtl  seconds
 * @param refreshTokenTtl seconds
 * @param accessTokenSignedResponseAlg {@link #SERVER_DEFAULT} (the JSON null on PATCH) sets it back to the
 *                                     server's {@code token.signing.alg}
 * @param audience the client's {@code audience} list; null = unchanged (update) or empty (create)
 * @param webOrigins the client's {@code web_origins}; null = unchanged (update) or empty (create)
 */
public record ClientSpec(String clientId, String name, String type, List<String> redirectUris,
        List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
        String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
        String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, List<String> audience, Boolean requireMfa,
        List<String> webOrigins) {

    /** The {@code access_token_signed_response_alg} that names no algorithm: the server's own. */
    public static final String SERVER_DEFAULT = "";

    /** Without web_origins: the client keeps its own (update) or has none (create). */
    public ClientSpec(String clientId, String name, String type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, List<String> audience, Boolean requireMfa) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, audience,
                requireMfa, null);
    }

    /** Without require_mfa: the client keeps its own (update) or has it off (create). */
    public ClientSpec(String clientId, String name, String type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg, List<String> audience) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, audience, null);
    }

    /** Without an audience list: the client keeps its own (update) or has none (create). */
    public ClientSpec(String clientId, String name, String type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
            String idTokenSignedResponseAlg, String accessTokenSignedResponseAlg) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, accessTokenSignedResponseAlg, null);
    }

    /** Without an access token algorithm: the client keeps its own (update) or the server's (create). */
    public ClientSpec(String clientId, String name, String type, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
            String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
            String idTokenSignedResponseAlg) {
        this(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, jwks, jwksUri,
                firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg, null);
    }

    public static ClientSpec empty() {
        return new ClientSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
