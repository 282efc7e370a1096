package dev.gatehouse.federation;

import java.util.List;
import java.util.Optional;

/**
 * Storage of providers. The client secret is stored sealed with the master key (the store is given
 * the sealed bytes' owner, not the plain secret: see the implementation's constructor).
 */
public interface IdentityProviderStore {
    /** @throws dev.gatehouse.core.UniqueViolation ("id") when the id is taken */
    void insert(IdentityProvider provider);

    Optional<IdentityProvider> find(String id);

    /** All providers, ordered by id (there are few). */
    List<IdentityProvider> list();

    /** Replaces everything; a null secret in the settings keeps the stored one. False when absent. */
    boolean update(IdentityProvider provider);

    /** Deletes the provider and every identity linked through it. False when absent. */
    boolean delete(String id);
}
