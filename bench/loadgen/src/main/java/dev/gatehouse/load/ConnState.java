package dev.gatehouse.load;

/**
 * What one connection carries from response to request: its user, its current tokens and a
 * request the scenario may reuse. Owned by one worker thread; never shared.
 */
final class ConnState {

    private final int index;
    private Credentials user;
    private boolean registered;
    private String accessToken;
    private String refreshToken;
    private Request cachedRequest;
    private long iteration;
    private boolean ready;

    ConnState(int index) {
        this.index = index;
    }

    /** 0-based number of this connection. */
    int index() {
        return index;
    }

    Credentials user() {
        return user;
    }

    void user(Credentials user) {
        this.user = user;
    }

    /** Whether this connection's user exists on the server, so a second setup does not sign up again. */
    boolean registered() {
        return registered;
    }

    void registered(boolean registered) {
        this.registered = registered;
    }

    String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    void tokens(Tokens tokens) {
        this.accessToken = tokens.accessToken();
        this.refreshToken = tokens.refreshToken();
        this.cachedRequest = null;
    }

    void refreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    Request cachedRequest() {
        return cachedRequest;
    }

    void cachedRequest(Request request) {
        this.cachedRequest = request;
    }

    /** Counts calls to {@link Scenario#next}; returns the count before this call. */
    long nextIteration() {
        return iteration++;
    }

    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    /**
     * Asks the driver to run {@link Scenario#setup} again before the next request, e.g. after a
     * refresh chain broke and the session must be started over with a login.
     */
    void invalidate() {
        ready = false;
        cachedRequest = null;
    }
}
