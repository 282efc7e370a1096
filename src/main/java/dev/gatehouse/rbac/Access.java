package dev.gatehouse.rbac;

/** The outcome of one authorization check. */
public enum Access {
    /** The session is live, the user enabled, and a current role grants the permission. */
    GRANTED,
    /** The session is live and the user enabled, but no current role grants the permission. */
    DENIED,
    /** The session ended or expired, or the user is disabled or gone. */
    NO_SESSION
}
