package dev.gatehouse.bootstrap;

import dev.gatehouse.account.AccountMail;
import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.CachingUserStore;
import dev.gatehouse.account.LiveSessionUser;
import dev.gatehouse.account.AccountTokens;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.password.Argon2Params;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.CommonPasswords;
import dev.gatehouse.account.Credentials;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.throttle.LoginThrottle;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.account.PasswordPolicy;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.admin.PageCursor;
import dev.gatehouse.admin.PrivilegeGuard;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.CryptoProviders;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.mail.LogTransport;
import dev.gatehouse.mail.MailTemplates;
import dev.gatehouse.mail.MailTransport;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.mail.SmtpTransport;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.rbac.Authorizer;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.CachingClientStore;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.endpoint.Discovery;
import dev.gatehouse.oauth.endpoint.IntrospectionEndpoint;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.oauth.endpoint.RevocationEndpoint;
import dev.gatehouse.oauth.endpoint.TokenEndpoint;
import dev.gatehouse.keys.IdTokens;
import dev.gatehouse.oauth.authorize.AuthorizationCodes;
import dev.gatehouse.oauth.authorize.AuthorizeService;
import dev.gatehouse.oauth.authorize.EndSessionService;
import dev.gatehouse.oauth.endpoint.UserInfoEndpoint;
import dev.gatehouse.oauth.grant.AuthorizationCodeGrantHandler;
import dev.gatehouse.oauth.grant.ClientCredentialsGrantHandler;
import dev.gatehouse.oauth.grant.RefreshTokenGrantHandler;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenService;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.Housekeeping;
import dev.gatehouse.store.PostgresListener;
import dev.gatehouse.store.SqliteCheckpointer;
import dev.gatehouse.store.Migrations;
import dev.gatehouse.store.WriteProbe;
import dev.gatehouse.store.jdbi.JdbiAccountTokenStore;
import dev.gatehouse.store.jdbi.JdbiAccessStore;
import dev.gatehouse.store.jdbi.JdbiAuditStore;
import dev.gatehouse.store.jdbi.JdbiAuthorizationCodeStore;
import dev.gatehouse.store.jdbi.JdbiPendingRequestStore;
import dev.gatehouse.store.jdbi.JdbiOutboxStore;
import dev.gatehouse.store.jdbi.Jdbis;
import dev.gatehouse.store.jdbi.LiveSessionWrites;
import dev.gatehouse.store.jdbi.JdbiClientStore;
import dev.gatehouse.store.jdbi.JdbiConsentStore;
import dev.gatehouse.store.jdbi.JdbiBrowserSessionStore;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.store.jdbi.JdbiUserAdminStore;
import dev.gatehouse.store.jdbi.JdbiSessionStore;
import dev.gatehouse.store.jdbi.JdbiSigningKeyStore;
import dev.gatehouse.store.jdbi.JdbiThrottleStore;
import dev.gatehouse.store.jdbi.JdbiUserStore;
import dev.gatehouse.web.Health;
import dev.gatehouse.web.WebServer;
import dev.gatehouse.web.admin.AdminHandlers;
import dev.gatehouse.web.api.ApiHandlers;
import dev.gatehouse.web.pages.AuthorizePages;
import dev.gatehouse.web.pages.BrowserCookies;
import dev.gatehouse.web.pages.AccountLinkPages;
import dev.gatehouse.web.pages.ConsentPage;
import dev.gatehouse.web.pages.HostedPages;
import dev.gatehouse.web.pages.LoginCookie;
import dev.gatehouse.web.pages.LoginPages;
import dev.gatehouse.web.pages.SignupPages;
import dev.gatehouse.web.pages.PageRenderer;
import dev.gatehouse.web.pages.Pages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: DataSource → Jdbi → Flyway → stores → services → web. The only place
 * that constructs implementations.
 */
