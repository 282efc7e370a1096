package dev.gatehouse.oauth.authorize;

import java.util.List;
import java.util.Optional;

/** What consent needs from storage. */
public interface ConsentStore {
    Optional<Consent> find(String userId, String clientId);

    /** Inserts or replaces the consent of this user for this client. */
    void save(Consent consent);

    boolean delete(String userId, String clientId);

    /** The user's consents, most recent first. */
    List<Consent> list(String userId);
}
