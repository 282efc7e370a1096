package dev.gatehouse.bootstrap;

import dev.gatehouse.account.AccountMail;
import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.AccountTokens;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.CommonPasswords;
import dev.gatehouse.account.Credentials;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.passkey.PasskeyLogin;
import dev.gatehouse.passkey.PasskeyService;
import dev.gatehouse.passkey.RelyingParty;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.throttle.LoginThrottle;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.account.PasswordPolicy;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.IdentityAdmin;
import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.admin.PrivilegeGuard;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.federation.AccountResolver;
import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.ProviderRegistry;
import dev.gatehouse.federation.UpstreamFactory;
import dev.gatehouse.federation.UpstreamRoundTrips;
import dev.gatehouse.federation.upstream.UpstreamObserver;
import dev.gatehouse.federation.upstream.Upstreams;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.IdTokens;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.admin.MfaAdmin;
import dev.gatehouse.mfa.MfaLogin;
import dev.gatehouse.mfa.MfaMetrics;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.mfa.OtherFactors;
import dev.gatehouse.mfa.WebauthnStep;
import dev.gatehouse.mail.LogTransport;
import dev.gatehouse.mail.MailTemplates;
import dev.gatehouse.mail.MailTransport;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.mail.SmtpTransport;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.oauth.authorize.AuthorizationCodes;
import dev.gatehouse.oauth.authorize.AuthorizeService;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.oauth.authorize.EndSessionService;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.WebOrigins;
import dev.gatehouse.oauth.endpoint.Discovery;
import dev.gatehouse.oauth.endpoint.IntrospectionEndpoint;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.oauth.endpoint.RevocationEndpoint;
import dev.gatehouse.oauth.endpoint.TokenEndpoint;
import dev.gatehouse.oauth.endpoint.UserInfoEndpoint;
import dev.gatehouse.oauth.grant.AuthorizationCodeGrantHandler;
import dev.gatehouse.oauth.grant.ClientCredentialsGrantHandler;
import dev.gatehouse.oauth.grant.CountedGrant;
import dev.gatehouse.oauth.grant.RefreshTokenGrantHandler;
import dev.gatehouse.rbac.Authorizer;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds {@link Services} over {@link Stores}: one method per feature, each registering its own metrics. */
final class ServiceFactory {
    /** Cap on a fetched outside document (a client's JWK set is a few KiB). */
    private static final int OUTBOUND_MAX_BYTES = 64 * 1024;
    /** Deadline for one outside fetch, connect to last byte. */
    private static final Duration OUTBOUND_TIMEOUT = Duration.ofSeconds(5);
    /** How long a verified access token is remembered by signature (it is re-checked for expiry on every use). */
    private static final Duration VERIFIED_TOKEN_CACHE = Duration.ofSeconds(60);
    /** Calls under way at once to one upstream provider; more fail at once as unavailable. */
    private static final int UPSTREAM_CONCURRENCY = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceFactory.class);

    private final GatehouseConfig config;
    private final Clock clock;
    private final Stores stores;
    private final MeterRegistry metrics;
    private final MasterKey masterKey;
    private final AuditLog audit;

    ServiceFactory(GatehouseConfig config, Clock clock, Stores stores, MeterRegistry metrics, MasterKey masterKey) {
        this.config = config;
        this.clock = clock;
        this.stores = stores;
        this.metrics = metrics;
        this.masterKey = masterKey;
        this.audit = new AuditLog(stores.audit(), clock);
    }

    /** @param accountMail runs the lookup and mail of a forgot-password request off the request thread */
    Services build(PasswordHasher hasher, ScheduledExecutorService accountMail) {
        KeyService keys = new KeyService(stores.signingKeys(), masterKey, clock, config.tokens().signingAlg(),
                config.tokens().accessTokenTtl());
        SessionService sessions = sessions();
        HashPool hashPool = hashPool(hasher);
        Outbox outbox = outbox();
        TokenService tokens = new TokenService(new AccessTokenIssuer(keys, config.issuer(), clock), config.tokens().audience(),
                config.tokens().accessTokenTtl());
        PasskeyService passkeyService = new PasskeyService(stores.passkeys(), stores.challenges(), sessions, audit, clock,
                RelyingParty.of(config.issuer()), config.mfa().reauthMaxAge());
        Accounts a = accounts(hasher, hashPool, sessions, outbox, tokens, accountMail, passkeyService);
        ConsentService consents = new ConsentService(stores.consents(), sessions, audit, clock);
        PrivilegeGuard privileges = new PrivilegeGuard(stores.users(), stores.roles(), audit);
        RoleAdmin roles = new RoleAdmin(stores.roles(), privileges, audit, clock);
        UserAdmin userAdmin = new UserAdmin(a.accounts, stores.users(), stores.userAdmin(), roles, sessions, a.loginSessions,
                a.verification, a.reset, privileges, Services.cursors(masterKey), audit, clock);
        AccessTokenVerifier verifier = new AccessTokenVerifier(keys, config.issuer(), config.tokens().audience(), clock,
                VERIFIED_TOKEN_CACHE);
        CaffeineCacheMetrics.monitor(metrics, verifier.cache(), "verified_tokens");
        ClientRegistry clients = clients(sessions, keys);
        OAuth o = oauth(keys, tokens, sessions, clients, consents, verifier, a.loginSessions, a.mfa.factors());
        return new Services(masterKey, audit, keys, sessions, hashPool, hasher.name(), outbox, a.accounts, a.auth, a.verification,
                a.reset, a.loginSessions, consents, privileges, roles, userAdmin, new KeyAdmin(keys, audit),
                new EventAdmin(stores.audit(), Services.cursors(masterKey)), new Authorizer(stores.access(), audit, clock), verifier,
                clients, o.authorize, o.endSession, o.endpoints, federation(userAdmin, privileges), upstreamLogins(a),
                passkeys(passkeyService, sessions, tokens, a),
                new Services.Mfa(a.mfa.factors(), a.mfa.login(), new MfaAdmin(userAdmin, privileges, a.mfa.factors(), audit)),
                DashboardSampler.create(metrics, clock, hashPool, stores.sessions()));
    }

    /** Sign-in through upstream providers (API.md §6), counted per provider and outcome. */
    private FederatedLogins upstreamLogins(Accounts a) {
        AccountResolver resolver = new AccountResolver(stores.identities(), stores.users(), a.accounts,
                id -> stores.userAdmin().delete(id), clock);
        UpstreamRoundTrips trips = new UpstreamRoundTrips(stores.upstreamLogins(), masterKey, clock);
        FederatedLogins.Outcomes outcomes = (provider, outcome) -> Counter.builder("gatehouse_upstream_logins")
                .description("sign-ins through upstream identity providers, by provider and outcome")
                .tags("provider", provider, "outcome", outcome).register(metrics).increment();
        return new FederatedLogins(stores.identityProviders(), upstreams(), trips, resolver, a.auth, audit,
                ipLimiter(config.throttle().ipPerMinute(), "upstream_ip_limiter_"), config.issuer(), outcomes);
    }

    /**
     * Upstream providers are fetched through the outbound guard like a client's jwks_uri, each call
     * within the outbound deadline, at most {@value #UPSTREAM_CONCURRENCY} at once per provider.
     */
    private UpstreamFactory upstreams() {
        UpstreamObserver observer = (provider, step, took, outcome) -> Timer.builder("gatehouse_upstream_calls")
                .description("calls to upstream identity providers, by provider, step and outcome")
                .tags("provider", provider, "step", step, "outcome", outcome).register(metrics).record(took);
        return new Upstreams(new OutboundGuard(config.outbound().allowedNetworks()), clock, OUTBOUND_TIMEOUT, UPSTREAM_CONCURRENCY,
                observer);
    }

    /**
     * Adding or removing a passkey is adding or removing a factor: {@code mfa.reauth.max.age} (API.md §7), as for
     * TOTP. The throttles are the password login's, so passkey failures share its budget.
     */
    private Services.Passkeys passkeys(PasskeyService service, SessionService sessions, TokenService tokens, Accounts a) {
        PasskeyLogin login = new PasskeyLogin(service, stores.users(), sessions, tokens, a.throttle(), a.ipLimiter(),
                ipLimiter(config.throttle().ipPerMinute(), "passkey_options_ip_limiter_"), audit, metrics,
                config.tokens().firstPartyClientId(), config.mail().requireVerifiedEmail());
        return new Services.Passkeys(service, login);
    }

    private Services.Federation federation(UserAdmin userAdmin, PrivilegeGuard privileges) {
        LinkedIdentities linked = new LinkedIdentities(stores.identities(), audit);
        return new Services.Federation(new ProviderRegistry(stores.identityProviders(), outbound(), audit, clock, config.issuer()),
                linked, new IdentityAdmin(userAdmin, stores.identities(), linked, privileges));
    }

    private SessionService sessions() {
        Counter reuse = Counter.builder("gatehouse_refresh_reuse_detections").description("reused refresh tokens (session revoked)")
                .register(metrics);
        GatehouseConfig.Tokens t = config.tokens();
        return new SessionService(stores.sessions(), audit, clock, t.sessionIdleTtl(), t.sessionMaxTtl(), reuse::increment,
                stores.liveSessions(), t.refreshReuseInterval());
    }

    private HashPool hashPool(PasswordHasher hasher) {
        HashPool pool = new HashPool(config.passwords().hashThreads(), config.passwords().hashQueue(), hasher::releaseIdleMemory);
        Gauge.builder("gatehouse_hash_pool_queued", pool, HashPool::queued).description("password hashes waiting").register(metrics);
        Gauge.builder("gatehouse_hash_pool_active", pool, HashPool::active).description("password hashes running").register(metrics);
        FunctionCounter.builder("gatehouse_hash_pool_refusals", pool, HashPool::refusals)
                .description("password hashes refused because the pool was full (503 overloaded)").register(metrics);
        return pool;
    }

    /** @param throttle and {@code ipLimiter}: the password login's, shared by every way to sign in */
    private record Accounts(AccountService accounts, AuthService auth, EmailVerification verification, PasswordReset reset,
                            BrowserSessionService loginSessions, LoginThrottle throttle, IpRateLimiter ipLimiter,
                            SecondFactors mfa) {}

    private record SecondFactors(MfaService factors, MfaLogin login) {}

    /** Second factors (API.md §7): TOTP and recovery codes here, passkeys through OtherFactors and WebauthnStep. */
    private SecondFactors mfa(SessionService sessions, LoginThrottle throttle, PasskeyService passkeys) {
        MfaMetrics counters = new MfaMetrics(metrics);
        OtherFactors others = new OtherFactors() {
            @Override
            public List<OtherFactors.Passkey> passkeys(String userId) {
                return passkeys.list(userId).stream().map(p -> new OtherFactors.Passkey(p.id(), p.name(), p.createdAt(), p.lastUsedAt()))
                        .toList();
            }

            @Override
            public int removeAll(String userId) {
                return passkeys.removeAll(userId);
            }
        };
        WebauthnStep webauthn = new WebauthnStep() {
            @Override
            public Optional<List<String>> verify(String userId, Map<String, Object> credential) {
                return passkeys.verifySecondFactor(userId, credential);
            }

            @Override
            public Map<String, Object> options(String userId) {
                return passkeys.secondFactorOptions(userId);
            }
        };
        MfaService factors = new MfaService(stores.mfa(), stores.users(), others, sessions, masterKey, audit, counters, clock,
                config.mfa().reauthMaxAge(), config.issuer(), config.mfa().requiredRoles());
        return new SecondFactors(factors, new MfaLogin(stores.mfa(), factors, others, webauthn, throttle, audit, counters,
                clock, masterKey, stores.users(), config.mfa().requiredRoles()));
    }

    private Accounts accounts(PasswordHasher hasher, HashPool hashPool, SessionService sessions, Outbox outbox, TokenService tokens,
                              ScheduledExecutorService accountMail, PasskeyService passkeys) {
        GatehouseConfig.Passwords pw = config.passwords();
        GatehouseConfig.Mail mc = config.mail();
        var users = stores.users();
        LoginThrottle throttle = new LoginThrottle(stores.throttle(), clock, config.throttle());
        IpRateLimiter ipLimiter = ipLimiter(config.throttle().ipPerMinute(), "ip_limiter_");
        Credentials credentials = new Credentials(hasher, hashPool, users);
        PasswordPolicy policy = new PasswordPolicy(pw.minLength(), pw.maxLength(), CommonPasswords.bundled());
        AccountTokens accountTokens = new AccountTokens(stores.accountTokens(), clock);
        AccountMail mails = new AccountMail(new MailTemplates(PageLanguages.of(config)), outbox, config.issuer(), users);
        LoginThrottle mailThrottle = new LoginThrottle(stores.throttle(), clock, LoginThrottle.mailPolicy(mc.ipPerMinute()));
        IpRateLimiter mailIpLimiter = ipLimiter(mc.ipPerMinute(), "mail_ip_limiter_");
        EmailVerification verification = new EmailVerification(users, accountTokens, mails, mailThrottle, mailIpLimiter, ipLimiter,
                audit, clock, mc.verifyTtl(), mc.requireVerifiedEmail());
        PasswordReset reset = new PasswordReset(users, accountTokens, mails, policy, credentials, sessions, mailThrottle,
                mailIpLimiter, ipLimiter, audit, clock, mc.resetTtl(), accountMail);
        AccountService accounts = new AccountService(users, policy, credentials, throttle, ipLimiter, sessions, audit, clock,
                pw.signupEnabled(), verification, reset, config.account().reauthMaxAge());
        SecondFactors mfa = mfa(sessions, throttle, passkeys);
        AuthService auth = new AuthService(users, credentials, throttle, ipLimiter, sessions, tokens, audit, clock,
                config.tokens().firstPartyClientId(), pw.maxLength(), metrics, mc.requireVerifiedEmail(), mfa.login());
        BrowserSessionService loginSessions = new BrowserSessionService(stores.loginSessions(), users, auth, accounts, sessions, audit,
                clock, config.tokens().loginSessionTtl());
        return new Accounts(accounts, auth, verification, reset, loginSessions, throttle, ipLimiter, mfa);
    }

    private IpRateLimiter ipLimiter(int perMinute, String metricPrefix) {
        IpRateLimiter limiter = new IpRateLimiter(clock, perMinute);
        limiter.caches().forEach((tier, cache) -> CaffeineCacheMetrics.monitor(metrics, cache, metricPrefix + tier));
        return limiter;
    }

    private ClientRegistry clients(SessionService sessions, KeyService keys) {
        GatehouseConfig.Tokens t = config.tokens();
        return new ClientRegistry(stores.clients(), sessions, audit, clock, config.dev(), t.firstPartyClientId(), t.accessTokenTtl(),
                t.sessionMaxTtl(), keys::ensureActiveKey, t.audience(), outbound(), config.issuer());
    }

    /**
     * URLs that others choose (a client's jwks_uri) are fetched only through the outbound guard:
     * no loopback, private or metadata addresses unless the operator allows them, 64 KiB, 5 s.
     */
    private GuardedHttpFetcher outbound() {
        return new GuardedHttpFetcher(new OutboundGuard(config.outbound().allowedNetworks()), OUTBOUND_MAX_BYTES, OUTBOUND_TIMEOUT);
    }

    private record OAuth(AuthorizeService authorize, EndSessionService endSession, OAuthEndpoints endpoints) {}

    private OAuth oauth(KeyService keys, TokenService tokens, SessionService sessions, ClientRegistry clients, ConsentService consents,
                        AccessTokenVerifier verifier, BrowserSessionService loginSessions, MfaService factors) {
        String issuer = config.issuer();
        String tokenUrl = issuer + "/oauth2/token";
        ClientAuthenticator clientAuth = new ClientAuthenticator(stores.clients(), clock, issuer, tokenUrl, outbound());
        CaffeineCacheMetrics.monitor(metrics, clientAuth.keySources(), "client_jwks");
        WebOrigins origins = new WebOrigins(stores.clients(), config.http().corsAllowedOrigins());
        Audiences audiences = new Audiences(config.tokens().audience());
        IdTokens idTokens = new IdTokens(keys, issuer);
        AuthorizationCodes codes = new AuthorizationCodes(stores.codes(), clock, config.tokens().authorizationCodeTtl());
        AuthorizeService authorize = new AuthorizeService(clients, stores.users(), consents, stores.pendingRequests(), codes,
                audiences, audit, clock, issuer, factors::hasFactor);
        // One grant per class.
        TokenEndpoint token = new TokenEndpoint(clientAuth, List.of(
                new AuthorizationCodeGrantHandler(codes, sessions, loginSessions, stores.users(), tokens, audiences, idTokens, audit,
                        clock, issuer),
                new ClientCredentialsGrantHandler(tokens, audiences, audit),
                new CountedGrant(new RefreshTokenGrantHandler(sessions, stores.users(), tokens, audiences, audit, clock),
                        outcome -> metrics.counter("gatehouse_oauth_refreshes", "outcome", outcome).increment())), tokenUrl, clock, origins);
        OAuthEndpoints endpoints = new OAuthEndpoints(token,
                new IntrospectionEndpoint(clientAuth, verifier, sessions, issuer, issuer + "/oauth2/introspect"),
                new RevocationEndpoint(clientAuth, verifier, sessions, audit, issuer + "/oauth2/revoke", origins),
                new Discovery(issuer, token), clients,
                new UserInfoEndpoint(verifier, stores.users(), clients, origins, issuer, clock), origins);
        return new OAuth(authorize, new EndSessionService(clients, idTokens, sessions, loginSessions, audit), endpoints);
    }

    private Outbox outbox() {
        GatehouseConfig.Mail m = config.mail();
        MailTransport transport;
        if ("smtp".equals(m.transport())) {
            if (!m.starttls() && !m.implicitTls()) {
                LOG.warn("SMTP without TLS (smtp.starttls=false, smtp.implicit.tls=false): mail and SMTP credentials travel in clear text");
            }
            transport = new SmtpTransport(new SmtpTransport.Settings(m.smtpHost(), m.smtpPort(), m.smtpUsername(),
                    m.smtpPassword().value(), m.starttls(), m.implicitTls(), m.smtpTimeout(), m.from()), clock);
        } else {
            // Gatehouse#start warns about it: only a server sends the outbox, so a CLI command has nothing to warn about.
            transport = new LogTransport(m.from());
        }
        // A claim must outlive the slowest send: every SMTP step (connect, greeting, EHLO, TLS, AUTH,
        // MAIL, RCPT, DATA, end of data) may take up to the timeout.
        Duration lease = m.smtpTimeout().multipliedBy(10).plusSeconds(30);
        return new Outbox(stores.outbox(), transport, masterKey, clock,
                new Outbox.Settings(m.pollInterval(), m.retryBaseDelay(), m.retryMaxDelay(), m.maxAttempts(), lease), metrics);
    }
}
