package dev.gatehouse.dist;

import static dev.gatehouse.dist.Servers.post;
import static dev.gatehouse.dist.Servers.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux tarball with its own runtime (target/gatehouse-VERSION-linux-ARCH.tar.gz, `mvn verify`:
 * src/dist/MakeRuntime.java and MakeImage.java) as an operator of a host without any JDK uses it:
 * its entries are checked to be reproducible (sorted, one fixed time, root's, 0755 for what runs and
 * 0644 for the rest, a gzip header without a time), then it is unpacked elsewhere and bin/gatehouse
 * runs with an environment that has no java at all: no JAVA_HOME and a PATH that holds only the
 * commands the launcher needs. The server must start on the bundled runtime with the class-data
 * archive made for it (-Xshare:on refuses to start otherwise) and no warning on stderr, sign a user
 * up and in, and stop on SIGTERM; then `user list` through the same launcher. Fails, never skips,
 * when the tarball was not built.
 */
class RuntimeDistributionIT {
    /** The time of every entry: 1970-01-01T00:00:01Z (MakeImage.MTIME). */
    private static final long MTIME = 1;

    @TempDir
    Path dir;

    record TarEntry(String name, char type, int mode, long uid, long gid, long mtime) {
        boolean isDirectory() {
            return type == '5';
        }
    }

