package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade on one PostgreSQL database (docs/operations.md "Upgrading"): a node of the previous
 * release ({@link PreviousRelease}, a schema version behind) serves under load; a node of this code starts on
 * the same database and migrates it while the old one serves; both serve together (an account made on the old
 * node signs in on the new, refresh tokens and access tokens of either work on both, both publish the same
 * keys); a second node of the previous release starts on the migrated schema (a rollback) and serves; then
 * the old nodes get SIGTERM. A client load runs throughout through a load balancer that follows
 * each node's readiness, and not one request may fail. The only retry is on a refused connection (a port
 * that just closed), as a load balancer does.
 */
class RollingUpgradeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void anOldAndANewNodeServeTogetherAndTheOldStopsWithoutAFailedRequest() throws Exception {
        long buildStart = System.nanoTime();
        Path jar = PreviousRelease.jar();
        System.out.printf("previous release %s ready in %d s%n", PreviousRelease.commit(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - buildStart));
        String url = TestDatabases.postgresql();
        Balancer balancer = new Balancer();
        Process old = null;
        Process restarted = null;
        try {
            long t0 = System.nanoTime();
            OldNode oldNode = OldNode.start(jar, url);
            System.out.printf("old node ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            old = oldNode.process;
            Node a = balancer.add("old", oldNode.base, oldNode.management);
            // The new node must have something to migrate while the old one serves.
            assertThat(MigrationFromEveryVersionTest.appliedVersions(url)).last().isNotEqualTo(Migrations.LATEST);

            // Accounts and sessions of the old release, before the new node exists.
            for (int i = 0; i < 3; i++) assertThat(post(a.base, "/api/v1/signup", Map.of("username", "load" + i, "password", PASSWORD), null).status).isEqualTo(201);
            assertThat(post(a.base, "/api/v1/signup", Map.of("username", "early", "password", PASSWORD), null).status).isEqualTo(201);
            JsonNode earlyOld = post(a.base, "/api/v1/login", Map.of("username", "early", "password", PASSWORD), null).json();

            balancer.startLoad(2);
            Thread.sleep(1500);
            long newStarted = System.nanoTime();
            try (TestServer fresh = TestServer.builder().databaseUrl(url).set("shutdown.drain.delay", "2s").start()) {
                Node b = balancer.add("new", fresh.baseUrl(), "http://127.0.0.1:" + fresh.gatehouse().managementPort());
                System.out.printf("new node migrated and ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - newStarted));
                assertThat(MigrationFromEveryVersionTest.appliedVersions(url)).last().isEqualTo(Migrations.LATEST);
                Thread.sleep(1500);

                // An account from the old node signs in on the new one; the old node's session refreshes on the new.
                Response onNew = post(b.base, "/api/v1/login", Map.of("username", "early", "password", PASSWORD), null);
                assertThat(onNew.status).as(onNew.body).isEqualTo(200);
                assertThat(post(b.base, "/api/v1/refresh", Map.of("refresh_token", earlyOld.path("refresh_token").asText()), null).status).isEqualTo(200);
                // The new node's refresh token refreshes on the old, and each one's access token is good on the other.
                Response refreshedOnOld = post(a.base, "/api/v1/refresh", Map.of("refresh_token", onNew.json().path("refresh_token").asText()), null);
                assertThat(refreshedOnOld.status).as(refreshedOnOld.body).isEqualTo(200);
                String fromOld = refreshedOnOld.json().path("access_token").asText();
                String fromNew = onNew.json().path("access_token").asText();
                assertThat(get(b.base, "/api/v1/me", fromOld).status).isEqualTo(200);
                assertThat(get(a.base, "/api/v1/me", fromNew).status).isEqualTo(200);
                // Both publish the keys both sign with.
                Set<String> oldKeys = kids(get(a.base, "/oauth2/jwks", null).json());
                Set<String> newKeys = kids(get(b.base, "/oauth2/jwks", null).json());
                assertThat(oldKeys).isEqualTo(newKeys).contains(kid(fromOld), kid(fromNew));

                // A rollback, or an old node that crashes now, starts the previous release on the migrated schema.
                OldNode restartedNode = OldNode.start(jar, url);
                restarted = restartedNode.process;
                Node c = balancer.add("restarted old", restartedNode.base, restartedNode.management);
                Thread.sleep(1500);

                long oldServedAfterMigration = a.servedSince(newStarted);
                long stopping = System.nanoTime();
                for (Process p : List.of(old, restarted)) {
                    p.destroy(); // SIGTERM: readiness goes down, the drain delay passes, requests in flight finish
                    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("an old node stops").isTrue();
                    assertThat(p.exitValue()).isIn(0, 143);
                }
                System.out.printf("old nodes stopped in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
                long newBefore = b.served.get();
                Thread.sleep(1500);
                balancer.stop();

                assertThat(balancer.failures).as("failed requests").isEmpty();
                assertThat(oldServedAfterMigration).as("the old node served after the new one migrated").isPositive();
                assertThat(c.served.get()).as("the restarted old node served").isPositive();
                assertThat(b.served.get()).as("the new node served after the old one stopped").isGreaterThan(newBefore);
                System.out.printf("requests: old %d, restarted old %d, new %d, retried after a refused connection %d%n",
                        a.served.get(), c.served.get(), b.served.get(), balancer.refused.get());
            }
        } finally {
            balancer.stop();
            if (old != null) old.destroyForcibly();
            if (restarted != null) restarted.destroyForcibly();
        }
    }

    /** The previous release as its own process, with the settings of TestServer (same master key and issuer). */
    record OldNode(Process process, String base, String management) {
        static OldNode start(Path jar, String databaseUrl) throws IOException, InterruptedException {
            int port = freePort();
            int managementPort = freePort();
            Path data = Files.createTempDirectory("gatehouse-old");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "serve").redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("GATEHOUSE_"));
            env.putAll(Map.of("GATEHOUSE_DATABASE_URL", databaseUrl, "GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY,
                    "GATEHOUSE_ISSUER", "http://localhost:8080", "GATEHOUSE_HTTP_HOST", "127.0.0.1",
                    "GATEHOUSE_HTTP_PORT", Integer.toString(port), "GATEHOUSE_MANAGEMENT_PORT", Integer.toString(managementPort),
                    "GATEHOUSE_DATA_DIR", data.toString(), "GATEHOUSE_ARGON2_MEMORY_KIB", "1024", "GATEHOUSE_ARGON2_ITERATIONS", "1",
                    "GATEHOUSE_IP_RATE_PER_MINUTE", "100000"));
            env.put("GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "2s");
            Process p = pb.start();
            String base = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) throw new IllegalStateException("the old node exited: " + Files.readString(data.resolve("server.log")));
                try {
                    if (get("http://127.0.0.1:" + managementPort, "/health/ready", null).status == 200) {
                        return new OldNode(p, base, "http://127.0.0.1:" + managementPort);
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            p.destroyForcibly();
            throw new IllegalStateException("the old node did not get ready: " + Files.readString(data.resolve("server.log")));
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }

    static final class Node {
        final String name;
        final String base;
        final String management;
        volatile boolean ready = true;
        final AtomicLong served = new AtomicLong();
        final List<Long> servedAt = new CopyOnWriteArrayList<>();

        Node(String name, String base, String management) {
            this.name = name;
            this.base = base;
            this.management = management;
        }

        long servedSince(long nanos) {
            return servedAt.stream().filter(t -> t > nanos).count();
        }
    }

    /**
     * A load balancer and its clients: sends each request to the next node whose /health/ready answered 200
     * at the last probe (every 100 ms), and to the next one again only when the connection is refused.
     */
    static final class Balancer {
        final List<Node> nodes = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final AtomicInteger refused = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger next = new AtomicInteger();
        private final List<Thread> threads = new ArrayList<>();

        Node add(String name, String base, String management) {
            Node n = new Node(name, base, management);
            nodes.add(n);
            return n;
        }

        void startLoad(int clients) {
            Thread probe = daemon(() -> {
                while (running.get()) {
                    for (Node n : nodes) {
                        try {
                            n.ready = get(n.management, "/health/ready", null).status == 200;
                        } catch (IOException down) {
                            n.ready = false;
                        }
                    }
                    sleep(100);
                }
            });
            threads.add(probe);
            for (int i = 0; i < clients; i++) {
                int id = i;
                threads.add(daemon(() -> client(id)));
            }
        }

        /** Sign in, read the account, refresh, read the keys: over and over, each request to the next node. */
        private void client(int id) {
            String username = "load" + id;
            while (running.get()) {
                Response login = send("POST", "/api/v1/login", Map.of("username", username, "password", PASSWORD), null, 200);
                if (login == null) continue;
                JsonNode tokens = login.json();
                if (send("GET", "/api/v1/me", null, tokens.path("access_token").asText(), 200) == null) continue;
                Response refreshed = send("POST", "/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()), null, 200);
                if (refreshed == null) continue;
                send("GET", "/api/v1/me", null, refreshed.json().path("access_token").asText(), 200);
                send("GET", "/oauth2/jwks", null, null, 200);
            }
        }

        private Response send(String method, String path, Object body, String bearer, int expected) {
            for (int attempt = 0; attempt < 20 && running.get(); attempt++) {
                Node node = pick();
                if (node == null) {
                    sleep(20);
                    continue;
                }
                try {
                    Response r = "GET".equals(method) ? get(node.base, path, bearer) : post(node.base, path, body, bearer);
                    if (r.status != expected) {
                        failures.add(method + " " + path + " at the " + node.name + " node: " + r.status + " " + r.body);
                        return null;
                    }
                    node.served.incrementAndGet();
                    node.servedAt.add(System.nanoTime());
                    return r;
                } catch (ConnectException closed) {
                    refused.incrementAndGet(); // the port closed between the probe and this request: the next node
                } catch (IOException e) {
                    if (!running.get()) return null;
                    failures.add(method + " " + path + " at the " + node.name + " node: " + e);
                    return null;
                }
            }
            if (running.get()) failures.add(method + " " + path + ": no node took it");
            return null;
        }

        private Node pick() {
            List<Node> live = nodes.stream().filter(n -> n.ready).toList();
            return live.isEmpty() ? null : live.get(Math.floorMod(next.getAndIncrement(), live.size()));
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) t.join(10_000);
        }

        private static Thread daemon(Runnable r) {
            Thread t = new Thread(r, "rolling-upgrade-load");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    private static Set<String> kids(JsonNode jwks) {
        Set<String> out = new java.util.TreeSet<>();
        jwks.path("keys").forEach(k -> out.add(k.path("kid").asText()));
        return out;
    }

    private static String kid(String jwt) throws IOException {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        return JSON.readTree(header).path("kid").asText();
    }

    static Response get(String base, String path, String bearer) throws IOException {
        return exchange("GET", base + path, null, bearer);
    }

    static Response post(String base, String path, Object body, String bearer) throws IOException {
        return exchange("POST", base + path, JSON.writeValueAsString(body == null ? new HashMap<>() : body), bearer);
    }

    /** One request on its own connection ("Connection: close"): a refused connect is a ConnectException. */
    private static Response exchange(String method, String url, String body, String bearer) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setRequestProperty("Connection", "close");
        c.setConnectTimeout(5000);
        c.setReadTimeout(30_000);
        if (bearer != null) c.setRequestProperty("Authorization", "Bearer " + bearer);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            c.disconnect();
        }
    }
}
