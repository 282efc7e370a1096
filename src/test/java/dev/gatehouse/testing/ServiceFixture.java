package dev.gatehouse.testing;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.store.StoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * For a service test without HTTP: the real stores on a fresh SQLite database, a clock the test
 * moves, and the services nearly every other one is built on (audit log, token sessions, client
 * registry), wired as the server wires them, with its default lifetimes.
 */
public final class ServiceFixture implements AutoCloseable {
    public static final String ISSUER = "https://id.example";
    public static final String FIRST_PARTY = "gatehouse";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    public final StoreFixture stores = StoreFixture.open(TestDatabases.Kind.SQLITE);
    public final AuditLog audit = new AuditLog(stores.audit, clock);
    public final SessionService sessions = new SessionService(stores.sessions, audit, clock, Duration.ofDays(14), Duration.ofDays(30),
            () -> { }, new LiveSessionCache<>(Duration.ZERO), Duration.ZERO);
    public final ClientRegistry clients = new ClientRegistry(stores.clients, sessions, audit, clock, false, FIRST_PARTY,
            Duration.ofMinutes(15), Duration.ofDays(30), alg -> { }, ISSUER, outbound());

    /** Outside fetches refused: nothing here resolves a name. */
    public static GuardedHttpFetcher outbound() {
        return new GuardedHttpFetcher(new OutboundGuard(List.of()), 64 * 1024, Duration.ofSeconds(1));
    }

    /** Registers a client through the registry (validated like an admin's); returns it with its secret, if any. */
    public ClientRegistry.Created client(String type, String authMethod, List<String> redirectUris, List<String> grants,
                                         List<String> scopes, boolean firstParty) {
        return clients.create(new ClientSpec(null, "App", type, redirectUris, null, grants, scopes, authMethod, null, null, firstParty,
                null, null, null, null, null), "test");
    }

    /** Writes what the audit log still holds, then closes the database. */
    @Override
    public void close() {
        audit.close();
        stores.close();
    }
}
