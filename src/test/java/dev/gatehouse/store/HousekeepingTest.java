package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HousekeepingTest {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void housekeepingDeletesEndedSessionsAndDecayedThrottlesOnly(TestDatabases.Kind kind) {
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            Migrations.migrate(db);
            Jdbi jdbi = Jdbi.create(db.dataSource());
            Instant now = Instant.parse("2026-06-01T00:00:00Z");
            long old = now.minus(Duration.ofDays(8)).toEpochMilli();
            long recent = now.minus(Duration.ofDays(1)).toEpochMilli();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO users (id, username, username_norm, username_skeleton, created_at, updated_at) VALUES ('u1','u','u','u',0,0)");
                insertSession(h, "revoked-long-ago", "h1", recent, now.plus(Duration.ofDays(20)).toEpochMilli(), old);
                insertSession(h, "revoked-yesterday", "h2", recent, now.plus(Duration.ofDays(20)).toEpochMilli(), recent);
                insertSession(h, "live", "h3", recent, now.plus(Duration.ofDays(20)).toEpochMilli(), null);
                insertSession(h, "expired-long-ago", "h4", recent, old, null);
                h.execute("INSERT INTO used_refresh_tokens (token_hash, session_id, used_at) VALUES ('spent', 'revoked-long-ago', ?)", old);
                h.execute("INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at) VALUES ('old', 3, 0, ?)", old);
                h.execute("INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at) VALUES ('fresh', 3, 0, ?)", recent);
                // Passwordless options of a login page left open (its passkey autofill): never answered, gone once expired.
                h.execute("INSERT INTO webauthn_challenges (id, challenge_hash, purpose, user_id, expires_at) VALUES ('unanswered', 'c1', 'passwordless', NULL, ?)",
                        now.minusSeconds(1).toEpochMilli());
                h.execute("INSERT INTO webauthn_challenges (id, challenge_hash, purpose, user_id, expires_at) VALUES ('pending', 'c2', 'passwordless', NULL, ?)",
                        now.plusSeconds(60).toEpochMilli());
            });

            int deleted = new Housekeeping(jdbi, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(14)).run();

            assertThat(deleted).isEqualTo(5);
            java.util.List<String> sessions = jdbi.withHandle(h -> h.createQuery("SELECT id FROM sessions ORDER BY id").mapTo(String.class).list());
            assertThat(sessions)
                    .containsExactly("live", "revoked-yesterday");
            java.util.List<String> throttles = jdbi.withHandle(h -> h.createQuery("SELECT throttle_key FROM login_throttle").mapTo(String.class).list());
            assertThat(throttles)
                    .containsExactly("fresh");
            java.util.List<String> challenges = jdbi.withHandle(h -> h.createQuery("SELECT id FROM webauthn_challenges").mapTo(String.class).list());
            assertThat(challenges).containsExactly("pending");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void auditPurgeRunsOnOneNodeAtATimeAndKeepsRecentEvents(TestDatabases.Kind kind) throws Exception {
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            Migrations.migrate(db);
            Jdbi jdbi = Jdbi.create(db.dataSource());
            dev.gatehouse.testing.MutableClock clock = new dev.gatehouse.testing.MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
            long old = clock.instant().minus(Duration.ofDays(91)).toEpochMilli();
            long recent = clock.instant().minus(Duration.ofDays(89)).toEpochMilli();
            jdbi.useHandle(h -> {
                var batch = h.prepareBatch("INSERT INTO audit_events (id, type, outcome, created_at) VALUES (:id, 'login', 'success', :at)");
                for (int i = 0; i < 2500; i++) batch.bind("id", "old-" + i).bind("at", old).add();
                for (int i = 0; i < 10; i++) batch.bind("id", "recent-" + i).bind("at", recent).add();
                batch.execute();
            });
            Housekeeping nodeA = new Housekeeping(jdbi, clock, Duration.ofDays(14), Duration.ofDays(90));
            Housekeeping nodeB = new Housekeeping(jdbi, clock, Duration.ofDays(14), Duration.ofDays(90));

            assertThat(nodeA.purgeAudit()).isEqualTo(2500);
            assertThat(nodeB.purgeAudit()).as("A holds the lease").isEqualTo(-1);
            int left = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Integer.class).one());
            assertThat(left).isEqualTo(10);
            assertThat(nodeA.purgeAudit()).as("the holder renews its own lease").isZero();

            clock.advance(Housekeeping.LEASE.plusSeconds(1));
            java.util.List<Boolean> race = dev.gatehouse.testing.Concurrently.run(2, new java.util.concurrent.Callable<>() {
                private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Boolean call() {
                    return (next.getAndIncrement() == 0 ? nodeA : nodeB).tryLease();
                }
            });
            assertThat(race).as("two nodes, an expired lease: exactly one takes it").containsExactlyInAnyOrder(true, false);
            // Only the winner can renew; the other is still shut out.
            int a = nodeA.purgeAudit();
            int b = nodeB.purgeAudit();
            assertThat(List.of(a, b)).containsExactlyInAnyOrder(0, -1);

            // A graceful stop gives the lease up: the other node purges at once, not after the lease ran out.
            Housekeeping holder = a == 0 ? nodeA : nodeB;
            Housekeeping other = holder == nodeA ? nodeB : nodeA;
            holder.close();
            assertThat(other.purgeAudit()).as("the lease was released").isZero();
        }
    }

    /** A sealed refresh successor is erased once its reuse interval is over, and kept within it. */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void housekeepingErasesSealedRefreshSuccessorsPastTheReuseIntervalOnly(TestDatabases.Kind kind) {
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            Migrations.migrate(db);
            Jdbi jdbi = Jdbi.create(db.dataSource());
            Instant now = Instant.parse("2026-06-01T00:00:00Z");
            long live = now.plus(Duration.ofDays(20)).toEpochMilli();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO users (id, username, username_norm, username_skeleton, created_at, updated_at) VALUES ('u1','u','u','u',0,0)");
                insertSession(h, "rotated-11s-ago", "h1", now.toEpochMilli(), live, null);
                insertSession(h, "rotated-9s-ago", "h2", now.toEpochMilli(), live, null);
                h.execute("UPDATE sessions SET prev_refresh_hash = 'p1', prev_rotated_at = ?, successor_sealed = 's1' WHERE id = 'rotated-11s-ago'",
                        now.minusSeconds(11).toEpochMilli());
                h.execute("UPDATE sessions SET prev_refresh_hash = 'p2', prev_rotated_at = ?, successor_sealed = 's2' WHERE id = 'rotated-9s-ago'",
                        now.minusSeconds(9).toEpochMilli());
            });

            new Housekeeping(jdbi, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(14), null, Duration.ofSeconds(10)).run();

            List<String> sealed = jdbi.withHandle(h -> h.createQuery("SELECT id || '=' || COALESCE(successor_sealed, '') FROM sessions ORDER BY id")
                    .mapTo(String.class).list());
            assertThat(sealed).containsExactly("rotated-11s-ago=", "rotated-9s-ago=s2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aLoginSessionMergedIntoOrReplacedByALiveOneStaysUntilItExpires(TestDatabases.Kind kind) {
        try (Database db = Database.open(new GatehouseConfig.Database(TestDatabases.fresh(kind), null, new Secret(null), 4, true))) {
            Migrations.migrate(db);
            Jdbi jdbi = Jdbi.create(db.dataSource());
            Instant now = Instant.parse("2026-06-01T00:00:00Z");
            long old = now.minus(Duration.ofDays(8)).toEpochMilli();
            long later = now.plus(Duration.ofDays(20)).toEpochMilli();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO users (id, username, username_norm, username_skeleton, created_at, updated_at) VALUES ('u1','u','u','u',0,0)");
                insertLoginSession(h, "live", later, null, null, null);
                // Its cookie stands for the live one.
                insertLoginSession(h, "merged-long-ago", later, old, "live", null);
                // An ID token issued for it still proves a logout of the live one (RP-initiated logout).
                insertLoginSession(h, "replaced-long-ago", later, old, null, "live");
                insertLoginSession(h, "ended-long-ago", later, old, null, null);
                insertLoginSession(h, "merged-and-expired", old, old, "live", null);
                insertLoginSession(h, "replaced-and-expired", old, old, null, "live");
            });

            new Housekeeping(jdbi, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(14)).run();

            List<String> kept = jdbi.withHandle(h -> h.createQuery("SELECT id FROM login_sessions ORDER BY id").mapTo(String.class).list());
            assertThat(kept).containsExactly("live", "merged-long-ago", "replaced-long-ago");
        }
    }

    private static void insertLoginSession(org.jdbi.v3.core.Handle h, String id, long expires, Long revoked, String mergedInto,
                                           String replacedBy) {
        h.createUpdate("""
                        INSERT INTO login_sessions (id, user_id, token_hash, password_fingerprint, auth_time, amr, created_at, expires_at,
                                                    last_seen_at, revoked_at, merged_into, replaced_by)
                        VALUES (:id, 'u1', :id, 'fp', 0, 'pwd', 0, :expires, 0, :revoked, :merged, :replaced)
                        """)
                .bind("id", id).bind("expires", expires).bind("revoked", revoked).bind("merged", mergedInto).bind("replaced", replacedBy)
                .execute();
    }

    private static void insertSession(org.jdbi.v3.core.Handle h, String id, String hash, long lastUsed, long expires, Long revoked) {
        h.createUpdate("""
                        INSERT INTO sessions (id, user_id, client_id, refresh_hash, created_at, last_used_at, expires_at, revoked_at)
                        VALUES (:id, 'u1', 'gatehouse', :hash, :lastUsed, :lastUsed, :expires, :revoked)
                        """)
                .bind("id", id).bind("hash", hash).bind("lastUsed", lastUsed).bind("expires", expires).bind("revoked", revoked)
                .execute();
    }
}
