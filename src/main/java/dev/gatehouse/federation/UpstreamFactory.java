package dev.gatehouse.federation;

/**
 * Builds the {@link Upstream} for a provider's settings. Implementations cache per settings value
 * (discovery documents and JWKS survive between sign-ins; changed settings get a fresh instance).
 */
public interface UpstreamFactory {
    Upstream forProvider(ProviderSettings settings);
}
