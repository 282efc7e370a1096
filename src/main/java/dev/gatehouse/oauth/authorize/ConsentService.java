package dev.gatehouse.oauth.authorize;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Remembered consent (OAuth 2.1 §7.7 / OIDC Core §3.1.2.4): the authorize flow asks only when the
 * requested scopes are not all covered by what the user already allowed this client. Granting adds
 * to what was allowed before; revoking forgets all of it for that client.
 */
public final class ConsentService {
    private final ConsentStore store;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;

    public ConsentService(ConsentStore store, SessionService sessions, AuditLog audit, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when the user has already allowed every one of {@code scopes} to this client. */
    public boolean covers(String userId, String clientId, Collection<String> scopes) {
        return store.find(userId, clientId).map(c -> c.scopes().containsAll(scopes)).orElse(scopes.isEmpty());
    }

    public Optional<Consent> find(String userId, String clientId) {
        return store.find(userId, clientId);
    }

    /**
     * Records that the user allowed {@code scopes}, in addition to what they allowed before. Two
     * grants at the same moment may keep only one of them; the cost is one more question later.
     */
    public Consent grant(String userId, String clientId, Collection<String> scopes) {
        TreeSet<String> all = new TreeSet<>(scopes);
        store.find(userId, clientId).ifPresent(c -> all.addAll(c.scopes()));
        Consent consent = new Consent(userId, clientId, all, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.save(consent);
        audit.record("consent_grant", "success", userId, userId, null, null, "client=" + clientId + " scope=" + String.join(" ", all));
        return consent;
    }

    /**
     * Forgets the user's consent for this client and ends the user's token sessions of that client,
     * so its refresh tokens stop working at once (a revoked grant must not live on in an offline
     * token); true if there was a consent.
     */
    public boolean revoke(String userId, String clientId) {
        int ended = withdraw(userId, clientId);
        if (ended < 0) return false;
        audit.record("consent_revoke", "success", userId, userId, null, null, "client=" + clientId + " sessions=" + ended);
        return true;
    }

    /**
     * As {@link #revoke} without its audit event, for a caller that records its own (an administrator's
     * withdrawal names the administrator): the number of token sessions ended, or -1 when there was no consent.
     */
    public int withdraw(String userId, String clientId) {
        if (!store.delete(userId, clientId)) return -1;
        int ended = 0;
        for (var s : sessions.listLive(userId)) {
            if (s.clientId().equals(clientId) && sessions.end(s.id())) ended++;
        }
        return ended;
    }

    public List<Consent> list(String userId) {
        return store.list(userId);
    }
}
