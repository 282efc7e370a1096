package dev.gatehouse.load;

/**
 * What the login scenarios share: a pool of prepared sign-in requests walked by every connection
 * (connection i starts at entry i and steps by the number of connections), and the judgement of a
 * token response. 429 and 503 are the server shedding a login storm: throttled/overloaded, not errors.
 */
abstract class PooledLogins implements Scenario {

    private final Request[] logins;
    private final int connections;

    PooledLogins(Request[] logins, int connections) {
        if (logins.length == 0) {
            throw new IllegalArgumentException("a login scenario needs at least one user");
        }
        this.logins = logins.clone();
        this.connections = connections;
    }

    final int size() {
        return logins.length;
    }

    final int connections() {
        return connections;
    }

    final Request login(int i) {
        return logins[i];
    }

    @Override
    public final Request next(ConnState state) {
        long n = state.nextIteration();
        return logins[(int) ((state.index() + n * connections) % logins.length)];
    }

    @Override
    public final Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatusUnderStorm(response.status());
        if (outcome == Outcome.OK && Tokens.from(response) == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
