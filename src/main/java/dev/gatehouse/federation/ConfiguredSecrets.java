package dev.gatehouse.federation;

import dev.gatehouse.config.Secret;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The provider store as the rest of the server reads it: a secret from configuration
 * ({@code GATEHOUSE_IDP_<ID>_CLIENT_SECRET}, API.md §6) stands in for, and wins over, the stored one,
 * so an operator can keep upstream secrets out of the database. Writes pass through untouched: a
 * configured secret is never copied into the store (an update carries a null secret unless it sets one).
 */
public final class ConfiguredSecrets implements IdentityProviderStore {
    private final IdentityProviderStore store;
    private final Function<String, Secret> configured;

    /** @param configured the configured secret of a provider id, absent ({@link Secret#isPresent()} false) when none */
    public ConfiguredSecrets(IdentityProviderStore store, Function<String, Secret> configured) {
        this.store = store;
        this.configured = configured;
    }

    @Override
    public void insert(IdentityProvider provider) {
        store.insert(provider);
    }

    @Override
    public Optional<IdentityProvider> find(String id) {
        return store.find(id).map(this::withConfigured);
    }

    @Override
    public List<IdentityProvider> list() {
        return store.list().stream().map(this::withConfigured).toList();
    }

    @Override
    public boolean update(IdentityProvider provider) {
        return store.update(provider);
    }

    @Override
    public boolean delete(String id) {
        return store.delete(id);
    }

    /** Whether the configuration holds this provider's secret. */
    public boolean configures(String id) {
        return configured(id).isPresent();
    }

    /** The configured secret of a provider, present or not: what the registry validates before a provider exists. */
    Secret configured(String id) {
        return configured.apply(id);
    }

    private IdentityProvider withConfigured(IdentityProvider p) {
        Secret secret = configured.apply(p.id());
        if (!secret.isPresent()) return p;
        ProviderSettings s = p.settings();
        return new IdentityProvider(new ProviderSettings(s.id(), s.type(), s.issuer(), s.clientId(), secret, s.scopes(),
                s.audiences(), s.trustEmail(), s.tenant(), s.teamId(), s.keyId(), s.endpoints()),
                p.name(), p.enabled(), p.createUsers(), p.linkPolicy(), p.createdAt(), p.updatedAt());
    }
}
