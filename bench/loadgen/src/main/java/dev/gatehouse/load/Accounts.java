package dev.gatehouse.load;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The unmeasured calls scenarios make in setup: signup and login. They wait out 429 and 503
 * (honouring {@code Retry-After}, RFC 9110 §10.2.3) for up to {@code patienceNanos}, because a
 * server that limits signups per address would otherwise fail the setup of a large run.
 */
final class Accounts {

    private static final long DEFAULT_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final HttpTarget target;
    private final long patienceNanos;

    Accounts(HttpTarget target, long patienceNanos) {
        this.target = target;
        this.patienceNanos = patienceNanos;
    }

    Request signupRequest(Credentials user) {
        return target.postJson("/api/v1/signup",
                JsonFields.object("username", user.username(), "password", user.password()), null);
    }

    Request loginRequest(Credentials user) {
        return target.postJson("/api/v1/login",
                JsonFields.object("username", user.username(), "password", user.password()), null);
    }

    /** {@code POST /api/v1/signup}; 201 (or any 2xx) is success. */
    void signup(HttpConnection conn, Credentials user) throws IOException {
        Response response = sendPatiently(conn, signupRequest(user));
        if (!response.isSuccess()) {
            throw new SetupException("signup of " + user.username() + " answered " + response.status()
                    + ": " + abbreviate(response.bodyText()));
        }
    }

    /** {@code POST /api/v1/login}; returns the token pair of a 200. */
    Tokens login(HttpConnection conn, Credentials user) throws IOException {
        Response response = sendPatiently(conn, loginRequest(user));
        Tokens tokens = response.isSuccess() ? Tokens.from(response) : null;
        if (tokens == null) {
            throw new SetupException("login of " + user.username() + " answered " + response.status()
                    + ": " + abbreviate(response.bodyText()));
        }
        return tokens;
    }

    /**
     * For scenarios that act as one logged-in user per connection: signs {@code user} up unless
     * this connection already did, then logs in and keeps the tokens in {@code state}.
     */
    void signUpOnceAndLogIn(HttpConnection conn, ConnState state, Credentials user) throws IOException {
        if (!state.registered()) {
            signup(conn, user);
            state.user(user);
            state.registered(true);
        }
        state.tokens(login(conn, user));
    }

    private Response sendPatiently(HttpConnection conn, Request request) throws IOException {
        long deadline = System.nanoTime() + patienceNanos;
        while (true) {
            Response response = conn.send(request);
            int status = response.status();
            if (status != 429 && status != 503) {
                return response;
            }
            long wait = response.retryAfterSeconds() > 0
                    ? TimeUnit.SECONDS.toNanos(response.retryAfterSeconds())
                    : DEFAULT_RETRY_NANOS;
            if (System.nanoTime() + wait > deadline) {
                return response;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to retry " + request.path(), e);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** The server answered a setup call with something the run cannot start from. */
    static final class SetupException extends IOException {
        SetupException(String message) {
            super(message);
        }
    }
}
