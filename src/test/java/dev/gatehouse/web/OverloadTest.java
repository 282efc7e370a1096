package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md: a login storm must not exhaust threads or memory. With one hashing thread and no
 * queue, parallel logins beyond the first are refused at once with 503 {@code overloaded} and
 * {@code Retry-After}; the admitted ones finish normally; nothing turns into a 500.
 */
class OverloadTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int PARALLEL = 20;

    @Test
    void parallelLoginsBeyondThePoolAreShedWith503() throws Exception {
        // Default Argon2 cost (TestServer's cheap parameters overridden): each hash takes long enough to overlap.
        try (TestServer server = TestServer.builder()
                .set("argon2.memory.kib", "19456").set("argon2.iterations", "2")
                .set("hash.pool.threads", "1").set("hash.pool.queue", "0")
                .set("login.throttle.free.attempts", "1000")
                .start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "busy", "password", PASSWORD)).status()).isEqualTo(201);

            List<TestHttp.Response> responses = storm(http);

            List<Integer> statuses = responses.stream().map(TestHttp.Response::status).toList();
            System.out.println("OverloadTest statuses: " + statuses.stream()
                    .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
            assertThat(statuses).as("statuses %s", statuses).allMatch(s -> s == 200 || s == 401 || s == 503);
            List<TestHttp.Response> shed = responses.stream().filter(r -> r.status() == 503).toList();
            assertThat(shed).as("some logins shed, statuses %s", statuses).isNotEmpty();
            assertThat(shed.size()).as("some logins admitted, statuses %s", statuses).isLessThan(PARALLEL);
            for (TestHttp.Response r : shed) {
                assertThat(r.code()).isEqualTo("overloaded");
                assertThat(r.header("Retry-After")).isNotNull().matches("[1-9][0-9]*");
                assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            }
            for (TestHttp.Response r : responses) {
                if (r.status() == 401) assertThat(r.code()).isEqualTo("invalid_credentials");
            }

            // The storm is over: the pool serves again.
            assertThat(http.post("/api/v1/login", Map.of("username", "busy", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }

    @Test
    void aLoginShedForCapacityTouchesNoThrottleRowAndChecksNoPassword() throws Exception {
        try (TestServer server = TestServer.builder().set("hash.pool.threads", "1").set("hash.pool.queue", "0").start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "shed", "password", PASSWORD)).status()).isEqualTo(201);
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> server.gatehouse().services().hashPool().run(() -> {
                running.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
            holder.start();
            try {
                assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(server.gatehouse().services().hashPool().saturated()).isTrue();
                TestHttp.Response shed = http.post("/api/v1/login", Map.of("username", "shed", "password", "a wrong password here"));
                assertThat(shed.status()).isEqualTo(503);
                assertThat(shed.code()).isEqualTo("overloaded");
                int throttleRows = server.gatehouse().stores().jdbi().withHandle(h ->
                        h.createQuery("SELECT COUNT(*) FROM login_throttle").mapTo(Integer.class).one());
                assertThat(throttleRows).as("a shed attempt is no guess").isZero();
            } finally {
                release.countDown();
                holder.join(10_000);
            }
            assertThat(server.gatehouse().services().hashPool().saturated()).isFalse();
            assertThat(http.post("/api/v1/login", Map.of("username", "shed", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }

    /**
     * API.md: 503 {@code overloaded} carries {@code Retry-After}. Clients that wait that long and
     * try again all sign in, one hashing thread and no queue notwithstanding; a refusal for capacity
     * never counts against the account (no 429 with the default throttle), and nothing is a 500.
     */
    @Test
    void clientsThatRetryAfterTheAdvisedDelayAllSignInInTheEnd() throws Exception {
        try (TestServer server = TestServer.builder()
                .set("argon2.memory.kib", "19456").set("argon2.iterations", "2")
                .set("hash.pool.threads", "1").set("hash.pool.queue", "0")
                .start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "patient", "password", PASSWORD)).status()).isEqualTo(201);
            int clients = 6;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<Integer>>> futures = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        List<Integer> statuses = new ArrayList<>();
                        for (int attempt = 0; attempt < 60; attempt++) {
                            TestHttp.Response r = http.post("/api/v1/login", Map.of("username", "patient", "password", PASSWORD));
                            statuses.add(r.status());
                            if (r.status() != 503) return statuses;
                            Thread.sleep(Long.parseLong(r.header("Retry-After")) * 1000);
                        }
                        return statuses;
                    }));
                }
                go.countDown();
                for (Future<List<Integer>> f : futures) {
                    List<Integer> statuses = f.get(180, TimeUnit.SECONDS);
                    assertThat(statuses).as("one client's answers").last().isEqualTo(200);
                    assertThat(statuses.subList(0, statuses.size() - 1)).allMatch(s -> s == 503);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** PARALLEL logins released together: even ones for the real user, odd ones for unknown users. */
    private static List<TestHttp.Response> storm(TestHttp http) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String username = i % 2 == 0 ? "busy" : "ghost-" + i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD));
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<TestHttp.Response> responses = new ArrayList<>();
            for (Future<TestHttp.Response> f : futures) responses.add(f.get(60, TimeUnit.SECONDS));
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
