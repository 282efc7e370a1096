package dev.gatehouse.oauth.client;

import dev.gatehouse.core.UniqueViolation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory ClientStore for unit tests (the JDBI one has its own contract test). */
class FakeClientStore implements ClientStore {
    final TreeMap<String, Stored> clients = new TreeMap<>();
    private final Map<String, Instant> jtis = new ConcurrentHashMap<>();

    @Override
    public synchronized void insert(OAuthClient client, String secretHash) {
        if (clients.containsKey(client.clientId())) throw new UniqueViolation("client_id");
        clients.put(client.clientId(), new Stored(client, secretHash));
    }

    @Override
    public synchronized Optional<Stored> find(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public synchronized List<OAuthClient> list(String afterClientId, int limit) {
        var view = afterClientId == null ? clients : clients.tailMap(afterClientId, false);
        return view.values().stream().map(Stored::client).limit(limit).toList();
    }

    @Override
    public synchronized boolean update(OAuthClient client, Instant now) {
        Stored s = clients.get(client.clientId());
        if (s == null) return false;
        clients.put(client.clientId(), new Stored(client, s.secretHash()));
        return true;
    }

    @Override
    public synchronized boolean updateSecret(String clientId, String secretHash, Instant now) {
        Stored s = clients.get(clientId);
        if (s == null) return false;
        clients.put(clientId, new Stored(s.client(), secretHash));
        return true;
    }

    @Override
    public synchronized boolean delete(String clientId) {
        return clients.remove(clientId) != null;
    }

    @Override
    public synchronized List<OAuthClient> withWebOrigins() {
        return clients.values().stream().map(Stored::client).filter(c -> !c.webOrigins().isEmpty()).toList();
    }

    @Override
    public synchronized boolean rememberAssertion(String clientId, String jti, Instant expiresAt, Instant now) {
        String key = clientId + " " + jti;
        Instant old = jtis.get(key);
        if (old != null && old.isAfter(now)) return false;
        jtis.put(key, expiresAt);
        return true;
    }
}