public final class Gatehouse implements AutoCloseable {
    /** Cap on a fetched outside document (a client's JWK set is a few KiB). */
    private static final int OUTBOUND_MAX_BYTES = 64 * 1024;
    /** Deadline for one outside fetch, connect to last byte. */
    private static final Duration OUTBOUND_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Gatehouse.class);

    private final GatehouseConfig config;
    private final Clock clock;
    private final Database database;
    private final Jdbi jdbi;
    private final PrometheusMeterRegistry metrics;
    private final AuditLog audit;
    private final JdbiAuditStore auditStore;
    private final MasterKey masterKey;
    private final CachingUserStore userStore;
    /** Readiness; also told by every layer that answers HTTP when a request failed on the store. */
    private Health health;
    /** What Bearer checks read about sessions, dropped on every write that can end one (LiveSessionWrites). */
    private final LiveSessionCache.Group liveSessionCaches;
    private final RoleAdmin roleAdmin;
    private final PrivilegeGuard privileges;
    private final HashPool hashPool;
    private final KeyService keys;
    private final SessionService sessions;
    private final AccountService accounts;
    private final AuthService auth;
    private final BrowserSessionService loginSessions;
    private final ConsentService consents;
    private final AccessTokenVerifier verifier;
    private final ClientRegistry clients;
    private final OAuthEndpoints oauth;
    private final AuthorizeService authorize;
    private final EndSessionService endSession;
    private final String cryptoProvider;
    private final String hasherName;
    private final byte[] csrfKey;
    private final Outbox outbox;
    private final EmailVerification verification;
    private final PasswordReset passwordReset;
    /** Runs the lookup and mail of a forgot-password request off the request thread (bounded). */
    private final java.util.concurrent.ScheduledExecutorService accountMail = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "account-mail");
        t.setDaemon(true);
        return t;
    });
    private WebServer web;
    private Housekeeping housekeeping;
    private SqliteCheckpointer checkpointer;
    private PostgresListener liveSessionFeed;
    private final java.util.concurrent.ScheduledExecutorService nativeTrim = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "native-trim");
        t.setDaemon(true);
        return t;
    });

    /**
     * Wires every component. Start-up work that does not need the database (loading the native
     * crypto provider and libargon2 with their self-tests, reading the password blocklist, loading
     * the HTTP classes) runs on helper threads while this thread opens and migrates the database.
     */
    private Gatehouse(GatehouseConfig config, Clock clock, boolean migrate) {
        Logging.apply(config.logFormat());
        GatehouseConfig.Passwords pw = config.passwords();
        CompletableFuture<String> crypto = async(() -> CryptoProviders.install(config.tokens().cryptoProvider()));
        CompletableFuture<PasswordHasher> hasherLoad = async(() -> PasswordHashers.create(
                new Argon2Params(pw.argon2MemoryKib(), pw.argon2Iterations(), pw.argon2Parallelism()), pw.argon2Implementation()));
        async(WebServer::preloadClasses);
        this.config = config;
        this.clock = clock;
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.database = Database.open(config.database());
        try {
            if (migrate) Migrations.migrateIfBehind(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.jdbi = Jdbis.open(database);
        Counter statements = Counter.builder("gatehouse_db_statements").description("SQL statements executed").register(metrics);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.increment();
            }
        });
        this.auditStore = new JdbiAuditStore(jdbi);
        this.audit = new AuditLog(auditStore, clock);
        this.cryptoProvider = crypto.join();
        this.masterKey = MasterKeys.load(config);
        this.csrfKey = masterKey.deriveKey("csrf");
        this.keys = new KeyService(new JdbiSigningKeyStore(jdbi), masterKey, clock, config.tokens().signingAlg(),
                config.tokens().accessTokenTtl());
        Counter reuse = Counter.builder("gatehouse_refresh_reuse_detections").description("reused refresh tokens (session revoked)").register(metrics);
        Duration sessionCacheTtl = config.tokens().sessionCacheTtl();
        LiveSessionCache<Session> liveSessions = new LiveSessionCache<>(sessionCacheTtl);
        LiveSessionCache<LiveSessionUser> liveUsers = new LiveSessionCache<>(sessionCacheTtl);
        this.liveSessionCaches = new LiveSessionCache.Group(List.of(liveSessions, liveUsers));
        cacheMetrics("liveness", liveSessions);
        cacheMetrics("me", liveUsers);
        boolean postgres = database.dialect() == Database.Dialect.POSTGRESQL;
        LiveSessionWrites.install(jdbi, postgres, liveSessionCaches::invalidateAll);
        // Other nodes' writes reach this one by LISTEN/NOTIFY; until serve() listens, read through.
        if (postgres) liveSessionCaches.suspend();
        this.sessions = new SessionService(new JdbiSessionStore(jdbi), audit, clock, config.tokens().sessionIdleTtl(),
                config.tokens().sessionMaxTtl(), reuse::increment, liveSessions, config.tokens().refreshReuseInterval());
        this.outbox = outbox(config, masterKey, clock);
        PasswordHasher hasher = hasherLoad.join();
        if (pw.argon2MemoryKib() < 19_456 || pw.argon2Iterations() < 2) {
            LOG.warn("Argon2id parameters m={} KiB t={} are below the OWASP minimum (m=19456 KiB, t=2): for tests only",
                    pw.argon2MemoryKib(), pw.argon2Iterations());
        }
        this.hasherName = hasher.name();
        this.hashPool = new HashPool(pw.hashThreads(), pw.hashQueue());
        Gauge.builder("gatehouse_hash_pool_queued", hashPool, HashPool::queued).description("password hashes waiting").register(metrics);
        Gauge.builder("gatehouse_hash_pool_active", hashPool, HashPool::active).description("password hashes running").register(metrics);
        CachingUserStore users = new CachingUserStore(new JdbiUserStore(jdbi), liveUsers);
        this.userStore = users;
        LoginThrottle throttle = new LoginThrottle(new JdbiThrottleStore(jdbi), clock, config.throttle());
        IpRateLimiter ipLimiter = new IpRateLimiter(clock, config.throttle().ipPerMinute());
        ipLimiter.caches().forEach((tier, cache) -> CaffeineCacheMetrics.monitor(metrics, cache, "ip_limiter_" + tier));
        Credentials credentials = new Credentials(hasher, hashPool, users);
        PasswordPolicy policy = new PasswordPolicy(pw.minLength(), pw.maxLength(), CommonPasswords.bundled());
        GatehouseConfig.Mail mc = config.mail();
        AccountTokens accountTokens = new AccountTokens(new JdbiAccountTokenStore(jdbi), clock);
        AccountMail mails = new AccountMail(new MailTemplates(), outbox, config.issuer());
        // Requests that make the server send mail: a few per address (then back-off), shared by every node.
        LoginThrottle mailThrottle = new LoginThrottle(new JdbiThrottleStore(jdbi), clock,
                new GatehouseConfig.Throttle(3, Duration.ofMinutes(5), Duration.ofHours(1), mc.ipPerMinute()));
        IpRateLimiter mailIpLimiter = new IpRateLimiter(clock, mc.ipPerMinute());
        mailIpLimiter.caches().forEach((tier, cache) -> CaffeineCacheMetrics.monitor(metrics, cache, "mail_ip_limiter_" + tier));
        this.verification = new EmailVerification(users, accountTokens, mails, mailThrottle, mailIpLimiter, ipLimiter, audit, clock,
                mc.verifyTtl(), mc.requireVerifiedEmail());
        this.passwordReset = new PasswordReset(users, accountTokens, mails, policy, credentials, sessions, mailThrottle, mailIpLimiter,
                ipLimiter, audit, clock, mc.resetTtl(), accountMail);
        this.accounts = new AccountService(users, policy, credentials, throttle, ipLimiter, sessions, audit, clock, pw.signupEnabled(),
                verification, passwordReset, config.account().reauthMaxAge());
        JdbiRoleStore roleStore = new JdbiRoleStore(jdbi);
        this.privileges = new PrivilegeGuard(users, roleStore, audit);
        this.roleAdmin = new RoleAdmin(roleStore, privileges, audit, clock);
        TokenService tokens = new TokenService(new AccessTokenIssuer(keys, config.issuer(), clock),
                config.tokens().audience(), config.tokens().accessTokenTtl());
        this.auth = new AuthService(users, credentials, throttle, ipLimiter, sessions, tokens, audit, clock,
                config.tokens().firstPartyClientId(), pw.maxLength(), metrics, mc.requireVerifiedEmail());
        this.loginSessions = new BrowserSessionService(new JdbiBrowserSessionStore(jdbi), users, auth, accounts, sessions, audit, clock,
                config.tokens().loginSessionTtl());
        this.consents = new ConsentService(new JdbiConsentStore(jdbi), sessions, audit, clock);
        this.verifier = new AccessTokenVerifier(keys, config.issuer(), config.tokens().audience(), clock, Duration.ofSeconds(60));
        CaffeineCacheMetrics.monitor(metrics, verifier.cache(), "verified_tokens");
        CachingClientStore clientStore = new CachingClientStore(new JdbiClientStore(jdbi), clock, config.tokens().clientCacheTtl());
        CaffeineCacheMetrics.monitor(metrics, clientStore.cache(), "clients");
        // URLs that others choose (a client's jwks_uri) are fetched only through the outbound guard:
        // no loopback, private or metadata addresses unless the operator allows them, 64 KiB, 5 s.
        GuardedHttpFetcher outbound = new GuardedHttpFetcher(new OutboundGuard(config.outbound().allowedNetworks()),
                OUTBOUND_MAX_BYTES, OUTBOUND_TIMEOUT);
        this.clients = new ClientRegistry(clientStore, sessions, audit, clock, config.dev(), config.tokens().firstPartyClientId(),
                config.tokens().accessTokenTtl(), config.tokens().sessionMaxTtl(), keys::ensureActiveKey, config.tokens().audience(),
                outbound);
        String tokenUrl = config.issuer() + "/oauth2/token";
        ClientAuthenticator clientAuth = new ClientAuthenticator(clientStore, clock, config.issuer(), tokenUrl, outbound);
        Audiences audiences = new Audiences(config.tokens().audience());
        IdTokens idTokens = new IdTokens(keys, config.issuer());
        AuthorizationCodes codes = new AuthorizationCodes(new JdbiAuthorizationCodeStore(jdbi), clock, config.tokens().authorizationCodeTtl());
        this.authorize = new AuthorizeService(clients, users, consents, new JdbiPendingRequestStore(jdbi), codes, audiences,
                audit, clock, config.issuer());
        this.endSession = new EndSessionService(clients, idTokens, sessions, audit);
        // One grant per class.
        TokenEndpoint tokenEndpoint = new TokenEndpoint(clientAuth, List.of(
                new AuthorizationCodeGrantHandler(codes, sessions, loginSessions, users, tokens, audiences, idTokens, audit, clock,
                        config.issuer()),
                new ClientCredentialsGrantHandler(tokens, audiences, audit),
                new RefreshTokenGrantHandler(sessions, users, tokens, audiences, audit)), tokenUrl, clock);
        this.oauth = new OAuthEndpoints(tokenEndpoint,
                new IntrospectionEndpoint(clientAuth, verifier, sessions, config.issuer(), config.issuer() + "/oauth2/introspect"),
                new RevocationEndpoint(clientAuth, verifier, sessions, audit, config.issuer() + "/oauth2/revoke"),
                new Discovery(config.issuer(), tokenEndpoint, clients), clients,
                new UserInfoEndpoint(verifier, sessions, users));
    }

    private Outbox outbox(GatehouseConfig config, MasterKey masterKey, Clock clock) {
        GatehouseConfig.Mail m = config.mail();
        MailTransport transport;
        if ("smtp".equals(m.transport())) {
            if (!m.starttls() && !m.implicitTls()) {
                LOG.warn("SMTP without TLS (smtp.starttls=false, smtp.implicit.tls=false): mail and SMTP credentials travel in clear text");
            }
            transport = new SmtpTransport(new SmtpTransport.Settings(m.smtpHost(), m.smtpPort(), m.smtpUsername(),
                    m.smtpPassword().value(), m.starttls(), m.implicitTls(), m.smtpTimeout(), m.from()), clock);
        } else {
            if (!config.dev()) {
                LOG.warn("mail.transport=log: mail, with its verification and reset links, goes to the log; use smtp in production");
            }
            transport = new LogTransport(m.from());
        }
        // A claim must outlive the slowest send: every SMTP step (connect, greeting, EHLO, TLS, AUTH,
        // MAIL, RCPT, DATA, end of data) may take up to the timeout.
        Duration lease = m.smtpTimeout().multipliedBy(10).plusSeconds(30);
        return new Outbox(new JdbiOutboxStore(jdbi), transport, masterKey, clock,
                new Outbox.Settings(m.pollInterval(), m.retryBaseDelay(), m.retryMaxDelay(), m.maxAttempts(), lease), metrics);
    }

    private static <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, "startup");
            t.setDaemon(true);
            t.start();
        });
    }

    private static CompletableFuture<Void> async(Runnable work) {
        return async(() -> {
            work.run();
            return null;
        });
    }

    /** Builds every component without serving HTTP (CLI commands); migrates first when asked to. */
    public static Gatehouse open(GatehouseConfig config, Clock clock, boolean migrate) {
        return new Gatehouse(config, clock, migrate);
    }

    /** Opens, migrates (unless disabled), ensures a signing key and the bootstrap admin, then serves. */
    public static Gatehouse serve(GatehouseConfig config, Clock clock) {
        long start = System.nanoTime();
        Gatehouse g = new Gatehouse(config, clock, config.database().migrateOnStart());
        long built = System.nanoTime();
        try {
            g.keys.ensureActiveKey();
            LOG.debug("start-up: components and migrations {} ms, keys {} ms", (built - start) / 1_000_000,
                    (System.nanoTime() - built) / 1_000_000);
            g.bootstrapAdmin();
            g.outbox.start();
            g.housekeeping = new Housekeeping(g.jdbi, clock, config.tokens().sessionIdleTtl(), config.audit().retention(),
                    config.tokens().refreshReuseInterval())
                    .start(Duration.ofMinutes(10));
            if (g.database.dialect() == Database.Dialect.SQLITE) {
                g.checkpointer = new SqliteCheckpointer(g.database.url()).start(Duration.ofMillis(500));
            } else if (!config.tokens().sessionCacheTtl().isZero()) {
                g.liveSessionFeed = g.listenForLiveSessionWrites();
            }
            g.health = new Health(g.healthChecks(), new WriteProbe(g.jdbi, g.database.dialect()));
            g.web = new WebServer(config, new ApiHandlers(g.accounts, g.auth, g.sessions, g.verification, g.passwordReset, g.consents),
                    g.adminHandlers(), g.verifier, g.sessions, new Authorizer(new JdbiAccessStore(g.jdbi), g.audit, clock), g.keys,
                    g.health, g.metrics, openApi(), g.hostedPages(), g.oauth).start();
            MemoryTuning.afterStartup();
            // Start-up and JIT compilation free ~15-20 MB of native memory in the seconds after
            // start; glibc keeps it until trimmed. A trim costs well under a millisecond when idle.
            g.nativeTrim.scheduleWithFixedDelay(() -> {
                if (g.hashPool.active() == 0 && g.hashPool.queued() == 0) MemoryTuning.releaseFreeNativeMemory();
            }, 2, 10, java.util.concurrent.TimeUnit.SECONDS);
            LOG.info("Gatehouse ready on port {} (management {}) in {} ms (issuer {}, database {}, crypto {}, hasher {})", g.web.port(),
                    g.web.managementPort(),
                    (System.nanoTime() - start) / 1_000_000, config.issuer(), g.database.dialect(), g.cryptoProvider, g.hasherName);
            return g;
        } catch (RuntimeException e) {
            g.close();
            throw e;
        }
    }

    private void cacheMetrics(String cache, LiveSessionCache<?> live) {
        Map<String, java.util.function.ToDoubleFunction<LiveSessionCache<?>>> results =
                Map.of("hit", LiveSessionCache::hits, "miss", LiveSessionCache::misses);
        results.forEach((result, count) -> FunctionCounter.builder("gatehouse_session_cache_requests", live, count)
                .description("Bearer session checks answered from memory (hit) or read from the database (miss)")
                .tags("cache", cache, "result", result).register(metrics));
    }

    /** Sessions revoked and users or grants changed on other nodes drop this node's cache at once. */
    private PostgresListener listenForLiveSessionWrites() {
        GatehouseConfig.Database db = config.database();
        LiveSessionCache.Group caches = liveSessionCaches;
        return new PostgresListener(db.url(), db.username(), db.password().isPresent() ? db.password().value() : null,
                LiveSessionWrites.CHANNEL, new PostgresListener.Events() {
                    @Override
                    public void listening() {
                        caches.resume();
                    }

                    @Override
                    public void notified() {
                        caches.invalidateAll();
                    }

                    @Override
                    public void lost() {
                        caches.suspend();
                    }
                }).start();
    }

    private HostedPages hostedPages() {
        Pages pages = new Pages(new PageRenderer(), new BrowserCookies(config.issuer()), csrfKey,
                Math.min(config.http().maxBodyBytes(), 32 * 1024), health::storeFailure);
        LoginCookie cookie = new LoginCookie(pages.cookies(), loginSessions);
        boolean signup = config.passwords().signupEnabled();
        return new HostedPages(pages, cookie, new LoginPages(pages, cookie, loginSessions, signup),
                new SignupPages(pages, cookie, loginSessions, signup, config.passwords().minLength()),
                new AccountLinkPages(pages, verification, passwordReset), new ConsentPage(pages),
                new AuthorizePages(pages, cookie, authorize, endSession, new ConsentPage(pages)));
    }

    private AdminHandlers adminHandlers() {
        return new AdminHandlers(userAdmin(), roleAdmin, new KeyAdmin(keys, audit), new EventAdmin(auditStore, cursors()));
    }

    /** Paging cursors of the admin API are MACed, so a client cannot forge a position or a filter. */
    private PageCursor cursors() {
        return new PageCursor(masterKey.deriveKey("gatehouse admin page cursor v1"));
    }

    private Map<String, BooleanSupplier> healthChecks() {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("database", () -> jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1);
        checks.put("keys", keys::hasActiveKey);
        return checks;
    }

    private void bootstrapAdmin() {
        GatehouseConfig.Bootstrap b = config.bootstrap();
        if (b.adminUsername() == null) return;
        try {
            User admin = accounts.create(b.adminUsername(), b.adminPassword().value(), null, null, List.of("user", "admin"), null);
            audit.record("bootstrap_admin", "success", admin.id(), "system", null, null, null);
            LOG.info("created bootstrap admin '{}'", b.adminUsername());
        } catch (ApiException e) {
            if (e.error() != ErrorCode.USERNAME_TAKEN) {
                throw new IllegalStateException("bootstrap admin: " + e.error().code() + " " + e.fieldErrors());
            }
        }
    }

    private static byte[] openApi() {
        try (InputStream in = Gatehouse.class.getResourceAsStream("/openapi.yaml")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return web.port();
    }

    /** The bound management port (metrics, health). */
    public int managementPort() {
        return web.managementPort();
    }

    public AccountService accounts() {
        return accounts;
    }

    public BrowserSessionService loginSessions() {
        return loginSessions;
    }

    public RoleAdmin roles() {
        return roleAdmin;
    }

    /** User administration without HTTP (CLI); built on demand, cheap. */
    public UserAdmin userAdmin() {
        return new UserAdmin(accounts, userStore, new JdbiUserAdminStore(jdbi), roleAdmin, sessions, loginSessions,
                verification, passwordReset, privileges, cursors(), audit, clock);
    }

    /** Remembered consent; the authorize flow will use it. */
    public ConsentService consents() {
        return consents;
    }

    public KeyService keys() {
        return keys;
    }

    public HashPool hashPool() {
        return hashPool;
    }

    public ClientRegistry clients() {
        return clients;
    }

    public SessionService sessions() {
        return sessions;
    }

    public AuditLog audit() {
        return audit;
    }

    public EmailVerification verification() {
        return verification;
    }

    public PasswordReset passwordReset() {
        return passwordReset;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The HTTP server; null when opened without serving (CLI). */
    public WebServer web() {
        return web;
    }

    /** Graceful: stop accepting and finish in-flight requests, then flush the audit log and close the pool. */
    @Override
    public void close() {
        if (web != null) web.close();
        if (housekeeping != null) housekeeping.close();
        if (checkpointer != null) checkpointer.close();
        if (liveSessionFeed != null) liveSessionFeed.close();
        accountMail.shutdown();
        try {
            accountMail.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close();
        nativeTrim.shutdownNow();
        hashPool.close();
        audit.close();
        database.close();
    }
}
