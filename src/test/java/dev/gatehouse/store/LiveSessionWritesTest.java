package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.session.Session;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.store.jdbi.JdbiUserAdminStore;
import dev.gatehouse.store.jdbi.LiveSessionWrites;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The session cache hears of every committed write that can end a session or change a user or its
 * grants, and of nothing on the hot paths (new sessions, refresh rotations, reads); on PostgreSQL
 * every other node hears of it too, through NOTIFY at commit.
 */
class LiveSessionWritesTest {
    private static final Instant NOW = Instant.ofEpochMilli(1_750_000_000_000L);

    /** A fixture whose Jdbi counts reported writes; {@code notify} as on PostgreSQL. */
    private record Watched(StoreFixture f, AtomicInteger reports) {
        static Watched open(Kind kind) {
            StoreFixture f = StoreFixture.open(kind);
            AtomicInteger reports = new AtomicInteger();
            LiveSessionWrites.install(f.jdbi, kind == Kind.POSTGRESQL, reports::incrementAndGet);
            return new Watched(f, reports);
        }

        Session session(User user) {
            return session(user, SecureTokens.hash(SecureTokens.random(32)));
        }

        Session session(User user, String refreshHash) {
            Session s = new Session(SecureTokens.random(16), user.id(), "gatehouse", List.of(), NOW, NOW, NOW.plus(Duration.ofHours(1)),
                    null, "agent", "192.0.2.1");
            f.sessions.insert(s, refreshHash);
            return s;
        }

        int reportsFrom(Runnable write) {
            int before = reports.get();
            write.run();
            return reports.get() - before;
        }
    }

    private static String name() {
        return "u" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y');
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newUsersNewSessionsRotationsAndReadsAreNotReported(Kind kind) {
        Watched w = Watched.open(kind);
        try (StoreFixture f = w.f()) {
            User user = f.user(name(), List.of("user"));
            String hash = SecureTokens.hash(SecureTokens.random(32));
            int reports = w.reportsFrom(() -> {
                Session s = w.session(user, hash);
                f.sessions.rotate(hash, SecureTokens.hash(SecureTokens.random(32)), "sealed", "gatehouse", NOW, NOW.minusSeconds(60));
                f.users.findByLiveSession(user.id(), s.id(), NOW);
                f.sessions.findLive(s.id(), NOW);
                f.users.findById(user.id());
                f.audit.insertAll(List.of(new AuditEvent(SecureTokens.random(8), "login", "success", user.id(), null, null,
                        "192.0.2.1", null, NOW)));
            });
            assertThat(reports).isZero();
            assertThat(w.reports().get()).as("creating the user was not reported either").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyWayOfEndingASessionOrChangingAUserIsReportedOnce(Kind kind) {
        Watched w = Watched.open(kind);
        try (StoreFixture f = w.f()) {
            JdbiUserAdminStore admin = new JdbiUserAdminStore(f.jdbi);
            JdbiRoleStore roles = new JdbiRoleStore(f.jdbi);
            User user = f.user(name(), List.of("user"));
            Map<String, Consumer<Session>> writes = new java.util.LinkedHashMap<>();
            writes.put("logout", s -> f.sessions.revoke(s.id(), NOW));
            writes.put("logout everywhere", s -> f.sessions.revokeAllForUser(user.id(), null, NOW));
            writes.put("revoke a client's sessions", s -> f.sessions.revokeAllForClient("gatehouse", NOW));
            writes.put("end a browser login", s -> f.sessions.revokeByLoginSession("login-1", NOW));
            writes.put("password change", s -> f.users.updatePasswordHash(user.id(), "$argon2id$other", NOW));
            writes.put("profile change", s -> f.users.updateProfile(user.id(), "New Name", null, null, false, NOW));
            writes.put("admin disables", s -> admin.setFlags(user.id(), true, null, NOW));
            writes.put("admin sets roles", s -> admin.setRoles(user.id(), List.of("user")));
            writes.put("role created", s -> roles.insert(new Role("r" + SecureTokens.random(6).toLowerCase().replace('-', 'x')
                    .replace('_', 'y'), null, false, List.of("notes:read"), NOW)));
            writes.put("role permissions changed", s -> roles.update("user", false, null, Set.of("notes:read")));
            writes.put("housekeeping", s -> new Housekeeping(f.jdbi, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(14)).run());
            for (var write : writes.entrySet()) {
                Session s = w.session(user);
                assertThat(w.reportsFrom(() -> write.getValue().accept(s))).as(write.getKey()).isEqualTo(1);
            }
            User doomed = f.user(name(), List.of("user"));
            assertThat(w.reportsFrom(() -> admin.delete(doomed.id()))).as("admin deletes a user").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWriteInATransactionIsReportedOnlyOnceCommitted(Kind kind) {
        Watched w = Watched.open(kind);
        try (StoreFixture f = w.f()) {
            User user = f.user(name(), List.of("user"));
            AtomicInteger seenInside = new AtomicInteger(-1);
            f.jdbi.useTransaction(h -> {
                h.createUpdate("UPDATE users SET name = 'x' WHERE id = :id").bind("id", user.id()).execute();
                h.createUpdate("UPDATE sessions SET revoked_at = 1 WHERE user_id = :id").bind("id", user.id()).execute();
                seenInside.set(w.reports().get());
            });
            assertThat(seenInside.get()).as("not before the commit").isZero();
            assertThat(w.reports().get()).as("once, after it").isEqualTo(1);
        }
    }

    @Test
    void postgresNotifiesOtherNodesAtCommitAndNeverOnRollback() throws Exception {
        Watched w = Watched.open(Kind.POSTGRESQL);
        try (StoreFixture f = w.f()) {
            User user = f.user(name(), List.of("user"));
            AtomicInteger listening = new AtomicInteger();
            AtomicInteger notified = new AtomicInteger();
            AtomicInteger lost = new AtomicInteger();
            String url = f.database.url();
            try (PostgresListener listener = new PostgresListener(url, "postgres", null, LiveSessionWrites.CHANNEL,
                    new PostgresListener.Events() {
                        @Override
                        public void listening() {
                            listening.incrementAndGet();
                        }

                        @Override
                        public void notified() {
                            notified.incrementAndGet();
                        }

                        @Override
                        public void lost() {
                            lost.incrementAndGet();
                        }
                    }).start()) {
                assertThat(lost.get()).as("not trusted before it listens").isEqualTo(1);
                awaitPositive(listening);

                try {
                    f.jdbi.useTransaction(h -> {
                        h.createUpdate("UPDATE users SET name = 'x' WHERE id = :id").bind("id", user.id()).execute();
                        throw new IllegalStateException("roll back");
                    });
                } catch (IllegalStateException expected) {
                    // rolled back
                }
                Thread.sleep(300);
                assertThat(notified.get()).as("a rolled-back write tells no one").isZero();

                f.sessions.revokeAllForUser(user.id(), null, NOW);
                awaitPositive(notified);
            }
            assertThat(lost.get()).as("closing stops trusting the feed").isEqualTo(2);
        }
    }

    private static void awaitPositive(AtomicInteger counter) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (counter.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(counter.get()).isPositive();
    }
}