    @Test
    void theRuntimeTarballRunsOnAHostWithoutJava() throws Exception {
        // Named after the plain tarball (gatehouse.dist) and the machine as `uname -m` names it.
        Path plain = Path.of(System.getProperty("gatehouse.dist", "target/gatehouse-dist-not-built.tar.gz"));
        String top = plain.getFileName().toString().replace(".tar.gz", "");
        String machine = run(List.of("uname", "-m")).strip();
        Path tarball = plain.resolveSibling(top + "-linux-" + machine + ".tar.gz");
        assertThat(tarball).as("the runtime tarball (mvn verify)").isRegularFile();

        List<TarEntry> entries = entries(tarball);
        assertThat(entries.get(0)).isEqualTo(new TarEntry(top + "/", '5', 0755, 0, 0, MTIME));
        List<String> names = entries.stream().map(TarEntry::name).toList();
        for (int i = 1; i < names.size(); i++) {
            assertThat(names.get(i)).startsWith(top + "/");
            assertThat(strip(names.get(i))).as("sorted").isGreaterThan(strip(names.get(i - 1)));
        }
        for (TarEntry e : entries) {
            assertThat(e.mtime()).as("time of %s", e.name()).isEqualTo(MTIME);
            assertThat(e.uid()).as("owner of %s", e.name()).isZero();
            assertThat(e.gid()).as("group of %s", e.name()).isZero();
            String at = e.name().substring(top.length() + 1);
            if (e.isDirectory()) assertThat(e.mode()).as("mode of %s", at).isEqualTo(0755);
            if (e.type() != '0') continue;
            assertThat(e.mode()).as("mode of %s", at).isIn(0644, 0755);
            // What runs is executable (the JDK's process helper too: ProcessBuilder needs it); the distribution's own files are not.
            if (at.startsWith("bin/") || at.startsWith("runtime/bin/") || at.equals("runtime/lib/jspawnhelper")) assertThat(e.mode()).as("mode of %s", at).isEqualTo(0755);
            if (at.startsWith("conf/") || at.startsWith("lib/")) assertThat(e.mode()).as("mode of %s", at).isEqualTo(0644);
        }
        assertThat(names).contains(top + "/bin/gatehouse", top + "/conf/gatehouse.properties", top + "/lib/gatehouse.jar", top + "/lib/gatehouse.jsa",
                top + "/lib/native/" + machine + "/libsqlitejdbc.so", top + "/runtime/bin/java", top + "/runtime/lib/server/libjvm.so",
                top + "/runtime/lib/server/classes.jsa", top + "/runtime/lib/jspawnhelper");
        assertThat(names).as("this machine's native library only").noneMatch(n -> n.matches(java.util.regex.Pattern.quote(top) + "/lib/native/[^/]+/.*") && !n.startsWith(top + "/lib/native/" + machine + "/"));
        assertThat(names).as("a runtime, not a JDK").noneMatch(n -> n.endsWith("/bin/javac") || n.endsWith("/bin/jlink") || n.contains("/include/"));

        Path opt = Files.createDirectories(dir.resolve("opt"));
        run(List.of("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", opt.toString()));
        Path home = opt.resolve(top).toRealPath();
        assertThat(home.resolve("runtime/bin/java")).isExecutable();

        // A PATH with the launcher's commands (MakeImage.COMMANDS) and nothing else: no java anywhere.
        Path commands = Files.createDirectories(dir.resolve("commands"));
        for (String command : List.of("cat", "head", "ls", "sed", "tr", "uname", "dirname", "nproc")) {
            Path wrapper = commands.resolve(command);
            Files.writeString(wrapper, "#!/bin/sh\nexec " + run(List.of("sh", "-c", "command -v " + command)).strip() + " \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        int port = Servers.freePort();
        int management = Servers.freePort();
        Path data = dir.resolve("data");
        Map<String, String> env = new HashMap<>(Map.of(
                "PATH", commands.toString(),
                "LANG", "C.UTF-8",
                "GATEHOUSE_DATA_DIR", data.toString(),
                "GATEHOUSE_HTTP_HOST", "127.0.0.1",
                "GATEHOUSE_HTTP_PORT", Integer.toString(port),
                "GATEHOUSE_MANAGEMENT_PORT", Integer.toString(management),
                "GATEHOUSE_MEMORY", "256m",
                // The archive must map into the bundled runtime: -Xshare:on refuses to start otherwise.
                "JAVA_OPTS", "-Xshare:on"));
        // The server logs to stderr; stdout stays for the CLI's output.
        Path log = dir.resolve("server.log");
        Path out = dir.resolve("server.out");
        long start = System.nanoTime();
        Process server = launcher(home, env, "serve").redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        try {
            Servers.awaitReady(server, "http://127.0.0.1:" + management + "/health/ready", log);
            long ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String cmdline = Files.readString(Path.of("/proc/" + server.pid() + "/cmdline")).replace('\0', ' ');
            assertThat(cmdline).startsWith(home + "/runtime/bin/java ").contains("-XX:SharedArchiveFile=" + home + "/lib/gatehouse.jsa", "dev.gatehouse.Main serve");
            assertThat(Files.readString(Path.of("/proc/" + server.pid() + "/environ"))).doesNotContain("JAVA_HOME");

            String body = "{\"username\":\"bundled\",\"password\":\"correct horse battery staple\"}";
            HttpResponse<String> signup = post("http://127.0.0.1:" + port + "/api/v1/signup", body);
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
            HttpResponse<String> login = post("http://127.0.0.1:" + port + "/api/v1/login", body);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(login.body()).contains("\"access_token\"", "\"refresh_token\"");
            System.out.printf("RuntimeDistributionIT: %s, %d MB; bin/gatehouse serve to /health/ready UP in %d ms%n", tarball.getFileName(), Files.size(tarball) >> 20, ready);
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertThat(server.exitValue()).as(Files.readString(log)).isIn(0, 143);
        // No warning of the JVM (a CDS mismatch: "[warning][cds]"; "VM warning") nor of the launcher's environment check.
        assertThat(Files.readString(log)).contains("Gatehouse ready on port " + port, "stopped").doesNotContain("[warning]", "VM warning", "warning: ");
        assertThat(Files.readString(out)).isEmpty();

        Path cliOut = dir.resolve("cli.out");
        Path cliErr = dir.resolve("cli.err");
        Process cli = launcher(home, env, "user", "list", "--output", "json").redirectOutput(cliOut.toFile()).redirectError(cliErr.toFile()).start();
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(Files.readString(cliErr)).isZero();
        assertThat(Files.readString(cliOut).strip()).startsWith("[").endsWith("]").contains("\"username\" : \"bundled\"");
        assertThat(Files.readString(cliErr)).doesNotContain("[warning]", "VM warning", "warning: ");
    }

    /** bin/gatehouse with exactly {@code env}, as `env -i` would start it. */
    private static ProcessBuilder launcher(Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/gatehouse").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.getParent().toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }

    private static String strip(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /** The tar's entries as its headers give them (ustar, with pax records for long names); the gzip header must carry no time. */
    private static List<TarEntry> entries(Path tarball) throws Exception {
        byte[] gzipHeader;
        try (InputStream raw = Files.newInputStream(tarball)) {
            gzipHeader = raw.readNBytes(10);
        }
        assertThat(new byte[] {gzipHeader[4], gzipHeader[5], gzipHeader[6], gzipHeader[7]}).as("gzip MTIME").containsOnly(0);
        List<TarEntry> entries = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball), 1 << 16), 1 << 16)) {
            String longName = null;
            while (true) {
                byte[] h = in.readNBytes(512);
                if (h.length < 512 || h[0] == 0) break;
                String name = text(h, 0, 100);
                String prefix = text(h, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                char type = (char) h[156];
                long size = octal(h, 124, 12);
                long padded = (size + 511) / 512 * 512;
                if (type == 'x') {
                    byte[] records = in.readNBytes((int) padded);
                    for (String record : new String(records, 0, (int) size, StandardCharsets.UTF_8).split("\n")) {
                        if (record.contains(" path=")) longName = record.substring(record.indexOf(" path=") + 6);
                    }
                    continue;
                }
                entries.add(new TarEntry(longName != null ? longName : name, type, (int) octal(h, 100, 8), octal(h, 108, 8), octal(h, 116, 8), octal(h, 136, 12)));
                longName = null;
                in.skipNBytes(padded);
            }
        }
        assertThat(entries).isNotEmpty();
        return entries;
    }

    private static String text(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) end++;
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int offset, int length) {
        String s = text(h, offset, length).strip();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
