package dev.gatehouse.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real tarball of `mvn package`, unpacked elsewhere and started with bin/gatehouse as an
 * operator would: ready, serving, its JVM sized by the launcher and using the class-data archive
 * (-Xshare:on refuses to start otherwise), stopped gracefully by SIGTERM; then a CLI command through
 * the same launcher with nothing but its own output on stdout. Runs in `mvn verify`
 * (maven-failsafe-plugin, after package); without the tarball it fails, it never skips.
 */
class DistributionIT {
    @TempDir
    Path dir;

    @Test
    void theUnpackedDistributionStartsServesAndStops() throws Exception {
        Path tarball = Path.of(System.getProperty("gatehouse.dist", "target/gatehouse-dist-not-built.tar.gz"));
        assertThat(tarball).as("the distribution (mvn package)").isRegularFile();
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", unpacked.toString()).inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        Path home;
        try (var entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).startsWith("gatehouse-");
        assertThat(home.resolve("bin/gatehouse")).isExecutable();
        assertThat(home.resolve("lib/gatehouse.jar")).isRegularFile();
        assertThat(home.resolve("lib/gatehouse.jsa")).isRegularFile();
        assertThat(Files.readString(home.resolve("conf/gatehouse.properties"))).contains("# data.dir");

        int port = Servers.freePort();
        int management = Servers.freePort();
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Map<String, String> env = Map.of(
                "GATEHOUSE_DATA_DIR", data.toString(),
                "GATEHOUSE_HTTP_HOST", "127.0.0.1",
                "GATEHOUSE_HTTP_PORT", Integer.toString(port),
                "GATEHOUSE_MANAGEMENT_PORT", Integer.toString(management),
                "GATEHOUSE_MEMORY", "256m",
                // The archive made at build time must map here, in another directory than the build's.
                "JAVA_OPTS", "-Xshare:on");
        Process server = launcher(home, env, "serve").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Servers.awaitReady(server, "http://127.0.0.1:" + management + "/health/ready", log);
            // exec: the launcher's shell became the JVM, with the options it derived from the budget.
            String cmdline = Files.readString(Path.of("/proc/" + server.pid() + "/cmdline")).replace('\0', ' ');
            assertThat(cmdline).contains("-Xmx115m", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + home.toRealPath() + "/lib/gatehouse.jsa",
                    "-Dorg.sqlite.lib.path=" + home.toRealPath() + "/lib/native/", "dev.gatehouse.Main serve");
            HttpResponse<String> signup = Servers.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/signup"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"unpacked\",\"password\":\"correct horse battery staple\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertThat(server.exitValue()).as(Files.readString(log)).isIn(0, 143);
        assertThat(Files.readString(log)).contains("Gatehouse ready on port " + port).doesNotContain("[warning]");

        Path out = dir.resolve("cli.out");
        Path err = dir.resolve("cli.err");
        Process cli = launcher(home, Map.of("GATEHOUSE_DATA_DIR", data.toString()), "user", "list", "--output", "json")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out).strip()).startsWith("[").endsWith("]").contains("\"username\" : \"unpacked\"");
    }

    private static ProcessBuilder launcher(Path home, Map<String, String> env, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/gatehouse").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.getParent().toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_") || k.equals("JAVA_OPTS"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        return pb;
    }
}
