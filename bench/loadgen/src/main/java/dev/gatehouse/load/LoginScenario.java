package dev.gatehouse.load;

import java.io.IOException;

/**
 * Password logins over a pool of K users. Setup signs the pool up, each connection its share
 * (users i, i+N, i+2N, ...), so the hash-bound signups run in parallel. The loop then walks
 * the whole pool (see {@link PooledLogins}).
 */
final class LoginScenario extends PooledLogins {

    private final Accounts accounts;
    private final Credentials[] users;

    LoginScenario(Accounts accounts, Credentials[] users, int connections) {
        super(requests(accounts, users), connections);
        this.accounts = accounts;
        this.users = users.clone();
    }

    private static Request[] requests(Accounts accounts, Credentials[] users) {
        Request[] logins = new Request[users.length];
        for (int i = 0; i < users.length; i++) {
            logins[i] = accounts.loginRequest(users[i]);
        }
        return logins;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        if (state.registered()) {
            return;
        }
        for (int i = state.index(); i < users.length; i += connections()) {
            accounts.signup(conn, users[i]);
        }
        state.registered(true);
    }
}
