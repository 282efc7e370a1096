package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.oauth.client.ClientSpec;
import java.util.List;

/**
 * The client JSON of POST and PATCH /admin/v1/clients (API.md §5); unknown fields are refused by the parser.
 * {@code access_token_signed_response_alg} is a node so that PATCH can tell null (back to the server's
 * algorithm) from absent (unchanged).
 */
public record ClientBody(String clientId, String name, String type, List<String> redirectUris,
        List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> scopes, String tokenEndpointAuthMethod,
        JsonNode jwks, String jwksUri, Boolean firstParty, Long accessTokenTtl, Long refreshTokenTtl,
        String idTokenSignedResponseAlg, JsonNode accessTokenSignedResponseAlg, List<String> audience, Boolean requireMfa,
        List<String> webOrigins) {

    ClientSpec spec() {
        // jwks is a JSON object in the body; the registry validates it as a JWK set. "" clears it on PATCH.
        String jwksText = jwks == null || jwks.isNull() ? null : jwks.isTextual() && jwks.asText().isEmpty() ? "" : jwks.toString();
        return new ClientSpec(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes,
                tokenEndpointAuthMethod, jwksText, jwksUri, firstParty, accessTokenTtl, refreshTokenTtl, idTokenSignedResponseAlg,
                accessTokenAlg(), audience, requireMfa, webOrigins);
    }

    /** Absent: null (unchanged); JSON null: the server's algorithm; a string as sent; any other type as the parser refuses one. */
    private String accessTokenAlg() {
        if (accessTokenSignedResponseAlg == null) return null;
        if (accessTokenSignedResponseAlg.isNull()) return ClientSpec.SERVER_DEFAULT;
        if (!accessTokenSignedResponseAlg.isTextual()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("access_token_signed_response_alg", "invalid")));
        }
        return accessTokenSignedResponseAlg.asText();
    }
}
