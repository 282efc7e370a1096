package dev.gatehouse.store;

import dev.gatehouse.account.User;
import dev.gatehouse.account.Identifiers;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.store.jdbi.Jdbis;
import dev.gatehouse.store.jdbi.JdbiAccountTokenStore;
import dev.gatehouse.store.jdbi.JdbiAuthorizationCodeStore;
import dev.gatehouse.store.jdbi.JdbiConsentStore;
import dev.gatehouse.store.jdbi.JdbiPendingRequestStore;
import dev.gatehouse.store.jdbi.JdbiAuditStore;
import dev.gatehouse.store.jdbi.JdbiClientStore;
import dev.gatehouse.store.jdbi.JdbiIdentityProviderStore;
import dev.gatehouse.store.jdbi.JdbiChallengeStore;
import dev.gatehouse.store.jdbi.JdbiIdentityStore;
import dev.gatehouse.store.jdbi.JdbiPasskeyStore;
import dev.gatehouse.store.jdbi.JdbiMfaStore;
import dev.gatehouse.store.jdbi.JdbiSessionStore;
import dev.gatehouse.store.jdbi.JdbiSigningKeyStore;
import dev.gatehouse.store.jdbi.JdbiThrottleStore;
import dev.gatehouse.store.jdbi.JdbiUserStore;
import dev.gatehouse.testing.TestDatabases;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated, empty database of one kind with the JDBI stores on it, opened the way the server
 * opens it (same pool settings, same migrations), without HTTP or services. Service tests in other
 * packages build the service under test on these stores.
 */
public final class StoreFixture implements AutoCloseable {
    public final TestDatabases.Kind kind;
    final Database database;
    final Jdbi jdbi;
    public final JdbiUserStore users;
    public final JdbiSessionStore sessions;
    public final JdbiThrottleStore throttle;
    public final JdbiSigningKeyStore keys;
    public final JdbiAuditStore audit;
    public final JdbiClientStore clients;
    public final JdbiConsentStore consents;
    public final JdbiPendingRequestStore pendingRequests;
    public final JdbiAuthorizationCodeStore codes;
    public final JdbiAccountTokenStore accountTokens;
    public final MasterKey masterKey = MasterKey.generate();
    public final JdbiIdentityProviderStore identityProviders;
    public final JdbiIdentityStore identities;
    public final JdbiPasskeyStore passkeys;
    public final JdbiChallengeStore challenges;
    public final JdbiMfaStore mfa;

    private StoreFixture(TestDatabases.Kind kind, Database database) {
        this.kind = kind;
        this.database = database;
        this.jdbi = Jdbis.open(database);
        this.users = new JdbiUserStore(jdbi);
        this.sessions = new JdbiSessionStore(jdbi);
        this.throttle = new JdbiThrottleStore(jdbi);
        this.keys = new JdbiSigningKeyStore(jdbi);
        this.audit = new JdbiAuditStore(jdbi);
        this.clients = new JdbiClientStore(jdbi);
        this.consents = new JdbiConsentStore(jdbi);
        this.pendingRequests = new JdbiPendingRequestStore(jdbi);
        this.codes = new JdbiAuthorizationCodeStore(jdbi);
        this.accountTokens = new JdbiAccountTokenStore(jdbi);
        this.identityProviders = new JdbiIdentityProviderStore(jdbi, masterKey);
        this.identities = new JdbiIdentityStore(jdbi);
        this.passkeys = new JdbiPasskeyStore(jdbi);
        this.challenges = new JdbiChallengeStore(jdbi);
        this.mfa = new JdbiMfaStore(jdbi);
    }

    public static StoreFixture open(TestDatabases.Kind kind) {
        Database database = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 10, true));
        try {
            Migrations.migrate(database);
            return new StoreFixture(kind, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A fresh database migrated only up to {@code version}, to write rows as an older release did; the caller closes it. */
    static Database migratedTo(TestDatabases.Kind kind, String version) {
        Database database = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true));
        String folder = kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql";
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration/" + folder).target(version).load().migrate();
        return database;
    }

    /** Inserts a user with the given roles; the username must be unique within the database. */
    public User user(String username, List<String> roles) {
        User user = new User(UUID.randomUUID().toString(), username, null, false, null, "$argon2id$dummy", false,
                Instant.ofEpochMilli(1_700_000_000_000L));
        users.insert(user, Identifiers.normalizeUsername(username), null, roles);
        return user;
    }

    public int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }

    /** One fixture per database kind, opened on first use, for a test class whose tests do not interfere. */
    static final class PerKind implements AutoCloseable {
        private final Map<TestDatabases.Kind, StoreFixture> open = new EnumMap<>(TestDatabases.Kind.class);

        synchronized StoreFixture get(TestDatabases.Kind kind) {
            return open.computeIfAbsent(kind, StoreFixture::open);
        }

        @Override
        public synchronized void close() {
            open.values().forEach(StoreFixture::close);
            open.clear();
        }
    }
}
