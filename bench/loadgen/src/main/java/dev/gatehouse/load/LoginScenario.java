package dev.gatehouse.load;

import java.io.IOException;

/**
 * Password logins over a pool of K users. Setup signs the pool up, each connection its share
 * (users i, i+N, i+2N, ...), so the hash-bound signups run in parallel. The loop then walks
 * the whole pool, connection i starting at user i. 429 and 503 are the server shedding a
 * login storm and are counted as throttled/overloaded, not as errors.
 */
final class LoginScenario implements Scenario {

    private final Accounts accounts;
    private final Credentials[] users;
    private final Request[] logins;
    private final int connections;

    LoginScenario(Accounts accounts, Credentials[] users, int connections) {
        if (users.length == 0) {
            throw new IllegalArgumentException("the login scenario needs at least one user");
        }
        this.accounts = accounts;
        this.users = users.clone();
        this.connections = connections;
        this.logins = new Request[users.length];
        for (int i = 0; i < users.length; i++) {
            logins[i] = accounts.loginRequest(users[i]);
        }
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        if (state.registered()) {
            return;
        }
        for (int i = state.index(); i < users.length; i += connections) {
            accounts.signup(conn, users[i]);
        }
        state.registered(true);
    }

    @Override
    public Request next(ConnState state) {
        long n = state.nextIteration();
        return logins[(int) ((state.index() + n * connections) % users.length)];
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatusUnderStorm(response.status());
        if (outcome == Outcome.OK && Tokens.from(response) == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
