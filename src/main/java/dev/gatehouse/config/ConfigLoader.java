package dev.gatehouse.config;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the configuration: defaults &lt; file &lt; environment &lt; flags. Collects every problem
 * before failing so an operator fixes them in one go.
 */
public final class ConfigLoader {
    private static final Set<String> SIGNING_ALGS = Set.of("RS256", "PS256", "ES256");

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();
    /** Where each key's value came from (a variable, a flag, the file), for messages about a secret. */
    private final Map<String, String> origins = new HashMap<>();
    /** The running command's own options, offered with the configuration flags when a flag is mistyped. */
    private final Collection<String> commandOptions;

    public ConfigLoader(Map<String, String> env) {
        this(env, List.of());
    }

    public ConfigLoader(Map<String, String> env, Collection<String> commandOptions) {
        this.env = env;
        this.commandOptions = List.copyOf(commandOptions);
    }

    /**
     * @param configFile file from {@code --config}, or null to use {@code GATEHOUSE_CONFIG_FILE}
     * @param flags      raw command-line flags such as {@code --http-port=9090} or {@code --http-port 9090}
     */
    public GatehouseConfig load(Path configFile, List<String> flags) {
        Map<String, String> values = new TreeMap<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            if (!key.defaultValue().isEmpty()) values.put(key.name(), key.defaultValue());
        }
        Path file = configFile != null ? configFile
                : env.containsKey("GATEHOUSE_CONFIG_FILE") ? Path.of(env.get("GATEHOUSE_CONFIG_FILE")) : null;
        if (file != null) readFile(file, values);
        env.forEach((name, value) -> ConfigKeys.byEnv(name).ifPresent(k -> {
            values.put(k.name(), value);
            origins.put(k.name(), name);
        }));
        readFlags(flags, values);
        GatehouseConfig config = build(values);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return config;
    }

    private void readFile(Path file, Map<String, String> values) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            problems.add("config file " + file + ": cannot be read (" + e.getMessage() + ")");
            return;
        }
        for (String name : props.stringPropertyNames()) {
            if (ConfigKeys.byName(name).isPresent()) {
                values.put(name, props.getProperty(name).trim());
                origins.put(name, name + " in " + file);
            } else problems.add("config file " + file + ": unknown key '" + name + "'"
                    + Suggestions.didYouMean(name, ConfigKeys.ALL.stream().map(ConfigKey::name).toList()));
        }
    }

    private void readFlags(List<String> flags, Map<String, String> values) {
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            String name = flag;
            String value = null;
            int eq = flag.indexOf('=');
            if (eq > 0) {
                name = flag.substring(0, eq);
                value = flag.substring(eq + 1);
            }
            var key = ConfigKeys.byFlag(name);
            if (key.isEmpty()) {
                List<String> known = new ArrayList<>(commandOptions);
                ConfigKeys.ALL.forEach(k -> known.add(k.flagName()));
                problems.add("unknown option '" + name + "'" + Suggestions.didYouMean(name, known));
                // Its value, if it has one, is not a second unknown option.
                if (value == null && i + 1 < flags.size() && !flags.get(i + 1).startsWith("-")) i++;
                continue;
            }
            if (value == null) {
                boolean nextIsValue = i + 1 < flags.size() && !flags.get(i + 1).startsWith("--");
                if (nextIsValue) value = flags.get(++i);
                else if (isBoolean(key.get())) value = "true";
                else {
                    problems.add("option '" + name + "' needs a value");
                    continue;
                }
            }
            values.put(key.get().name(), value);
            origins.put(key.get().name(), name);
        }
    }

    private static boolean isBoolean(ConfigKey key) {
        return "true".equals(key.defaultValue()) || "false".equals(key.defaultValue());
    }

    /** Every section in turn; each adds its problems to the list, so one run reports them all. */
    private GatehouseConfig build(Map<String, String> v) {
        var http = http(v);
        Path dataDir = Path.of(v.get("data.dir"));
        boolean dev = bool(v, "dev");
        String issuer = issuer(v.getOrDefault("issuer", "http://localhost:" + (http.port() == 0 ? 8080 : http.port())), dev);
        var database = database(v, dataDir);
        Secret masterKey = masterKey(v);
        var tokens = tokens(v, issuer);
        var passwords = passwords(v);
        var mail = mail(v, issuer);
        oneOf(v, "log.format", "text", "json");
        oneOf(v, "default.locale", "en", "de", "fr");
        // The values other settings default to, as they were resolved (for `config show`).
        Map<String, String> derived = new HashMap<>();
        derived.put("issuer", issuer);
        derived.put("management.host", http.managementHost());
        derived.put("database.url", database.url());
        derived.put("access.token.audience", tokens.audience());
        derived.put("hash.pool.threads", String.valueOf(passwords.hashThreads()));
        derived.put("hash.pool.queue", String.valueOf(passwords.hashQueue()));
        derived.put("mail.from", mail.from());
        return new GatehouseConfig(http, issuer, dev, dataDir, database, masterKey, bootstrap(v), tokens, passwords, throttle(v), mail,
                v.get("log.format"), audit(v), account(v), new GatehouseConfig.Outbound(networks(v, "outbound.allowed.networks")),
                federation(), mfa(v), branding(v, dev), resolved(v, derived), operations(v));
    }

    private GatehouseConfig.Http http(Map<String, String> v) {
        int port = integer(v, "http.port", 0, 65_535);
        int maxBody = integer(v, "http.max.body.bytes", 1024, 16 << 20);
        List<String> proxies = networks(v, "trusted.proxies");
        List<String> corsOrigins = origins(v, "cors.allowed.origins");
        // Metrics count events per outcome (mail sent, logins failed...), which tells an outsider about
        // accounts; they are served only on a port of their own, like Keycloak's management port 9000.
        int managementPort = integer(v, "management.port", 0, 65_535);
        if (managementPort != 0 && managementPort == port) problems.add("management.port: must differ from http.port");
        String managementHost = v.getOrDefault("management.host", v.get("http.host"));
        return new GatehouseConfig.Http(v.get("http.host"), port, maxBody, proxies, corsOrigins, managementHost, managementPort);
    }

    /** CIDRs or single addresses; a host name is refused, never resolved. */
    private List<String> networks(Map<String, String> v, String key) {
        List<String> cidrs = list(v.get(key));
        for (String cidr : cidrs) {
            if (!validCidr(cidr)) problems.add(key + ": not a CIDR or address: " + cidr);
        }
        return cidrs;
    }

    private List<String> origins(Map<String, String> v, String key) {
        List<String> origins = list(v.get(key));
        for (String origin : origins) {
            // An origin is scheme://host[:port] as a browser sends it (RFC 6454 §6.2); no wildcard: each site is named.
            String problem = WebOrigin.problem(origin);
            if (problem != null) problems.add(key + ": not an origin (scheme://host[:port], lowercase, no default port): " + origin + " (" + problem + ")");
        }
        return origins;
    }

    private GatehouseConfig.Database database(Map<String, String> v, Path dataDir) {
        String url = v.getOrDefault("database.url", "jdbc:sqlite:" + dataDir.resolve("gatehouse.db"));
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            problems.add("database.url: must start with jdbc:sqlite: or jdbc:postgresql: (got " + url + ")");
        }
        return new GatehouseConfig.Database(url, v.get("database.username"), new Secret(v.get("database.password")),
                integer(v, "database.pool.size", 1, 500), bool(v, "database.migrate.on.start"));
    }

    private Secret masterKey(Map<String, String> v) {
        String masterKey = v.get("master.key");
        if (masterKey != null && !validMasterKey(masterKey)) {
            problems.add("master.key: must be the base64 encoding of exactly 32 bytes");
        }
        return new Secret(masterKey, origins.get("master.key"));
    }

    private GatehouseConfig.Bootstrap bootstrap(Map<String, String> v) {
        var bootstrap = new GatehouseConfig.Bootstrap(v.get("bootstrap.admin.username"), new Secret(v.get("bootstrap.admin.password")));
        if (bootstrap.adminUsername() != null && !bootstrap.adminPassword().isPresent()) {
            problems.add("bootstrap.admin.password: required when bootstrap.admin.username is set");
        }
        return bootstrap;
    }

    private GatehouseConfig.Tokens tokens(Map<String, String> v, String issuer) {
        String alg = v.get("token.signing.alg").toUpperCase(Locale.ROOT);
        if (!SIGNING_ALGS.contains(alg)) problems.add("token.signing.alg: one of " + SIGNING_ALGS + " (got " + alg + ")");
        oneOf(v, "crypto.provider", "auto", "jdk");
        Duration accessTtl = duration(v, "access.token.ttl");
        if (accessTtl.compareTo(Duration.ofHours(24)) > 0) problems.add("access.token.ttl: at most 24h (access tokens are short-lived)");
        Duration idle = duration(v, "session.idle.ttl");
        Duration max = duration(v, "session.max.ttl");
        return new GatehouseConfig.Tokens(accessTtl, v.getOrDefault("access.token.audience", issuer), alg,
                v.get("crypto.provider"), idle, max, v.get("first.party.client.id"), loginSessionTtl(v), authorizationCodeTtl(v),
                cacheTtl(v, "client.cache.ttl"), cacheTtl(v, "session.cache.ttl"), cacheTtl(v, "refresh.reuse.interval"));
    }

    private Duration loginSessionTtl(Map<String, String> v) {
        Duration ttl = duration(v, "login.session.ttl");
        if (ttl.compareTo(Duration.ofSeconds(1)) > 0
                && (ttl.compareTo(Duration.ofMinutes(5)) < 0 || ttl.compareTo(Duration.ofDays(30)) > 0)) {
            problems.add("login.session.ttl: between 5m and 30d");
        }
        return ttl;
    }

    private Duration authorizationCodeTtl(Map<String, String> v) {
        Duration ttl = duration(v, "authorization.code.ttl");
        // RFC 6749 §4.1.2: a maximum authorization code lifetime of 10 minutes is RECOMMENDED (SECURITY.md: at most 10).
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(Duration.ofMinutes(10)) > 0) {
            problems.add("authorization.code.ttl: between 1s and 10m");
        }
        return ttl;
    }

    private GatehouseConfig.Passwords passwords(Map<String, String> v) {
        int minLength = integer(v, "password.min.length", 8, 1024);
        int maxLength = integer(v, "password.max.length", 64, 4096);
        if (minLength > maxLength) problems.add("password.min.length: larger than password.max.length");
        oneOf(v, "argon2.implementation", "auto", "sodium", "native", "java");
        int argonMemory = integer(v, "argon2.memory.kib", 1024, 4_194_304);
        int argonIterations = integer(v, "argon2.iterations", 1, 100);
        int argonParallelism = integer(v, "argon2.parallelism", 1, 64);
        int cores = Runtime.getRuntime().availableProcessors();
        int hashThreads = v.containsKey("hash.pool.threads") ? integer(v, "hash.pool.threads", 1, 256) : cores;
        int hashQueue = v.containsKey("hash.pool.queue") ? integer(v, "hash.pool.queue", 0, 100_000) : 3 * hashThreads;
        return new GatehouseConfig.Passwords(minLength, maxLength, argonMemory, argonIterations, argonParallelism,
                v.get("argon2.implementation"), hashThreads, hashQueue, bool(v, "signup.enabled"));
    }

    private GatehouseConfig.Throttle throttle(Map<String, String> v) {
        return new GatehouseConfig.Throttle(integer(v, "login.throttle.free.attempts", 1, 1000),
                duration(v, "login.throttle.base.delay"), duration(v, "login.throttle.max.delay"),
                integer(v, "ip.rate.per.minute", 1, 1_000_000));
    }

    private GatehouseConfig.Audit audit(Map<String, String> v) {
        Duration retention = duration(v, "audit.retention");
        if (retention.compareTo(Duration.ofDays(1)) < 0 && problems.stream().noneMatch(p -> p.startsWith("audit.retention"))) {
            problems.add("audit.retention: at least 1d");
        }
        return new GatehouseConfig.Audit(retention);
    }

    private GatehouseConfig.Operations operations(Map<String, String> v) {
        Duration rotation = null;
        if (!v.get("keys.rotation.interval").trim().equalsIgnoreCase("off")) {
            rotation = duration(v, "keys.rotation.interval");
            // Shorter would keep several retired keys published at once (each stays up to access.token.ttl + 2m).
            if (rotation.compareTo(Duration.ofHours(1)) < 0) problems.add("keys.rotation.interval: at least 1h, or off");
        }
        Duration drain = zeroOrDuration(v, "shutdown.drain.delay");
        Duration timeout = zeroOrDuration(v, "shutdown.timeout");
        if (drain.compareTo(Duration.ofMinutes(5)) > 0) problems.add("shutdown.drain.delay: at most 5m");
        if (timeout.compareTo(Duration.ofMinutes(10)) > 0) problems.add("shutdown.timeout: at most 10m");
        return new GatehouseConfig.Operations(rotation, drain, timeout);
    }

    private Duration zeroOrDuration(Map<String, String> v, String key) {
        String raw = v.get(key).trim();
        return raw.equals("0") || raw.equals("0s") ? Duration.ZERO : duration(v, key);
    }

    private GatehouseConfig.Account account(Map<String, String> v) {
        Duration reauthMaxAge = duration(v, "account.reauth.max.age");
        // Re-authentication before account changes (OWASP ASVS 4.0 V3.7.1) means little once "recent" is hours.
        if (reauthMaxAge.compareTo(Duration.ofHours(1)) > 0) problems.add("account.reauth.max.age: at most 1h");
        return new GatehouseConfig.Account(reauthMaxAge);
    }

    private GatehouseConfig.Mfa mfa(Map<String, String> v) {
        Duration reauthMaxAge = duration(v, "mfa.reauth.max.age");
        if (reauthMaxAge.compareTo(Duration.ofHours(1)) > 0) problems.add("mfa.reauth.max.age: at most 1h");
        return new GatehouseConfig.Mfa(reauthMaxAge, list(v.get("mfa.required.roles")), bool(v, "console.require.mfa"));
    }

    /** brand.* and templates.dir: each value checked here, so nothing unchecked reaches a page, a stylesheet or a CSP. */
    private GatehouseConfig.Branding branding(Map<String, String> v, boolean dev) {
        String name = v.get("brand.product.name").strip();
        // The name is escaped wherever it is shown; these limits keep it a name (mail subjects are header text).
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 60 || name.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
            problems.add("brand.product.name: 1 to 60 characters, without control characters or angle brackets");
        }
        String logoUrl = blankToNull(v.get("brand.logo.url"));
        if (logoUrl != null && !CssValues.imageUrl(logoUrl, dev)) {
            problems.add("brand.logo.url: an absolute https URL without quotes, spaces, semicolons or commas (plain http only on loopback or with dev=true)");
        }
        Path logoFile = file(v, "brand.logo.file", 512 * 1024);
        if (logoFile != null && CssValues.imageType(logoFile.getFileName().toString()) == null) {
            problems.add("brand.logo.file: must end in .png, .svg, .jpg, .jpeg, .webp or .gif");
        }
        if (logoUrl != null && logoFile != null) problems.add("brand.logo.url: set it or brand.logo.file, not both");
        String primary = color(v, "brand.primary.color");
        String accent = color(v, "brand.accent.color");
        Path css = file(v, "brand.css.file", 256 * 1024);
        String dir = blankToNull(v.get("templates.dir"));
        Path templates = dir == null ? null : Path.of(dir);
        if (templates != null && !Files.isDirectory(templates)) problems.add("templates.dir: not a readable directory: " + dir);
        else if (templates != null && javax.tools.ToolProvider.getSystemJavaCompiler() == null) {
            problems.add("templates.dir: compiling templates at start needs a JDK (javac); this Java runtime has none");
        }
        return new GatehouseConfig.Branding(name, logoUrl, logoFile, primary, accent, css, templates);
    }

    private String color(Map<String, String> v, String key) {
        String value = blankToNull(v.get(key));
        if (value != null && !CssValues.color(value)) {
            problems.add(key + ": not a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(...), hsl(...) or a colour name)");
        }
        return value;
    }

    /** A regular, readable file of at most {@code maxBytes}, or null when the key is unset. */
    private Path file(Map<String, String> v, String key, long maxBytes) {
        String raw = blankToNull(v.get(key));
        if (raw == null) return null;
        Path p = Path.of(raw);
        try {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) problems.add(key + ": not a readable file: " + raw);
            else if (Files.size(p) > maxBytes) problems.add(key + ": larger than " + maxBytes / 1024 + " KiB: " + raw);
        } catch (IOException e) {
            problems.add(key + ": cannot be read (" + e.getMessage() + ")");
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Every key with the value in effect, secrets redacted; {@code derived} holds the ones defaulted from others. */
    private static Map<String, String> resolved(Map<String, String> v, Map<String, String> derived) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            String value = derived.containsKey(key.name()) ? derived.get(key.name()) : v.get(key.name());
            if (key.secret() && value != null && !value.isEmpty()) value = "<redacted>";
            resolved.put(key.name(), value == null ? "" : value);
        }
        return resolved;
    }

    /** Only the environment holds provider secrets: their names depend on the provider ids, which no key list knows. */
    private GatehouseConfig.Federation federation() {
        Map<String, Secret> secrets = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(GatehouseConfig.Federation.PREFIX) && name.endsWith(GatehouseConfig.Federation.SUFFIX)
                    && value != null && !value.isEmpty()) {
                secrets.put(name, new Secret(value));
            }
        });
        return new GatehouseConfig.Federation(secrets);
    }

    private GatehouseConfig.Mail mail(Map<String, String> v, String issuer) {
        oneOf(v, "mail.transport", "log", "smtp");
        oneOf(v, "require.verified.email", "off", "login");
        boolean starttls = bool(v, "smtp.starttls");
        boolean implicitTls = bool(v, "smtp.implicit.tls");
        String host = v.get("smtp.host");
        if ("smtp".equals(v.get("mail.transport")) && (host == null || host.isBlank())) {
            problems.add("smtp.host: required when mail.transport is smtp");
        }
        Duration timeout = duration(v, "smtp.timeout");
        if (timeout.compareTo(Duration.ofMinutes(5)) > 0) problems.add("smtp.timeout: at most 5m");
        Duration base = duration(v, "mail.retry.base.delay");
        Duration max = duration(v, "mail.retry.max.delay");
        if (base.compareTo(max) > 0) problems.add("mail.retry.base.delay: larger than mail.retry.max.delay");
        return new GatehouseConfig.Mail(v.get("mail.transport"), host, integer(v, "smtp.port", 1, 65_535),
                v.get("smtp.username"), new Secret(v.get("smtp.password")), starttls && !implicitTls, implicitTls, timeout,
                mailFrom(v, issuer), duration(v, "mail.outbox.poll.interval"), base, max, integer(v, "mail.max.attempts", 1, 100),
                integer(v, "mail.ip.per.minute", 1, 1_000_000), duration(v, "email.verify.ttl"), duration(v, "password.reset.ttl"),
                "login".equals(v.get("require.verified.email")));
    }

    /** mail.from, by default no-reply at the issuer's host. */
    private static String mailFrom(Map<String, String> v, String issuer) {
        String from = v.get("mail.from");
        if (from != null && !from.isBlank()) return from;
        String issuerHost = "localhost";
        try {
            String h = new URI(issuer).getHost();
            if (h != null) issuerHost = h;
        } catch (URISyntaxException ignored) {
            // reported by issuer()
        }
        return "no-reply@" + issuerHost;
    }

    /** The issuer is the exact {@code iss} of every token; plain http is refused off loopback (RFC 9700 §2.6) unless in dev mode. */
    private String issuer(String raw, boolean dev) {
        String issuer = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            URI uri = new URI(issuer);
            if (uri.getHost() == null || uri.getScheme() == null) {
                problems.add("issuer: must be an absolute http(s) URL (got " + raw + ")");
            } else if (uri.getQuery() != null || uri.getFragment() != null) {
                problems.add("issuer: must not have a query or fragment (RFC 8414 §2)");
            } else if ("http".equals(uri.getScheme()) && !dev && !isLoopback(uri.getHost())) {
                problems.add("issuer: plain http is only allowed on a loopback host; use https or set GATEHOUSE_DEV=true");
            } else if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problems.add("issuer: scheme must be http or https");
            }
        } catch (URISyntaxException e) {
            problems.add("issuer: not a URL (" + e.getMessage() + ")");
        }
        return issuer;
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) return false; // never resolve names here
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean validCidr(String cidr) {
        String[] parts = cidr.split("/", 2);
        if (!parts[0].matches("[0-9.]+|[0-9a-fA-F:]+")) return false;
        try {
            InetAddress address = InetAddress.getByName(parts[0]);
            if (parts.length == 1) return true;
            int bits = Integer.parseInt(parts[1]);
            return bits >= 0 && bits <= address.getAddress().length * 8;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean validMasterKey(String b64) {
        try {
            return java.util.Base64.getDecoder().decode(b64.trim()).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private int integer(Map<String, String> v, String key, int min, int max) {
        String raw = v.get(key);
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < min || n > max) {
                problems.add(key + ": must be between " + min + " and " + max + " (got " + raw + ")");
                return min;
            }
            return n;
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(key + ": not a whole number (got " + raw + ")");
            return min;
        }
    }

    private boolean bool(Map<String, String> v, String key) {
        String raw = v.get(key).trim().toLowerCase(Locale.ROOT);
        if (raw.equals("true")) return true;
        if (!raw.equals("false")) problems.add(key + ": must be true or false (got " + v.get(key) + ")");
        return false;
    }

    /**
     * Zero is allowed (off); longer than a minute would leave a deleted client or session alive too long
     * elsewhere, or (refresh.reuse.interval) leave a rotated refresh token usable too long.
     */
    private Duration cacheTtl(Map<String, String> v, String key) {
        String raw = v.get(key).trim();
        if (raw.equals("0") || raw.equals("0s")) return Duration.ZERO;
        Duration d = duration(v, key);
        if (d.compareTo(Duration.ofMinutes(1)) > 0) problems.add(key + ": at most 1m");
        return d;
    }

    private Duration duration(Map<String, String> v, String key) {
        try {
            Duration d = Durations.parse(v.get(key));
            if (d.isNegative() || d.isZero()) {
                problems.add(key + ": must be positive");
                return Duration.ofSeconds(1);
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return Duration.ofSeconds(1);
        }
    }

    private void oneOf(Map<String, String> v, String key, String... allowed) {
        if (!Arrays.asList(allowed).contains(v.get(key))) {
            problems.add(key + ": one of " + String.join(", ", allowed) + " (got " + v.get(key) + ")");
        }
    }

    private static List<String> list(String raw) {
        if (raw == null || raw.isBlank()) return List.of();
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
