package dev.gatehouse.federation;

import java.time.Instant;

/**
 * A configured upstream provider: how to talk to it ({@link ProviderSettings}) and what its
 * sign-ins may do to accounts.
 *
 * @param name        the button text on the hosted login page
 * @param createUsers whether a first sign-in with no matching account creates one
 */
public record IdentityProvider(ProviderSettings settings, String name, boolean enabled, boolean createUsers,
                               LinkPolicy linkPolicy, Instant createdAt, Instant updatedAt) {
    public String id() {
        return settings.id();
    }

    public ProviderType type() {
        return settings.type();
    }
}
