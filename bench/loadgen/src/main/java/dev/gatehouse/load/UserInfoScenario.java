package dev.gatehouse.load;

import java.io.IOException;

/**
 * {@code GET} of the OIDC userinfo endpoint (Core §5.3) with a user's access token (granted
 * {@code openid}): token check, session check, user read. Each connection signs its own session in
 * once ({@link TokenLogin}); a 401 (the token expired, or its session ended) counts as an error and the
 * connection gets a new token before its next request.
 */
final class UserInfoScenario implements Scenario {

    private final HttpTarget target;
    private final TokenLogin login;
    private final String path;

    UserInfoScenario(HttpTarget target, TokenLogin login, String path) {
        this.target = target;
        this.login = login;
        this.path = path;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        login.logIn(conn, state);
        state.cachedRequest(target.get(path, state.accessToken()));
    }

    @Override
    public Request next(ConnState state) {
        return state.cachedRequest();
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatus(response.status());
        if (response.status() == 401) {
            state.invalidate();
        } else if (outcome == Outcome.OK && JsonFields.string(response.body(), "sub") == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
