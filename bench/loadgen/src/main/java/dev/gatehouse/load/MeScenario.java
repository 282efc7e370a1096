package dev.gatehouse.load;

import java.io.IOException;

/**
 * {@code GET /api/v1/me} with the connection's access token: token verification plus the
 * session check. Each connection logs its own user in once; a 401 (token or session no longer
 * valid) logs in again. With {@code /health/live} as the path ({@code health_bearer}) the same
 * request carries the token to a route that ignores it: the HTTP floor of a Bearer request, header
 * parsing included, with no token check and no database, i.e. the ceiling {@code me} can reach.
 */
final class MeScenario implements Scenario {

    private final HttpTarget target;
    private final Accounts accounts;
    private final Credentials[] users;
    private final String path;

    MeScenario(HttpTarget target, Accounts accounts, Credentials[] usersByConnection, String path) {
        this.target = target;
        this.accounts = accounts;
        this.users = usersByConnection.clone();
        this.path = path;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        accounts.signUpOnceAndLogIn(conn, state, users[state.index()]);
        state.cachedRequest(target.get(path, state.accessToken()));
    }

    @Override
    public Request next(ConnState state) {
        return state.cachedRequest();
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        if (response.status() == 401) {
            state.invalidate();
        }
        return Outcome.ofStatus(response.status());
    }
}
