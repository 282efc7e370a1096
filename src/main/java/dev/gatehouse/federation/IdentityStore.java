package dev.gatehouse.federation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of linked identities. (provider, subject) is unique; a user has at most one identity per provider. */
public interface IdentityStore {
    Optional<LinkedIdentity> find(String providerId, String subject);

    List<LinkedIdentity> forUser(String userId);

    /**
     * Links, in one atomic write.
     *
     * @throws dev.gatehouse.core.UniqueViolation ("subject") when this upstream account is linked to
     *         someone already (two nodes racing a first sign-in: the loser reads the winner's link),
     *         ("provider") when this user already has an identity of this provider
     */
    void link(LinkedIdentity identity);

    void touch(String providerId, String subject, String email, Instant now);

    /** What {@link #unlinkUnlessLast} did. */
    enum Unlink { UNLINKED, ABSENT, LAST_LOGIN_METHOD }

    /**
     * Unlinks unless nothing else could then sign the user in: no password, no passkey (a passwordless
     * sign-in, API.md §7) and no other identity of an enabled provider. Check and delete are one step against other writers, so two requests removing
     * the user's last two identities at once cannot both succeed (two tabs).
     */
    Unlink unlinkUnlessLast(String userId, String providerId);
}
