package dev.gatehouse.account;

import dev.gatehouse.session.LiveSessionCache;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Serves {@link #findByLiveSession}, the one read behind every {@code GET /api/v1/me}, and
 * {@link #findClaimsByLiveSession}, the one read behind every {@code /oauth2/userinfo}, each from a
 * {@link LiveSessionCache} (why, and how revocation, a disabled user or a changed profile still take
 * effect at once, is there).
 */
public final class CachingUserStore implements UserStore {
    private final UserStore store;
    private final LiveSessionCache<LiveSessionUser> cache;
    private final LiveSessionCache<LiveSessionClaims> claims;

    /** Both caches must be told of the same writes as the session cache ({@link LiveSessionCache.Group}). */
    public CachingUserStore(UserStore store, LiveSessionCache<LiveSessionUser> cache, LiveSessionCache<LiveSessionClaims> claims) {
        this.store = store;
        this.cache = cache;
        this.claims = claims;
    }

    @Override
    public Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now) {
        return cache.get(sessionId, userId, now, () -> store.findByLiveSession(userId, sessionId, now),
                LiveSessionUser::sessionExpiresAt);
    }

    @Override
    public Optional<LiveSessionClaims> findClaimsByLiveSession(String userId, String sessionId, Instant now) {
        return claims.get(sessionId, userId, now, () -> store.findClaimsByLiveSession(userId, sessionId, now),
                LiveSessionClaims::sessionExpiresAt);
    }

    @Override
    public void insert(User user, String usernameNorm, String emailNorm, List<String> roles) {
        store.insert(user, usernameNorm, emailNorm, roles);
    }

    @Override
    public Optional<UserWithGrants> findByLogin(String normalizedIdentifier) {
        return store.findByLogin(normalizedIdentifier);
    }

    @Override
    public Optional<UserWithGrants> findById(String id) {
        return store.findById(id);
    }

    @Override
    public boolean existsByUsernameNorm(String usernameNorm) {
        return store.existsByUsernameNorm(usernameNorm);
    }

    @Override
    public void updatePasswordHash(String userId, String passwordHash, Instant now) {
        store.updatePasswordHash(userId, passwordHash, now);
    }

    @Override
    public boolean replacePasswordHash(String userId, String expected, String replacement, Instant now) {
        return store.replacePasswordHash(userId, expected, replacement, now);
    }

    @Override
    public void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now) {
        store.updateProfile(userId, name, email, emailNorm, emailVerified, now);
    }

    @Override
    public void setVerifiedEmail(String userId, String email, String emailNorm, Instant now) {
        store.setVerifiedEmail(userId, email, emailNorm, now);
    }

    @Override
    public void updateLocale(String userId, String locale) {
        store.updateLocale(userId, locale);
    }

    @Override
    public Optional<String> locale(String userId) {
        return store.locale(userId);
    }
}
