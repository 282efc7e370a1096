package dev.gatehouse.admin;

/** The answer to an administrator's request for a verification email: accepted, and the address it goes to. */
public record VerificationSent(String status, String email) {
    public VerificationSent(String email) {
        this("accepted", email);
    }
}
