package dev.gatehouse.load;

import java.io.IOException;

/**
 * One kind of load. The driver gives every connection its own {@link ConnState}, calls
 * {@link #setup} on it before the run (and again after {@link ConnState#invalidate}), then loops
 * {@link #next} / send / {@link #onResponse} on that connection's thread. Only the requests of
 * that loop are measured.
 *
 * <p>A scenario instance is shared by all connections: keep its fields immutable and put
 * whatever changes per connection into the {@code ConnState}.
 */
interface Scenario {

    /** Unmeasured preparation on this connection, e.g. sign up and log in its user. */
    void setup(HttpConnection conn, ConnState state) throws IOException;

    /** The next measured request of this connection. */
    Request next(ConnState state);

    /**
     * For iterations of several requests (a sign-in in two steps): the request that follows
     * {@code response} on this connection, or null when the iteration ends with it. The iteration is
     * measured as one, from its first request to its last response, and {@link #onResponse} judges the
     * last response.
     */
    default Request followUp(ConnState state, Response response) {
        return null;
    }

    /** Takes what the next request needs from the response and judges it. */
    Outcome onResponse(ConnState state, Response response);

    /**
     * The request failed at the transport level, so its effect on the server is unknown. A
     * scenario whose state might have been consumed (a single-use refresh token) invalidates it.
     */
    default void onIoError(ConnState state) {
    }
}
