import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lays out the distribution in target/gatehouse-VERSION (bin/, conf/, lib/gatehouse.jar, lib/native/) and makes
 * its class-data archive, lib/gatehouse.jsa, from a training run: the real launcher starts the
 * server on a temporary SQLite database, stops it and starts it again (the archive is of a restart,
 * see {@link #train()}), the requests below load the classes a node needs
 * (signup, login, refresh, /me, an admin call, a client_credentials token, JWKS, discovery, a
 * hosted page, an error answer), and the server stops with SIGTERM, which writes the archive
 * (-XX:ArchiveClassesAtExit). The archive is then mapped once with -Xshare:on, which fails when it
 * is unusable. Any failure fails the build: a distribution is never shipped without its archive.
 *
 * <p>Run by the Maven build (pom.xml, exec-maven-plugin, phase package) with the JDK that runs
 * Maven: {@code java src/dist/MakeDistribution.java <basedir> <version>}. With two more arguments,
 * {@code <home> <java home>}, it lays nothing out and makes the archive of the distribution already
 * in {@code <home>} with that runtime instead: the one the Linux tarball and the container image
 * carry, which is not the build's JDK (src/dist/MakeRuntime.java).
 */
public final class MakeDistribution {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String PASSWORD = "training run password, not a secret";

    private final Path basedir;
    private final Path home;
    private final Path log;
    private final String javaHome;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MakeDistribution(Path basedir, Path home, String javaHome, Path log) {
        this.basedir = basedir;
        this.home = home;
        this.javaHome = javaHome;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 4) throw new IllegalArgumentException("usage: MakeDistribution <basedir> <version> [<home> <java home>]");
        long start = System.nanoTime();
        Path basedir = Path.of(args[0]).toAbsolutePath().normalize();
        boolean layOut = args.length == 2;
        MakeDistribution d = layOut
                ? new MakeDistribution(basedir, basedir.resolve("target/gatehouse-" + args[1]), System.getProperty("java.home"), basedir.resolve("target/cds-training.log"))
                : new MakeDistribution(basedir, Path.of(args[2]).toAbsolutePath(), args[3], basedir.resolve("target/cds-training-runtime.log"));
        try {
            if (layOut) d.layOut();
            d.train();
            d.check();
        } catch (Exception | AssertionError e) {
            System.err.println("[ERROR] distribution: " + e.getMessage() + " (training log: " + d.log + ")");
            if (Files.exists(d.log)) {
                List<String> lines = Files.readAllLines(d.log);
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> System.err.println("  " + l));
            }
            System.exit(1);
        }
        // Quiet on success, like `mvn -q`; the figures go to the end of the training log.
        Files.writeString(d.log, String.format("distribution %s with class-data archive (%d MB) in %d s%n", d.home,
                Files.size(d.home.resolve("lib/gatehouse.jsa")) >> 20, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)),
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void layOut() throws IOException {
        deleteTree(home);
        Path src = basedir.resolve("src/dist");
        for (String dir : List.of("bin", "conf", "lib")) Files.createDirectories(home.resolve(dir));
        Files.copy(src.resolve("bin/gatehouse"), home.resolve("bin/gatehouse"));
        Files.setPosixFilePermissions(home.resolve("bin/gatehouse"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(src.resolve("conf/gatehouse.properties"), home.resolve("conf/gatehouse.properties"));
        // The archive records the jar's size and modification time: the tarball keeps both.
        Files.copy(basedir.resolve("target/gatehouse.jar"), home.resolve("lib/gatehouse.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        // SQLite's native library for glibc Linux, out of the jar once here rather than at every start
        // (bin/gatehouse passes lib/native/$(uname -m) to the driver).
        try (ZipFile jar = new ZipFile(home.resolve("lib/gatehouse.jar").toFile())) {
            for (String arch : List.of("x86_64", "aarch64")) {
                ZipEntry lib = jar.getEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
                if (lib == null) throw new IllegalStateException("no SQLite native library for Linux " + arch + " in the jar");
                Path target = Files.createDirectories(home.resolve("lib/native/" + arch)).resolve("libsqlitejdbc.so");
                try (InputStream in = jar.getInputStream(lib)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    /**
     * Two starts on one temporary database. The first creates it (migrations, signing keys, the
     * bootstrap admin) and stops; the second, which writes the archive, is an ordinary restart:
     * what a node loads on every start and for its requests, not the migrations (Flyway and the
     * Jackson 3 classes it loads: about 1,000 classes, 10 MB of the archive) that a node runs only on
     * a new or older database. The JVM relocates the archive at every start (JDK 17's
     * -XX:ArchiveRelocationMode=1: mapped at a random address, every pointer in it patched), so each
     * of its pages is resident and private in every node, whether its classes are used or not.
     */
    private void train() throws Exception {
        Path data = Files.createTempDirectory("gatehouse-cds-training");
        Path archive = home.resolve("lib/gatehouse.jsa");
        Files.deleteIfExists(log);
        try {
            Server first = Server.start(this, data, "");
            first.stop();
            Server training = Server.start(this, data, "-XX:ArchiveClassesAtExit=" + archive);
            try {
                exercise(training.base(), training.management());
            } finally {
                training.stop(); // SIGTERM: graceful shutdown, then the JVM writes the archive as it exits
            }
        } finally {
            deleteTree(data);
        }
        if (!Files.exists(archive) || Files.size(archive) < (1 << 20)) throw new IllegalStateException("no class-data archive was written: " + archive);
    }

    /** The real launcher serving on the training database, ready; its output goes to the training log. */
    private record Server(Process process, String base, String management) {
        static Server start(MakeDistribution d, Path data, String javaOpts) throws Exception {
            int port = freePort();
            int management = freePort();
            ProcessBuilder pb = new ProcessBuilder("sh", d.home.resolve("bin/gatehouse").toString(), "serve")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(d.log.toFile()));
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("GATEHOUSE_"));
            env.putAll(Map.of(
                    "JAVA_HOME", d.javaHome,
                    "GATEHOUSE_CDS", "off",
                    "GATEHOUSE_MEMORY", "256m",
                    "GATEHOUSE_DATA_DIR", data.toString(),
                    "GATEHOUSE_HTTP_HOST", "127.0.0.1",
                    "GATEHOUSE_HTTP_PORT", Integer.toString(port),
                    "GATEHOUSE_MANAGEMENT_PORT", Integer.toString(management),
                    "GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "0s", // no load balancer to drain: the build need not wait 5 s
                    "GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD));
            env.put("JAVA_OPTS", javaOpts);
            Server s = new Server(pb.start(), "http://127.0.0.1:" + port, "http://127.0.0.1:" + management);
            try {
                d.awaitReady(s.process, s.management);
            } catch (Exception | AssertionError e) {
                s.process.destroyForcibly();
                throw e;
            }
            return s;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the training server did not stop within 120 s");
            }
            // 143: stopped by SIGTERM, the server's normal way out.
            if (process.exitValue() != 0 && process.exitValue() != 143) throw new IllegalStateException("the training server exited with " + process.exitValue());
        }
    }

    private void awaitReady(Process server, String management) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("the training server exited with " + server.exitValue() + " before it was ready");
            try {
                if (send(HttpRequest.newBuilder(URI.create(management + "/health/ready")).build()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the training server was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /** The requests of a node's ordinary day; every answer is checked so the run cannot silently train on errors. */
    private void exercise(String base, String management) throws Exception {
        expect(200, get(base + "/health/live"));
        expect(200, get(management + "/health/ready"));
        expect(200, get(management + "/metrics"));
        expect(200, get(base + "/.well-known/openid-configuration"));
        expect(200, get(base + "/oauth2/jwks"));
        expect(200, get(base + "/login"));
        expect(400, post(base + "/api/v1/login", "{\"username\":", null));
        expect(201, post(base + "/api/v1/signup", "{\"username\":\"trainee\",\"password\":\"" + PASSWORD + "\",\"email\":\"trainee@example.com\"}", null));
        String tokens = expect(200, post(base + "/api/v1/login", "{\"username\":\"trainee\",\"password\":\"" + PASSWORD + "\"}", null));
        expect(401, post(base + "/api/v1/login", "{\"username\":\"trainee\",\"password\":\"not the password at all\"}", null));
        String refreshed = expect(200, post(base + "/api/v1/refresh", "{\"refresh_token\":\"" + field(tokens, "refresh_token") + "\"}", null));
        expect(200, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + field(refreshed, "access_token")).build()));
        String admin = field(expect(200, post(base + "/api/v1/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", null)), "access_token");
        String client = expect(201, post(base + "/admin/v1/clients",
                "{\"name\":\"Training\",\"type\":\"confidential\",\"grant_types\":[\"client_credentials\"]}", admin));
        String basic = Base64.getEncoder().encodeToString((field(client, "client_id") + ":" + field(client, "client_secret")).getBytes(StandardCharsets.UTF_8));
        expect(200, send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build()));
        expect(200, send(HttpRequest.newBuilder(URI.create(base + "/admin/v1/users?query=tr")).header("Authorization", "Bearer " + admin).build()));
    }

    /**
     * The archive maps with -Xshare:on (which refuses to start otherwise) in a copy of the
     * distribution elsewhere, as after unpacking the tarball: at the build path the JVM would also
     * accept the jar by its inode and hide a class path that only matches there.
     */
    private void check() throws Exception {
        Path copy = Files.createTempDirectory("gatehouse-cds-check");
        try {
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path p : paths.toList()) {
                    Files.copy(p, copy.resolve(home.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            ProcessBuilder pb = new ProcessBuilder("sh", copy.resolve("bin/gatehouse").toString(), "--version")
                    .directory(copy.toFile()).redirectErrorStream(true);
            pb.environment().put("JAVA_HOME", javaHome);
            pb.environment().put("JAVA_OPTS", "-Xshare:on");
            pb.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_")); // GATEHOUSE_JAVA_HOME would pick another java
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("the class-data archive does not map (-Xshare:on): " + out.strip());
        } finally {
            deleteTree(copy);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private HttpResponse<String> post(String url, String json, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(HttpRequest.newBuilder(request, (n, v) -> true).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + ": expected " + status + ", got " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
