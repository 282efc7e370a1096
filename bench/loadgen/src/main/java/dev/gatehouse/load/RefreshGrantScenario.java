package dev.gatehouse.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Chained refresh_token grants at the token endpoint (RFC 6749 §6) with client_secret_basic, the
 * request every signed-in OAuth client makes, on any server: each connection signs its own session in
 * once ({@link TokenLogin}), then every request presents the refresh token the previous response
 * returned. A failed refresh (an error status, no new refresh token, or a transport failure after
 * which the server may already have rotated the token) counts as an error and the connection signs in
 * again before its next request.
 */
final class RefreshGrantScenario implements Scenario {

    private final HttpTarget target;
    private final TokenLogin login;
    private final String tokenPath;
    private final String clientId;
    private final String clientSecret;

    RefreshGrantScenario(HttpTarget target, TokenLogin login, String tokenPath, String clientId, String clientSecret) {
        this.target = target;
        this.login = login;
        this.tokenPath = tokenPath;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        login.logIn(conn, state);
    }

    @Override
    public Request next(ConnState state) {
        return target.postForm(tokenPath, "grant_type=refresh_token&refresh_token="
                + URLEncoder.encode(state.refreshToken(), StandardCharsets.UTF_8), clientId, clientSecret);
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatus(response.status());
        String next = outcome == Outcome.OK ? response.field("refresh_token") : null;
        if (next == null) {
            state.invalidate();
            return outcome == Outcome.OK ? Outcome.INVALID : outcome;
        }
        state.refreshToken(next);
        return outcome;
    }

    @Override
    public void onIoError(ConnState state) {
        state.invalidate();
    }
}
