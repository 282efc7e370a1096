package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.StoredKey;
import java.util.List;

/** Signing keys for operators: metadata only, never key material. */
public final class KeyAdmin {
    private final KeyService keys;
    private final AuditLog audit;

    public KeyAdmin(KeyService keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    public List<KeyInfo> list() {
        return keys.keys();
    }

    /** One key of {@link #list()}, by its {@code kid}. */
    public KeyInfo get(String kid) {
        return list().stream().filter(k -> k.kid().equals(kid)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such key"));
    }

    /**
     * A new active key for every algorithm that has one; each previous key stays published until its last
     * token has expired. Returns the new key that signs access tokens (the others are in {@link #list()}).
     */
    public KeyInfo rotate(Actor actor) {
        return rotateAll(actor).get(0);
    }

    /** As {@link #rotate}, answering every new key (the CLI shows them all), the access-token key first. */
    public List<KeyInfo> rotateAll(Actor actor) {
        return recorded(actor, keys.rotateAll());
    }

    /**
     * The scheduled rotation: every key at least {@code interval} old is replaced ({@link KeyService#rotateDue}),
     * audited like a rotation by hand with the actor {@code schedule}.
     */
    public List<KeyInfo> rotateDue(java.time.Duration interval) {
        return recorded(SCHEDULE, keys.rotateDue(interval));
    }

    private static final Actor SCHEDULE = Actor.operator("schedule");

    private List<KeyInfo> recorded(Actor actor, List<StoredKey> created) {
        for (StoredKey key : created) {
            audit.record("admin_key_rotate", "success", null, actor.userId(), null, actor.ip(),
                    "kid=" + key.kid() + " alg=" + key.alg());
        }
        return created.stream().map(k -> new KeyInfo(k.kid(), k.alg(), k.status(), k.createdAt(), k.publishUntil())).toList();
    }
}
