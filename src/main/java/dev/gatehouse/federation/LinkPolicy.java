package dev.gatehouse.federation;

/**
 * What happens when an upstream sign-in with no linked account names the email of an existing
 * account (API.md §6). Email alone never links without the account holder's consent, except under
 * {@code AUTO}'s narrow conditions.
 */
public enum LinkPolicy {
    /** The person signs in to the local account (every factor it has), then the identity is linked. */
    CONFIRM,
    /** Linked at once when the upstream email is verified and trusted and the local one is verified; else CONFIRM. */
    AUTO,
    /** Refused with a message. */
    NEVER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
