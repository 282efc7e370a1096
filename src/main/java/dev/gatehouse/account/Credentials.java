package dev.gatehouse.account;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.Verification;
import java.util.Optional;

/**
 * Password checks shared by login and password change: hashing on the bounded pool, a dummy hash
 * for unknown users so timing does not tell whether an account exists, and rehash when the stored
 * hash is outdated.
 */
public final class Credentials {
    private final PasswordHasher hasher;
    private final HashPool pool;
    private final UserStore users;

    public Credentials(PasswordHasher hasher, HashPool pool, UserStore users) {
        this.hasher = hasher;
        this.pool = pool;
        this.users = users;
    }

    /**
     * Takes a place on the hashing pool for a login's hash, or refuses at once (503
     * {@code overloaded}) when it has none, so a login storm's surplus costs no database work
     * before it is turned away (the throttle write and the user read of every refused attempt took
     * the SQLite write lock and CPU from the admitted logins), and an attempt counted by the
     * throttle is never refused for capacity afterwards. Pass it to {@link #check(HashPool.Permit,
     * Optional, String, java.time.Instant)}; close it on every path.
     */
    public HashPool.Permit reserve() {
        return pool.reserve();
    }

    /** True only for an existing user whose password matches; always costs one hash. */
    public boolean check(Optional<User> user, String normalizedPassword, java.time.Instant now) {
        try (HashPool.Permit permit = pool.reserve()) {
            return check(permit, user, normalizedPassword, now);
        }
    }

    /** As {@link #check(Optional, String, java.time.Instant)}, hashing in the place {@code permit} holds. */
    public boolean check(HashPool.Permit permit, Optional<User> user, String normalizedPassword, java.time.Instant now) {
        String stored = user.map(User::passwordHash).orElse(null);
        if (stored == null) {
            pool.run(permit, () -> hasher.verifyDummy(normalizedPassword));
            return false;
        }
        Verification result = pool.run(permit, () -> hasher.verify(normalizedPassword, stored));
        if (result.matches() && result.needsRehash()) rehash(user.get().id(), stored, normalizedPassword, now);
        return result.matches();
    }

    public String hash(String normalizedPassword) {
        return pool.run(() -> hasher.hash(normalizedPassword));
    }

    /**
     * Upgrades an outdated hash (an imported bcrypt, scrypt or PBKDF2 one, or Argon2 with other
     * parameters) while the password is at hand: OWASP Password Storage Cheat Sheet, "Upgrading
     * legacy hashes". Only if the stored hash is still the one just checked: a reset that landed
     * meanwhile wins, and the old password is not brought back.
     */
    private void rehash(String userId, String checked, String password, java.time.Instant now) {
        try {
            users.replacePasswordHash(userId, checked, hash(password), now);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.OVERLOADED) throw e; // busy: upgrade at a later login
        }
    }
}
