package dev.gatehouse.keys;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the JCA provider for signatures, key generation, AES-GCM and the default SecureRandom.
 *
 * <p>Amazon Corretto Crypto Provider (native AWS-LC) signs RS256 about 3x and ES256 about 10x faster
 * than the JDK providers (PERFORMANCE.md). It ships a native library for linux-x86_64 only; elsewhere,
 * or when its self-tests fail, the JDK providers stay in charge. Nothing here ever fails the start.
 */
public final class CryptoProviders {

    /** Try ACCP, fall back to the JDK providers. */
    public static final String AUTO = "auto";
    /** JDK providers only. */
    public static final String JDK = "jdk";

    static final String ACCP_NAME = "AmazonCorrettoCryptoProvider";
    private static final Logger LOG = LoggerFactory.getLogger(CryptoProviders.class);

    private CryptoProviders() {
    }

    /**
     * Installs the providers for {@code mode} ({@code auto} or {@code jdk}, case-insensitive) and returns
     * the name of the provider that now serves {@code SHA256withRSA}, for logs and metrics.
     *
     * @throws IllegalArgumentException only for an unknown mode (a configuration error, to be caught by
     *                                  configuration validation before start)
     */
    public static String install(String mode) {
        String m = mode == null ? AUTO : mode.strip().toLowerCase(Locale.ROOT);
        switch (m) {
            case AUTO -> installAccpIfHealthy();
            case JDK -> Security.removeProvider(ACCP_NAME);
            default -> throw new IllegalArgumentException("crypto provider must be 'auto' or 'jdk', got '" + mode + "'");
        }
        return activeSignatureProvider();
    }

    /**
     * ACCP when its native library loaded and its self-tests pass, otherwise empty. Does not install it.
     * Never throws.
     */
    public static java.util.Optional<Provider> healthyAccp() {
        try {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable loadingError = accp.getLoadingError();
            if (loadingError != null) {
                LOG.info("Amazon Corretto Crypto Provider not available here: {}", loadingError.toString());
                return java.util.Optional.empty();
            }
            accp.assertHealthy();
            return java.util.Optional.of(accp);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Amazon Corretto Crypto Provider failed its checks, using the JDK providers: {}", e.toString());
            return java.util.Optional.empty();
        }
    }

    private static void installAccpIfHealthy() {
        if (healthyAccp().isEmpty()) {
            return;
        }
        try {
            Provider[] providers = Security.getProviders();
            if (providers.length > 0 && ACCP_NAME.equals(providers[0].getName())) {
                return;
            }
            // AmazonCorrettoCryptoProvider.install() inserts it at position 1 (highest priority).
            AmazonCorrettoCryptoProvider.install();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not install Amazon Corretto Crypto Provider, using the JDK providers: {}", e.toString());
            Security.removeProvider(ACCP_NAME);
        }
    }

    private static String activeSignatureProvider() {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            // Provider selection is delayed until init for some providers; getProvider() forces it.
            return s.getProvider().getName();
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            Provider[] providers = Security.getProviders();
            return providers.length == 0 ? "none" : providers[0].getName();
        }
    }
}
