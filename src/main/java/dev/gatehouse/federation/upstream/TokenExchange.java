package dev.gatehouse.federation.upstream;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The token request of the code flow (RFC 6749 §4.1.3), built and read with Nimbus' types and sent
 * through the provider's guarded HTTP (Nimbus' own {@code HTTPRequest.send} would resolve and connect
 * by itself, past the outbound guard).
 */
final class TokenExchange {
    private final UpstreamHttp http;

    TokenExchange(UpstreamHttp http) {
        this.http = http;
    }

    /**
     * The {@code code} of a callback. An {@code error} (RFC 6749 §4.1.2.1: the person declined, or the
     * provider refused) is {@code DENIED}; no code is {@code INVALID}.
     */
    static String codeOf(Map<String, String> callback) throws UpstreamException {
        String error = callback.get("error");
        if (error != null) {
            // The value is the provider's (or whoever crafted the callback): only a safe token of it is kept.
            String shown = error.replaceAll("[^A-Za-z0-9_.-]", "");
            throw new UpstreamException(Reason.DENIED, "upstream error " + shown.substring(0, Math.min(64, shown.length())));
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) throw new UpstreamException(Reason.INVALID, "callback has no code");
        return code;
    }

    /** The token request of the code flow: the code, the callback it was sent to, the PKCE verifier (RFC 7636 §4.5). */
    static TokenRequest codeGrant(URI endpoint, ClientAuthentication client, String code, URI callbackUri, String verifier) {
        return new TokenRequest.Builder(endpoint, client,
                new AuthorizationCodeGrant(new AuthorizationCode(code), callbackUri, new CodeVerifier(verifier))).build();
    }

    /** The configured client secret, empty when none (a provider then refuses the token request). */
    static Secret secretOf(ProviderSettings settings) {
        return new Secret(settings.clientSecret() == null || settings.clientSecret().value() == null ? "" : settings.clientSecret().value());
    }

    /** An OpenID token response: its ID token is required. */
    OIDCTokens oidc(TokenRequest request) throws UpstreamException {
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(post(request));
        } catch (ParseException e) {
            throw new UpstreamException(Reason.INVALID, "token response does not parse");
        }
        if (!(checked(response) instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDTokenString() == null) {
            throw new UpstreamException(Reason.INVALID, "token response has no ID token");
        }
        return oidc.getOIDCTokens();
    }

    /** A plain OAuth 2 token response (GitHub, Facebook). */
    Tokens oauth(TokenRequest request) throws UpstreamException {
        try {
            return checked(TokenResponse.parse(post(request))).toSuccessResponse().getTokens();
        } catch (ParseException e) {
            // GitHub answers 200 with {"error": ...}: it does not parse as a success, and that is a refusal.
            throw new UpstreamException(Reason.INVALID, "token response does not parse");
        }
    }

    private static TokenResponse checked(TokenResponse response) throws UpstreamException {
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
            throw new UpstreamException(Reason.INVALID, "token request refused: " + (error == null ? "?" : error.getCode()));
        }
        return response;
    }

    private HTTPResponse post(TokenRequest request) throws UpstreamException {
        HTTPRequest message = request.toHTTPRequest();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : message.getHeaderMap().entrySet()) {
            if (!h.getValue().isEmpty()) headers.put(h.getKey(), h.getValue().get(0));
        }
        // GitHub answers form-encoded unless asked for JSON.
        headers.put("Accept", "application/json");
        UpstreamHttp.Answer answer = http.send("token", "POST", message.getURI(), headers, message.getBody());
        HTTPResponse response = new HTTPResponse(answer.status());
        try {
            // RFC 6749 §5.1 makes the answer JSON; a provider that labels it otherwise (text/plain,
            // text/javascript) is read as JSON all the same, and fails there if it is not.
            String type = answer.contentType();
            response.setContentType(type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json") ? type : "application/json");
        } catch (ParseException e) {
            throw new UpstreamException(Reason.INVALID, "token response content type does not parse");
        }
        response.setBody(answer.body());
        return response;
    }
}
