package dev.gatehouse.federation;

import dev.gatehouse.config.Secret;
import dev.gatehouse.core.UniqueViolation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** An in-memory {@link IdentityProviderStore} with the real store's secret semantics (null keeps, absent erases). */
final class FakeIdentityProviderStore implements IdentityProviderStore {
    final ConcurrentSkipListMap<String, IdentityProvider> rows = new ConcurrentSkipListMap<>();

    @Override
    public void insert(IdentityProvider p) {
        if (rows.putIfAbsent(p.id(), p) != null) throw new UniqueViolation("id");
    }

    @Override
    public Optional<IdentityProvider> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<IdentityProvider> list() {
        return List.copyOf(rows.values());
    }

    @Override
    public boolean update(IdentityProvider p) {
        IdentityProvider old = rows.get(p.id());
        if (old == null) return false;
        ProviderSettings s = p.settings();
        Secret secret = s.clientSecret() == null ? old.settings().clientSecret() : s.clientSecret();
        rows.put(p.id(), new IdentityProvider(new ProviderSettings(s.id(), s.type(), s.issuer(), s.clientId(), secret, s.scopes(),
                s.audiences(), s.trustEmail(), s.tenant(), s.teamId(), s.keyId(), s.endpoints()), p.name(), p.enabled(),
                p.createUsers(), p.linkPolicy(), p.createdAt(), p.updatedAt()));
        return true;
    }

    @Override
    public boolean delete(String id) {
        return rows.remove(id) != null;
    }
}
