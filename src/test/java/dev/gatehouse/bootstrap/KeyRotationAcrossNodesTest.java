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
 * Three nodes on one PostgreSQL database with the same rotation interval: when the key has the age, one of them
 * rotates it, all then sign with the new key and publish both; the node that stops gives the job's lease up
 * so that one of the others takes the job at once, and only one.
 */
class KeyRotationAcrossNodesTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void oneRotationBetweenThreeNodesAllSignWithTheNewKeyAndPublishBoth() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String url = TestDatabases.postgresql();
        List<TestServer> started = Concurrently.run(3, () -> node(url, clock));
        java.util.Set<TestServer> running = new java.util.HashSet<>(started);
        try {
            TestServer a = started.get(0);
            String oldKid = onlyKid(a);
            a.http().signupAndLogin("roamer", PASSWORD);

            clock.advance(Duration.ofHours(2)); // the leases (5 minutes) ran out too: all nodes compete
            List<Rotated> created = race(started);

            List<KeyInfo> all = created.stream().flatMap(r -> r.keys().stream()).toList();
            assertThat(all).as("one rotation between the three nodes").hasSize(1);
            String newKid = all.get(0).kid();
            assertThat(count(a, "SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(1);
            assertThat(count(a, "SELECT COUNT(*) FROM signing_keys WHERE status = 'retired'")).isEqualTo(1);
            for (TestServer node : started) assertThat(node.gatehouse().keyRotation().runOnce()).isEmpty();

            clock.advance(Duration.ofSeconds(31)); // the other nodes' key caches refresh within 30 s
            for (TestServer node : started) {
                assertThat(kidOf(node.http().login("roamer", PASSWORD).path("access_token").asText())).isEqualTo(newKid);
                assertThat(jwksKids(node)).containsExactlyInAnyOrder(newKid, oldKid);
            }

            // The node that rotated holds the lease; stopped, it gives it up, and one of the other two takes the job.
            TestServer holder = holder(created);
            assertThat(count(a, "SELECT COUNT(*) FROM job_leases WHERE name = 'key_rotation' AND holder <> ''")).isEqualTo(1);
            holder.close();
            running.remove(holder);
            List<TestServer> others = started.stream().filter(n -> n != holder).toList();
            assertThat(count(others.get(0), "SELECT COUNT(*) FROM job_leases WHERE name = 'key_rotation' AND holder = ''"))
                    .as("released on close").isEqualTo(1);
            clock.advance(Duration.ofHours(2)); // due again
            List<Rotated> taken = race(others);
            assertThat(taken.stream().flatMap(r -> r.keys().stream())).as("one of the other two took the job at once").hasSize(1);
            TestServer idle = idle(others, taken);
            String newHolder = holderName(idle);
            assertThat(idle.gatehouse().keyRotation().runOnce()).isEmpty();
            assertThat(holderName(idle)).as("the lease stays with the node that took it").isEqualTo(newHolder).isNotEmpty();
        } finally {
            running.forEach(TestServer::close);
        }
    }

    /** Each node's check, all at once. */
    private static List<Rotated> race(List<TestServer> nodes) throws Exception {
        AtomicInteger turn = new AtomicInteger();
        return Concurrently.run(nodes.size(), () -> {
            TestServer node = nodes.get(turn.getAndIncrement());
            return new Rotated(node, node.gatehouse().keyRotation().runOnce());
        });
    }

    private static TestServer holder(List<Rotated> checks) {
        return checks.stream().filter(r -> !r.keys().isEmpty()).findFirst().orElseThrow().node();
    }

    private record Rotated(TestServer node, List<KeyInfo> keys) {}

    /** The one of {@code nodes} that did not rotate (this one is still running, whichever node was stopped). */
    private static TestServer idle(List<TestServer> nodes, List<Rotated> checks) {
        return nodes.stream().filter(n -> n != holder(checks)).findFirst().orElseThrow();
    }

    private static String holderName(TestServer node) {
        return node.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT holder FROM job_leases WHERE name = 'key_rotation'")
                .mapTo(String.class).one());
    }

    private static int count(TestServer node, String sql) {
        return node.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
