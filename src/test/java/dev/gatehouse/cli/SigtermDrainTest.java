package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gatehouse serve} stopped by SIGTERM (what Kubernetes sends first; Process#destroy sends it): readiness
 * answers 503 at once while requests are still served, logins in flight with the real Argon2 cost all finish with
 * 200, the key rotation lease is given up, and the JVM exits with 143 (128 + SIGTERM), as documented.
 */
class SigtermDrainTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int LOGINS = 8;

    @TempDir
    Path dataDir;

    @Test
    void sigtermTurnsReadinessDownFinishesTheLoginsInFlightReleasesTheLeaseAndExits143() throws Exception {
        Path log = dataDir.resolve("serve.log");
        Process p = GatehouseProcess.builder(dataDir, Map.of("GATEHOUSE_HTTP_PORT", "0", "GATEHOUSE_MANAGEMENT_PORT", "0",
                "GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY, "GATEHOUSE_IP_RATE_PER_MINUTE", "100000",
                "GATEHOUSE_ARGON2_MEMORY_KIB", "19456", "GATEHOUSE_ARGON2_ITERATIONS", "2",
                "GATEHOUSE_HASH_POOL_THREADS", "1", "GATEHOUSE_HASH_POOL_QUEUE", "32", "GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "1s"), "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExecutorService pool = Executors.newFixedThreadPool(LOGINS + 1);
        try {
            GatehouseProcess.Ready ready = GatehouseProcess.awaitReady(p, log, java.time.Duration.ofSeconds(60));
            TestHttp http = ready.http();
            TestHttp management = ready.management();
            for (int i = 0; i < LOGINS; i++) {
                assertThat(http.post("/api/v1/signup", Map.of("username", "drained" + i, "password", PASSWORD)).status()).isEqualTo(201);
            }
            String database = "jdbc:sqlite:" + dataDir.resolve("gatehouse.db");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (leaseHolder(database).isEmpty()) {
                assertThat(System.nanoTime()).as("the key rotation job took its lease").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(management.get("/health/ready").status()).isEqualTo(200);

            List<Integer> readiness = new CopyOnWriteArrayList<>();
            Future<Void> poller = pool.submit(() -> {
                while (true) {
                    try {
                        readiness.add(management.get("/health/ready").status());
                    } catch (RuntimeException closed) {
                        return null; // the management port closed last
                    }
                    Thread.sleep(20);
                }
            });
            List<Future<Integer>> inFlight = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                String username = "drained" + i; // one account each: parallel attempts on one account count against its throttle
                inFlight.add(pool.submit(() -> http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).status()));
            }
            Thread.sleep(100); // the logins are now queued on the one hashing thread
            p.destroy();

            for (Future<Integer> login : inFlight) assertThat(login.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            poller.get(10, TimeUnit.SECONDS);
            assertThat(p.exitValue()).isEqualTo(143);
            assertThat(readiness).as("readiness went DOWN while the port still answered").contains(503);
            assertThat(readiness.subList(readiness.indexOf(503), readiness.size())).as("and stayed DOWN").containsOnly(503);
            assertThat(leaseHolder(database)).as("the key rotation lease was released").isEmpty();
            assertThat(GatehouseProcess.read(log)).contains("stopping: readiness is DOWN").contains("Gatehouse - stopped");
        } finally {
            pool.shutdownNow();
            p.destroyForcibly();
        }
    }

    private static String leaseHolder(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT holder FROM job_leases WHERE name = 'key_rotation'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
