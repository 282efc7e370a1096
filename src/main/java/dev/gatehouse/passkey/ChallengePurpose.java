package dev.gatehouse.passkey;

/** What a WebAuthn challenge was issued for; a challenge answers only for its own purpose. */
public enum ChallengePurpose {
    /** Adding a passkey: bound to the signed-in user. */
    REGISTRATION("registration"),
    /** Signing in with a discoverable credential alone: bound to the {@code challenge_id} given out. */
    PASSWORDLESS("passwordless"),
    /** A passkey as the second step after a password: bound to the user of that login attempt. */
    SECOND_FACTOR("second_factor");

    private final String value;

    ChallengePurpose(String value) {
        this.value = value;
    }

    /** The stored form. */
    public String value() {
        return value;
    }
}
