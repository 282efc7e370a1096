package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
            });

            int deleted = new Housekeeping(jdbi, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(14)).run();

            assertThat(deleted).isEqualTo(4);
            java.util.List<String> sessions = jdbi.withHandle(h -> h.createQuery("SELECT id FROM sessions ORDER BY id").mapTo(String.class).list());
            assertThat(sessions)
                    .containsExactly("live", "revoked-yesterday");
            java.util.List<String> throttles = jdbi.withHandle(h -> h.createQuery("SELECT throttle_key FROM login_throttle").mapTo(String.class).list());
            assertThat(throttles)
                    .containsExactly("fresh");
        }
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
