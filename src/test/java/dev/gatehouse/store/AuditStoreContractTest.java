package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.EventFilter;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiAuditStore on SQLite and PostgreSQL: batches are stored whole, every column as given. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_123L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertAllStoresEveryEventWithEveryColumn(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String userId = UUID.randomUUID().toString();
        List<AuditEvent> events = new ArrayList<>();
        events.add(new AuditEvent(UUID.randomUUID().toString(), "login", "success", userId, userId, null, "192.0.2.1",
                "session=abc", T0));
        events.add(new AuditEvent(UUID.randomUUID().toString(), "login", "failure", null, null, "ghost@example.com",
                "2001:db8::1", "unknown_user", T0.plusMillis(1)));
        events.add(new AuditEvent(UUID.randomUUID().toString(), "refresh_reuse", "revoked", null, null, null, null, null,
                T0.plusMillis(2)));

        f.audit.insertAll(events);

        List<AuditEvent> read = f.jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, type, outcome, user_id, actor, identifier, ip, detail, created_at
                          FROM audit_events WHERE id IN (<ids>) ORDER BY created_at""")
                .bindList("ids", events.stream().map(AuditEvent::id).toList())
                .map((rs, ctx) -> new AuditEvent(rs.getString("id"), rs.getString("type"), rs.getString("outcome"),
                        rs.getString("user_id"), rs.getString("actor"), rs.getString("identifier"), rs.getString("ip"),
                        rs.getString("detail"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
        assertThat(read).containsExactlyElementsOf(events);
    }

    /** A person's trail: the events about them and the events they did, newest first, and no one else's. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void searchInvolvingFindsTheEventsAboutAndByTheUser(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String someone = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        AuditEvent about = new AuditEvent(UUID.randomUUID().toString(), "login", "success", someone, someone, null, null, null, T0);
        AuditEvent by = new AuditEvent(UUID.randomUUID().toString(), "admin_user_delete", "success", other, someone, null, null, null,
                T0.plusMillis(1));
        AuditEvent unrelated = new AuditEvent(UUID.randomUUID().toString(), "login", "success", other, other, null, null, null,
                T0.plusMillis(2));
        f.audit.insertAll(List.of(about, by, unrelated));

        EventFilter trail = EventFilter.involving(someone);
        assertThat(f.audit.search(trail, null, null, 10)).containsExactly(by, about);
        assertThat(f.audit.search(trail, by.createdAt(), by.id(), 10)).containsExactly(about);
        assertThat(f.audit.search(new EventFilter("login", null, null, null, null, null, null, someone), null, null, 10)).containsExactly(about);
        assertThat(f.audit.search(EventFilter.involving("nobody"), null, null, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertAllOfALargeBatchAndOfNothing(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        int before = f.count("SELECT COUNT(*) FROM audit_events");
        List<AuditEvent> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(new AuditEvent(UUID.randomUUID().toString(), "login", "failure", null, null, "user" + i, null, null,
                    T0.plusMillis(i)));
        }

        f.audit.insertAll(List.of());
        f.audit.insertAll(batch);

        assertThat(f.count("SELECT COUNT(*) FROM audit_events")).isEqualTo(before + 300);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void searchFiltersByOutcomeActorAndClientExactly(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String actor = UUID.randomUUID().toString();
        String client = "c" + UUID.randomUUID().toString().substring(0, 8);
        Instant t = T0.plusSeconds(3600);
        AuditEvent grant = new AuditEvent(UUID.randomUUID().toString(), "refresh", "success", null, client, null, null, "session=s", t);
        AuditEvent created = new AuditEvent(UUID.randomUUID().toString(), "client_create", "success", null, actor, client, null,
                "type=public", t.plusMillis(1));
        AuditEvent consent = new AuditEvent(UUID.randomUUID().toString(), "consent_grant", "success", actor, actor, null, null,
                "client=" + client + " scope=openid", t.plusMillis(2));
        AuditEvent revoked = new AuditEvent(UUID.randomUUID().toString(), "consent_revoke", "failure", actor, actor, null, null,
                "client=" + client, t.plusMillis(3));
        // Names that only begin like the client, or differ in case, are other clients.
        AuditEvent longer = new AuditEvent(UUID.randomUUID().toString(), "consent_grant", "success", actor, actor, null, null,
                "client=" + client + "x scope=openid", t.plusMillis(4));
        AuditEvent upper = new AuditEvent(UUID.randomUUID().toString(), "client_create", "success", null, actor,
                client.toUpperCase(java.util.Locale.ROOT), null, null, t.plusMillis(5));
        f.audit.insertAll(List.of(grant, created, consent, revoked, longer, upper));

        assertThat(f.audit.search(new EventFilter(null, null, null, null, client, null, null), null, null, 50))
                .containsExactly(revoked, consent, created, grant);
        assertThat(f.audit.search(new EventFilter(null, "failure", null, actor, null, null, null), null, null, 50))
                .containsExactly(revoked);
        assertThat(f.audit.search(new EventFilter("consent_grant", "success", actor, actor, null, null, null), null, null, 50))
                .containsExactly(longer, consent);
        assertThat(f.audit.search(new EventFilter(null, null, null, actor, client, t.plusMillis(2), t.plusMillis(3)), null, null, 50))
                .containsExactly(consent);
        // The keyset position still applies with the new filters.
        assertThat(f.audit.search(new EventFilter(null, null, null, null, client, null, null), consent.createdAt(), consent.id(), 50))
                .containsExactly(created, grant);
    }
}
