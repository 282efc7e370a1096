package dev.gatehouse.federation;

/** A failed upstream step; {@link Reason} decides what the person and the OAuth client are told. */
public final class UpstreamException extends Exception {
    public enum Reason {
        /** The upstream answered with an error, or the person declined there: {@code access_denied}. */
        DENIED,
        /** A token or response failed a check (signature, iss, aud, azp, exp, nonce, iss of RFC 9207): {@code access_denied}. */
        INVALID,
        /** The upstream could not be reached in time, answered 5xx, or is refused by the address guard: {@code server_error}. */
        UNAVAILABLE
    }

    private final Reason reason;

    public UpstreamException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public UpstreamException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
