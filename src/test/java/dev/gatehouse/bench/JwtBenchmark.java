package dev.gatehouse.bench;

import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenRequest;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.CryptoProviders;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.keys.SigningKeyStore;
import dev.gatehouse.keys.StoredKey;
import dev.gatehouse.keys.VerifiedAccessToken;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Access-token sign and verify cost per algorithm and JCA provider, through the real issuer and verifier.
 *
 * <p>Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main JwtBenchmark -f 1 -wi 2 -i 3}.
 *
 * <p>{@code jdk}: JCA preference order without ACCP (SunRsaSign, SunEC). {@code accp}: Amazon Corretto Crypto
 * Provider given explicitly to the key service, as {@code CryptoProviders.install("auto")} does by priority.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtBenchmark {

    private static final String ISSUER = "https://id.example.test";
    private static final String AUDIENCE = "https://api.example.test";

    @Param({"RS256", "ES256"})
    public String alg;

    @Param({"jdk", "accp"})
    public String provider;

    private AccessTokenIssuer issuer;
    private AccessTokenVerifier verifier;
    private AccessTokenVerifier cachingVerifier;
    private AccessTokenRequest request;
    private String token;

    @Setup
    public void setUp() {
        Provider p = provider.equals("accp")
                ? CryptoProviders.healthyAccp().orElseThrow(() -> new IllegalStateException("ACCP is not available here"))
                : null;
        Clock clock = Clock.systemUTC();
        KeyService keys = new KeyService(new MemoryStore(), MasterKey.generate(), clock, alg, Duration.ofMinutes(15), p);
        keys.ensureActiveKey();
        issuer = new AccessTokenIssuer(keys, ISSUER, clock);
        verifier = new AccessTokenVerifier(keys, ISSUER, AUDIENCE, clock, Duration.ofSeconds(60), 0);
        cachingVerifier = new AccessTokenVerifier(keys, ISSUER, AUDIENCE, clock, Duration.ofSeconds(60));
        request = new AccessTokenRequest("2f1d7c1e-3a51-4a5e-9b1e-6d8f3a0b9c11", List.of(AUDIENCE), "web",
                List.of("openid", "profile", "notes:read", "notes:write"), List.of("user"),
                "6f0e3c52-1f1b-4b8e-a2f5-8e2f4b1c9d07", Duration.ofMinutes(15));
        token = issuer.issue(request).token();
        verifier.verify(token);
        cachingVerifier.verify(token);
    }

    @Benchmark
    public String sign() {
        return issuer.issue(request).token();
    }

    @Benchmark
    public VerifiedAccessToken verify() {
        return verifier.verify(token);
    }

    /** A repeated token: every check but the signature. */
    @Benchmark
    public VerifiedAccessToken verifyCached() {
        return cachingVerifier.verify(token);
    }

    /**
     * Cross-check for shared, loaded machines: per-operation CPU time of the calling thread (wall-clock JMH
     * figures grow with other processes' load; CPU time much less). Same states as the JMH run.
     * Run: {@code java -cp ... dev.gatehouse.bench.JwtBenchmark [seconds per case, default 5]}.
     */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%-13s %-6s %-5s %12s %12s%n", "op", "alg", "prov", "cpu us/op", "wall us/op");
        for (String a : new String[] {"RS256", "ES256"}) {
            for (String prov : new String[] {"jdk", "accp"}) {
                JwtBenchmark b = new JwtBenchmark();
                b.alg = a;
                b.provider = prov;
                b.setUp();
                java.util.Map<String, java.util.function.Supplier<Object>> ops = new java.util.LinkedHashMap<>();
                ops.put("sign", b::sign);
                ops.put("verify", b::verify);
                ops.put("verifyCached", b::verifyCached);
                for (var op : ops.entrySet()) {
                    for (int pass = 0; pass < 2; pass++) { // pass 0 warms up
                        long n = 0;
                        long cpu0 = mx.getCurrentThreadCpuTime();
                        long wall0 = System.nanoTime();
                        long end = wall0 + (long) (seconds * (pass == 0 ? 0.5 : 1) * 1e9);
                        Object sink = null;
                        do {
                            for (int i = 0; i < 16; i++) {
                                sink = op.getValue().get();
                            }
                            n += 16;
                        } while (System.nanoTime() < end);
                        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                        long wall = System.nanoTime() - wall0;
                        if (pass == 1) {
                            System.out.printf("%-13s %-6s %-5s %12.2f %12.2f%n", op.getKey(), a, prov, cpu / 1e3 / n,
                                    wall / 1e3 / n);
                        }
                        if (sink == null) {
                            throw new AssertionError();
                        }
                    }
                }
            }
        }
    }

    /** Enough of a store for one node. */
    static final class MemoryStore implements SigningKeyStore {
        private final List<StoredKey> rows = new ArrayList<>();

        @Override
        public synchronized Optional<StoredKey> findActive(String alg) {
            return rows.stream().filter(k -> k.status().equals("active") && k.alg().equals(alg)).findFirst();
        }

        @Override
        public synchronized List<StoredKey> findPublishable(Instant now) {
            return rows.stream().filter(k -> k.status().equals("active") || k.publishUntil().isAfter(now)).toList();
        }

        @Override
        public synchronized boolean insertFirstActive(StoredKey key) {
            if (findActive(key.alg()).isPresent()) {
                return false;
            }
            rows.add(key);
            return true;
        }

        @Override
        public synchronized void rotate(StoredKey newKey, Instant publishOldUntil) {
            rows.replaceAll(k -> k.status().equals("active") && k.alg().equals(newKey.alg())
                    ? new StoredKey(k.kid(), k.alg(), k.publicJwk(), k.encryptedPrivateKey(), "retired", k.createdAt(),
                            publishOldUntil)
                    : k);
            rows.add(newKey);
        }

        @Override
        public boolean rotateIfOlder(StoredKey newKey, Instant createdAtOrBefore, Instant publishOldUntil) {
            throw new UnsupportedOperationException("the benchmark never rotates");
        }
    }
}
