package dev.gatehouse.load;

import java.io.IOException;

/**
 * How a connection of the OAuth scenarios ({@code refresh_grant}, {@code userinfo}) gets a user's token
 * pair in its unmeasured setup: the password grant at the token endpoint (Keycloak's direct access
 * grants), or the authorization code flow through the server's hosted sign-in page (Gatehouse, an
 * OAuth 2.1 server without a password grant).
 */
interface TokenLogin {

    /** Signs the connection's user in and keeps the token pair in {@code state}. */
    void logIn(HttpConnection conn, ConnState state) throws IOException;

    /** The password grant (RFC 6749 §4.3): {@code form} posted to the token endpoint with client_secret_basic. */
    static TokenLogin passwordGrant(HttpTarget target, String tokenPath, String form, String clientId, String clientSecret) {
        Request request = target.postForm(tokenPath, form, clientId, clientSecret);
        return (conn, state) -> {
            Response response = conn.send(request);
            Tokens tokens = response.isSuccess() ? Tokens.from(response) : null;
            if (tokens == null) {
                throw new Accounts.SetupException("password grant at " + tokenPath + " answered " + response.status()
                        + " without a token pair");
            }
            state.tokens(tokens);
        };
    }
}
