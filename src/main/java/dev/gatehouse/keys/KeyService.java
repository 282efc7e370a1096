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
 * <p>The key set holds at most one active key per algorithm. Access tokens are signed with the key of the
 * client's {@code access_token_signed_response_alg}, or of the configured algorithm when it has none; ID
 * tokens with the key of the client's {@code id_token_signed_response_alg} (OIDC Dynamic Client
 * Registration §2). A key is created the first time its algorithm is needed. Which key is
 * active for an algorithm is answered from memory: the store is read only when that algorithm has no
 * active key yet.
 *
 * <p>The cache is refreshed from the store at most every {@value #REFRESH_SECONDS} s, and on an unknown
 * kid at most once per second, so a rotation made by another node (or by {@code gatehouse keys rotate})
 * is seen quickly without letting random kids hammer the database.
 */
public final class KeyService {

    /** Whether the signing key {@code kid}'s private key, as stored (base64, sealed), opens with {@code masterKey}. */
    public static boolean opensWith(MasterKey masterKey, String kid, String sealedPrivateKey) {
        return SigningKeyFactory.opens(masterKey, kid, sealedPrivateKey);
    }

    /** Every algorithm a key can be made for; RS256 first (OIDC Core §15.1, OIDC Discovery §3). */
    public static final List<String> ALGORITHMS = List.of("RS256", "ES256", "PS256");
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
    /** One key creation at a time on this node; across nodes the store's unique index decides. */
    private final ReentrantLock createLock = new ReentrantLock();
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
     * Makes sure an active key of the configured algorithm exists and is loaded; call once at start.
     * Creates it exactly once even when several nodes start together (the store's atomic insert decides,
     * losers re-read). Active keys of other algorithms stay active: they sign the ID tokens of the clients
     * registered with them.
     *
     * @throws IllegalStateException when the store fails or an active key cannot be loaded (wrong master key)
     */
    public void ensureActiveKey() {
        ensureActiveKey(algorithm);
    }

    /**
     * Makes sure {@code alg} has an active key, creating it when none exists (a client registered with
     * that {@code id_token_signed_response_alg} or {@code access_token_signed_response_alg}). Cheap when the
     * key is already loaded: no store access.
     *
     * @throws IllegalArgumentException when {@code alg} is not one of {@link #ALGORITHMS}
     * @throws IllegalStateException    when the store fails or the key cannot be loaded
     */
    public void ensureActiveKey(String alg) {
        activeKey(SigningKeyFactory.requireSupported(alg));
    }

    /**
     * Creates a new active key for every algorithm that has one; each previous key stays published until
     * every token it signed has expired: now + access token TTL + verification skew + one cache refresh
     * interval (other nodes may sign with the old key until their next refresh). Each algorithm is rotated
     * in its own transaction.
     *
     * @return the new keys, the one that signs access tokens first
     */
    public List<StoredKey> rotateAll() {
        List<String> algs = new ArrayList<>(List.of(algorithm));
        for (String alg : reloadNow().activeByAlg().keySet()) {
            if (!algs.contains(alg)) {
                algs.add(alg);
            }
        }
        Instant now = clock.instant();
        Instant publishOldUntil = publishRetiredUntil(now);
        List<StoredKey> created = new ArrayList<>();
        for (String alg : algs) {
            StoredKey fresh = factory.generate(alg, now);
            store.rotate(fresh, publishOldUntil);
            LOG.info("rotated signing keys: new kid={} alg={}, previous {} key published until {}", fresh.kid(),
                    fresh.alg(), alg, publishOldUntil);
            created.add(fresh);
        }
        reloadNow();
        return List.copyOf(created);
    }

    /**
     * The scheduled rotation ({@code keys.rotation.interval}): every active key created at least
     * {@code interval} ago, as the store has it, is replaced. The age is the store's, not a timer of this
     * node, so restarts change nothing, and the store's conditional rotation lets one node of several
     * rotate a key while the others find it young. The old key is published as after {@link #rotateAll()}.
     *
     * @return the keys created here (empty when none was due or another node rotated first)
     */
    public List<StoredKey> rotateDue(Duration interval) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(interval);
        List<StoredKey> created = new ArrayList<>();
        for (LoadedKey active : reloadNow().activeByAlg().values()) {
            if (active.stored().createdAt().isAfter(cutoff)) continue;
            StoredKey fresh = factory.generate(active.stored().alg(), now);
            Instant publishOldUntil = publishRetiredUntil(now);
            if (store.rotateIfOlder(fresh, cutoff, publishOldUntil)) {
                LOG.info("rotated signing keys on schedule: new kid={} alg={}, kid={} (created {}) published until {}",
                        fresh.kid(), fresh.alg(), active.kid(), active.stored().createdAt(), publishOldUntil);
                created.add(fresh);
            }
        }
        if (!created.isEmpty()) reloadNow();
        return List.copyOf(created);
    }

    /**
     * A retired key stays published until every token it signed has expired: access tokens and ID tokens
     * live at most the access token TTL, verifiers allow the skew, and other nodes may sign with the old
     * key until their next cache refresh.
     */
    private Instant publishRetiredUntil(Instant now) {
        return now.plus(accessTokenTtl).plus(VERIFY_SKEW).plus(REFRESH_INTERVAL);
    }

    /** {@link #rotateAll()}, returning the new key that signs access tokens. */
    public StoredKey rotate() {
        return rotateAll().get(0);
    }

    /** The JWKS document ({@code {"keys":[...]}}): every publishable key, public members, kid, alg, use=sig. */
    public String jwksJson() {
        return current().jwksJson();
    }

    /** Publishable keys, the active ones first. */
    public List<KeyInfo> keys() {
        List<KeyInfo> out = new ArrayList<>();
        for (LoadedKey k : current().byKid().values()) {
            StoredKey s = k.stored();
            out.add(new KeyInfo(s.kid(), s.alg(), s.status(), s.createdAt(), s.publishUntil()));
        }
        return out;
    }

    /** The algorithm of access tokens (configured). */
    public String algorithm() {
        return algorithm;
    }

    /** The longest access-token lifetime the rotation accounts for. */
    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** True once the active key of the configured algorithm is loaded (for the readiness check). */
    public boolean hasActiveKey() {
        return snapshot.get().activeByAlg().containsKey(algorithm);
    }

    /** The active key of the configured algorithm, for access tokens. Never creates one. */
    LoadedKey signingKey() {
        LoadedKey active = current().activeByAlg().get(algorithm);
        if (active == null) {
            throw new IllegalStateException("no active signing key loaded (ensureActiveKey was not called or failed)");
        }
        return active;
    }

    /**
     * The active key of {@code alg}, created when there is none (a client's ID or access token algorithm).
     * Answered from memory once loaded; otherwise, one at a time: the store is asked whether another node
     * made it, and if not a key is generated and inserted. The store's unique index lets one insert per
     * algorithm win; the loser reloads and uses the winner's key.
     */
    LoadedKey activeKey(String alg) {
        LoadedKey active = current().activeByAlg().get(alg);
        if (active != null) {
            return active;
        }
        createLock.lock();
        try {
            active = snapshot.get().activeByAlg().get(alg);
            if (active != null) {
                return active;
            }
            if (store.findActive(alg).isEmpty()) {
                StoredKey fresh = factory.generate(alg, clock.instant());
                if (store.insertFirstActive(fresh)) {
                    LOG.info("created a signing key kid={} alg={}", fresh.kid(), fresh.alg());
                } else {
                    LOG.info("another node created the {} signing key; using it", alg);
                }
            }
            active = reloadNow().activeByAlg().get(alg);
            if (active == null) {
                throw new IllegalStateException("no active " + alg + " signing key in the store after creating one");
            }
            return active;
        } finally {
            createLock.unlock();
        }
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

    /**
     * Reload that keeps the current keys if the store fails (verification goes on; retried after the interval).
     * Before the first load there is nothing to keep: the failure goes to the caller (at start, a wrong master
     * key is then one fatal error, not a warning about a cache followed by it).
     */
    private Snapshot refreshQuietly(Instant now) {
        try {
            return reloadLocked(now);
        } catch (RuntimeException e) {
            if (snapshot.get().loadedAt() == null) throw e;
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
        // Active first, then newest first; a second active row of one algorithm (never expected) is ignored.
        rows.sort(Comparator.comparing((StoredKey r) -> !r.isActive())
                .thenComparing(StoredKey::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<String, LoadedKey> previous = snapshot.get().byKid();
        List<LoadedKey> loaded = new ArrayList<>();
        java.util.Set<String> activeAlgs = new java.util.HashSet<>();
        for (StoredKey row : rows) {
            if (!row.publishableAt(now) || (row.isActive() && activeAlgs.contains(row.alg()))) {
                if (row.isActive()) {
                    LOG.error("more than one active {} signing key in the store; ignoring kid={}", row.alg(), row.kid());
                }
                continue;
            }
            try {
                loaded.add(factory.load(row, previous.get(row.kid())));
                if (row.isActive()) {
                    activeAlgs.add(row.alg());
                }
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
    private record Snapshot(Map<String, LoadedKey> byKid, Map<String, LoadedKey> activeByAlg, String jwksJson,
            Instant loadedAt, Instant pruneAt) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), "{\"keys\":[]}", null, null);

        static Snapshot of(List<LoadedKey> keys, Instant loadedAt) {
            Map<String, LoadedKey> byKid = new LinkedHashMap<>();
            Map<String, LoadedKey> activeByAlg = new LinkedHashMap<>();
            Instant pruneAt = null;
            List<com.nimbusds.jose.jwk.JWK> jwks = new ArrayList<>();
            for (LoadedKey k : keys) {
                byKid.put(k.kid(), k);
                jwks.add(k.publicJwk());
                if (k.stored().isActive()) {
                    activeByAlg.putIfAbsent(k.stored().alg(), k);
                }
                Instant until = k.stored().publishUntil();
                if (!k.stored().isActive() && until != null && (pruneAt == null || until.isBefore(pruneAt))) {
                    pruneAt = until;
                }
            }
            // publicOnly: defence in depth, the JWKs are already rebuilt from public numbers only.
            String json = new JWKSet(jwks).toString(true);
            return new Snapshot(Collections.unmodifiableMap(byKid), Collections.unmodifiableMap(activeByAlg), json,
                    loadedAt, pruneAt);
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
