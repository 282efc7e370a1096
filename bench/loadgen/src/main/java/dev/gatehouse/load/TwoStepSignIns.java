package dev.gatehouse.load;

import java.io.IOException;

/**
 * What the two-step sign-in scenarios share: a pool of users split over the connections (connection
 * i owns users i, i+N, ...), whether a connection's second request of the sign-in in flight went
 * out, and the judgement of the last response: tokens after the second step, or it is not the
 * sign-in being measured. 429 and 503 are load shedding, as for the password logins.
 */
abstract class TwoStepSignIns implements Scenario {

    final HttpTarget target;
    final Accounts accounts;
    final Credentials[] users;
    final int connections;
    /** Per connection: whether its sign-in in flight sent its second request; each slot is one connection's thread's. */
    private final boolean[] second;

    TwoStepSignIns(String name, HttpTarget target, Accounts accounts, Credentials[] users, int connections) {
        if (users.length < connections) {
            throw new IllegalArgumentException(name + " needs at least one user per connection");
        }
        this.target = target;
        this.accounts = accounts;
        this.users = users.clone();
        this.connections = connections;
        this.second = new boolean[connections];
    }

    /** Setup: signs up this connection's users, each signed in once to set up its factor through the account API. */
    @Override
    public final void setup(HttpConnection conn, ConnState state) throws IOException {
        if (state.registered()) {
            return;
        }
        for (int i = state.index(); i < users.length; i += connections) {
            accounts.signup(conn, users[i]);
            addFactor(conn, i, accounts.login(conn, users[i]).accessToken());
        }
        state.registered(true);
    }

    /** Sets up user {@code i}'s factor with its fresh access token (a recent sign-in, as the account API wants). */
    abstract void addFactor(HttpConnection conn, int i, String access) throws IOException;

    /** A setup call's answer, or the setup fails naming {@code what}. */
    static Response expect(Response response, int status, String what) throws IOException {
        if (response.status() != status) {
            throw new Accounts.SetupException(what + " answered " + response.status() + ": " + response.bodyText());
        }
        return response;
    }

    /** How many users connection {@code c} owns. */
    final int share(int c) {
        return (users.length - c + connections - 1) / connections;
    }

    final void firstStep(ConnState state) {
        second[state.index()] = false;
    }

    /** Marks the second request as sent; false when it already was (the iteration ends). */
    final boolean secondStep(ConnState state) {
        if (second[state.index()]) {
            return false;
        }
        second[state.index()] = true;
        return true;
    }

    @Override
    public final Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatusUnderStorm(response.status());
        if (outcome == Outcome.OK && (!second[state.index()] || Tokens.from(response) == null)) {
            // a 2xx on the first step alone, or without tokens: not the sign-in this scenario measures
            return Outcome.INVALID;
        }
        return outcome;
    }
}
