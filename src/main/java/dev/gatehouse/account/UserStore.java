package dev.gatehouse.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the account package needs from storage. */
public interface UserStore {
    /** @throws dev.gatehouse.core.UniqueViolation when the normalised username, its look-alike skeleton, or the email exists */
    void insert(User user, String usernameNorm, String emailNorm, List<String> roles);

    /** By normalised username or normalised email, with grants. */
    Optional<UserWithGrants> findByLogin(String normalizedIdentifier);

    Optional<UserWithGrants> findById(String id);

    /** The user with grants, only if {@code sessionId} is one of its live sessions (one read for /me). */
    Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now);

    /**
     * The user's claim fields, only if {@code sessionId} is one of its live sessions: one read by two
     * primary keys, without grants (for userinfo).
     */
    Optional<LiveSessionClaims> findClaimsByLiveSession(String userId, String sessionId, Instant now);

    boolean existsByUsernameNorm(String usernameNorm);

    void updatePasswordHash(String userId, String passwordHash, Instant now);

    /**
     * Replaces the hash only while it is still {@code expected} (one conditional write): the upgrade
     * of an outdated hash after a login must not undo a password change or reset that landed
     * between the check and the write. False when the stored hash was something else.
     */
    boolean replacePasswordHash(String userId, String expected, String replacement, Instant now);

    /** @throws dev.gatehouse.core.UniqueViolation when the email is taken */
    void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now);

    /**
     * Sets the email and marks it verified in one write (a verified address replacing the old one,
     * or the current one confirmed).
     *
     * @throws dev.gatehouse.core.UniqueViolation when another user has the address
     */
    void setVerifiedEmail(String userId, String email, String emailNorm, Instant now);

    /** Remembers the language (a BCP 47 tag) the user last used on the hosted pages; a write only when it changes. */
    void updateLocale(String userId, String locale);

    /** The language the user last used, for their mails; empty when unknown. */
    Optional<String> locale(String userId);
}
