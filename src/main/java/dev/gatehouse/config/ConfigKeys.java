package dev.gatehouse.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every configuration key with its default; the README's table is generated from the same list by {@code config print}. */
public final class ConfigKeys {
    /** Defaults that depend on other values are computed by the loader and shown as {@code <derived>}. */
    static final String DERIVED = "";

    public static final List<ConfigKey> ALL = List.of(
            key("http.host", "0.0.0.0", "bind address"),
            key("http.port", "8080", "HTTP port"),
            key("management.host", DERIVED, "bind address of the management port (/metrics, /health/*); default the http.host; keep the port off the public network"),
            key("management.port", "9000", "management port: /metrics (never on the public port) and /health/live, /health/ready; 0 picks a free port"),
            key("http.max.body.bytes", "65536", "largest request body accepted (413 above)"),
            key("cors.allowed.origins", DERIVED, "comma-separated origins (https://app.example) whose browsers may call the first-party API /api/v1 (and the token, revocation and userinfo endpoints for every client); default none"),
            key("issuer", DERIVED, "public base URL and `iss` of every token; default http://localhost:<port>"),
            key("dev", "false", "dev mode: allows a plain-http issuer off loopback"),
            key("data.dir", "./data", "where the SQLite file and generated key material live"),
            key("database.url", DERIVED, "jdbc:sqlite:... or jdbc:postgresql://...; default jdbc:sqlite:<data dir>/gatehouse.db"),
            key("database.username", DERIVED, "database user (PostgreSQL)"),
            secret("database.password", "database password (PostgreSQL)"),
            key("database.pool.size", "10", "connection pool size"),
            key("database.migrate.on.start", "true", "run migrations when the server starts; false: `gatehouse migrate` runs them beforehand, and the server refuses to start on an older schema"),
            secret("master.key", "base64 of 32 bytes; encrypts signing keys at rest; generated into the data dir when absent"),
            key("bootstrap.admin.username", DERIVED, "create this user with role admin at start if absent"),
            secret("bootstrap.admin.password", "password of the bootstrap admin"),
            key("access.token.ttl", "15m", "access token lifetime"),
            key("access.token.audience", DERIVED, "Gatehouse's own `aud`: in tokens of first-party clients only, and required by the account and admin APIs; default the issuer"),
            key("token.signing.alg", "RS256", "signing algorithm of access tokens: RS256, PS256 or ES256"),
            key("crypto.provider", "auto", "auto (native Amazon Corretto Crypto Provider when it loads) or jdk"),
            key("session.idle.ttl", "14d", "a refresh token unused this long is dead"),
            key("session.max.ttl", "30d", "absolute session lifetime"),
            key("refresh.reuse.interval", "10s", "a refresh token presented again by the same client at most this long after it was rotated (two tabs, a retry after a lost answer) gets the same successor instead of revoking the session as reuse; at most 1m; 0s: every repeat is reuse"),
            key("login.session.ttl", "12h", "lifetime of the hosted pages' browser login session (cookie); then the user signs in again"),
            key("authorization.code.ttl", "60s", "lifetime of an OAuth authorization code (at most 10m, RFC 6749 §4.1.2)"),
            key("client.cache.ttl", "5s", "how long a node serves an OAuth client's registration from memory (up to 10,000 clients, the least used dropped first); changes made on another node take effect here after at most this long; 0s turns the cache off"),
            key("session.cache.ttl", "1s", "how long a node remembers that a session is live (and, for /api/v1/me, its user and grants; for userinfo, its user's claims) for the Bearer check of its own endpoints, userinfo and introspection; writes through any node end it at once (on PostgreSQL by LISTEN/NOTIFY); a CLI command writing a SQLite file beside the server shows after at most this long; 0s turns the cache off"),
            key("first.party.client.id", "gatehouse", "client_id of tokens issued by /api/v1/login"),
            key("password.min.length", "15", "minimum password length in code points (never below 8)"),
            key("password.max.length", "1024", "maximum password length in code points"),
            key("argon2.memory.kib", "19456", "Argon2id memory in KiB"),
            key("argon2.iterations", "2", "Argon2id iterations"),
            key("argon2.parallelism", "1", "Argon2id lanes"),
            key("argon2.implementation", "auto", "auto (libsodium, else native libargon2, else pure Java), sodium, native or java"),
            key("hash.pool.threads", DERIVED, "password hashing threads; default the number of cores"),
            key("hash.pool.queue", DERIVED, "hash jobs allowed to wait; beyond it logins get 503; default 3 x threads (admitted logins wait at most ~4 hash times; a job that waited longer gets 503)"),
            key("signup.enabled", "true", "public signup on or off"),
            key("default.locale", "en", "language of the hosted pages and mails when neither ui_locales nor Accept-Language (nor, for a mail, the user's last language) decides: en, de or fr"),
            key("trusted.proxies", DERIVED, "comma-separated CIDRs whose X-Forwarded-For is believed"),
            key("outbound.allowed.networks", DERIVED, "comma-separated CIDRs that outbound fetches (client jwks_uri) may reach although loopback, private or link-local; plain http only to these"),
            key("login.throttle.free.attempts", "5", "failed logins per account (whatever name was typed; per name for unknown names) before back-off starts"),
            key("login.throttle.base.delay", "1s", "first back-off delay; doubles with each further failure"),
            key("login.throttle.max.delay", "15m", "longest back-off delay"),
            key("ip.rate.per.minute", "300", "credential and signup requests per client IP per minute: a token bucket, the whole budget at once, then one request back each 1/N of a minute"),
            key("mail.transport", "log", "log (development: the whole message, link included, goes to the log) or smtp"),
            key("smtp.host", DERIVED, "SMTP host (required with smtp)"),
            key("smtp.port", "587", "SMTP port"),
            key("smtp.username", DERIVED, "SMTP user"),
            secret("smtp.password", "SMTP password"),
            key("smtp.starttls", "true", "require STARTTLS (RFC 3207) before authenticating and sending"),
            key("smtp.implicit.tls", "false", "connect with TLS from the first byte (SMTPS, RFC 8314 §3.3, usually port 465) instead of STARTTLS"),
            key("smtp.timeout", "10s", "SMTP connect, read and write timeout"),
            key("mail.from", DERIVED, "sender address; default no-reply@<issuer host>"),
            key("mail.outbox.poll.interval", "5s", "how often each node looks for mail due in the outbox"),
            key("mail.retry.base.delay", "30s", "first retry delay of a mail that failed; doubles with each attempt"),
            key("mail.retry.max.delay", "1h", "longest retry delay"),
            key("mail.max.attempts", "12", "delivery attempts before a mail is marked failed"),
            key("mail.ip.per.minute", "10", "forgot-password and verification-resend requests per client IP per minute (a token bucket like ip.rate.per.minute)"),
            key("email.verify.ttl", "24h", "lifetime of an email verification link"),
            key("password.reset.ttl", "30m", "lifetime of a password reset link"),
            key("account.reauth.max.age", "5m", "changing the email through PATCH /api/v1/me without current_password needs a sign-in at most this old (else 403 reauthentication_required); at most 1h"),
            key("mfa.reauth.max.age", "5m", "adding or removing a second factor and regenerating recovery codes need a sign-in at most this old (else 403 reauthentication_required); at most 1h"),
            key("mfa.required.roles", DERIVED, "comma-separated roles whose holders must set up a second factor before they get tokens (403 mfa_enrollment_required); default none"),
            key("console.require.mfa", "false", "true: the admin console's client gatehouse-console gets require_mfa at every start, so a console sign-in needs a second factor; false leaves the client's require_mfa as it is (PATCH /admin/v1/clients/gatehouse-console)"),
            key("require.verified.email", "off", "off, or login: users with an unverified email cannot log in (403 email_not_verified)"),
            key("brand.product.name", "Gatehouse", "the product name end users read on the hosted pages (titles, headings) and in mail (subjects, bodies); at most 60 characters, no control characters or angle brackets"),
            key("brand.logo.url", DERIVED, "logo shown above the hosted pages' headings: an https URL (its origin joins the pages' CSP img-src); default none"),
            key("brand.logo.file", DERIVED, "logo file (.png, .svg, .jpg, .jpeg, .webp or .gif, at most 512 KiB) served as /assets/logo; instead of brand.logo.url"),
            key("brand.primary.color", DERIVED, "colour of the hosted pages' buttons: #rgb, #rrggbb, #rrggbbaa, rgb()/hsl() or a CSS colour name; default the built-in blue"),
            key("brand.accent.color", DERIVED, "colour of links and the focus ring, same forms as brand.primary.color"),
            key("brand.css.file", DERIVED, "extra stylesheet (at most 256 KiB) served (after the colours) as /assets/brand.css and linked after the built-in stylesheet (CSP style-src 'self' holds)"),
            key("templates.dir", DERIVED, "directory of .jte templates (pages/login.jte...) that replace the built-in hosted pages of the same name; compiled at start, needs a JDK; default none (the precompiled templates)"),
            key("log.format", "text", "text (a line per event, for people) or json (one JSON object per line with request_id; README \"Logs\"); both on standard error"),
            key("audit.retention", "90d", "audit events older than this are deleted by a background job (one node at a time)"),
            key("keys.rotation.interval", "90d", "a signing key older than this is replaced by a new one, by one node (docs/operations.md); the old public key stays in the JWKS until its last token expired; off: rotate only by hand (gatehouse keys rotate)"),
            key("shutdown.drain.delay", "5s", "on SIGTERM, how long /health/ready answers 503 while requests are still served, so load balancers stop sending before the port closes; 0s: none"),
            key("shutdown.timeout", "20s", "on SIGTERM, after the drain delay: how long requests in flight may take to finish before the port closes anyway"));

    private static final Map<String, ConfigKey> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigKey::name, Function.identity()));
    private static final Map<String, ConfigKey> BY_ENV =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigKey::envName, Function.identity()));
    private static final Map<String, ConfigKey> BY_FLAG =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigKey::flagName, Function.identity()));

    private ConfigKeys() {}

    public static Optional<ConfigKey> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<ConfigKey> byEnv(String env) {
        return Optional.ofNullable(BY_ENV.get(env));
    }

    public static Optional<ConfigKey> byFlag(String flag) {
        return Optional.ofNullable(BY_FLAG.get(flag));
    }

    private static ConfigKey key(String name, String def, String description) {
        return new ConfigKey(name, def, false, description);
    }

    private static ConfigKey secret(String name, String description) {
        return new ConfigKey(name, DERIVED, true, description);
    }
}
