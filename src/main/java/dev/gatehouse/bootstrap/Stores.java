package dev.gatehouse.bootstrap;

import dev.gatehouse.account.CachingUserStore;
import dev.gatehouse.account.LiveSessionClaims;
import dev.gatehouse.account.LiveSessionUser;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.federation.ConfiguredSecrets;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.oauth.client.CachingClientStore;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.Session;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.Migrations;
import dev.gatehouse.store.jdbi.JdbiAccessStore;
import dev.gatehouse.store.jdbi.JdbiAccountTokenStore;
import dev.gatehouse.store.jdbi.JdbiAuditStore;
import dev.gatehouse.store.jdbi.JdbiAuthorizationCodeStore;
import dev.gatehouse.store.jdbi.JdbiClientStore;
import dev.gatehouse.store.jdbi.JdbiConsentStore;
import dev.gatehouse.store.jdbi.JdbiIdentityProviderStore;
import dev.gatehouse.store.jdbi.JdbiIdentityStore;
import dev.gatehouse.store.jdbi.JdbiBrowserSessionStore;
import dev.gatehouse.store.jdbi.JdbiChallengeStore;
import dev.gatehouse.store.jdbi.JdbiPasskeyStore;
import dev.gatehouse.store.jdbi.JdbiMfaStore;
import dev.gatehouse.store.jdbi.JdbiOutboxStore;
import dev.gatehouse.store.jdbi.JdbiPendingRequestStore;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.store.jdbi.JdbiSessionStore;
import dev.gatehouse.store.jdbi.JdbiSigningKeyStore;
import dev.gatehouse.store.jdbi.JdbiThrottleStore;
import dev.gatehouse.store.jdbi.JdbiUserAdminStore;
import dev.gatehouse.store.jdbi.JdbiUpstreamLoginStore;
import dev.gatehouse.store.jdbi.JdbiUserStore;
import dev.gatehouse.store.jdbi.Jdbis;
import dev.gatehouse.store.jdbi.LiveSessionWrites;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Every store implementation, built once over one database. The caches in front of stores are
 * here too: they are part of how a store is read.
 *
 * @param liveCaches what Bearer checks read about sessions, dropped on every write that can end one (LiveSessionWrites)
 * @param identityProviders upstream providers, secrets sealed with the master key, configured secrets standing in
 * @param upstreamLogins upstream sign-ins in progress (round trips, confirmations, link tickets)
 */
public record Stores(Database database, Jdbi jdbi, JdbiAuditStore audit, CachingUserStore users, JdbiRoleStore roles,
                     JdbiAccessStore access, JdbiUserAdminStore userAdmin, JdbiThrottleStore throttle,
                     JdbiAccountTokenStore accountTokens, JdbiSessionStore sessions, LiveSessionCache<Session> liveSessions,
                     JdbiBrowserSessionStore loginSessions, JdbiConsentStore consents, CachingClientStore clients,
                     JdbiSigningKeyStore signingKeys, JdbiAuthorizationCodeStore codes, JdbiPendingRequestStore pendingRequests,
                     JdbiOutboxStore outbox, LiveSessionCache.Group liveCaches, ConfiguredSecrets identityProviders,
                     JdbiIdentityStore identities, JdbiUpstreamLoginStore upstreamLogins,
                     JdbiPasskeyStore passkeys, JdbiChallengeStore challenges, JdbiMfaStore mfa) {

    /** Opens the database, migrates it when asked to (else refuses a schema older than this version's), and builds the stores with their metrics. */
    static Stores open(GatehouseConfig config, Clock clock, MeterRegistry metrics, boolean migrate, MasterKey masterKey) {
        Database database = Database.open(config.database(), metrics);
        try {
            // Building the stores reads nothing from the database: it comes first, while the pool opens
            // its first connections on its own thread (SQLite's driver takes a while over its first one).
            Stores stores = build(database, Jdbis.open(database), config, clock, metrics, masterKey);
            if (migrate) Migrations.migrateIfBehind(database);
            else Migrations.requireMigrated(database);
            return stores;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Stores build(Database database, Jdbi jdbi, GatehouseConfig config, Clock clock, MeterRegistry metrics,
                                MasterKey masterKey) {
        countStatements(jdbi, metrics);
        LiveSessionCache<Session> liveSessions = new LiveSessionCache<>(config.tokens().sessionCacheTtl());
        LiveSessionCache<LiveSessionUser> liveUsers = new LiveSessionCache<>(config.tokens().sessionCacheTtl());
        LiveSessionCache<LiveSessionClaims> liveClaims = new LiveSessionCache<>(config.tokens().sessionCacheTtl());
        LiveSessionCache.Group liveCaches = new LiveSessionCache.Group(List.of(liveSessions, liveUsers, liveClaims));
        cacheMetrics(metrics, "liveness", liveSessions);
        cacheMetrics(metrics, "me", liveUsers);
        cacheMetrics(metrics, "userinfo", liveClaims);
        boolean postgres = database.dialect() == Database.Dialect.POSTGRESQL;
        LiveSessionWrites.install(jdbi, postgres, liveCaches::invalidateAll);
        // Other nodes' writes reach this one by LISTEN/NOTIFY; until Background listens, read through.
        if (postgres) liveCaches.suspend();
        CachingClientStore clients = new CachingClientStore(new JdbiClientStore(jdbi), clock, config.tokens().clientCacheTtl());
        CaffeineCacheMetrics.monitor(metrics, clients.cache(), "clients");
        return new Stores(database, jdbi, new JdbiAuditStore(jdbi), new CachingUserStore(new JdbiUserStore(jdbi), liveUsers, liveClaims),
                new JdbiRoleStore(jdbi), new JdbiAccessStore(jdbi), new JdbiUserAdminStore(jdbi), new JdbiThrottleStore(jdbi),
                new JdbiAccountTokenStore(jdbi), new JdbiSessionStore(jdbi), liveSessions, new JdbiBrowserSessionStore(jdbi),
                new JdbiConsentStore(jdbi), clients, new JdbiSigningKeyStore(jdbi), new JdbiAuthorizationCodeStore(jdbi),
                new JdbiPendingRequestStore(jdbi), new JdbiOutboxStore(jdbi), liveCaches,
                new ConfiguredSecrets(new JdbiIdentityProviderStore(jdbi, masterKey), config.federation()::clientSecret),
                new JdbiIdentityStore(jdbi), new JdbiUpstreamLoginStore(jdbi), new JdbiPasskeyStore(jdbi),
                new JdbiChallengeStore(jdbi), new JdbiMfaStore(jdbi));
    }

    private static void countStatements(Jdbi jdbi, MeterRegistry metrics) {
        Counter statements = Counter.builder("gatehouse_db_statements").description("SQL statements executed").register(metrics);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.increment();
            }
        });
    }

    private static void cacheMetrics(MeterRegistry metrics, String cache, LiveSessionCache<?> live) {
        Map<String, ToDoubleFunction<LiveSessionCache<?>>> results = Map.of("hit", LiveSessionCache::hits, "miss", LiveSessionCache::misses);
        results.forEach((result, count) -> FunctionCounter.builder("gatehouse_session_cache_requests", live, count)
                .description("Bearer session checks answered from memory (hit) or read from the database (miss)")
                .tags("cache", cache, "result", result).register(metrics));
    }
}
