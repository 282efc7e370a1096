package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditLog;
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

    /** A new active key; the previous one stays published until its last token has expired. */
    public KeyInfo rotate(Actor actor) {
        StoredKey key = keys.rotate();
        audit.record("admin_key_rotate", "success", null, actor.userId(), null, actor.ip(), "kid=" + key.kid());
        return new KeyInfo(key.kid(), key.alg(), key.status(), key.createdAt(), key.publishUntil());
    }
}
