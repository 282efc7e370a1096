package dev.gatehouse.dist;

import static dev.gatehouse.dist.Servers.post;
import static dev.gatehouse.dist.Servers.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCI image of `mvn verify` (target/gatehouse-VERSION-oci.tar), read as a container runtime
 * reads it and run without one: index.json, the manifest, the config and the layers, each checked
 * against its digest and size; the layers unpacked in order into a directory (whiteouts applied);
 * then the config's entrypoint started there with chroot as the config's user, in a mount
 * namespace of its own (unshare -m) where the root is a read-only bind mount, /tmp a tmpfs and the
 * volume /var/lib/gatehouse a directory of the host, as `docker run --read-only -v ...` would. The
 * server must get ready with the image's runtime, class-data archive (-Xshare:on) and native
 * libraries, serve a signup and a login, pass the config's health check, refuse writes outside the
 * volume, and stop on SIGTERM; then a CLI command in place of the config's Cmd reads the same volume, and one as a
 * user id with no passwd entry (OpenShift) writes to it. Every process starts in the config's WorkingDir. While it
 * serves and takes signups, docs/operations.md's Kubernetes backup runs in it as `kubectl exec` would run it and the
 * file is copied out with `cat`; then the documented restore into a fresh volume, with the master key in the
 * environment and with the old master.key file, ends in the old user's login and an old refresh token's refresh. Runs in `mvn verify` as root (CI is root); it fails, never skips,
 * when it cannot run.
 */
class ImageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The config's WorkingDir, the volume. */
    private static final String WORKING_DIR = "/var/lib/gatehouse";

    @TempDir
    Path dir;

    @Test
    void theImageRunsReadOnlyAsItsUserAndServes() throws Exception {
        Path archive = Path.of(System.getProperty("gatehouse.image", "target/gatehouse-image-not-built-oci.tar"));
        assertThat(archive).as("the image (mvn verify; -Dgatehouse.image.skip=true leaves it out)").isRegularFile();
        assertThat(run(List.of("id", "-u")).strip()).as("ImageIT runs as root: chroot, mounts and file owners need it").isEqualTo("0");
        for (String tool : List.of("/usr/sbin/chroot", "/usr/bin/unshare", "/usr/bin/nsenter")) assertThat(Path.of(tool)).isExecutable();

        Path layout = Files.createDirectories(dir.resolve("layout"));
        run(List.of("tar", "-xf", archive.toString(), "-C", layout.toString()));
        assertThat(JSON.readTree(layout.resolve("oci-layout").toFile()).path("imageLayoutVersion").asText()).isEqualTo("1.0.0");
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        assertThat(index.path("manifests")).hasSize(1);
        JsonNode descriptor = index.path("manifests").get(0);
        assertThat(descriptor.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText()).startsWith("gatehouse:");
        assertThat(descriptor.path("platform").path("os").asText()).isEqualTo("linux");
        JsonNode manifest = JSON.readTree(blob(layout, descriptor).toFile());
        assertThat(manifest.path("config").path("mediaType").asText()).isEqualTo("application/vnd.oci.image.config.v1+json");
        JsonNode config = JSON.readTree(blob(layout, manifest.path("config")).toFile());
        assertThat(config.path("architecture").asText()).isEqualTo(descriptor.path("platform").path("architecture").asText());

        // The layers, in order, into the root; each diff_id is the digest of the tar inside the gzip.
        Path root = Files.createDirectories(dir.resolve("root"));
        JsonNode layers = manifest.path("layers");
        assertThat(layers.size()).isEqualTo(config.path("rootfs").path("diff_ids").size()).isGreaterThanOrEqualTo(1);
        long compressed = 0;
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            assertThat(layer.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");
            Path blob = blob(layout, layer);
            compressed += Files.size(blob);
            try (InputStream tar = new GZIPInputStream(Files.newInputStream(blob), 1 << 16)) {
                assertThat("sha256:" + sha256(tar)).as("diff_id of layer %d", i).isEqualTo(config.path("rootfs").path("diff_ids").get(i).asText());
            }
            unpack(blob, root);
        }

        // The config: a user that is not root, the entrypoint, the ports, the volume, no secret.
        JsonNode c = config.path("config");
        String user = c.path("User").asText();
        assertThat(user).matches("[1-9][0-9]*:[1-9][0-9]*");
        int uid = Integer.parseInt(user.substring(0, user.indexOf(':')));
        assertThat(c.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(c.path("ExposedPorts").has("9000/tcp")).as("docker run -P would publish the management port").isFalse();
        assertThat(c.path("Volumes").has("/var/lib/gatehouse")).isTrue();
        // Every process of the container starts there, `kubectl exec` and `docker exec` ones too.
        assertThat(c.path("WorkingDir").asText()).isEqualTo(WORKING_DIR);
        Map<String, String> imageEnv = new LinkedHashMap<>();
        c.path("Env").forEach(e -> imageEnv.put(e.asText().substring(0, e.asText().indexOf('=')), e.asText().substring(e.asText().indexOf('=') + 1)));
        assertThat(imageEnv).containsEntry("GATEHOUSE_DATA_DIR", "/var/lib/gatehouse");
        assertThat(imageEnv.keySet()).noneMatch(k -> k.matches(".*(PASSWORD|SECRET|MASTER_KEY|TOKEN).*"));
        List<String> command = new ArrayList<>();
        c.path("Entrypoint").forEach(e -> command.add(e.asText()));
        c.path("Cmd").forEach(e -> command.add(e.asText()));
        assertThat(command).containsExactly("/opt/gatehouse/bin/gatehouse", "serve");
        List<String> healthcheck = new ArrayList<>();
        c.path("Healthcheck").path("Test").forEach(e -> healthcheck.add(e.asText()));
        assertThat(healthcheck).first().isEqualTo("CMD");

        // Owned by root and not writable by the user, but for the volume and /tmp (sticky).
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                String at = "/" + root.relativize(p);
                int owner = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
                if (at.equals("/var/lib/gatehouse")) {
                    assertThat(owner).isEqualTo(uid);
                    continue;
                }
                assertThat(owner).as("owner of %s", at).isZero();
                if (Files.isSymbolicLink(p) || at.equals("/tmp")) continue;
                assertThat(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS))
                        .as("permissions of %s", at).doesNotContain(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
            }
        }
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains(":" + uid + ":" + uid + ":");

        // The volume as an operator gives it: a directory of the host, the user's.
        Path volume = volume(dir.resolve("volume"), uid);
        int port = Servers.freePort();
        int management = Servers.freePort();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = new LinkedHashMap<>(imageEnv);
        env.putAll(Map.of(
                "GATEHOUSE_HTTP_PORT", Integer.toString(port),
                "GATEHOUSE_MANAGEMENT_PORT", Integer.toString(management),
                "GATEHOUSE_MASTER_KEY", Base64.getEncoder().encodeToString(key),
                // The archive built for the image's runtime must map: -Xshare:on refuses to start otherwise.
                "JAVA_OPTS", "-Xshare:on"));
        Path log = dir.resolve("server.log");
        long start = System.nanoTime();
        Process server = new ProcessBuilder(container(root, volume, user, env, command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path copied = dir.resolve("gatehouse-backup.db");
        String body = "{\"username\":\"container\",\"password\":\"correct horse battery staple\"}";
        String refreshToken;
        try {
            Servers.awaitReady(server, "http://127.0.0.1:" + management + "/health/ready", log);
            long ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String status = Files.readString(Path.of("/proc/" + server.pid() + "/status"));
            assertThat(status).containsPattern("(?m)^Uid:\\s+" + uid + "\\s");
            String cmdline = Files.readString(Path.of("/proc/" + server.pid() + "/cmdline")).replace('\0', ' ');
            assertThat(cmdline).startsWith("/opt/gatehouse/runtime/bin/java ")
                    .contains("-XX:SharedArchiveFile=/opt/gatehouse/lib/gatehouse.jsa", "-Dorg.sqlite.lib.path=/opt/gatehouse/lib/native/", "dev.gatehouse.Main serve");
            // The native libraries load with the base layer's libraries; libsodium takes hashes with t >= 3 only.
            assertThat(Files.readString(log)).contains("crypto AmazonCorrettoCryptoProvider", "hasher argon2id-native", "libsodium 1.");

            assertThat(post("http://127.0.0.1:" + port + "/api/v1/signup", body).statusCode()).isEqualTo(201);
            HttpResponse<String> login = post("http://127.0.0.1:" + port + "/api/v1/login", body);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(login.body()).contains("\"access_token\"", "\"refresh_token\"");
            refreshToken = JSON.readTree(login.body()).path("refresh_token").asText();

            // The config's health check, run in the container as its user: 0 while ready, 1 on a port nobody serves.
            List<String> check = healthcheck.subList(1, healthcheck.size());
            assertThat(inContainer(server, root, user, env, check).exit()).isZero();
            Map<String, String> wrongPort = new LinkedHashMap<>(env);
            wrongPort.put("GATEHOUSE_MANAGEMENT_PORT", Integer.toString(Servers.freePort()));
            Result refused = inContainer(server, root, user, wrongPort, check);
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.output()).contains("gatehouse health check: /health/ready");

            // Read-only for everyone, root included: the mount, not only the permissions.
            Result write = inContainer(server, root, "0:0", env, List.of("/bin/sh", "-c", "echo > /opt/gatehouse/written"));
            assertThat(write.exit()).isNotZero();
            assertThat(write.output()).contains("Read-only file system");

            // docs/operations.md "Running it": the backup in the serving container while it takes writes, and the copy
            // out, each command as `kubectl exec deploy/gatehouse -- ...` runs it (the container's user, environment with
            // the master key, PATH and working directory). Signups go on meanwhile; none may fail.
            AtomicBoolean backingUp = new AtomicBoolean(true);
            List<Integer> writes = Collections.synchronizedList(new ArrayList<>());
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; backingUp.get(); i++) {
                        writes.add(post("http://127.0.0.1:" + port + "/api/v1/signup",
                                "{\"username\":\"during-backup-" + i + "\",\"password\":\"correct horse battery staple\"}").statusCode());
                    }
                } catch (Exception e) {
                    writes.add(-1);
                }
            });
            writer.start();
            Result backup;
            try {
                backup = inContainer(server, root, user, env, List.of("gatehouse", "backup", "--force", "/var/lib/gatehouse/backup.db"));
            } finally {
                backingUp.set(false);
                writer.join(60_000);
            }
            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("with VACUUM INTO", "GATEHOUSE_MASTER_KEY").doesNotContain("[warning]", "ERROR");
            assertThat(writes).as("signups while the backup ran").isNotEmpty().containsOnly(201);
            assertThat(volume.resolve("backup.db")).isRegularFile();
            assertThat(Files.getPosixFilePermissions(volume.resolve("backup.db"))).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            Result cat = inContainer(server, root, user, env, List.of("cat", "/var/lib/gatehouse/backup.db"), null, copied);
            assertThat(cat.exit()).as(cat.output()).isZero();
            assertThat(Files.readAllBytes(copied)).startsWith("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII))
                    .isEqualTo(Files.readAllBytes(volume.resolve("backup.db")));
            assertThat(Stream.of("bin/tar", "usr/bin/tar").map(root::resolve)).as("kubectl cp needs tar: the docs copy with cat").noneMatch(Files::exists);
            // With PostgreSQL the image has no pg_dump: the docs send the operator to a place with PostgreSQL's tools.
            Map<String, String> postgresql = new LinkedHashMap<>(env);
            postgresql.put("GATEHOUSE_DATABASE_URL", "jdbc:postgresql://db.example.invalid:5432/gatehouse");
            Result dump = inContainer(server, root, user, postgresql, List.of("gatehouse", "backup", "/var/lib/gatehouse/gatehouse.dump"));
            assertThat(dump.exit()).as(dump.output()).isNotZero();
            assertThat(dump.output()).contains("pg_dump was not found (on the PATH)");
            assertThat(volume.resolve("gatehouse.dump")).doesNotExist();
            System.out.printf("ImageIT: backup of %d bytes while %d signups were served%n", Files.size(copied), writes.size());
            System.out.printf("ImageIT: %d layers, %d MB compressed; entrypoint to /health/ready UP in %d ms%n", layers.size(), compressed >> 20, ready);
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertStopped(server, log, port);
        assertThat(volume.resolve("gatehouse.db")).isRegularFile();
        assertThat(volume.resolve("master.key")).as("the key came from the environment").doesNotExist();
        assertThat(root.resolve("opt/gatehouse/written")).doesNotExist();

        // A CLI command instead of the config's Cmd (`docker run IMAGE user list`), on the same volume and read-only root.
        List<String> cli = List.of(command.get(0), "user", "list", "--output", "json");
        Path err = dir.resolve("cli.err");
        Process list = new ProcessBuilder(container(root, volume, user, env, cli)).redirectError(err.toFile()).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(list.exitValue()).as(Files.readString(err)).isZero();
        assertThat(out.strip()).startsWith("[").endsWith("]").contains("\"username\" : \"container\"");

        // A user id the image's /etc/passwd does not know (docker run --user 12345, OpenShift's random ids) on a volume
        // given to it: no home (user.home=?), yet the native libraries load and hash a password, and nothing but the
        // database appears in the volume, its working directory (JNA unpacked into ?/.cache/JNA there before).
        run(List.of("chown", "-R", "12345:12345", volume.toString()));
        List<String> create = List.of(command.get(0), "user", "create", "--username", "homeless", "--password-stdin");
        Process homeless = new ProcessBuilder(container(root, volume, "12345:12345", env, create)).redirectErrorStream(true).start();
        homeless.getOutputStream().write("correct horse battery staple\n".getBytes(StandardCharsets.UTF_8));
        homeless.getOutputStream().close();
        String created = new String(homeless.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(homeless.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(homeless.exitValue()).as(created).isZero();
        assertThat(created).doesNotContain("[warning]", "ERROR");
        try (Stream<Path> files = Files.list(volume)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("the volume").doesNotContain("?")
                    .allMatch(name -> name.startsWith("gatehouse.db") || name.equals(".cache") || name.startsWith("backup.db"),
                            "the database, the image user's JNA cache and the backup");
        }

        // The documented restore into a fresh claim, with the master key from the release's Secret (masterKey), and
        // without one: the old volume's master.key then goes in with the backup, over the one the new pod generated.
        Image image = new Image(root, user, command, port, management);
        restoreIntoAFreshClaim(image, env, volume(dir.resolve("fresh"), uid), copied, null, body, refreshToken);
        Map<String, String> generated = new LinkedHashMap<>(env);
        Path oldKey = Files.writeString(dir.resolve("master.key"), generated.remove("GATEHOUSE_MASTER_KEY") + "\n");
        restoreIntoAFreshClaim(image, generated, volume(dir.resolve("fresh-generated"), uid), copied, oldKey, body, refreshToken);
    }

    /** The image's root, user, entrypoint with Cmd, and the ports its server is given. */
    record Image(Path root, String user, List<String> command, int port, int management) {}

    /**
     * docs/operations.md's SQLite restore on Kubernetes, into a fresh claim: the new release's pod serves an empty
     * database of its own; the backup (and the old master.key, when given) goes in through it (`kubectl exec -i ...
     * sh -c 'cat > ...' < FILE`); a restore there is refused while it serves; the Deployment scaled to 0, a pod of the
     * image with args [restore, FILE], the same environment, the claim and /tmp restores; scaled back to 1, the old
     * user signs in with the old password and a refresh token issued before the backup refreshes.
     */
    private void restoreIntoAFreshClaim(Image image, Map<String, String> env, Path fresh, Path backup, Path masterKey, String login,
            String refreshToken) throws Exception {
        Path root = image.root();
        String user = image.user();
        String name = fresh.getFileName().toString();
        Path freshLog = dir.resolve(name + ".log");
        Process empty = new ProcessBuilder(container(root, fresh, user, env, image.command())).redirectErrorStream(true).redirectOutput(freshLog.toFile()).start();
        try {
            Servers.awaitReady(empty, "http://127.0.0.1:" + image.management() + "/health/ready", freshLog);
            Result in = inContainer(empty, root, user, env, List.of("sh", "-c", "cat > /var/lib/gatehouse/restore.db"), backup, null);
            assertThat(in.exit()).as(in.output()).isZero();
            assertThat(Files.readAllBytes(fresh.resolve("restore.db"))).isEqualTo(Files.readAllBytes(backup));
            if (masterKey != null) {
                assertThat(fresh.resolve("master.key")).as("generated by the new pod").isRegularFile();
                Result key = inContainer(empty, root, user, env, List.of("sh", "-c", "umask 077; cat > /var/lib/gatehouse/master.key"), masterKey, null);
                assertThat(key.exit()).as(key.output()).isZero();
                assertThat(Files.readString(fresh.resolve("master.key"))).isEqualTo(Files.readString(masterKey));
            }
            Result busy = inContainer(empty, root, user, env, List.of("gatehouse", "restore", "/var/lib/gatehouse/restore.db"));
            assertThat(busy.exit()).as(busy.output()).isNotZero();
            assertThat(busy.output()).contains("a Gatehouse server or command is using /var/lib/gatehouse/gatehouse.db");
        } finally {
            empty.destroy();
            assertThat(empty.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertStopped(empty, freshLog, image.port());
        List<String> restoreArgs = List.of(image.command().get(0), "restore", "/var/lib/gatehouse/restore.db");
        Process restore = new ProcessBuilder(container(root, fresh, user, env, restoreArgs)).redirectErrorStream(true).start();
        String restored = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restore.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(restored).isZero();
        assertThat(restored).contains("before-restore").doesNotContain("[warning]", "ERROR");
        Path restartLog = dir.resolve(name + "-restored.log");
        Process back = new ProcessBuilder(container(root, fresh, user, env, image.command())).redirectErrorStream(true).redirectOutput(restartLog.toFile()).start();
        try {
            Servers.awaitReady(back, "http://127.0.0.1:" + image.management() + "/health/ready", restartLog);
            HttpResponse<String> again = post("http://127.0.0.1:" + image.port() + "/api/v1/login", login);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            HttpResponse<String> refreshed = post("http://127.0.0.1:" + image.port() + "/api/v1/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            assertThat(refreshed.body()).contains("\"access_token\"");
        } finally {
            back.destroy();
            assertThat(back.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertStopped(back, restartLog, image.port());
    }

    /** A volume as an operator gives it: a directory of the host, the image user's, for it alone. */
    private static Path volume(Path path, int uid) throws Exception {
        Path volume = Files.createDirectories(path);
        Files.setAttribute(volume, "unix:uid", uid);
        Files.setAttribute(volume, "unix:gid", uid);
        Files.setPosixFilePermissions(volume, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        return volume;
    }

    private static void assertStopped(Process server, Path log, int port) throws Exception {
        assertThat(server.exitValue()).as(Files.readString(log)).isIn(0, 143);
        assertThat(Files.readString(log)).contains("Gatehouse ready on port " + port, "stopped").doesNotContain("[warning]", "ERROR");
    }

    /**
     * unshare -m: a mount namespace that ends with the process, so nothing stays mounted. The root
     * becomes a read-only bind mount after /proc, /dev, a tmpfs on /tmp and the volume are mounted
     * in it; then env -i gives the container's environment only and chroot the user.
     */
    private static List<String> container(Path root, Path volume, String user, Map<String, String> env, List<String> command) {
        String r = root.toString();
        String mounts = String.join(" && ",
                "mount --bind " + r + " " + r,
                "mount --rbind /proc " + r + "/proc",
                "mount --rbind /dev " + r + "/dev",
                "mount -t tmpfs -o mode=1777,size=64m tmpfs " + r + "/tmp",
                "mount --bind " + volume + " " + r + "/var/lib/gatehouse",
                "mount -o remount,bind,ro " + r,
                "exec \"$@\"");
        List<String> argv = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", mounts, "container"));
        argv.addAll(chroot(root, user, env, command));
        return argv;
    }

    private static List<String> chroot(Path root, String user, Map<String, String> env, List<String> command) {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/env", "-i"));
        env.forEach((k, v) -> argv.add(k + "=" + v));
        argv.addAll(List.of("/usr/sbin/chroot", "--userspec=" + user, root.toString()));
        // chroot starts in /: the image's shell moves to the config's WorkingDir first, as a runtime's exec does.
        argv.addAll(List.of("/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", WORKING_DIR));
        argv.addAll(command);
        return argv;
    }

    /** A second process in the server's mount namespace, as `docker exec` (and Docker's health check) would start it. */
    private static Result inContainer(Process server, Path root, String user, Map<String, String> env, List<String> command) throws Exception {
        return inContainer(server, root, user, env, command, null, null);
    }

    /**
     * As `kubectl exec -i ... < stdin > stdout`: standard input from a file of the host, standard output to one,
     * when given; the result's output is then standard error alone.
     */
    private static Result inContainer(Process server, Path root, String user, Map<String, String> env, List<String> command,
            Path stdin, Path stdout) throws Exception {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/nsenter", "--target", Long.toString(server.pid()), "--mount"));
        argv.addAll(chroot(root, user, env, command));
        ProcessBuilder builder = new ProcessBuilder(argv);
        if (stdin != null) builder.redirectInput(stdin.toFile());
        if (stdout == null) builder.redirectErrorStream(true);
        else builder.redirectOutput(stdout.toFile());
        Process p = builder.start();
        String out = new String((stdout == null ? p.getInputStream() : p.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    record Result(int exit, String output) {}

    /** Applies the layer's whiteouts to the layers below, then unpacks it with owners and modes as they are in the tar. */
    private static void unpack(Path blob, Path root) throws Exception {
        for (String entry : run(List.of("tar", "-tzf", blob.toString())).split("\n")) {
            String name = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
            assertThat(name).doesNotStartWith("/").doesNotContain("../");
            Path p = root.resolve(name);
            String base = p.getFileName() == null ? "" : p.getFileName().toString();
            if (base.equals(".wh..wh..opq")) {
                try (Stream<Path> below = Files.list(p.getParent())) {
                    for (Path q : below.toList()) run(List.of("rm", "-rf", q.toString()));
                }
            } else if (base.startsWith(".wh.")) {
                run(List.of("rm", "-rf", p.resolveSibling(base.substring(4)).toString()));
            }
        }
        run(List.of("tar", "-xzf", blob.toString(), "-C", root.toString(), "--numeric-owner", "--same-owner", "--same-permissions"));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".wh.")).toList()) Files.delete(p);
        }
    }

    /** A blob's file, after checking its size and digest against its descriptor. */
    private static Path blob(Path layout, JsonNode descriptor) throws Exception {
        String digest = descriptor.path("digest").asText();
        assertThat(digest).matches("sha256:[0-9a-f]{64}");
        Path p = layout.resolve("blobs/sha256/" + digest.substring(7));
        assertThat(Files.size(p)).as("size of %s", p).isEqualTo(descriptor.path("size").asLong());
        try (InputStream in = Files.newInputStream(p)) {
            assertThat("sha256:" + sha256(in)).as("digest of %s", p).isEqualTo(digest);
        }
        return p;
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n != -1; n = in.read(buf)) md.update(buf, 0, n);
        return HexFormat.of().formatHex(md.digest());
    }
}
