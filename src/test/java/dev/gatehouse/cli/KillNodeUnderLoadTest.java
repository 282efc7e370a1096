package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code gatehouse serve} processes on one PostgreSQL database under a load of clients that sign up, log
 * in, refresh and log out, each request to the next node; one node is killed with SIGKILL in the middle (no
 * drain, no lease given up: a crash, an OOM kill, a pulled plug). The clients fail over as a client behind a
 * load balancer does: a refused connection or an answer lost with the dead node is sent again to the next
 * node, and that is not a failure. What must hold:
 * <ul>
 *   <li>no node answers 5xx, before or after the kill;</li>
 *   <li>everything acknowledged is durable: every account whose signup was answered 201 can log in on the
 *       survivors; every session's last acknowledged refresh token refreshes, and its access token is accepted;
 *       every session whose logout was answered 204 stays ended (refresh token and access token refused);</li>
 *   <li>a request whose answer was lost is safe to send again: a refresh repeated on another node (within
 *       {@code refresh.reuse.interval}) gets the successor rather than revoking the session as reuse, a signup
 *       answers 201 or 409 (it was stored), a logout 204;</li>
 *   <li>the key rotation lease the dead node held expires on its own, at most {@code KeyRotationJob.LEASE} after
 *       its last renewal, and is then taken over; the killed node, started again, serves.</li>
 * </ul>
 */
class KillNodeUnderLoadTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int CLIENTS = 6;
    /** Requests the node to be killed has answered, warmed up, before the load runs for {@link #BEFORE_KILL}. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(2);
    private static final Duration AFTER_KILL = Duration.ofSeconds(3);
    private static final Duration START = Duration.ofSeconds(90);
    /** KeyRotationJob.LEASE: how long a lease of a dead node can keep the job from the others. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private final List<Process> processes = new CopyOnWriteArrayList<>();

    private record Node(String name, Process process, GatehouseProcess.Ready ready) {
        TestHttp http() {
            return ready.http();
        }
    }

    @Test
    void aNodeKilledUnderLoadLosesNothingAcknowledgedAndTheOthersServeOn() throws Exception {
        String url = TestDatabases.postgresql();
        try (Connection db = DriverManager.getConnection(url)) {
            // The first node alone, so that it is the one holding the key rotation lease when it is killed.
            Node killed = start("a", url);
            String deadHolder = awaitLeaseHolder(db, "", Duration.ofSeconds(30));
            ExecutorService starter = Executors.newFixedThreadPool(2);
            Future<Node> b = starter.submit(() -> start("b", url));
            Future<Node> c = starter.submit(() -> start("c", url));
            List<Node> survivors = List.of(b.get(), c.get());
            starter.shutdown();

            Load load = new Load(List.of(killed, survivors.get(0), survivors.get(1)));
            load.start(CLIENTS);
            // Warmed up (the first requests of a JVM are slow) and busy: the node to be killed has answered its share.
            await(() -> load.acknowledgedByNode.get("a").get() >= ACKNOWLEDGED_BEFORE_KILL, "node a acknowledged "
                    + ACKNOWLEDGED_BEFORE_KILL + " requests");
            Thread.sleep(BEFORE_KILL.toMillis());
            load.killedAt = System.nanoTime();
            killed.process().destroyForcibly();
            assertThat(killed.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(killed.process().exitValue()).as("ended by SIGKILL (128 + 9), not a graceful stop").isEqualTo(137);
            Thread.sleep(AFTER_KILL.toMillis());
            await(() -> load.acknowledgedAfterKill.get() >= ACKNOWLEDGED_BEFORE_KILL, "the survivors acknowledged "
                    + ACKNOWLEDGED_BEFORE_KILL + " requests after the kill");
            load.stop();

            System.out.printf("KillNodeUnderLoadTest: acknowledged %s; by node %s, %s of them after the kill; sent again to the"
                            + " next node after the dead one refused them or lost their answer: %s; %d accounts, %d sessions (%d logged out)%n",
                    load.acknowledged, load.acknowledgedByNode, load.acknowledgedAfterKill, load.failedOver, load.signedUp.size(),
                    load.sessions.size(), load.sessions.stream().filter(s -> s.loggedOut).count());
            assertThat(load.serverErrors).as("5xx answers").isEmpty();
            assertThat(load.unexpected).as("answers a client would not expect").isEmpty();
            assertThat(load.acknowledgedByNode.get("a").get()).as("the killed node served its share before the kill").isPositive();
            assertThat(load.acknowledgedAfterKill.get()).as("the survivors served on").isPositive();
            assertThat(load.failedOver).as("the clients met the dead node").isNotEmpty();

            verifyDurable(load, survivors);

            // Nobody gave the lease up: it names the dead node until it runs out, at most LEASE after its last renewal.
            long expiresAt = leaseExpiry(db, deadHolder);
            assertThat(expiresAt).isGreaterThan(System.currentTimeMillis())
                    .isLessThanOrEqualTo(System.currentTimeMillis() + LEASE.toMillis());
            // Those minutes pass (written behind the nodes' backs rather than waited for): the next check takes the job.
            try (PreparedStatement s = db.prepareStatement("UPDATE job_leases SET expires_at = ? WHERE name = 'key_rotation' AND holder = ?")) {
                s.setLong(1, System.currentTimeMillis() - 1);
                s.setString(2, deadHolder);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            Node again = start("a-again", url);
            String taker = awaitLeaseHolder(db, deadHolder, Duration.ofSeconds(30));
            assertThat(taker).as("a live node holds the key rotation lease").isNotEqualTo(deadHolder);

            Session live = load.sessions.stream().filter(s -> !s.loggedOut).findFirst().orElseThrow();
            Session ended = load.sessions.stream().filter(s -> s.loggedOut).findFirst().orElseThrow();
            assertThat(again.http().get("/api/v1/me", live.access).status()).as("the restarted node serves").isEqualTo(200);
            assertThat(again.http().get("/api/v1/me", ended.access).status()).isEqualTo(401);
            assertThat(again.http().login(load.signedUp.peek(), PASSWORD).path("access_token").asText()).isNotEmpty();
            assertThat(again.http().post("/api/v1/signup", Map.of("username", "afterwards", "password", PASSWORD)).status()).isEqualTo(201);
        }
    }

    /** What was acknowledged, checked on the survivors, several requests at a time. */
    private static void verifyDurable(Load load, List<Node> survivors) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> checks = new ArrayList<>();
            AtomicInteger turn = new AtomicInteger();
            for (String username : load.signedUp) {
                checks.add(pool.submit(() -> {
                    TestHttp.Response r = survivors.get(turn.getAndIncrement() % 2).http().post("/api/v1/login",
                            Map.of("username", username, "password", PASSWORD));
                    assertThat(r.status()).as("an acknowledged signup logs in: " + username + " " + r.body()).isEqualTo(200);
                }));
            }
            for (Session s : load.sessions) {
                checks.add(pool.submit(() -> {
                    TestHttp http = survivors.get(turn.getAndIncrement() % 2).http();
                    int me = http.get("/api/v1/me", s.access).status();
                    int refresh = http.post("/api/v1/refresh", Map.of("refresh_token", s.refresh)).status();
                    if (s.loggedOut) {
                        assertThat(me).as("an acknowledged logout stays: the access token").isEqualTo(401);
                        assertThat(refresh).as("an acknowledged logout stays: the refresh token").isEqualTo(401);
                    } else {
                        assertThat(me).as("the last acknowledged access token of " + s.username).isEqualTo(200);
                        assertThat(refresh).as("the last acknowledged refresh token of " + s.username).isEqualTo(200);
                    }
                }));
            }
            for (Future<?> check : checks) check.get(60, TimeUnit.SECONDS);
            System.out.printf("KillNodeUnderLoadTest: %d logins and %d sessions checked on the survivors%n", load.signedUp.size(),
                    load.sessions.size());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the load ----

    /** One session as its client knows it: the tokens of the last acknowledged answer. Written by its client only. */
    private static final class Session {
        final String username;
        volatile String access;
        volatile String refresh;
        volatile boolean loggedOut;

        Session(String username, TestHttp.Response tokens) {
            this.username = username;
            take(tokens);
        }

        void take(TestHttp.Response tokens) {
            access = tokens.json().path("access_token").asText();
            refresh = tokens.json().path("refresh_token").asText();
        }
    }

    /** An answer, and whether an earlier attempt of the same request lost its answer (it may have been carried out). */
    private record Answer(TestHttp.Response response, boolean repeated) {
        int status() {
            return response.status();
        }
    }

    /**
     * Clients that each sign up a new account, log in, refresh three times and (every other account) log out,
     * then start over; each request goes to the next node in turn.
     */
    private static final class Load {
        private final List<Node> nodes;
        private final AtomicInteger next = new AtomicInteger();
        private final List<Thread> clients = new ArrayList<>();
        private volatile boolean running = true;
        volatile long killedAt = Long.MAX_VALUE;

        final Queue<String> signedUp = new ConcurrentLinkedQueue<>();
        final Queue<Session> sessions = new ConcurrentLinkedQueue<>();
        final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> acknowledgedByNode = new ConcurrentHashMap<>();
        final AtomicInteger acknowledgedAfterKill = new AtomicInteger();
        /** Requests sent again to the next node after the dead one refused them or lost their answer, by path. */
        final Map<String, AtomicInteger> failedOver = new ConcurrentHashMap<>();

        Load(List<Node> nodes) {
            this.nodes = nodes;
            nodes.forEach(n -> acknowledgedByNode.put(n.name(), new AtomicInteger()));
        }

        void start(int count) {
            for (int i = 0; i < count; i++) {
                int id = i;
                Thread t = new Thread(() -> client(id), "load-client-" + id);
                t.setDaemon(true);
                clients.add(t);
                t.start();
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : clients) {
                t.join(60_000);
                assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
            }
        }

        private void client(int id) {
            try {
                for (int n = 0; running; n++) {
                    String username = "load" + id + "n" + n;
                    Answer signup = send("/api/v1/signup", Map.of("username", username, "password", PASSWORD));
                    if (signup.status() == 201) acknowledge("signup", signup);
                    // 409 after a lost answer: the first attempt was stored; the account is there all the same.
                    if (signup.status() == 201 || signup.status() == 409 && signup.repeated()) signedUp.add(username);
                    else expected(signup, "signup", 201);
                    if (!running) return;
                    Answer login = send("/api/v1/login", Map.of("username", username, "password", PASSWORD));
                    if (!expected(login, "login", 200)) continue;
                    acknowledge("login", login);
                    Session session = new Session(username, login.response());
                    sessions.add(session);
                    for (int r = 0; r < 3 && running; r++) {
                        Answer refreshed = send("/api/v1/refresh", Map.of("refresh_token", session.refresh));
                        if (!expected(refreshed, "refresh", 200)) break;
                        acknowledge("refresh", refreshed);
                        session.take(refreshed.response());
                    }
                    if (n % 2 == 0 && running) {
                        Answer logout = send("/api/v1/logout", Map.of("refresh_token", session.refresh));
                        if (expected(logout, "logout", 204)) {
                            acknowledge("logout", logout);
                            session.loggedOut = true;
                        }
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                unexpected.add("client " + id + " stopped: " + e);
            }
        }

        private boolean expected(Answer a, String what, int status) {
            if (a.status() == status) return true;
            String line = what + " answered " + a.status() + (a.repeated() ? " (repeated after a lost answer)" : "") + ": "
                    + a.response().body();
            if (a.status() >= 500) serverErrors.add(line);
            else unexpected.add(line);
            return false;
        }

        private void acknowledge(String what, Answer a) {
            acknowledged.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
            if (System.nanoTime() > killedAt) acknowledgedAfterKill.incrementAndGet();
        }

        /**
         * Sends to the next node; when the connection is refused or the answer lost, to the node after it, as a
         * client behind a load balancer would. The node that answered is counted for the acknowledgement.
         */
        private Answer send(String path, Object body) {
            int first = next.getAndIncrement();
            boolean repeated = false;
            for (int attempt = 0; attempt < 3 * nodes.size(); attempt++) {
                Node node = nodes.get(Math.floorMod(first + attempt, nodes.size()));
                try {
                    TestHttp.Response r = node.http().post(path, body);
                    if (r.status() / 100 == 2) acknowledgedByNode.get(node.name()).incrementAndGet();
                    return new Answer(r, repeated);
                } catch (UncheckedIOException e) {
                    // Refused, or sent and never answered. A refusal may follow a lost answer (TestHttp sends once
                    // more on a fresh connection), so either way the request may have been carried out.
                    repeated = true;
                    failedOver.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
                }
            }
            throw new AssertionError("no node answered " + path);
        }
    }

    // ---- processes ----

    private Node start(String name, String url) throws Exception {
        Path data = Files.createDirectories(dir.resolve(name));
        Path log = dir.resolve(name + ".log");
        Process p = GatehouseProcess.builder(data, Map.ofEntries(
                        Map.entry("GATEHOUSE_DATABASE_URL", url), Map.entry("GATEHOUSE_HTTP_PORT", "0"),
                        Map.entry("GATEHOUSE_MANAGEMENT_PORT", "0"), Map.entry("GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY),
                        Map.entry("GATEHOUSE_ISSUER", "http://localhost:8080"), Map.entry("GATEHOUSE_IP_RATE_PER_MINUTE", "100000"),
                        Map.entry("GATEHOUSE_ARGON2_MEMORY_KIB", "1024"), Map.entry("GATEHOUSE_ARGON2_ITERATIONS", "1"),
                        Map.entry("GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "0s")), "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        return new Node(name, p, GatehouseProcess.awaitReady(p, log, START));
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : processes) p.destroy();
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The key rotation lease's holder once it is neither empty nor {@code other}. */
    private static String awaitLeaseHolder(Connection db, String other, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (ResultSet rs = db.createStatement().executeQuery("SELECT holder FROM job_leases WHERE name = 'key_rotation'")) {
                String holder = rs.next() ? rs.getString(1) : "";
                if (!holder.isEmpty() && !holder.equals(other)) return holder;
            }
            assertThat(System.nanoTime()).as("a node took the key rotation lease").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static long leaseExpiry(Connection db, String holder) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT expires_at FROM job_leases WHERE name = 'key_rotation' AND holder = ?")) {
            s.setString(1, holder);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the dead node still holds the lease").isTrue();
                return rs.getLong(1);
            }
        }
    }
}
