package dev.gatehouse.oauth.client;

import java.util.List;

/**
 * Client metadata as sent by an administrator (API.md §5 field names in the JSON); every field may be
 * null: on create it takes its default, on update it keeps its current value.
 *
 * @param accessTokenTtl  seconds
 * @param refreshTokenTtl seconds
 */
public record ClientSpec(String clientId, String name, String type, List<String> redirectUris,
        List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String authMethod,
        String jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
        String idTokenSignedResponseAlg) {

    public static ClientSpec empty() {
        return new ClientSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
