package dev.gatehouse.load;

/**
 * What the two-step sign-in scenarios share: a pool of users split over the connections (connection
 * i owns users i, i+N, ...), whether a connection's second request of the sign-in in flight went
 * out, and the judgement of the last response: tokens after the second step, or it is not the
 * sign-in being measured. 429 and 503 are load shedding, as for the password logins.
 */
abstract class TwoStepSignIns implements Scenario {

    final Credentials[] users;
    final int connections;
    /** Per connection: whether its sign-in in flight sent its second request; each slot is one connection's thread's. */
    private final boolean[] second;

    TwoStepSignIns(String name, Credentials[] users, int connections) {
        if (users.length < connections) {
            throw new IllegalArgumentException(name + " needs at least one user per connection");
        }
        this.users = users.clone();
        this.connections = connections;
        this.second = new boolean[connections];
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
