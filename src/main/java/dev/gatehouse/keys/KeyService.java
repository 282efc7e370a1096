package dev.gatehouse.keys;

import com.nimbusds.jose.jwk.JWKSet;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing keys: creation on first start, rotation, the JWKS, and an in-memory cache shared by the
 * token issuer and verifier.
 *
 * <p>The cache is refreshed from the store at most every {@value #REFRESH_SECONDS} s, and on an unknown
 * kid at most once per second, so a rotation made by another node (or by {@code gatehouse keys rotate})
 * is seen quickly without letting random kids hammer the database.
 */
public final class KeyService {

    static final long REFRESH_SECONDS = 30;
    static final Duration REFRESH_INTERVAL = Duration.ofSeconds(REFRESH_SECONDS);
    static final Duration UNKNOWN_KID_INTERVAL = Duration.ofSeconds(1);
    /** The verifiers' clock skew allowance (SECURITY.md: at most 60 s). */
    static final Duration VERIFY_SKEW = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(KeyService.class);

    private final SigningKeyStore store;
    private final Clock clock;
    private final String algorithm;
    private final Duration accessTokenTtl;
    private final SigningKeyFactory factory;
    private final ReentrantLock reloadLock = new ReentrantLock();
    private final AtomicLong lastUnknownKidReload = new AtomicLong(Long.MIN_VALUE);
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

    /**
     * Uses the JCA provider preference order, i.e. ACCP when {@link CryptoProviders#install} installed it.
     *
     * @param algorithm      {@code RS256}, {@code ES256} or {@code PS256}; applies to keys created from now on
     * @param accessTokenTtl the longest lifetime any access token may have: a retired key stays published that
     *                       long (plus skew) after rotation
     */
    public KeyService(SigningKeyStore store, MasterKey masterKey, Clock clock, String algorithm,
            Duration accessTokenTtl) {
        this(store, masterKey, clock, algorithm, accessTokenTtl, null);
    }

    /** As above with an explicit JCA provider for keys and signatures ({@code null}: preference order). */
    public KeyService(SigningKeyStore store, MasterKey masterKey, Clock clock, String algorithm,
            Duration accessTokenTtl, Provider provider) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.algorithm = SigningKeyFactory.requireSupported(algorithm == null ? "RS256" : algorithm);
        if (accessTokenTtl == null || accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("access token TTL must be positive");
        }
        this.accessTokenTtl = accessTokenTtl;
        this.factory = new SigningKeyFactory(Objects.requireNonNull(masterKey, "masterKey"), provider,
                new SecureRandom());
    }

    /**
     * Makes sure an active key exists and is loaded; call once at start. Creates the first key exactly once
     * even when several nodes start together (the store's atomic insert decides, losers re-read). When the
     * configured algorithm differs from the active key's, rotates to a key of the configured algorithm.
     *
     * @throws IllegalStateException when the store fails or the active key cannot be loaded (wrong master key)
     */
    public void ensureActiveKey() {
        Instant now = clock.instant();
        if (store.findActive().isEmpty()) {
            StoredKey fresh = factory.generate(algorithm, now);
            if (store.insertFirstActive(fresh)) {
                LOG.info("created the first signing key kid={} alg={}", fresh.kid(), fresh.alg());
            } else {
                LOG.info("another node created the first signing key; using it");
            }
        }
        Snapshot s = reloadNow();
        if (s.active() == null) {
            throw new IllegalStateException("no active signing key in the store after creating one");
        }
        if (!s.active().stored().alg().equals(algorithm)) {
            LOG.info("active signing key kid={} is {}, configured algorithm is {}: rotating", s.active().kid(),
                    s.active().stored().alg(), algorithm);
            rotate();
        }
    }

    /**
     * Creates a new active key; the previous one stays published until every token it signed has expired:
     * now + access token TTL + verification skew + one cache refresh interval (other nodes may sign with the
     * old key until their next refresh).
     */
    public StoredKey rotate() {
        Instant now = clock.instant();
        StoredKey fresh = factory.generate(algorithm, now);
        Instant publishOldUntil = now.plus(accessTokenTtl).plus(VERIFY_SKEW).plus(REFRESH_INTERVAL);
        store.rotate(fresh, publishOldUntil);
        LOG.info("rotated signing keys: new kid={} alg={}, previous key published until {}", fresh.kid(),
                fresh.alg(), publishOldUntil);
        reloadNow();
        return fresh;
    }

    /** The JWKS document ({@code {"keys":[...]}}): every publishable key, public members, kid, alg, use=sig. */
    public String jwksJson() {
        return current().jwksJson();
    }

    /** Publishable keys, the active one first. */
    public List<KeyInfo> keys() {
        List<KeyInfo> out = new ArrayList<>();
        for (LoadedKey k : current().byKid().values()) {
            StoredKey s = k.stored();
            out.add(new KeyInfo(s.kid(), s.alg(), s.status(), s.createdAt(), s.publishUntil()));
        }
        return out;
    }

    /** The algorithm used for new keys. */
    public String algorithm() {
        return algorithm;
    }

    /** The longest access-token lifetime the rotation accounts for. */
    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** True once an active key is loaded (for the readiness check). */
    public boolean hasActiveKey() {
        return snapshot.get().active() != null;
    }

    /** The active key, for signing. */
    LoadedKey signingKey() {
        LoadedKey active = current().active();
        if (active == null) {
            throw new IllegalStateException("no active signing key loaded (ensureActiveKey was not called or failed)");
        }
        return active;
    }

    /**
     * The publishable key with this kid, or null. An unknown kid triggers a store reload at most once per
     * {@link #UNKNOWN_KID_INTERVAL}, so a key created on another node is found without letting forged kids
     * cause a query each.
     */
    LoadedKey verificationKey(String kid) {
        LoadedKey k = current().byKid().get(kid);
        if (k != null) {
            return k;
        }
        long nowMs = clock.millis();
        long last = lastUnknownKidReload.get();
        boolean due = last == Long.MIN_VALUE || nowMs - last >= UNKNOWN_KID_INTERVAL.toMillis() || nowMs < last;
        if (!due || !lastUnknownKidReload.compareAndSet(last, nowMs)) {
            return null;
        }
        reloadLock.lock();
        try {
            return refreshQuietly(clock.instant()).byKid().get(kid);
        } finally {
            reloadLock.unlock();
        }
    }

    /** The current snapshot: reloaded when older than the refresh interval, pruned when a key's publication ended. */
    private Snapshot current() {
        Snapshot s = snapshot.get();
        Instant now = clock.instant();
        if (s.refreshDue(now) && reloadLock.tryLock()) {
            try {
                s = snapshot.get();
                if (s.refreshDue(now)) {
                    s = refreshQuietly(now);
                }
            } finally {
                reloadLock.unlock();
            }
        }
        if (s.pruneAt() != null && !now.isBefore(s.pruneAt())) {
            Snapshot pruned = Snapshot.of(filter(s.byKid().values(), now), s.loadedAt());
            s = snapshot.compareAndSet(s, pruned) ? pruned : snapshot.get();
        }
        return s;
    }

    /** Reload that keeps the current keys if the store fails (verification goes on; retried after the interval). */
    private Snapshot refreshQuietly(Instant now) {
        try {
            return reloadLocked(now);
        } catch (RuntimeException e) {
            LOG.warn("could not refresh signing keys from the store, keeping the cached ones: {}", e.toString());
            Snapshot old = snapshot.get();
            Snapshot retry = Snapshot.of(filter(old.byKid().values(), now), now);
            snapshot.set(retry);
            return retry;
        }
    }

    /** Reload that propagates failures (start, rotation). */
    private Snapshot reloadNow() {
        reloadLock.lock();
        try {
            return reloadLocked(clock.instant());
        } finally {
            reloadLock.unlock();
        }
    }

    private Snapshot reloadLocked(Instant now) {
        List<StoredKey> rows = new ArrayList<>(store.findPublishable(now));
        // Active first, then newest first; a second active row (never expected) is treated as retired.
        rows.sort(Comparator.comparing((StoredKey r) -> !r.isActive())
                .thenComparing(StoredKey::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<String, LoadedKey> previous = snapshot.get().byKid();
        List<LoadedKey> loaded = new ArrayList<>();
        boolean haveActive = false;
        for (StoredKey row : rows) {
            if (!row.publishableAt(now) || (haveActive && row.isActive())) {
                if (row.isActive()) {
                    LOG.error("more than one active signing key in the store; ignoring kid={}", row.kid());
                }
                continue;
            }
            try {
                loaded.add(factory.load(row, previous.get(row.kid())));
                haveActive |= row.isActive();
            } catch (RuntimeException e) {
                if (row.isActive()) {
                    throw e; // cannot sign: fail loudly (start) or keep the old snapshot (refresh)
                }
                LOG.error("skipping unusable retired signing key kid={}: {}", row.kid(), e.getMessage());
            }
        }
        Snapshot s = Snapshot.of(loaded, now);
        snapshot.set(s);
        return s;
    }

    private static List<LoadedKey> filter(Iterable<LoadedKey> keys, Instant now) {
        List<LoadedKey> out = new ArrayList<>();
        for (LoadedKey k : keys) {
            if (k.stored().publishableAt(now)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Immutable view of the loaded keys with the JWKS JSON built once. */
    private record Snapshot(Map<String, LoadedKey> byKid, LoadedKey active, String jwksJson, Instant loadedAt,
            Instant pruneAt) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), null, "{\"keys\":[]}", null, null);

        static Snapshot of(List<LoadedKey> keys, Instant loadedAt) {
            Map<String, LoadedKey> byKid = new LinkedHashMap<>();
            LoadedKey active = null;
            Instant pruneAt = null;
            List<com.nimbusds.jose.jwk.JWK> jwks = new ArrayList<>();
            for (LoadedKey k : keys) {
                byKid.put(k.kid(), k);
                jwks.add(k.publicJwk());
                if (k.stored().isActive() && active == null) {
                    active = k;
                }
                Instant until = k.stored().publishUntil();
                if (!k.stored().isActive() && until != null && (pruneAt == null || until.isBefore(pruneAt))) {
                    pruneAt = until;
                }
            }
            // publicOnly: defence in depth, the JWKs are already rebuilt from public numbers only.
            String json = new JWKSet(jwks).toString(true);
            return new Snapshot(Collections.unmodifiableMap(byKid), active, json, loadedAt, pruneAt);
        }

        boolean refreshDue(Instant now) {
            if (loadedAt == null) {
                return true;
            }
            Duration age = Duration.between(loadedAt, now);
            return age.isNegative() || age.compareTo(REFRESH_INTERVAL) >= 0;
        }
    }
}
