package dev.gatehouse.oauth.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the client registry needs from storage. */
public interface ClientStore {
    /** A client with the SHA-256 hash of its secret (null when it has none). */
    record Stored(OAuthClient client, String secretHash) {
        @Override
        public String toString() {
            return "Stored[" + client.clientId() + "]";
        }
    }

    /** @throws dev.gatehouse.core.UniqueViolation ("client_id") when the id is taken */
    void insert(OAuthClient client, String secretHash);

    Optional<Stored> find(String clientId);

    /** Clients ordered by id, starting after {@code afterClientId} (null: from the start). */
    List<OAuthClient> list(String afterClientId, int limit);

    /** Replaces the metadata (not the secret); false when the client does not exist. */
    boolean update(OAuthClient client, Instant now);

    /** False when the client does not exist. */
    boolean updateSecret(String clientId, String secretHash, Instant now);

    boolean delete(String clientId);

    /** Every client whose {@code web_origins} is not empty (browser origins, API.md §8). */
    List<OAuthClient> withWebOrigins();

    /**
     * Remembers a client assertion id until {@code expiresAt}, in one atomic write (RFC 7523 §3 item 7).
     *
     * @return false when this client already used this {@code jti} and it has not expired yet
     */
    boolean rememberAssertion(String clientId, String jti, Instant expiresAt, Instant now);
}
