package dev.gatehouse.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching a client's jwks_uri through the outbound guard, against a local key server that counts its
 * hits. Host names resolve through a test table (the guard's resolver seam), so a name can be made to
 * point at loopback at fetch time, as a DNS rebinding attacker would.
 */
class ClientKeysTest {
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger redirectTargetHits = new AtomicInteger();
    private final AtomicInteger failingHits = new AtomicInteger();
    private final AtomicInteger otherHits = new AtomicInteger();
    private final AtomicReference<String> hostHeader = new AtomicReference<>();
    private final AtomicInteger resolutions = new AtomicInteger();
    private final AtomicReference<String> keysTestAddress = new AtomicReference<>("127.0.0.1");
    private final OutboundGuard.HostResolver resolver = host -> {
        resolutions.incrementAndGet();
        if (host.equals("keys.test")) return new InetAddress[] {InetAddress.getByName(keysTestAddress.get())};
        if (host.matches("[0-9.]+")) return new InetAddress[] {InetAddress.getByName(host)};
        throw new UnknownHostException(host);
    };
    private final AtomicReference<byte[]> flakyBody = new AtomicReference<>(); // null: answer 500
    private final AtomicInteger flakyHits = new AtomicInteger();
    private RSAKey key;
    private HttpServer server;
    private int port;
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    @BeforeEach
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", ex -> {
            hits.incrementAndGet();
            hostHeader.set(ex.getRequestHeaders().getFirst("Host"));
            try {
                Thread.sleep(50); // a slow answer, so that a burst overlaps the fetch
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, jwks.length);
            ex.getResponseBody().write(jwks);
            ex.close();
        });
        server.createContext("/other", ex -> {
            otherHits.incrementAndGet();
            ex.sendResponseHeaders(200, jwks.length);
            ex.getResponseBody().write(jwks);
            ex.close();
        });
        flakyBody.set(jwks);
        server.createContext("/flaky", ex -> {
            flakyHits.incrementAndGet();
            byte[] body = flakyBody.get();
            if (body == null) {
                ex.sendResponseHeaders(500, -1);
            } else {
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/target");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/target", ex -> {
            redirectTargetHits.incrementAndGet();
            ex.sendResponseHeaders(200, jwks.length);
            ex.getResponseBody().write(jwks);
            ex.close();
        });
        server.createContext("/failing", ex -> {
            failingHits.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ClientKeys keys(String... allowed) {
        return new ClientKeys(new GuardedHttpFetcher(new OutboundGuard(List.of(allowed), resolver), 64 * 1024,
                Duration.ofSeconds(5)), clock);
    }

    private static OAuthClient client(String id, String jwksUri) {
        return new OAuthClient(id, "Svc", ClientType.CONFIDENTIAL, List.of(), List.of(), List.of("client_credentials"), List.of(),
                "private_key_jwt", null, jwksUri, false, null, null, null, null, Instant.EPOCH);
    }

    @Test
    void fetchWhenTheNameResolvesToLoopbackThenRefusedWithoutConnecting() {
        // Registered while keys.test pointed elsewhere; now it answers 127.0.0.1, which is not allowed.
        ClientKeys keys = keys();
        assertThatThrownBy(() -> keys.keysFor(client("c1", "https://keys.test:" + port + "/jwks"), "k1"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> keys.keysFor(client("c2", "http://127.0.0.1:" + port + "/jwks"), "k1"))
                .isInstanceOf(IOException.class);
        assertThat(hits.get()).as("requests that reached the key server").isZero();
    }

    @Test
    void fetchWhenAddressAllowedThenConnectsToTheCheckedAddressUnderTheOriginalName() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        JWKSet set = keys.keysFor(client("c1", "http://keys.test:" + port + "/jwks"), "k1");
        assertThat(set.getKeyByKeyId("k1")).isNotNull();
        assertThat(set.getKeyByKeyId("k1").isPrivate()).isFalse();
        assertThat(hits.get()).isEqualTo(1);
        // Resolved once, connected to that address, and the Host header still names the host.
        assertThat(resolutions.get()).isEqualTo(1);
        assertThat(hostHeader.get()).isEqualTo("keys.test:" + port);
    }

    @Test
    void fetchWhenTheServerRedirectsThenTheRedirectIsNotFollowed() {
        ClientKeys keys = keys("127.0.0.0/8");
        assertThatThrownBy(() -> keys.keysFor(client("c1", "http://127.0.0.1:" + port + "/moved"), "k1"))
                .isInstanceOf(IOException.class);
        assertThat(redirectTargetHits.get()).isZero();
    }

    @Test
    void burstOfTokenRequestsWithUnknownKidsThenOneFetchPerInterval() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        OAuthClient c = client("c1", "http://keys.test:" + port + "/jwks");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Object>> burst = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String kid = i % 2 == 0 ? "k1" : "unknown-" + i; // half name a key the set lacks
                burst.add(() -> keys.keysFor(c, kid));
            }
            for (Future<Object> f : pool.invokeAll(burst)) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(hits.get()).as("fetches during the burst").isEqualTo(1);
        now = now.plusSeconds(30);
        keys.keysFor(c, "still-unknown");
        assertThat(hits.get()).as("a kid miss inside the interval does not refetch").isEqualTo(1);
        now = now.plus(ClientKeys.MIN_INTERVAL);
        keys.keysFor(c, "still-unknown");
        keys.keysFor(c, "still-unknown");
        assertThat(hits.get()).as("one refetch once the interval has passed").isEqualTo(2);
    }

    @Test
    void failedFetchIsNotRetriedWithinTheInterval() {
        ClientKeys keys = keys("127.0.0.0/8");
        OAuthClient c = client("c1", "http://127.0.0.1:" + port + "/failing");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> keys.keysFor(c, "k1")).isInstanceOf(IOException.class);
        }
        assertThat(failingHits.get()).isEqualTo(1);
    }

    @Test
    void jwksUriChangedThenTheNewUrlIsFetchedAtOnce() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        keys.keysFor(client("c1", "http://127.0.0.1:" + port + "/jwks"), "k1");
        JWKSet set = keys.keysFor(client("c1", "http://127.0.0.1:" + port + "/other"), "k1");
        assertThat(set.getKeyByKeyId("k1")).isNotNull();
        assertThat(otherHits.get()).as("the new jwks_uri is not held back by the old one's interval").isEqualTo(1);
        assertThat(keys.sources()).as("the old URL's source is dropped").isEqualTo(1);
    }

    @Test
    void sourceUnusedForTheIdleTimeThenDropped() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        keys.keysFor(client("c1", "http://127.0.0.1:" + port + "/jwks"), "k1");
        keys.keysFor(client("c2", "http://127.0.0.1:" + port + "/jwks"), "k1");
        assertThat(keys.sources()).isEqualTo(2);
        now = now.plus(ClientKeys.IDLE).plusSeconds(1);
        assertThat(keys.sources()).as("deleted or idle clients do not keep a source").isZero();
    }

    @Test
    void useShortlyBeforeExpiryThenKeysAreRefreshedInTheBackground() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        OAuthClient c = client("c1", "http://127.0.0.1:" + port + "/flaky");
        keys.keysFor(c, "k1");
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
        flakyBody.set(new JWKSet(rotated.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8));
        now = now.plus(ClientKeys.CACHE_TTL).minusSeconds(10);
        assertThat(keys.keysFor(c, "k1").getKeyByKeyId("k1")).as("the cached set answers at once").isNotNull();
        for (int i = 0; i < 100 && flakyHits.get() < 2; i++) Thread.sleep(50);
        assertThat(flakyHits.get()).as("refreshed ahead of expiry").isEqualTo(2);
        for (int i = 0; i < 100 && keys.keysFor(c, null).getKeyByKeyId("k2") == null; i++) Thread.sleep(50);
        assertThat(keys.keysFor(c, null).getKeyByKeyId("k2")).isNotNull();
        assertThat(flakyHits.get()).isEqualTo(2);
    }

    @Test
    void keysRotatedThenAnUnknownKidFindsTheNewKeyOnceTheIntervalHasPassed() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        OAuthClient c = client("c1", "http://127.0.0.1:" + port + "/flaky");
        keys.keysFor(c, "k1");
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
        flakyBody.set(new JWKSet(rotated.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8));
        now = now.plus(ClientKeys.MIN_INTERVAL);
        JWKSet set = keys.keysFor(c, "k2");
        assertThat(set.getKeyByKeyId("k2")).isNotNull();
        assertThat(set.getKeyByKeyId("k1")).as("the set is the new one").isNull();
        assertThat(flakyHits.get()).isEqualTo(2);
    }

    @Test
    void endpointDownThenTheLastGoodSetServesOnlyUntilTheOutageLimit() throws Exception {
        ClientKeys keys = keys("127.0.0.0/8");
        OAuthClient c = client("c1", "http://127.0.0.1:" + port + "/flaky");
        keys.keysFor(c, "k1");
        flakyBody.set(null);
        now = now.plus(ClientKeys.CACHE_TTL).plusSeconds(1);
        assertThat(keys.keysFor(c, "k1").getKeyByKeyId("k1")).as("kept through a short outage").isNotNull();
        assertThat(flakyHits.get()).isEqualTo(2);
        now = now.plus(ClientKeys.OUTAGE_TTL);
        assertThatThrownBy(() -> keys.keysFor(c, "k1")).as("rotated-out keys do not live on forever").isInstanceOf(IOException.class);
    }
}
