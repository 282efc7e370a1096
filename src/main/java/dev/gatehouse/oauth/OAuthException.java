package dev.gatehouse.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * An RFC 6749 §5.2 error of an OAuth endpoint. The endpoint turns it into the JSON error response;
 * {@link #basicChallenge()} asks for {@code WWW-Authenticate: Basic} (RFC 6749 §5.2 invalid_client,
 * when the client tried HTTP Basic).
 */
public final class OAuthException extends RuntimeException {
    private static final int MAX_DESCRIPTION = 200;
    private final transient ErrorObject error;
    private final boolean basicChallenge;

    public OAuthException(ErrorObject error, String description, boolean basicChallenge) {
        super(description, null, false, false);
        this.error = error.setDescription(printable(description));
        this.basicChallenge = basicChallenge;
    }

    public OAuthException(ErrorObject error, String description) {
        this(error, description, false);
    }

    /**
     * error_description allows only %x20-21 / %x23-5B / %x5D-7E (RFC 6749 §4.1.2.1, §5.2); anything
     * else is dropped, and the text is cut at {@value #MAX_DESCRIPTION} characters, so a client's
     * input quoted back cannot make the response or a redirect URI large.
     */
    public static String printable(String s) {
        if (s == null) return null;
        String cut = s.length() > MAX_DESCRIPTION ? s.substring(0, MAX_DESCRIPTION) : s;
        StringBuilder sb = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') sb.append(c);
        return sb.toString();
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, description);
    }

    public static OAuthException invalidClient(String description, boolean basic) {
        return new OAuthException(OAuth2Error.INVALID_CLIENT, description, basic);
    }

    public ErrorObject error() {
        return error;
    }

    public boolean basicChallenge() {
        return basicChallenge;
    }
}
