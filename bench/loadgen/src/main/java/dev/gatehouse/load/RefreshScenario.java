package dev.gatehouse.load;

import java.io.IOException;

/**
 * Chained refresh grants: each connection logs its own user in once, then every request
 * presents the refresh token the previous response returned. Refresh tokens are single use
 * (API.md §2, RFC 9700 §4.14.2), so a broken chain (an error, or a transport failure after
 * which the server may already have rotated the token) starts over with a new login.
 */
final class RefreshScenario implements Scenario {

    private final HttpTarget target;
    private final Accounts accounts;
    private final Credentials[] users;

    RefreshScenario(HttpTarget target, Accounts accounts, Credentials[] usersByConnection) {
        this.target = target;
        this.accounts = accounts;
        this.users = usersByConnection.clone();
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        accounts.signUpOnceAndLogIn(conn, state, users[state.index()]);
    }

    @Override
    public Request next(ConnState state) {
        return target.postJson("/api/v1/refresh", JsonFields.object("refresh_token", state.refreshToken()), null);
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatus(response.status());
        if (outcome != Outcome.OK) {
            state.invalidate();
            return outcome;
        }
        String next = response.field("refresh_token");
        if (next == null) {
            state.invalidate();
            return Outcome.INVALID;
        }
        state.refreshToken(next);
        return outcome;
    }

    @Override
    public void onIoError(ConnState state) {
        state.invalidate();
    }
}
