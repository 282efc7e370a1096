package dev.gatehouse.testing;

import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.config.ConfigLoader;
import dev.gatehouse.config.GatehouseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real composition root on port 0, on a fresh database. Argon2 runs with cheap parameters
 * unless a test is about hashing; everything else is the shipped default.
 */
public final class TestServer implements AutoCloseable {
    public static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final Gatehouse gatehouse;
    private final GatehouseConfig config;
    private final TestHttp http;
    private final TestHttp management;

    private TestServer(GatehouseConfig config, Clock clock) {
        this.config = config;
        this.gatehouse = Gatehouse.serve(config, clock);
        this.http = new TestHttp("http://localhost:" + gatehouse.port());
        this.management = new TestHttp("http://localhost:" + gatehouse.managementPort());
    }

    public static TestServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> env = new HashMap<>();
        private TestDatabases.Kind kind = TestDatabases.Kind.SQLITE;
        private String databaseUrl;
        private Clock clock = Clock.systemUTC();

        Builder() {
            env.put("GATEHOUSE_HTTP_HOST", "127.0.0.1");
            env.put("GATEHOUSE_HTTP_PORT", "0");
            env.put("GATEHOUSE_MANAGEMENT_PORT", "0");
            env.put("GATEHOUSE_MASTER_KEY", MASTER_KEY);
            env.put("GATEHOUSE_ARGON2_MEMORY_KIB", "1024");
            env.put("GATEHOUSE_ARGON2_ITERATIONS", "1");
            env.put("GATEHOUSE_IP_RATE_PER_MINUTE", "100000");
            env.put("GATEHOUSE_MAIL_IP_PER_MINUTE", "100000");
            env.put("GATEHOUSE_ISSUER", "http://localhost:8080");
        }

        public Builder database(TestDatabases.Kind kind) {
            this.kind = kind;
            return this;
        }

        /** Share a database between servers (several nodes). */
        public Builder databaseUrl(String url) {
            this.databaseUrl = url;
            return this;
        }

        /** Any configuration key by its file name, e.g. {@code set("password.min.length", "20")}. */
        public Builder set(String key, String value) {
            env.put("GATEHOUSE_" + key.replace('.', '_').toUpperCase(java.util.Locale.ROOT), value);
            return this;
        }

        /**
         * The issuer is the server's real address ({@code http://localhost:PORT}), as a browser test needs: a
         * real browser's WebAuthn ceremonies only accept the origin it is on, and the server's RP ID and origin
         * are the issuer's (API.md §7). The port is taken free before the start.
         */
        public Builder issuerIsOwnAddress() {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            env.put("GATEHOUSE_HTTP_PORT", Integer.toString(port));
            env.put("GATEHOUSE_ISSUER", "http://localhost:" + port);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public TestServer start() {
            Map<String, String> e = new HashMap<>(env);
            String url = databaseUrl != null ? databaseUrl : TestDatabases.fresh(kind);
            e.put("GATEHOUSE_DATABASE_URL", url);
            try {
                e.putIfAbsent("GATEHOUSE_DATA_DIR", Files.createTempDirectory("gatehouse-data").toString());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            GatehouseConfig config = new ConfigLoader(e).load(null, List.of());
            return new TestServer(config, clock);
        }
    }

    public TestHttp http() {
        return http;
    }

    /** The management port: /metrics and /health/*. */
    public TestHttp management() {
        return management;
    }

    public Gatehouse gatehouse() {
        return gatehouse;
    }

    public GatehouseConfig config() {
        return config;
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    @Override
    public void close() {
        gatehouse.close();
    }
}
