package dev.gatehouse.account;

/**
 * What a password login must still pass before it gets tokens (API.md §7): asked by {@link AuthService}
 * once the password matched, before the account's failed attempts are cleared, so that a right
 * password alone does not reset the throttle while a second step is pending.
 */
@FunctionalInterface
public interface SecondStep {
    /** No second step: the password is enough. */
    SecondStep NONE = login -> {};

    /**
     * Returns when the password is enough for this user; otherwise refuses with {@code mfa_required}
     * (with the members the caller needs to go on) or {@code mfa_enrollment_required}.
     */
    void require(PendingLogin login);
}
