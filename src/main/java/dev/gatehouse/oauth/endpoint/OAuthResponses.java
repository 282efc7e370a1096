package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.oauth.OAuthException;

/** RFC 6749 §5.2 error responses of the OAuth endpoints. */
public final class OAuthResponses {
    private OAuthResponses() {}

    public static HTTPResponse error(OAuthException e) {
        HTTPResponse response = new TokenErrorResponse(safe(e.error())).toHTTPResponse();
        if (e.basicChallenge()) {
            // RFC 6749 §5.2: invalid_client after HTTP Basic answers 401 with the scheme the client used.
            response.setWWWAuthenticate("Basic realm=\"gatehouse\", charset=\"UTF-8\"");
        }
        return response;
    }

    /** An error not raised by protocol code (body too large, wrong media type): same JSON shape. */
    public static HTTPResponse error(int status, String code, String description) {
        return new TokenErrorResponse(safe(new ErrorObject(code, description, status))).toHTTPResponse();
    }

    /** error_description is limited to %x20-21 / %x23-5B / %x5D-7E (RFC 6749 §5.2). */
    private static ErrorObject safe(ErrorObject e) {
        String d = e.getDescription();
        int status = e.getHTTPStatusCode() == 0 ? 400 : e.getHTTPStatusCode();
        if (d == null) return new ErrorObject(e.getCode(), null, status);
        StringBuilder sb = new StringBuilder();
        for (char c : d.toCharArray()) if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') sb.append(c);
        return new ErrorObject(e.getCode(), sb.toString(), status);
    }
}
