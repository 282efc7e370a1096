package dev.gatehouse.bootstrap;

import static dev.gatehouse.bootstrap.ScheduledKeyRotationTest.jwksKids;
import static dev.gatehouse.bootstrap.ScheduledKeyRotationTest.kidOf;
import static dev.gatehouse.bootstrap.ScheduledKeyRotationTest.node;
import static dev.gatehouse.bootstrap.ScheduledKeyRotationTest.onlyKid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database with the same rotation interval: when the key has the age, one of them
 * rotates it, both then sign with the new key and publish both; the node that stops gives the job's lease up
 * so that the other takes the job at once.
 */
class KeyRotationAcrossNodesTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void oneRotationBetweenTwoNodesBothSignWithTheNewKeyAndPublishBoth() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String url = TestDatabases.postgresql();
        TestServer a = node(url, clock);
        TestServer b = node(url, clock);
        java.util.Set<TestServer> running = new java.util.HashSet<>(List.of(a, b));
        try {
            String oldKid = onlyKid(a);
            a.http().signupAndLogin("roamer", PASSWORD);

            clock.advance(Duration.ofHours(2)); // the leases (5 minutes) ran out too: both nodes compete
            AtomicInteger turn = new AtomicInteger();
            List<Rotated> created = Concurrently.run(2, () -> {
                TestServer node = turn.getAndIncrement() == 0 ? a : b;
                return new Rotated(node, node.gatehouse().keyRotation().runOnce());
            });

            List<KeyInfo> all = created.stream().flatMap(r -> r.keys().stream()).toList();
            assertThat(all).as("one rotation between the two nodes").hasSize(1);
            String newKid = all.get(0).kid();
            assertThat(count(a, "SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(1);
            assertThat(count(a, "SELECT COUNT(*) FROM signing_keys WHERE status = 'retired'")).isEqualTo(1);
            assertThat(a.gatehouse().keyRotation().runOnce()).isEmpty();
            assertThat(b.gatehouse().keyRotation().runOnce()).isEmpty();

            clock.advance(Duration.ofSeconds(31)); // the other node's key cache refreshes within 30 s
            for (TestServer node : List.of(a, b)) {
                assertThat(kidOf(node.http().login("roamer", PASSWORD).path("access_token").asText())).isEqualTo(newKid);
                assertThat(jwksKids(node)).containsExactlyInAnyOrder(newKid, oldKid);
            }

            // The node that rotated holds the lease.
            TestServer holder = created.stream().filter(r -> !r.keys().isEmpty()).findFirst().orElseThrow().node();
            assertThat(count(a, "SELECT COUNT(*) FROM job_leases WHERE name = 'key_rotation' AND holder <> ''")).isEqualTo(1);
            TestServer other = holder == a ? b : a;
            holder.close();
            running.remove(holder);
            assertThat(count(other, "SELECT COUNT(*) FROM job_leases WHERE name = 'key_rotation' AND holder = ''"))
                    .as("released on close").isEqualTo(1);
            clock.advance(Duration.ofHours(2));
            assertThat(other.gatehouse().keyRotation().runOnce()).as("the other node took the job at once").hasSize(1);
        } finally {
            running.forEach(TestServer::close);
        }
    }

    private record Rotated(TestServer node, List<KeyInfo> keys) {}

    private static int count(TestServer node, String sql) {
        return node.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
