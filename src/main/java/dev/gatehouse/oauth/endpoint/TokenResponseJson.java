package dev.gatehouse.oauth.endpoint;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;

/**
 * The successful token response (RFC 6749 §5.1; OIDC Core §3.1.3.3 with {@code id_token}), written
 * straight into one string: the same members, values and headers as Nimbus'
 * {@link AccessTokenResponse#toHTTPResponse()}, without building its JSON object and serialising that
 * on every grant (a measurable part of a refresh's CPU beside the one signature).
 */
final class TokenResponseJson {
    private TokenResponseJson() {}

    /** 200 with {@code Cache-Control: no-store} and {@code Pragma: no-cache} (RFC 6749 §5.1). */
    static HTTPResponse of(AccessTokenResponse r) {
        // No grant adds members of its own; should one ever, Nimbus writes them as it always did.
        if (!r.getCustomParameters().isEmpty()) return r.toHTTPResponse();
        HTTPResponse response = new HTTPResponse(HTTPResponse.SC_OK);
        response.setEntityContentType(ContentType.APPLICATION_JSON);
        response.setCacheControl("no-store");
        response.setPragma("no-cache");
        response.setBody(body(r));
        return response;
    }

    static String body(AccessTokenResponse r) {
        AccessToken access = r.getTokens().getAccessToken();
        RefreshToken refresh = r.getTokens().getRefreshToken();
        StringBuilder json = new StringBuilder(1024 + access.getValue().length());
        json.append('{');
        member(json, "access_token", access.getValue());
        member(json.append(','), "token_type", access.getType().getValue());
        if (access.getLifetime() > 0) json.append(",\"expires_in\":").append(access.getLifetime());
        if (access.getScope() != null) member(json.append(','), "scope", access.getScope().toString());
        if (refresh != null) member(json.append(','), "refresh_token", refresh.getValue());
        if (r instanceof OIDCTokenResponse oidc && oidc.getOIDCTokens().getIDTokenString() != null) {
            member(json.append(','), "id_token", oidc.getOIDCTokens().getIDTokenString());
        }
        return json.append('}').toString();
    }

    private static void member(StringBuilder json, String name, String value) {
        string(json, name).append(':');
        string(json, value);
    }

    /** A JSON string (RFC 8259 §7): quotation mark, reverse solidus and control characters escaped. */
    static StringBuilder string(StringBuilder json, String s) {
        json.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            json.append(s, from, i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> json.append(String.format("\\u%04x", (int) c));
            }
            from = i + 1;
        }
        return json.append(s, from, s.length()).append('"');
    }
}
