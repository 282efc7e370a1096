package dev.gatehouse.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The whole configuration, immutable; each component receives only its own part. */
public record GatehouseConfig(
        Http http,
        String issuer,
        boolean dev,
        Path dataDir,
        Database database,
        Secret masterKey,
        Bootstrap bootstrap,
        Tokens tokens,
        Passwords passwords,
        Throttle throttle,
        Mail mail,
        String logFormat,
        Audit audit,
        Account account,
        Outbound outbound,
        Federation federation,
        Mfa mfa,
        Branding branding,
        Map<String, String> resolved,
        Operations operations) {

    /**
     * Running and stopping (docs/operations.md).
     *
     * @param keyRotationInterval the age at which a signing key is replaced; null: never (rotate by hand)
     * @param drainDelay          readiness DOWN before the ports close on SIGTERM
     * @param shutdownTimeout     how long requests in flight may take to finish when the ports close
     */
    public record Operations(Duration keyRotationInterval, Duration drainDelay, Duration shutdownTimeout) {}

    /**
     * What end users see of the operator's product on the hosted pages and in mail; every value is
     * checked at start-up, so the pages never carry raw operator text in CSS or a URL.
     *
     * @param productName  the name in page titles, headings and mail
     * @param logoUrl      an absolute https URL of the logo, or null
     * @param logoFile     a logo file served from /assets, or null (never both)
     * @param primaryColor a checked CSS colour for buttons, or null
     * @param accentColor  a checked CSS colour for links and focus, or null
     * @param cssFile      an extra stylesheet served from /assets, or null
     * @param templatesDir a directory of templates that replace the built-in ones, or null
     */
    public record Branding(String productName, String logoUrl, Path logoFile, String primaryColor, String accentColor,
                           Path cssFile, Path templatesDir) {
        public static final String DEFAULT_PRODUCT_NAME = "Gatehouse";

        /** The shipped look: the product name Gatehouse and nothing else. */
        public static Branding defaults() {
            return new Branding(DEFAULT_PRODUCT_NAME, null, null, null, null, null, null);
        }
    }

    /**
     * Second factors (API.md §7).
     *
     * @param reauthMaxAge  how old a sign-in may be to add or remove a factor or regenerate recovery codes
     * @param requiredRoles roles whose holders must have a second factor before they get tokens; empty: none
     * @param consoleRequired {@code console.require.mfa}: the admin console's client gets require_mfa at every start
     */
    public record Mfa(Duration reauthMaxAge, List<String> requiredRoles, boolean consoleRequired) {
        public Mfa {
            requiredRoles = List.copyOf(requiredRoles);
        }

        /** Without the console's policy ({@code console.require.mfa} off). */
        public Mfa(Duration reauthMaxAge, List<String> requiredRoles) {
            this(reauthMaxAge, requiredRoles, false);
        }
    }

    /**
     * Secrets of upstream identity providers' apps from the environment, {@code GATEHOUSE_IDP_<ID>_CLIENT_SECRET}
     * (API.md §6): they stand in for, and win over, a secret stored with the provider.
     *
     * @param clientSecrets by environment variable name
     */
    public record Federation(Map<String, Secret> clientSecrets) {
        public static final String PREFIX = "GATEHOUSE_IDP_";
        public static final String SUFFIX = "_CLIENT_SECRET";

        public Federation {
            clientSecrets = Map.copyOf(clientSecrets);
        }

        /** The configured secret of a provider (id uppercased, '-' as '_'), or an absent one. */
        public Secret clientSecret(String providerId) {
            Secret s = clientSecrets.get(variable(providerId));
            return s == null ? new Secret(null) : s;
        }

        public static String variable(String providerId) {
            return PREFIX + providerId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + SUFFIX;
        }

        @Override
        public String toString() {
            return "Federation[" + new java.util.TreeSet<>(clientSecrets.keySet()) + "]";
        }
    }

    /**
     * @param allowedNetworks CIDRs that fetches of outside-supplied URLs may reach although loopback, private,
     *                        link-local or otherwise special-purpose (dev.gatehouse.net.OutboundGuard)
     */
    public record Outbound(List<String> allowedNetworks) {}

    /** @param corsAllowedOrigins exact origins (scheme://host[:port]) allowed cross-origin on the OAuth endpoints */
    /**
     * @param managementHost bind address of the management port
     * @param managementPort port of /metrics and a second copy of /health/* (0: any free port)
     */
    public record Http(String host, int port, int maxBodyBytes, List<String> trustedProxies, List<String> corsAllowedOrigins,
                       String managementHost, int managementPort) {}

    public record Database(String url, String username, Secret password, int poolSize, boolean migrateOnStart) {
        public boolean isSqlite() {
            return url.startsWith("jdbc:sqlite:");
        }
    }

    public record Bootstrap(String adminUsername, Secret adminPassword) {}

    public record Tokens(Duration accessTokenTtl, String audience, String signingAlg, String cryptoProvider,
                         Duration sessionIdleTtl, Duration sessionMaxTtl, String firstPartyClientId, Duration loginSessionTtl,
                         Duration authorizationCodeTtl, Duration clientCacheTtl, Duration sessionCacheTtl,
                         Duration refreshReuseInterval) {}

    public record Passwords(int minLength, int maxLength, int argon2MemoryKib, int argon2Iterations,
                            int argon2Parallelism, String argon2Implementation, int hashThreads, int hashQueue,
                            boolean signupEnabled) {}

    public record Throttle(int freeAttempts, Duration baseDelay, Duration maxDelay, int ipPerMinute) {}

    /**
     * Self-service account changes.
     *
     * @param reauthMaxAge how old a session's sign-in may be for an email change without the current password
     */
    public record Account(Duration reauthMaxAge) {}

    /** @param retention how long audit events are kept */
    public record Audit(Duration retention) {}

    /**
     * Outbound mail, and the account lifecycle that sends it (verification and reset links).
     *
     * @param requireVerifiedEmail true when login needs a verified email ({@code require.verified.email=login})
     */
    public record Mail(String transport, String smtpHost, int smtpPort, String smtpUsername, Secret smtpPassword,
                       boolean starttls, boolean implicitTls, Duration smtpTimeout, String from,
                       Duration pollInterval, Duration retryBaseDelay, Duration retryMaxDelay, int maxAttempts,
                       int ipPerMinute, Duration verifyTtl, Duration resetTtl, boolean requireVerifiedEmail) {}
}
